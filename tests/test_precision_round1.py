"""Stories mainly about something else keep at most the attack they tell (geo_events.salience, extraction).

Invented wire-style passages (EN/FR), none taken from a development set: funerals, analyses of an
arsenal, shipping and aviation advisories, insurance, court cases, anniversaries, tallies, threats,
denials, lists of bases and front-line tours. Each tells no attack of its own or one or two; the
places it merely mentions (what missiles "can reach", what a leader "vowed to strike", where troops
"are stationed", what a court judged years later) must not reach the map.
"""
import datetime as dt

import pytest

from geo_events.models import Document
from geo_events.pipeline import process

PUBLISHED = dt.date(2024, 5, 21)  # a Tuesday
SUNDAY, MONDAY = dt.date(2024, 5, 19), dt.date(2024, 5, 20)

# ----------------------------------------------------------------------------------------- English

EN_FUNERAL = """NASIRIYAH, Iraq — Thousands of mourners in Nasiriyah on Tuesday buried three fighters of a paramilitary brigade who were killed when a drone struck their vehicle near al-Qaim on Sunday, relatives said.

Coffins draped in Iraqi flags were carried through the streets of the southern city as the crowd chanted slogans against the United States. A commander of the brigade told mourners the group would respond at a time and place of its choosing and vowed to strike American forces at Ain al-Asad.

No country has claimed the strike. A US defence official denied any role in the attack near the Syrian border.

Speakers at the funeral recalled the 2020 drone strike at Baghdad airport that killed an Iranian general and an Iraqi commander. Supporters plan a march in Baghdad on Friday.

Iraqi factions have claimed more than 150 attacks on bases hosting US troops in Iraq and Syria since October, according to a Pentagon tally."""

EN_ARSENAL = """BEIRUT — Hezbollah's arsenal has grown to an estimated 150,000 rockets and missiles, many of them capable of reaching Tel Aviv, Haifa and the port of Eilat, according to a report published on Monday by a Washington research institute.

The report said the group's precision-guided missiles could hit Ben Gurion airport and the Dimona reactor, and that its attack drones can fly more than 200 km. It said Iran had supplied most of the longer-range systems through Syria, via crossings near Qusayr.

"In a full-scale war, Hezbollah could fire 3,000 rockets a day at northern Israel," the report's author said. Israeli officials have warned that any such barrage would bring heavy strikes on the southern suburbs of Beirut.

The group's leader threatened last week to target the Haifa oil refinery if Israel widened its campaign in south Lebanon.

Analysts said the arsenal was meant as a deterrent and did not signal an imminent war."""

EN_SHIPPING = """LONDON — War-risk insurance premiums for ships transiting the Bab el-Mandeb strait have risen to about 1% of a vessel's value, brokers said on Tuesday, as threats from Yemen's Houthis kept many owners away from the Red Sea.

The UK Maritime Trade Operations agency advised vessels to stay at least 50 nautical miles off the coast of Hodeidah and to report any suspicious approach. A joint maritime centre said merchant ships linked to Israel, the United States or Britain remain at risk of missile and drone attacks across the southern Red Sea and the Gulf of Aden.

The Houthis have targeted more than 100 merchant vessels since November, according to the US military, and say they will keep attacking ships until the war in Gaza ends.

On Monday, a missile struck a Greek-owned bulk carrier off Mokha, causing minor damage, the agency said. The crew was reported safe.

Freight rates between Asia and northern Europe have doubled this year, shippers said."""

EN_COURT = """ERBIL, Iraq — A court in Erbil on Monday sentenced two men to death for their role in a rocket attack on the city's airport in February 2021 that killed a foreign contractor, the region's judicial council said.

The men were convicted of moving the launcher and the rockets from a farm near Gwer to a truck parked on the road to Erbil, according to the verdict. A third defendant was acquitted.

Defence lawyers said they would appeal, and rights groups said the confessions had been obtained under duress.

The 2021 attack, claimed by a little-known group, was one of the deadliest on the airport, which hosts troops of the US-led coalition. The court said the group had planned further attacks on Harir air base.

Kurdish officials welcomed the ruling and said those who target the region's airports would be brought to justice."""

