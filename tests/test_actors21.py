"""Who claimed an attack, separately from whom it was blamed on (round 21; invented wire items, no set's sentence).

* a group's own report of its attack is a claim without the word "claim": "X said it had targeted", "X said in a
  statement that its fighters fired", "X announced they had struck", "X a affirmé avoir visé", "a annoncé avoir tiré",
  "a affirmé que ses combattants avaient tiré"; a state reporting its own raid, a campaign tally ("more than 150 strikes
  since October") and a speaker told after the name ("..., selon l'armée, qui a dit avoir visé") are no claim;
* a past or denied claim is none: "has claimed similar attacks in the past", "a déjà revendiqué", "did not claim",
  "n'a pas revendiqué";
* a claim of several incidents reaches each: the sites it names ("claimed the attacks on A and B"), else a plural of
  the same day ("claimed Thursday's attacks", "Ces attaques ont été revendiquées") or "both" / "les deux";
* blame forms ("imputé au X les tirs", "attribué au X", "held X responsible") and the accused's name cut where the
  clause goes on ("X de viser", "X and vowed", "X ont tué"); "accused of corruption", "accusé par X" and a blame of
  previous attacks name no accused.
"""
from __future__ import annotations

import datetime as dt

import pytest

from factories import actors_of, events_of

PUB = dt.date(2024, 6, 5)


def _events(text: str, lang: str):
    return events_of(text, lang, PUB)


def _claims(text: str, lang: str) -> list[list[str]]:
    return actors_of(text, lang, PUB, "claimed_by")


def _blames(text: str, lang: str) -> list[list[str]]:
    return actors_of(text, lang, PUB, "blamed_on")


# --- self-claims --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,who", [
    ("Several rockets struck the Qayyarah air base south of Mosul on Tuesday, causing no casualties, officials said. "
     "Kataib Sayyid al-Shuhada said it had targeted the base with four Grad rockets.", "en", "Kataib Sayyid al-Shuhada"),
    ("A ballistic missile was fired at the port of Yanbu on Monday, Saudi officials said. No one was hurt. "
     "The Houthis said in a statement that their forces had fired a missile at oil facilities in Yanbu.", "en", "Houthis"),
    ("The Houthis announced they had struck a tanker off Mokha with an anti-ship missile on Tuesday.", "en", "Houthis"),
    ("Des drones ont frappé mardi une caserne israélienne à Metoula, sans faire de victimes, selon l'armée. "
     "Le Hezbollah a affirmé avoir visé la caserne avec deux drones explosifs.", "fr", "Hezbollah"),
    ("Les Houthis ont annoncé avoir tiré mardi un missile contre un pétrolier au large de Mokha.", "fr", "Houthis"),
    ("Trois roquettes sont tombées lundi sur la base de Harir, au nord d'Erbil, sans faire de blessés. Le porte-parole "
     "des Brigades du Hezbollah a affirmé que leurs combattants avaient tiré les roquettes.", "fr", "Kataib Hezbollah"),
])
def test_a_group_reporting_its_own_attack_claims_it(text, lang, who):
    assert [who] in _claims(text, lang), _claims(text, lang)


@pytest.mark.parametrize("text,lang", [
    # a state's own raid is told as an air strike, not a claim
    ("Israeli warplanes struck a village near Tyre on Tuesday, killing two people. The Israeli military said its "
     "aircraft had struck a Hezbollah depot in the village.", "en"),
    # a tally of a campaign
    ("A drone hit a base near Rmelan on Tuesday, causing no injuries, officials said. The Islamic Resistance in Iraq "
     "has said it carried out more than 120 strikes on U.S. forces since January.", "en"),
    # the speaker is the army, told after the group's name
    ("L'aviation israélienne a bombardé mardi des positions du Hezbollah à Khiam, selon l'armée, qui a dit avoir visé "
     "un dépôt d'armes.", "fr"),
])
def test_no_claim_where_no_group_reports_its_attack(text, lang):
    assert all(not c for c in _claims(text, lang)), _claims(text, lang)


