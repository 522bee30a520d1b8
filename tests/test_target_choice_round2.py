"""Which frames of a story are one incident (frame boundaries, geo_events.incident, geo_events.salience).

Invented short wire stories in English, French and Arabic (places, wordings and numbers of no
development set): an attack told with the town next to it, its province, the victims' home town,
the hospital the wounded were taken to, the place of a reaction, the launch area, where a share of
the salvo fell ("one of the two rockets fell near X", "the other fell near Y" after an interception
"towards Z") -- each must map ONE incident; two genuinely separate strikes on one day must stay two.
"""
import datetime as dt

import pytest

from geo_events.models import Document
from geo_events.pipeline import process

PUBLISHED = dt.date(2024, 3, 20)  # a Wednesday


def _events(text: str, lang: str):
    return process([Document(doc_id="story", text=text, language=lang, published=PUBLISHED)]).events


def _names(events):
    return sorted((e.place_name, e.date.iso() if e.date else None) for e in events)


ONE_INCIDENT = [
    # where a share of the salvo fell
    ("en", "Two rockets were fired at Kirkuk airport on Monday night. One of the two rockets fell near the Arrapha "
           "neighbourhood, police said, causing no casualties.", "Kirkuk"),
    ("fr", "Deux roquettes ont été tirées lundi soir contre l'aéroport de Kirkouk. L'une des deux roquettes est tombée "
           "près du quartier d'Arrapha, sans faire de victimes.", "Kirkouk"),
    ("ar", "أطلق صاروخان مساء الاثنين باتجاه مطار كركوك، وسقط أحد الصاروخين قرب حي عرفة دون وقوع إصابات.", "كركوك"),
    ("en", "Air defences intercepted a drone heading towards Erbil airport on Sunday, while the other drone crashed "
           "near the village of Kalak, the Kurdistan counter-terrorism service said.", "Erbil"),
    ("fr", "La défense aérienne a intercepté dimanche un drone qui se dirigeait vers l'aéroport d'Erbil, tandis que "
           "l'autre s'est écrasé près du village de Kalak, selon les services antiterroristes.", "Erbil"),
    # witnesses in a list of towns
    ("en", "A drone struck a weapons depot at the Hammam al-Alil base on Tuesday night, causing a fire. Residents of "
           "Hammam al-Alil, Qayyarah and Mosul said they heard several loud explosions.", "Hammam al-Alil"),
    ("fr", "Un drone a frappé mardi soir un dépôt d'armes à Jurf al-Sakhar, provoquant un incendie. Des habitants de "
           "Musayyib, Iskandariya et Hilla ont dit avoir entendu de fortes explosions.", "Jurf al-Sakhar"),
    ("en", "A drone struck an army checkpoint near the village of Kharbat on Thursday, killing two soldiers, officials "
           "said. The wounded were evacuated to a hospital in Kirkuk. Witnesses in Hawija, Riyadh and Abbasi "
           "reported hearing the blast.", "Kharbat"),
    # the town's province and a bigger city named for orientation
    ("en", "A Katyusha rocket hit a house in the town of Bashiqa on Thursday, wounding two children, security "
           "officials in Nineveh province said. Bashiqa lies 20 km north-east of Mosul.", "Bashiqa"),
    ("fr", "Une roquette s'est abattue jeudi sur une maison de la ville de Bachiqa, blessant deux enfants, selon des "
           "responsables de la province de Ninive. Bachiqa se trouve à 20 km au nord-est de Mossoul.", "Bachiqa"),
    ("ar", "سقط صاروخ كاتيوشا على منزل في ناحية بعشيقة شمال شرقي الموصل يوم الخميس، ما أدى إلى إصابة طفلين، بحسب "
           "مصادر أمنية في محافظة نينوى.", "بعشيقة"),
    # the hospital the wounded were taken to
    ("en", "An Israeli drone strike on a car near the town of Bint Jbeil on Friday killed one man and wounded two "
           "others, who were transported to the hospital in Tyre, the health ministry said.", "Bint Jbeil"),
    ("fr", "Une frappe de drone israélienne a visé vendredi une voiture près de Bint Jbeil, tuant un homme et blessant "
           "deux autres, transportés à l'hôpital de Tyr, selon le ministère de la Santé.", "Bint Jbeil"),
    ("ar", "استهدفت مسيرة إسرائيلية سيارة قرب بلدة بنت جبيل يوم الجمعة، ما أدى إلى مقتل رجل وإصابة اثنين آخرين نقلا "
           "إلى مستشفى في مدينة صور.", "بنت جبيل"),
    ("en", "Two civilians were wounded when a shell struck a market in Jisr al-Shughur on Saturday. They were taken "
           "to a hospital in Idlib city for treatment, rescuers said.", "Jisr al-Shughur"),
    ("ar", "استهدفت طائرة مسيرة نقطة تفتيش للجيش قرب قرية خربة يوم الخميس، ما أسفر عن مقتل جنديين، ونقل الجرحى إلى "
           "مستشفى كركوك العام.", "خربة"),
    ("fr", "Un drone a frappé jeudi un poste de contrôle de l'armée près du village de Kharbat, tuant deux soldats. Les "
           "blessés ont été évacués vers un hôpital de Kirkouk.", "Kharbat"),
    # the victims' home town
    ("en", "A rocket attack on the Taji base on Wednesday killed a contractor from Basra and wounded three soldiers, "
           "the military said.", "Taji"),
    ("fr", "Une attaque à la roquette contre la base de Taji a tué mercredi un sous-traitant originaire de Bassora et "
           "blessé trois soldats, a indiqué l'armée.", "Taji"),
    ("en", "Two mortar shells hit a school in the town of Tel Rifaat on Monday, killing a teacher. The teacher, a "
           "native of Azaz, was buried in his hometown on Tuesday, and residents of Marea held a vigil.", "Tel Rifaat"),
    ("ar", "قتل معلم بسقوط قذيفتي هاون على مدرسة في بلدة تل رفعت يوم الاثنين، والمعلم من أبناء مدينة اعزاز وشيع "
           "فيها يوم الثلاثاء.", "تل رفعت"),
    # a reaction or protest elsewhere
    ("en", "A drone strike killed three people in Deir Hanna on Sunday. Hundreds protested in Nazareth later that "
           "evening, denouncing the attack.", "Deir Hanna"),
    ("fr", "Une frappe a tué dimanche trois personnes à Nabatiyé. Des centaines de personnes ont manifesté le soir même "
           "à Saïda pour dénoncer l'attaque.", "Nabatiyé"),
    ("ar", "قتل ثلاثة أشخاص بغارة إسرائيلية على بلدة النبطية يوم الأحد، وخرجت تظاهرات في مدينة صيدا مساء اليوم نفسه "
           "تنديدا بالغارة.", "النبطية"),
    ("en", "A suicide drone hit a fuel truck on the road between Marib and Safer on Wednesday, killing the "
           "driver. The government condemned the attack in a statement issued in Aden.", "Marib"),
    ("fr", "Un drone kamikaze a touché mercredi un camion-citerne près de Marib, tuant le chauffeur. Le gouvernement, "
           "installé à Aden, a condamné l'attaque.", "Marib"),
    # the launch area
    ("en", "Three rockets launched from the Nahrawan area struck near the US embassy in Baghdad on Monday night, a "
           "security source said.", "embassy"),
    ("fr", "Trois roquettes tirées depuis la zone de Nahrawan se sont abattues lundi soir près de l'ambassade "
           "américaine à Bagdad, selon une source sécuritaire.", "embassy"),
    ("ar", "سقطت ثلاثة صواريخ أطلقت من منطقة النهروان قرب السفارة الأميركية في بغداد مساء الاثنين، بحسب مصدر أمني.",
     "embassy"),
    ("en", "A rocket fired from the outskirts of Zubair hit the Rumaila oil field on Saturday, wounding a worker, a "
           "Basra police official said.", "Rumaila"),
    ("ar", "أصيب عامل بسقوط صاروخ على حقل الرميلة النفطي يوم السبت، أطلق من أطراف قضاء الزبير، وفق مصدر في شرطة البصرة.",
     "الرميلة"),
    # sirens sounding in towns around the target
    ("en", "Hezbollah said it fired a barrage of rockets at the Meron air traffic control base on Sunday. Sirens "
           "sounded in Safed, Rosh Pina and several communities of the Upper Galilee.", "Meron"),
    ("fr", "Le Hezbollah a affirmé dimanche avoir tiré une salve de roquettes contre la base de contrôle "
           "aérien du mont Meron. Les sirènes ont retenti à Safed et à Rosh Pina.", "Meron"),
]