EN_BASES = """WASHINGTON — About 2,500 US troops are stationed in Iraq and some 900 in Syria, most of them at Ain al-Asad air base in Anbar province, at Erbil airport and Harir in the Kurdistan region, and at the al-Tanf garrison near the Jordanian border.

In Syria, US forces also use outposts at the Conoco gas field and the al-Omar oil field in Deir ez-Zor province, and at Rumeilan in Hasakah province, a defence official said on Monday.

The bases have come under repeated rocket and drone fire since October, and Iraqi factions have threatened to step up attacks unless the troops leave.

Iraq's prime minister has said the coalition's mission should end next year. Talks on a timetable resumed in Baghdad this month, officials said.

A Pentagon spokesman said the troops would stay "as long as needed" to fight the Islamic State group."""

EN_CONDEMN = """BAGHDAD — Iraq's government on Sunday condemned attacks on diplomatic missions and on bases hosting the US-led coalition, and vowed to hunt down those responsible.

"Any attack on the embassies in Baghdad or on the Ain al-Asad base is an attack on Iraq's sovereignty," a government spokesman said in a statement. He said security forces would be deployed around the Green Zone and along the airport road.

Kataib Hezbollah denied any role in the recent attacks on Erbil, and said it would keep its "legitimate right to resist" if US troops did not leave.

Washington has warned that it will respond to any attack that harms Americans. In January, US strikes on positions of the group in al-Qaim had killed several fighters.

Parliament is due to debate a motion on the withdrawal of foreign troops next week."""

EN_FRONTLINE = """MARJAYOUN, Lebanon — The road from Marjayoun to Khiam runs past shuttered shops and empty orchards. Residents of Kfar Kila and Houla left months ago, and only a few families remain in Qlayaa, from whose hills the Israeli town of Metula can be seen.

"Every night we hear the drones over Khiam," said a farmer who stayed behind to tend his olive trees. He said he would leave if the fighting reached his village.

Lebanese soldiers man checkpoints on the road to Nabatieh, and United Nations peacekeepers patrol near Naqoura, where the mission has its headquarters.

On Monday, an Israeli strike hit a car on the outskirts of Bint Jbeil, killing two men, the state news agency said.

More than 90,000 people have fled the border area since October, according to the International Organization for Migration."""

# ----------------------------------------------------------------------------------------- French

FR_THREAT = """SANAA — Le chef des Houthis a menacé jeudi de frapper les ports saoudiens de Jizan et de Yanbu si Riyad autorisait les navires de guerre américains à y faire escale.

« Nos missiles peuvent atteindre n'importe quel point de la mer Rouge, et nos drones sont capables d'atteindre Eilat », a-t-il déclaré dans un discours télévisé.

Le mouvement, qui contrôle la capitale Sanaa et le port de Hodeïda, affirme avoir visé plus de cent navires depuis novembre. Washington et Londres ont répondu par des frappes sur des sites militaires au Yémen depuis janvier.

L'Arabie saoudite n'a pas réagi à ces menaces. Un responsable saoudien a seulement rappelé que le royaume restait attaché à la trêve conclue en 2022.

Des analystes estiment que les Houthis pourraient viser les installations pétrolières d'Abqaiq en cas d'escalade, comme lors de l'attaque de septembre 2019."""

FR_FUNERAL = """TYR (Liban) — Des milliers de personnes ont assisté mardi à Tyr aux funérailles de deux combattants du Hezbollah tués lundi dans une frappe de drone israélienne contre une voiture près de Naqoura, selon l'agence nationale d'information.

Les cercueils, recouverts du drapeau jaune du mouvement, ont été portés dans les rues de la ville côtière. Un responsable du parti a promis que « l'ennemi paiera le prix » et a menacé de frapper Nahariya et Kiryat Shmona.

Le Hezbollah affirme avoir mené plus de 1 000 attaques contre le nord d'Israël depuis le 8 octobre, selon un décompte de l'AFP.

La France a condamné les attaques contre la force de l'ONU au Liban et appelé à la retenue. L'armée israélienne n'a pas commenté la frappe."""

FR_ANNIVERSARY = """BAGDAD — Des milliers de partisans des factions pro-iraniennes ont défilé vendredi à Bagdad pour marquer l'anniversaire de la frappe américaine de janvier 2020 contre l'aéroport de la capitale, qui avait tué un général iranien et un commandant irakien.

Les manifestants ont brûlé des drapeaux américains et réclamé le départ des soldats étrangers stationnés à Aïn al-Assad et à Erbil.

« Si les forces américaines ne partent pas, nous frapperons leurs bases », a lancé un dirigeant d'une faction devant la foule.

Le gouvernement a déployé des forces de sécurité autour de la Zone verte, où se trouve l'ambassade des États-Unis. Aucun incident n'a été signalé.

Depuis octobre, plus de 170 attaques ont visé les forces américaines en Irak et en Syrie, selon le Pentagone."""

