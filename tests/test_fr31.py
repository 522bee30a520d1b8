"""French wire copy on Syria, Iraq and Lebanon (round 31; invented AFP-style items, no set's sentence).

* two areas an attack word governs, each under its own area noun, are two sites: "ont visé la région de Damas et la
  province de Homs", "la province de Deir ez-Zor et celle de Hassaké", "the Damascus region and Homs province" (an
  area named in one sentence beside another event is otherwise dropped as a passing mention);
* a state's forces as the subject of the verb of killing tell an attack with no attack word: "l'armée turque a tué 15
  combattants dans la région de Gara", "les forces turques ont tué samedi une dizaine de combattants près de X";
* what a blast is "attribuée à" is a cause when it names an attack ("à une frappe de drone"), not an accused;
* regions and towns AFP names that the gazetteer missed: la Haute-Galilée, la Galilée, la Badia (the Syrian desert),
  Soukhné (As Sukhnah), the Gara mountain (Duhok).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of, one_event

PUB = dt.date(2024, 3, 15)


def _events(text: str, lang: str = "fr"):
    return events_of(text, lang, PUB)


def _one(text: str, lang: str = "fr"):
    return one_event(text, lang, PUB)


# --- two areas each under its own noun ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,records", [
    ("Des frappes aériennes israéliennes ont visé dans la nuit des positions dans la région de Damas et la province de "
     "Homs, selon l'agence officielle Sana.", "fr", {"geonames:170654", "curated:homs-governorate"}),
    ("Des frappes ont visé la province de Homs et la région de Damas.", "fr",
     {"geonames:170654", "curated:homs-governorate"}),
    ("Des frappes israéliennes ont visé la province de Deraa et la province de Quneitra.", "fr",
     {"curated:daraa-governorate", "curated:quneitra-governorate"}),
    ("Israeli air strikes overnight targeted positions in the Damascus region and Homs province, SANA said.", "en",
     {"geonames:170654", "curated:homs-governorate"}),
])
def test_two_areas_each_under_its_own_noun_are_two_sites(text, lang, records):
    evs = _events(text, lang)
    assert {e.place.record_id for e in evs if e.place} == records
    assert all(e.event_type == "airstrike" for e in evs)


def test_an_area_and_celle_de_the_next_one():
    evs = _events("Des frappes ont visé la province de Deir ez-Zor et celle de Hassaké.")
    assert {e.place_name for e in evs} == {"Deir ez-Zor", "Hassaké"}


# --- a state's forces that killed fighters ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,record,killed,day", [
    ("L'armée turque a tué 15 combattants dans la région de Gara, dans le nord de l'Irak, a annoncé le ministère de la "
     "Défense.", "fr", "curated:gara-mountain-duhok", 15, None),
    ("The Turkish army killed 15 militants in the Gara region of northern Iraq, the defence ministry said.", "en",
     "curated:gara-mountain-duhok", 15, None),
    ("Les forces turques ont tué samedi une dizaine de combattants du PKK près de Zakho.", "fr", "geonames:89570", 10,
     dt.date(2024, 3, 9)),
    ("L'armée israélienne a tué trois combattants du Hezbollah à Aïta al-Chaab, selon un communiqué.", "fr",
     "curated:aita-al-shaab", 3, None),
])
def test_a_state_that_killed_fighters_made_an_attack(text, lang, record, killed, day):
    e = _one(text, lang)
    assert (e.event_type, e.place.record_id, e.killed.best) == ("attack", record, killed)
    if day is not None:
        assert e.date.earliest == e.date.latest == day


# --- a cause is no accused -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("Une explosion a secoué un dépôt d'armes du Hachd al-Chaabi près de Babylone, que le groupe a attribuée à une "
     "frappe de drone.", "fr"),
    ("An explosion hit a Popular Mobilisation Forces depot near Babylon, which the group attributed to a drone strike.",
     "en"),
])
def test_a_blast_attributed_to_a_strike_blames_no_one(text, lang):
    e = _one(text, lang)
    assert e.blamed_on == []


# --- places the gazetteer missed -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,record", [
    ("Le Hezbollah a tiré une salve de roquettes sur la Haute-Galilée, selon l'armée israélienne.", "curated:upper-galilee"),
    ("L'armée israélienne a indiqué avoir intercepté un drone venu du Liban au-dessus de la Galilée.", "curated:galilee"),
    ("Une attaque de l'EI a tué sept soldats syriens dans la Badia, le désert syrien, selon l'OSDH.",
     "curated:syrian-desert-badia"),
    ("Selon l'OSDH, huit membres des forces gouvernementales ont été tués dans une embuscade tendue par l'EI près de "
     "Soukhné.", "curated:as-sukhnah-syria"),
])
def test_regions_and_towns_afp_names(text, record):
    e = _one(text)
    assert e.place is not None and e.place.record_id == record


# --- round figures, French particles, weapons a strike destroyed --------------------------------------------------------------
def test_une_soixantaine_is_about_sixty():
    e = _one("Une soixantaine de roquettes ont été tirées vendredi sur Kiryat Shmona, selon l'armée israélienne.")
    assert (e.count.best, e.place.record_id) == (60, "geonames:293825")


@pytest.mark.parametrize("text,record", [
    ("Une femme a été tuée et trois autres personnes blessées par des éclats d'obus à Ayta ach-Chaab.",
     "curated:aita-al-shaab"),
    ("Des frappes russes ont visé jeudi Jisr ach-Choughour, dans la province d'Idleb, tuant deux civils.",
     "geonames:169023"),
])
def test_a_french_particle_ach_ech_stays_in_the_name(text, record):
    e = _one(text)
    assert e.place is not None and e.place.record_id == record


@pytest.mark.parametrize("text,lang", [
    ("Les États-Unis ont frappé samedi des cibles houthies au Yémen, détruisant six missiles de croisière prêts à être "
     "lancés.", "fr"),
    ("US forces struck Houthi targets in Yemen on Saturday, destroying six cruise missiles.", "en"),
])
def test_missiles_a_strike_destroyed_are_no_missile_attack(text, lang):
    e = _one(text, lang)
    assert (e.event_type, e.count.best) == ("airstrike", None)


# --- an ambush laid, an attack carried out by a group: its author ---------------------------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("Selon l'OSDH, huit membres des forces gouvernementales ont été tués dans une embuscade tendue par l'EI près de "
     "Soukhné.", "fr"),
    ("Six soldats ont été tués dans une attaque menée par des jihadistes de l'EI dans la Badia.", "fr"),
    ("L'attentat, perpétré par le groupe Etat islamique, a tué quatre policiers à Kirkouk.", "fr"),
    ("Eight government soldiers were killed in an ambush laid by Islamic State fighters near Sukhnah, the Observatory said.",
     "en"),
])
def test_an_ambush_laid_by_a_group_blames_it(text, lang):
    assert _one(text, lang).blamed_on == ["Islamic State"]
