"""EN/FR wire-copy shapes, round 49: invented reports read end to end (places and wordings of no development passage).

- rockets fired from a place that "triggered sirens in X and Y": the towns warned are the sites aimed at, not more
  launch sites after "from";
- French mines ("une mine artisanale", "une mine antichar", a vehicle that "a sauté sur / a heurté une mine") are IEDs;
- an attack recalled in a sentence of its own at "the city", on a day of its own, is an event at the news' town;
- "destroyed 41 drones over the X region" (no "air defences") and "un drone abattu" are interceptions, and debris of a
  downed projectile that fell on a house leaves the interception its toll;
- a photo a reporting sentence tells of ("..., a photo shared by the governor showed") does not make the paragraph a
  caption;
- Shebekino and the town of Kidal are places (GeoNames 495112, 2455290).
"""
from __future__ import annotations

import datetime as dt

import pytest

from geo_events.models import Document
from factories import placed_near as _at

PUBLISHED = dt.date(2024, 3, 15)  # a Friday

ASHKELON, SDEROT, GAZA = (31.669, 34.571), (31.525, 34.597), (31.50, 34.47)
KHARKIV, ODESA, KYIV = (49.982, 36.255), (46.486, 30.744), (50.455, 30.524)
BELGOROD_OBL, KURSK, BELGOROD = (50.600, 36.580), (51.727, 36.185), (50.603, 36.581)
SHEBEKINO, KIDAL, MENAKA, GAO = (50.413, 36.925), (18.443, 1.409), (15.920, 2.396), (16.272, -0.045)
SUMY = (50.917, 34.799)


def read(text, language, gz):
    """Events an end user gets from one article."""
    from geo_events.pipeline import process

    return process([Document(doc_id="t", text=text, language=language, published=PUBLISHED)], gazetteer=gz).events


def _show(events):
    return [(e.event_type, e.place_name, e.count.best, e.killed.best, e.injured.best) for e in events]


# -- sirens: (id, lang, text, [sites]) ----------------------------------------------------------------------------------
SIRENS = [
    ("ashkelon-sderot-en", "en", "Rockets fired from Gaza triggered sirens in Ashkelon and Sderot; the army said it "
     "intercepted three.", [ASHKELON, SDEROT]),
    ("ashkelon-en", "en", "Rockets fired from Gaza on Tuesday triggered sirens in Ashkelon; the army said it intercepted "
     "two of them.", [ASHKELON]),
    ("ashkelon-sderot-fr", "fr", "Des roquettes tirées depuis Gaza ont déclenché les sirènes à Ashkelon et Sdérot ; "
     "l'armée a dit en avoir intercepté trois.", [ASHKELON, SDEROT]),
]


@pytest.mark.parametrize("item", SIRENS, ids=[s[0] for s in SIRENS])
def test_towns_warned_by_sirens_are_the_sites(item, gz):
    _, lang, text, sites = item
    events = read(text, lang, gz)
    for point in sites:
        here = _at(events, point, 3)
        assert here and {e.event_type for e in here} == {"rocket attack"}, _show(events)
    assert not _at(events, GAZA, 5), _show(events)  # the launch place is no site


# -- French mines ------------------------------------------------------------------------------------------------------
MINES = [
    ("artisanale-kidal", "Un véhicule militaire a sauté sur une mine artisanale près de Kidal mardi, tuant deux soldats.",
     KIDAL, 2),
    ("heurte-menaka", "Un camion a heurté une mine près de Ménaka lundi, tuant quatre civils.", MENAKA, 4),
    ("antichar-gao", "Une mine antichar a tué trois civils près de Gao samedi.", GAO, 3),
]


@pytest.mark.parametrize("item", MINES, ids=[m[0] for m in MINES])
def test_french_mine_is_an_ied(item, gz):
    _, text, point, killed = item
    events = read(text, "fr", gz)
    here = _at(events, point, 5)
    assert len(here) == 1 and here[0].event_type == "IED attack" and here[0].killed.best == killed, _show(events)
    assert read("La mine d'or de Kidal a été fermée lundi.", "fr", gz) == []  # a mine of gold is none


# -- an attack recalled in a sentence of its own at "the city" ----------------------------------------------------------
RECALLED = [
    ("shelling-en", "en", "A Russian missile struck Kharkiv on Thursday, killing three people. On March 8, Russian "
     "shelling of the city killed 14.", KHARKIV, dt.date(2024, 3, 8), 14),
    ("strike-en", "en", "A Russian missile struck Kharkiv on Thursday, killing three people. On March 8, a Russian strike "
     "on the city killed 14.", KHARKIV, dt.date(2024, 3, 8), 14),
    ("bombardement-fr", "fr", "Un missile russe a frappé Kharkiv jeudi, faisant trois morts. Le 8 mars, un bombardement "
     "russe sur la ville avait tué 14 personnes.", KHARKIV, dt.date(2024, 3, 8), 14),
    ("drone-en", "en", "A Russian missile struck Odesa on Thursday, killing three people. On Wednesday, a drone hit the "
     "city, injuring two.", ODESA, dt.date(2024, 3, 13), None),
]