FR_AVIATION = """PARIS — L'Agence européenne de la sécurité aérienne a recommandé mardi aux compagnies d'éviter l'espace aérien de l'Irak, de la Syrie et du Liban jusqu'à la fin du mois, en raison du risque de tirs de missiles et de drones.

Plusieurs compagnies ont suspendu leurs vols vers Beyrouth, Erbil et Amman, et les vols vers Tel-Aviv restent réduits. Les assureurs ont relevé les primes pour les appareils qui se posent à l'aéroport Ben Gourion.

La recommandation pourrait être prolongée si la situation se dégradait, a précisé l'agence. Elle rappelle que des missiles tirés depuis le Yémen ont déjà menacé le trafic au-dessus de la mer Rouge.

Dimanche, un drone s'est abattu sur un entrepôt près de l'aéroport d'Erbil, sans faire de victimes, selon les autorités kurdes.

Les compagnies du Golfe, elles, continuent de desservir Bagdad et Bassora."""

FR_VISIT = """AMMAN — Le ministre français des Armées a rendu visite lundi aux militaires français déployés sur une base aérienne en Jordanie, d'où décollent les Rafale engagés contre le groupe État islamique en Irak et en Syrie.

Il s'est ensuite rendu à Erbil, où sont stationnés plusieurs centaines de soldats de la coalition, et a rencontré le président de la région du Kurdistan.

Le ministre a rappelé que la base de Harir et l'aéroport d'Erbil sont régulièrement menacés par des roquettes et des drones, et a assuré que la France « ne se laisserait pas intimider ».

Il a aussi évoqué la réforme de la mission de la coalition, qui pourrait s'achever en 2025, selon un calendrier en discussion avec Bagdad.

Aucun soldat français n'a été blessé dans les attaques contre les forces de la coalition depuis octobre, a précisé son cabinet."""

FR_COURT = """BEYROUTH — Le tribunal militaire libanais a condamné lundi par contumace trois hommes pour des tirs de roquettes depuis la région de Tyr vers le nord d'Israël en août 2021, selon une source judiciaire.

Les accusés avaient installé les lanceurs dans un verger près de Qlaileh, selon l'acte d'accusation. Ils ont été condamnés à dix ans de prison.

Les avocats de la défense ont dénoncé un procès politique. Le Hezbollah a nié tout rôle dans ces tirs et dans l'attaque contre une patrouille de la Finul à Aqibiyé en 2022, jugée dans une autre affaire.

Le tribunal a reporté à juin l'examen d'un autre dossier lié à des drones capables d'atteindre Haïfa.

Le Liban a dénoncé à plusieurs reprises les violations de son espace aérien par l'aviation israélienne."""


def _events(text, lang):
    return process([Document(f"prec1-{lang}", text, language=lang, published=PUBLISHED)]).events


def _summary(events):
    return sorted((e.place_name or "", e.event_type) for e in events)


# --------------------------------------------------------------------------------- no attack told

@pytest.mark.parametrize("text,lang", [
    (EN_ARSENAL, "en"), (EN_COURT, "en"), (EN_BASES, "en"), (EN_CONDEMN, "en"),
    (FR_THREAT, "fr"), (FR_ANNIVERSARY, "fr"), (FR_VISIT, "fr"), (FR_COURT, "fr"),
], ids=["arsenal", "court-en", "bases", "condemn", "threat-fr", "anniversary-fr", "visit-fr", "court-fr"])
def test_a_story_about_something_else_maps_no_attack(text, lang):
    assert _summary(_events(text, lang)) == []


# --------------------------------------------------------------------------------- one attack told

# A funeral sentence tells the ceremony's place and day in its main clause and the attack in a relative
# clause ("mourners in X on Tuesday buried fighters killed when a drone struck near Y on Sunday"): the attack's
# place and day are mapped (extract._ceremony_frame).