def _id(c):
    values = c.values if hasattr(c, "values") else c
    return f"{values[0]}-{values[2]}"


@pytest.mark.parametrize("lang,text,target", ONE_INCIDENT, ids=[_id(c) for c in ONE_INCIDENT])
def test_places_around_one_attack_make_one_incident(lang, text, target):
    events = _events(text, lang)
    assert len(events) == 1, _names(events)
    assert target in events[0].place_name or (target == "embassy" and "embass" in events[0].place_name.lower()), \
        _names(events)


@pytest.mark.parametrize("lang,text,impact", [
    ("en", ONE_INCIDENT[0][1], "Arrapha"),
    ("fr", ONE_INCIDENT[1][1], "Arrapha"),
])
def test_where_one_of_the_salvo_fell_stays_an_impact_site(lang, text, impact):
    (ev,) = _events(text, lang)
    assert impact in [i.name for i in ev.impacts]
    assert ev.killed.best == 0  # "causing no casualties": the salvo's toll, not a second incident's


def test_interception_towards_an_area_and_the_other_fell_near_a_town_is_one_incident_at_the_town():
    # the area the missiles were heading for is a direction; where the other one fell is the incident's place
    text = ("أعلن مصدر عسكري أن الدفاعات الجوية تصدت فجر الأحد لصاروخين أطلقتهما طائرات معادية باتجاه ريف درعا "
            "الغربي، وتمكنت من تدمير أحدهما فيما سقط الآخر في أرض زراعية قرب بلدة نوى، من دون وقوع خسائر بشرية.")
    events = _events(text, "ar")
    assert len(events) == 1, _names(events)
    assert "نوى" in events[0].place_name