@pytest.mark.parametrize("item", RECALLED, ids=[r[0] for r in RECALLED])
def test_recalled_attack_at_the_city_is_its_own_event(item, gz):
    _, lang, text, point, day, killed = item
    events = read(text, lang, gz)
    here = _at(events, point, 5)
    assert len(here) == 2, _show(events)
    old = [e for e in here if e.date and e.date.earliest == day]
    assert len(old) == 1, [(e.place_name, e.date) for e in here]
    if killed is not None:
        assert old[0].killed.best == killed
    news = [e for e in here if e is not old[0]][0]
    assert news.killed.best == 3  # the news keeps its own toll
    # "the city" on the news' own day tells no other attack
    same_day = read("A Russian missile struck Kharkiv on Thursday, killing three people. On Thursday, the city's mayor "
                    "visited the wounded.", "en", gz)
    assert len(same_day) == 1, _show(same_day)


# -- interceptions ------------------------------------------------------------------------------------------------------
INTERCEPTED = [
    ("destroyed-over-en", "en", "The Russian defence ministry said on Saturday it had destroyed 41 Ukrainian drones over "
     "the Belgorod region.", BELGOROD_OBL, 41, None),
    ("destroyed-over-list-en", "en", "The Russian defence ministry said it destroyed 41 drones over the Belgorod, Kursk "
     "and Bryansk regions.", BELGOROD_OBL, None, None),
    ("debris-abattu-fr", "fr", "Des débris d'un drone abattu ont blessé deux personnes à Belgorod.", BELGOROD, None, 2),
    ("debris-tombes-fr", "fr", "Les débris d'un drone abattu sont tombés sur une maison à Koursk lundi, blessant deux "
     "personnes.", KURSK, None, 2),
    ("fragments-fell-en", "en", "Fragments of a downed missile fell on a house in Kyiv on Sunday, injuring three.",
     KYIV, None, 3),
    ("debris-hit-en", "en", "Debris from a downed drone hit an apartment building in Belgorod on Monday, injuring two.",
     BELGOROD, None, 2),
]


@pytest.mark.parametrize("item", INTERCEPTED, ids=[i[0] for i in INTERCEPTED])
def test_downed_projectiles_are_an_interception(item, gz):
    _, lang, text, point, count, injured = item
    events = read(text, lang, gz)
    here = _at(events, point, 5)
    assert len(here) == 1 and here[0].event_type == "interception", _show(events)
    assert {e.event_type for e in events} == {"interception"}, _show(events)
    if count is not None:
        assert here[0].count.best == count
    if injured is not None:
        assert here[0].injured.best == injured
    hit = read("A missile hit a house in Kyiv on Sunday; debris was cleared.", "en", gz)
    assert [e.event_type for e in hit] == ["missile attack"], _show(hit)  # a missile that hit keeps its type


# -- a photo told by a reporting sentence is no caption -------------------------------------------------------------------
PHOTO = [
    ("post-with-photo", "A drone hit a house in Sumy on Monday, injuring two, the regional administration said in a post "
     "with a photo of the damage.", SUMY),
    ("photo-showed", "A drone hit a house in Shebekino on Monday, a photo shared by the governor showed.", SHEBEKINO),
]


@pytest.mark.parametrize("item", PHOTO, ids=[p[0] for p in PHOTO])
def test_a_photo_told_is_no_caption(item, gz):
    _, text, point = item
    events = read(text, "en", gz)
    assert len(_at(events, point, 5)) == 1, _show(events)
    caption = read("A missile hit Dnipro on Monday, killing four, officials said.\n"
                   "Photo: Firefighters at a building in Kharkiv hit by a missile in January", "en", gz)
    assert len(caption) == 1 and not _at(caption, KHARKIV, 20), _show(caption)  # a caption stays one


# -- places ---------------------------------------------------------------------------------------------------------------
PLACES = [
    ("shebekino-fronted-en", "en", "A missile hit Kharkiv on Monday, killing two. In Shebekino, a drone hit a car, "
     "wounding two.", SHEBEKINO, "drone attack"),
    ("shebekino-fronted-fr", "fr", "Un missile a frappé Kharkiv lundi, faisant deux morts. À Shebekino, un drone a frappé "
     "une voiture, blessant deux personnes.", SHEBEKINO, "drone attack"),
    ("chebekino-fr", "fr", "Un drone a touché une voiture à Chebekino lundi, blessant deux personnes.", SHEBEKINO,
     "drone attack"),
    ("kidal-en", "en", "A vehicle struck a roadside bomb near Kidal on Monday, killing two soldiers.", KIDAL, None),
]


@pytest.mark.parametrize("item", PLACES, ids=[p[0] for p in PLACES])
def test_named_town_is_placed(item, gz):
    _, lang, text, point, etype = item
    events = read(text, lang, gz)
    here = _at(events, point, 5)
    assert len(here) == 1, _show(events)
    if etype:
        assert here[0].event_type == etype
    assert all(e.place is not None for e in events), _show(events)