@pytest.mark.parametrize("text,lang,place,types,day", [
    (EN_FUNERAL, "en", "al-Qaim", ("drone attack", "airstrike"), SUNDAY),
    (EN_SHIPPING, "en", "Mokha", ("missile attack",), MONDAY),
    (EN_FRONTLINE, "en", "Bint Jbeil", ("airstrike", "drone attack", "attack"), MONDAY),
    (FR_FUNERAL, "fr", "Naqoura", ("drone attack", "airstrike"), MONDAY),
    (FR_AVIATION, "fr", "Erbil", ("drone attack",), SUNDAY),
], ids=["funeral-en", "shipping-en", "frontline-en", "funeral-fr", "aviation-fr"])
def test_the_one_attack_of_a_story_about_something_else_is_kept_alone(text, lang, place, types, day):
    events = _events(text, lang)
    assert len(events) == 1, _summary(events)
    ev = events[0]
    assert place.lower() in (ev.place_name or "").lower()
    assert ev.event_type in types
    assert ev.date is not None and ev.date.earliest == ev.date.latest == day


def test_a_funeral_story_maps_one_event_only():
    # whatever place extraction picks, the threats, the 2020 strike and the tally of the funeral story stay off
    for text, lang in ((EN_FUNERAL, "en"), (FR_FUNERAL, "fr")):
        assert len(_events(text, lang)) == 1


# --------------------------------------------------------------------------------- the sentence features

from geo_events import salience  # noqa: E402

_P = dt.date(2025, 9, 10)


@pytest.mark.parametrize("sentence,feature,expected", [
    # capability, risk, threat, condition: in wordings no passage above uses
    ("Its new cruise missiles are capable of striking Riyadh and Dubai, the analyst said.", "hypothetical", True),
    ("Drones launched from the south could hit the Ras Tanura terminal within minutes.", "hypothetical", True),
    ("Tankers bound for Fujairah face a higher risk of drone attacks, brokers said.", "hypothetical", True),
    ("The militia pledged to target any convoy crossing into Deir ez-Zor.", "hypothetical", True),
    ("Le groupe a menacé de bombarder Kiryat Shmona si les frappes continuaient.", "hypothetical", True),
    ("Ces roquettes pourraient atteindre le port d'Ashdod, selon l'armée.", "hypothetical", True),
    # ... and what is told as a happening
    ("A drone hit a fuel depot in Kirkuk on Sunday, and the group vowed to continue.", "hypothetical", False),
    ("Deux roquettes ont frappé lundi la base de Harir, selon la coalition.", "hypothetical", False),
    # an older year tied to the attack, not a yardstick
    ("A court jailed a man over the shelling of Sinjar in March 2023.", "old_year", True),
    ("Le procès porte sur l'attaque de drone de juillet 2024 contre la raffinerie de Baiji.", "old_year", True),
    ("The strike was the deadliest on the town since the war in 2014.", "old_year", False),
    ("Rockets hit Balad air base on August 29, 2025, officials said.", "old_year", False),
    ("It was the heaviest barrage on Haifa since the summer of 2006.", "old_year", False),
    # a habit, not an incident
    ("Chaque nuit, des drones survolent Kfar Kila, raconte un habitant.", "habitual", True),
    ("A drone struck a car in Kfar Kila on Sunday night.", "habitual", False),
])
def test_sentence_frame_features(sentence, feature, expected):
    assert salience._frame_features(sentence, _P)[feature] is expected


@pytest.mark.parametrize("text,lang,place", [
    # an attack with a toll told beside a threat stays: the toll says it happened
    ("A drone struck a checkpoint in Tal Afar on Sunday, killing two soldiers, and the group vowed to strike "
     "again.\n\nThe army said it was searching the area.", "en", "Tal Afar"),
    # an attack of this week told beside a yardstick year stays
    ("Three rockets hit Balad air base on Monday, the heaviest attack on the base since the summer of 2020, "
     "officials said.\n\nNo one was hurt.", "en", "Balad"),
    ("Trois roquettes ont frappé lundi la base aérienne de Balad, selon des responsables, la pire attaque "
     "depuis janvier 2020.", "fr", "Balad"),
])
def test_news_beside_a_threat_or_a_yardstick_is_kept(text, lang, place):
    assert [e.place_name for e in _events(text, lang)] == [place]


@pytest.mark.parametrize("text,lang", [
    ("Iran's new drones are capable of reaching Haifa and the Negev, a commander said on Monday, as the "
     "army displayed them in Tehran.", "en"),
    ("Les Houthis ont menacé mardi de frapper le port de Haïfa en cas d'offensive contre Hodeïda.", "fr"),
    ("A court in Baghdad on Sunday sentenced a man to life in prison over a rocket attack on the Green Zone "
     "in November 2022.", "en"),
])
def test_capability_threat_and_trial_briefs_map_nothing(text, lang):
    assert _events(text, lang) == []