@pytest.mark.parametrize("lang,text,place", [
    ("fr", "Au lendemain de l'attaque de drones contre la base d'Aïn al-Assad, le Pentagone a revu samedi à la hausse "
           "le nombre de blessés, désormais de cinq.", "Aïn al-Assad"),
    ("en", "A day after the drone attack on the Tanf garrison, the Pentagon on Saturday raised the number of wounded "
           "to five.", "Tanf"),
])
def test_the_day_after_the_attack_dates_the_attack_the_day_before(lang, text, place):
    (ev,) = _events(text, lang)
    assert place in ev.place_name
    assert ev.date.earliest == dt.date(2024, 3, 15)  # Friday: the statement was on Saturday, the day after


def test_a_date_inside_the_day_after_phrase_is_the_attacks_own():
    # the day after Friday's attack: the sentence's Saturday is not moved, and the attack keeps its Friday
    text = "A day after Friday's drone attack on the Tanf garrison, the Pentagon said five were wounded."
    events = _events(text, "en")
    assert [e.date.earliest for e in events if "Tanf" in e.place_name] == [dt.date(2024, 3, 15)]


# ----------------------------------------------------------------------- two incidents stay two

TWO_INCIDENTS = [
    ("en", "An Israeli strike hit a motorcycle in Aita al-Shaab on Tuesday morning, killing one man. Hours later, "
           "another strike destroyed a house in Kfar Kila, wounding three people.", ["Aita al-Shaab", "Kfar Kila"]),
    ("fr", "Une frappe a visé mardi matin une moto à Aïta al-Chaab, tuant un homme. Quelques heures plus tard, une "
           "autre frappe a détruit une maison à Kfar Kila, blessant trois personnes.", ["Chaab", "Kfar Kila"]),
    ("ar", "استهدفت غارة إسرائيلية دراجة نارية في بلدة عيتا الشعب صباح الثلاثاء ما أدى إلى مقتل رجل، وبعد "
           "ساعات دمرت غارة أخرى منزلا في بلدة كفركلا وأصيب ثلاثة أشخاص.", ["عيتا الشعب", "كفركلا"]),
    ("ar", "استهدفت غارة إسرائيلية دراجة نارية في بلدة عيتا الشعب صباح الثلاثاء ما أدى إلى مقتل رجل. وبعد ساعات "
           "دمرت غارة أخرى منزلا في بلدة كفركلا وأصيب ثلاثة أشخاص.", ["عيتا الشعب", "كفركلا"]),
    ("en", "A drone strike hit a car in the town of Qamishli on Friday, killing two members of the SDF. In a separate "
           "attack the same day, artillery shells struck the village of Tal Tamr, wounding a child.",
     ["Qamishli", "Tal Tamr"]),
    ("fr", "Une frappe de drone a visé vendredi une voiture à Qamichli, tuant deux membres des FDS. Par ailleurs, des "
           "obus d'artillerie se sont abattus le même jour sur le village de Tal Tamr, blessant un enfant.",
     ["Qamichli", "Tal Tamr"]),
    ("en", "A drone strike hit a car in Qamishli on Friday, killing two SDF members. Elsewhere, shells struck the "
           "village of Tal Tamr the same day, wounding a child.", ["Qamishli", "Tal Tamr"]),
    ("ar", "استهدفت طائرة مسيرة سيارة في مدينة القامشلي يوم الجمعة ما أدى إلى مقتل عنصرين من قسد. وفي هجوم منفصل، "
           "سقطت قذائف مدفعية على قرية تل تمر ما أسفر عن إصابة طفل.", ["القامشلي", "تل تمر"]),
]


