"""Figures told across a passage (round 22; invented wire items, no set's sentence).

* deaths told as more than a toll already given ("Two others died of their wounds", "Deux autres personnes sont
  décédées", "Three other civilians died overnight") add to it; deaths among the wounded ("two of the wounded later
  died") are read as such, never as the toll itself;
* a second source's figure with its verb left out ("tués selon la police, cinq selon l'hôpital", "killed, according to
  the ministry, and six according to local media") is kept beside the first (low/best/high span both);
* a toll with no word of death ("officials put the toll at five", "le bilan s'établit à onze", "a porté le bilan à
  sept") counts the dead, and a toll a later statement puts ("later put the death toll at nine") revises the first;
* a salvo of a past year ("the first such attack since 2018, when 20 rockets were fired") is not the count;
* "two salvos of rockets", "trois vagues de drones" count groups, not projectiles (no count), while "two salvos of
  four missiles" still multiplies; "seven rounds of mortar fire" counts seven rounds.
"""
from __future__ import annotations

import datetime as dt

import pytest

from geo_events.models import Document
from geo_events.pipeline import process

PUB = dt.date(2024, 3, 14)


def _one(text: str, lang: str):
    events = process([Document("t.txt", text, lang, PUB)]).events
    assert len(events) == 1, [(e.place_name, e.event_type) for e in events]
    return events[0]


# --- deaths told as more than the toll -----------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,killed", [
    ("A ballistic missile struck a hotel in the city of Odesa on Thursday, killing five people. Three others died of "
     "their injuries overnight, the governor said.", "en", 8),
    ("An artillery shell hit a bakery in the town of Kupiansk on Sunday, killing two civilians. Two more people later "
     "died in hospital.", "en", 4),
    ("Un drone a frappé un camion près de la ville de Nabatieh samedi, tuant un homme. Deux autres personnes sont "
     "décédées de leurs blessures dimanche.", "fr", 3),
    ("Shelling killed two soldiers in the village of Kafr Kila on Monday. Three other civilians died overnight, the "
     "ministry said.", "en", 5),
    ("Un missile a frappé un marché à Marib vendredi, tuant quatre personnes. Deux autres sont mortes de leurs "
     "blessures samedi.", "fr", 6),
])
def test_more_deaths_add_to_the_toll(text, lang, killed):
    assert _one(text, lang).killed.best == killed


@pytest.mark.parametrize("text,lang,killed", [
    # deaths among the wounded after a lead's toll: among its dead (no figure of their own), never the toll itself
    ("A rocket hit the town of Sderot on Monday, killing three people and wounding eight. Two of the wounded later "
     "died.", "en", 3),
    # "more" wounded are no deaths
    ("A drone struck a bus in the city of Kherson on Friday, killing three. Two more soldiers were wounded.", "en", 3),
    # no toll before: the deaths are the toll
    ("Two rockets hit the town of Nahariya on Monday. Two of the injured died on Tuesday.", "en", 2),
])
def test_deaths_among_the_wounded_stay_as_before(text, lang, killed):
    assert _one(text, lang).killed.best == killed


# --- a second source's figure, its verb left out -------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,kind,low,high", [
    ("Trois personnes ont été tuées selon la police, cinq selon une source hospitalière, dans une frappe de drone "
     "lundi sur la ville de Kherson.", "fr", "killed", 3, 5),
    ("Un drone a frappé une voiture près de Tyr lundi, faisant deux morts selon l'armée libanaise, trois selon une "
     "source médicale.", "fr", "killed", 2, 3),
    ("Quatre civils ont été blessés selon la défense civile, sept selon l'hôpital, lors d'une frappe de roquette sur "
     "Alep mardi.", "fr", "injured", 4, 7),
    ("At least four people were killed, according to the ministry, and six according to local media, after a drone "
     "strike on the town of Nabatieh on Monday.", "en", "killed", 4, 6),
    ("Nine people were wounded according to the civil defence, 12 according to the hospital, when a missile hit the "
     "town of Sumy on Friday.", "en", "injured", 9, 12),
    ("Deux soldats ont été tués selon l'armée, quatre selon une ONG, lors d'une attaque de drone sur la base de Tanf "
     "mardi.", "fr", "killed", 2, 4),
])
def test_gapped_second_source_spans_the_figures(text, lang, kind, low, high):
    fig = getattr(_one(text, lang), kind)
    assert (fig.low, fig.high) == (low, high)
    assert fig.best == low


def test_a_subset_after_the_source_is_no_second_figure():
    e = _one("A drone strike on the village of Kfar Kila on Monday killed two people, according to the Lebanese army, "
             "three of them soldiers.", "en")
    assert (e.killed.low, e.killed.best, e.killed.high) == (2, 2, 2)