# --- past and denied claims ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("Two drones attacked the Victory base near Baghdad airport on Tuesday, causing no damage, a security source said. "
     "No group claimed the attack, but Kataib Hezbollah has claimed similar attacks in the past.", "en"),
    ("Deux roquettes sont tombées mardi près de la base de Taji, sans faire de victimes. Les Brigades du Hezbollah ont "
     "déjà revendiqué des attaques semblables.", "fr"),
    ("A missile struck a depot near Latakia on Tuesday, killing three soldiers, a monitor said. Israel did not claim "
     "the strike.", "en"),
    ("Un drone a frappé mardi un dépôt près de Masyaf, tuant deux combattants. Israël n'a pas revendiqué la frappe.", "fr"),
])
def test_a_past_or_denied_claim_claims_nothing(text, lang):
    assert all(not c for c in _claims(text, lang)), _claims(text, lang)


def test_a_plain_passive_claim_still_claims():
    text = ("Deux drones ont visé mardi la base de Harir, au nord d'Erbil, sans faire de blessés. L'attaque a été "
            "revendiquée par les Brigades du Hezbollah.")
    assert _claims(text, "fr") == [["Kataib Hezbollah"]]


# --- one claim of several incidents -------------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,who", [
    ("A drone exploded near a school in Nahariya on Tuesday, lightly wounding one man, medics said. Later that day, two "
     "rockets landed in an open field outside Safed, the army said. In a separate statement, Hezbollah claimed the "
     "attacks on Nahariya and Safed.", "en", "Hezbollah"),
    ("Saudi air defences intercepted a drone over Khamis Mushait on Monday. On Tuesday, a missile struck a fuel depot in "
     "Jazan, causing a fire. The Houthis claimed both attacks in a televised address.", "en", "Houthis"),
    ("Two drones struck a camp housing foreign contractors near Basra on Tuesday, officials said. Hours later, a rocket "
     "hit a storage site near Zubair. There were no injuries in either attack.\n\nA group calling itself Ashab al-Kahf "
     "claimed responsibility for Tuesday's drone and rocket attacks in a post on Telegram.", "en", "Ashab al-Kahf"),
    ("Un drone a frappé mardi un poste frontière près de Ruwaished, sans faire de blessés. Le même jour, deux roquettes "
     "sont tombées près de la base de Muwaffaq Salti. Ces attaques ont été revendiquées par la Résistance islamique en "
     "Irak.", "fr", "Islamic Resistance in Iraq"),
])
def test_a_claim_of_several_attacks_reaches_each(text, lang, who):
    claims = _claims(text, lang)
    assert len(claims) == 2 and all(c == [who] for c in claims), claims


def test_a_claim_of_one_attack_stays_on_it():
    text = ("A drone exploded near a school in Nahariya on Monday, lightly wounding one man, medics said. On Tuesday, two "
            "rockets landed in an open field outside Safed, the army said. Hezbollah claimed the attack on Safed.")
    events = _events(text, "en")
    got = {e.place_name: list(e.claimed_by) for e in events}
    assert got.get("Safed") == ["Hezbollah"] and got.get("Nahariya") == [], got