def _id2(c):
    values = c.values if hasattr(c, "values") else c
    return values[0] + "-" + "-".join(values[2])


@pytest.mark.parametrize("lang,text,places", TWO_INCIDENTS, ids=[_id2(c) for c in TWO_INCIDENTS])
def test_two_separate_strikes_on_one_day_stay_two(lang, text, places):
    events = _events(text, lang)
    names = [e.place_name for e in events]
    assert len(events) == 2, names
    for p in places:
        assert any(p in n for n in names), names


def test_the_other_of_a_listed_pair_hitting_with_its_own_toll_is_not_folded():
    # "the first ... and the other hit a car in Y, wounding two": two strikes listed in one sentence
    text = ("Two airstrikes hit the border area on Monday: the first destroyed a barn in Rmeish, killing a shepherd, "
            "and the other hit a van in Ain Ebel, wounding two.")
    names = " ".join(e.place_name for e in _events(text, "en"))
    assert "Rmeish" in names and "Ain Ebel" in names, names


# ----------------------------------------------------------------------- the readings themselves

@pytest.mark.parametrize("sentence,name,expected", [
    ("Au lendemain de l'attaque contre la base de Tarmiyah, l'armée a confirmé samedi deux blessés.", "Tarmiyah", True),
    ("A day after the attack on Tarmiyah, officials on Saturday raised the toll.", "Tarmiyah", True),
    # the place is not the one of the opening phrase: another incident's day
    ("A day after the attack on Tarmiyah, a drone hit Hajin on Saturday.", "Hajin", False),
])
def test_day_after_reading(sentence, name, expected):
    from geo_events.incident import day_after_shift
    from geo_events.models import DateSpan, Event, EventFrame, Evidence, Fact, PlaceRef

    doc = Document(doc_id="s", text=sentence, language="en", published=PUBLISHED)
    text = "samedi" if "samedi" in sentence else "on Saturday"
    sat = DateSpan(dt.date(2024, 3, 16), dt.date(2024, 3, 16), "day", text)
    ev = Event(event_id="e", event_type="attack", frames=[EventFrame(doc, [
        Fact("target", PlaceRef(name), Evidence("s", sentence, 0, len(sentence))),
        Fact("date", sat, Evidence("s", sentence, 0, len(sentence)))])], place_name=name, date=sat)
    assert day_after_shift(ev) is expected