# --- a toll with no word of death ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,killed", [
    ("A drone struck a checkpoint near Deir ez-Zor on Tuesday. Local officials put the toll at five.", "en", 5),
    ("A drone hit the town of Shebaa on Monday. The Lebanese health ministry put the toll at three.", "en", 3),
    ("A missile hit a fuel depot in the port of Ras Isa on Monday. The toll stood at 16, rescuers said.", "en", 16),
    ("Une roquette a frappé un marché d'Idleb mardi. La défense civile a porté le bilan à sept.", "fr", 7),
    ("Un missile a frappé la ville de Soumy dimanche. Le bilan s'établit à onze, selon le gouverneur.", "fr", 11),
    ("Une frappe de drone a touché un convoi près de Hassaké lundi. L'OSDH a porté le bilan à huit.", "fr", 8),
])
def test_bare_toll_counts_the_dead(text, lang, killed):
    assert _one(text, lang).killed.best == killed


@pytest.mark.parametrize("text,lang", [
    ("A rocket hit the town of Kiryat Shmona on Monday. The army put the toll at five rockets.", "en"),
    ("A rocket hit the town of Kiryat Shmona on Monday. The toll was heavy, officials said.", "en"),
])
def test_bare_toll_needs_a_figure_of_people(text, lang):
    assert _one(text, lang).killed.best is None


@pytest.mark.parametrize("text,lang,killed", [
    ("A rocket hit a school in the town of Taiz on Sunday, killing five children. Officials later put the death toll "
     "at nine.", "en", 9),
    ("A missile hit the port city of Aden on Monday, killing six people. Health officials later put the toll at 14.",
     "en", 14),
    ("A shell hit a market in the town of Kherson on Friday, killing four. Officials now put the number of dead at "
     "seven.", "en", 7),
])
def test_toll_put_later_revises(text, lang, killed):
    assert _one(text, lang).killed.best == killed


# --- groups of projectiles ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,count", [
    ("Three waves of drones hit the city of Kharkiv overnight, the mayor said.", "en", None),
    ("Deux salves de roquettes ont visé mardi la ville de Metoula, selon l'armée.", "fr", None),
    ("Two salvos of rockets were fired at the town of Metula on Monday, the army said.", "en", None),
    # the size of each group told: the groups times their size
    ("Houthi forces fired two salvos of four missiles at Jizan on Wednesday, the Saudi-led coalition said.", "en", 8),
    ("Deux salves de trois roquettes chacune ont visé la base aérienne de Hmeimim jeudi, selon Moscou.", "fr", 6),
])
def test_groups_of_projectiles(text, lang, count):
    assert _one(text, lang).count.best == count


@pytest.mark.parametrize("text,lang,count", [
    ("Seven rounds of mortar fire hit the Green Zone in Baghdad on Wednesday, police said.", "en", 7),
    ("Twelve rounds of artillery fire hit the village of Houla on Wednesday, the state news agency said.", "en", 12),
    ("Nine rounds of mortars hit the Camp Taji base on Sunday, a security source said.", "en", 9),
    # rounds of nothing fired are no count
    ("Mortar shells hit the Green Zone in Baghdad on Monday as two rounds of talks were held in the city.", "en", None),
])
def test_rounds_of_a_named_weapon(text, lang, count):
    assert _one(text, lang).count.best == count


# --- a past year's salvo told as background -------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("A rocket fired from Syria landed in the Golan Heights town of Katzrin on Monday. It was the first such attack "
     "since 2018, when 20 rockets were fired.", "en"),
    ("A drone struck the town of Kiryat Shmona on Tuesday. It was the first drone attack on the town since 2021, when "
     "seven drones were launched.", "en"),
    ("Une roquette a touché mardi la ville d'Ashdod. C'est la première attaque de ce type depuis 2014, lorsque dix "
     "roquettes avaient été tirées.", "fr"),
    ("A missile hit the city of Lviv on Friday. It was the deadliest attack since 2022, when 12 missiles were fired at "
     "the city.", "en"),
])
def test_past_year_salvo_is_not_the_count(text, lang):
    assert _one(text, lang).count.best == 1


def test_a_count_after_when_without_a_year_holds():
    e = _one("Militants fired 20 rockets at the town of Sderot on Monday, the army said, when the town was hosting a "
             "festival.", "en")
    assert e.count.best == 20


# --- lead, session 22: "une attaque à la roquette" is the attack's instrument, not one rocket told ---------------

@pytest.mark.parametrize("text, count", [
    ("Une attaque à la roquette a visé mercredi la base de Taji, au nord de Bagdad.", None),
    ("Une attaque à la roquette a visé lundi la base de Harir. La base a été touchée par quatre roquettes, a précisé "
     "un responsable kurde.", 4),
    ("Mardi, une attaque à la roquette a frappé le camp de Bucca ; la roquette est tombée près d'un dépôt.", 1),
    ("La roquette a frappé jeudi un entrepôt de la base d'al-Tanf.", 1),
])
def test_attaque_a_la_roquette_is_no_count_of_its_own(text, count):
    events = process([Document("p.txt", text, "fr", dt.date(2024, 3, 14))]).events
    assert len(events) == 1 and events[0].count.best == count