# --- blame --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,who", [
    ("Une roquette est tombée mardi sur la ville de Kiryat Shmona, blessant trois civils, selon les secours. "
     "Israël a imputé au Hezbollah les tirs de roquettes.", "fr", "Hezbollah"),
    ("Un obus de mortier est tombé mardi sur un marché d'Azaz, tuant deux civils, selon une ONG. Damas a attribué au "
     "groupe Hayat Tahrir al-Sham les tirs.", "fr", "Hayat Tahrir al-Sham"),  # (canonical name, round 22)
    ("A drone hit a warehouse in the port of Haifa on Tuesday, injuring two workers, police said. The Israeli military "
     "held Hezbollah responsible for the strike.", "en", "Hezbollah"),
    ("Deux missiles ont frappé mardi un dépôt près de Masyaf, tuant trois combattants, selon l'OSDH. Le régime syrien "
     "a accusé Israël de viser ses positions.", "fr", "Israel"),  # (canonical name, round 22)
    ("Rockets hit a base near Kirkuk on Tuesday, wounding two soldiers. The governor blamed outlaw militias and vowed "
     "to find those responsible.", "en", "outlaw militias"),
])
def test_the_accused_is_named_and_cut_where_the_clause_goes_on(text, lang, who):
    assert [who] in _blames(text, lang), _blames(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("A drone struck an oil field near Khurmala on Tuesday, causing a fire but no casualties, officials said. The "
     "governor, who was accused of corruption last year, visited the site.", "en"),
    ("Three rockets hit a base near Kirkuk on Tuesday, causing no casualties. Washington has blamed previous attacks on "
     "Iran-aligned militias.", "en"),
    ("Un drone a frappé mardi un village près de Zakho, tuant un berger. Le groupe, accusé par Ankara d'être lié au "
     "PKK, dément.", "fr"),
])
def test_no_accused_where_the_blame_is_of_something_else(text, lang):
    assert all(not b for b in _blames(text, lang)), _blames(text, lang)


@pytest.mark.parametrize("text,lang,who", [
    ("Deux drones ont frappé lundi une usine près de Manbij, tuant un ouvrier, selon une ONG. Les autorités locales ont "
     "imputé l'attaque à des « cellules dormantes soutenues par l'étranger ».", "fr",
     "cellules dormantes soutenues par l'étranger"),
    ("A drone struck a market in Sarmada on Monday, killing four people, rescuers said. The local council blamed "
     "\"government-backed militias\" for the attack.", "en", "government-backed militias"),
    ("Une roquette a visé lundi la base de Balad, sans faire de victimes. Washington a imputé cette attaque aux "
     "Brigades du Hezbollah.", "fr", "Kataib Hezbollah"),  # (canonical name, round 22)
    ("Un drone a frappé lundi un poste près de Zakho, blessant deux soldats. Ankara tient le PKK pour responsable.",
     "fr", "PKK"),
])
def test_a_quoted_or_distant_accused_is_read(text, lang, who):
    assert [who] in _blames(text, lang), _blames(text, lang)


# --- a claim told before the sites of its wave --------------------------------------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("Kurdish rebels claim wave of drone strikes on Turkish posts\n\nThe PKK said on Tuesday it had launched a wave of "
     "drone attacks against several Turkish army positions in northern Iraq.\n\nIn a statement read on its television "
     "channel, the group listed the targets:\n- a Turkish base near Bamarni, hit at dawn by three drones;\n- an outpost "
     "near Kani Masi, targeted by two drones;\n- a command post near Batifa.", "en"),
    ("Irak : le PKK revendique une vague d'attaques contre des positions turques\n\nLe PKK a affirmé mardi avoir mené une "
     "vague d'attaques de drones contre plusieurs positions de l'armée turque dans le nord de l'Irak.\n\nDans un "
     "communiqué, le groupe a énuméré les cibles :\n- une base turque près de Bamarni, visée à l'aube par trois drones ;"
     "\n- un avant-poste près de Kani Masi, visé par deux drones ;\n- un poste de commandement près de Batifa.", "fr"),
])
def test_a_lead_claim_of_a_wave_reaches_the_sites_listed_after_it(text, lang):
    claims = _claims(text, lang)
    assert len(claims) >= 2 and all(c == ["PKK"] for c in claims), claims


def test_a_blame_with_a_denied_claim_is_no_claim():
    text = ("Deux missiles ont été interceptés lundi au-dessus de Jizan, selon la coalition. La coalition a imputé ces "
            "tirs aux rebelles houthis, qui ne les avaient pas revendiqués lundi soir.")
    events = _events(text, "fr")
    assert events and all(not e.claimed_by for e in events), [e.claimed_by for e in events]
    assert any(e.blamed_on for e in events), [e.blamed_on for e in events]
