"""Launch points, round 10: the sentence that finds the launcher names where the attack came from.

"security forces found the launch pad in X, 12 km north of the base" / "عثرت القوات على منصة الإطلاق في
منطقة X": a frame read from that sentence, aimed at X, is no second attack on X once another report of the
article launches from X; a launch area the gazetteer holds under its Arabic name is placed there. Each
test writes its own sentences (other places, numbers and wording than any development passage).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from geo_events.models import Document, EventFrame, Evidence, Fact, PlaceRef
from geo_events.resolve import resolve_frames
from factories import km as _km4

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def km(a, b):
    return _km4(a[0], a[1], b[0], b[1])


@pytest.fixture(scope="module")
def gaz(gz):
    if not SHARED.exists():
        pytest.skip(f"{SHARED} is absent: the gazetteer data lives in ../shared/data beside the project")
    return gz


def fact(doc, sentence, kind, value):
    at = max(0, doc.text.find(sentence))
    return Fact(kind, value, Evidence(doc.doc_id, sentence, at, at + len(sentence)))


def frames_of(first, second, attacked, launch, language):
    doc = Document(doc_id="t", text=first + "\n\n" + second, language=language)
    one = EventFrame(doc=doc, facts=[fact(doc, first, "target", PlaceRef(attacked)),
                                     fact(doc, first, "launch", PlaceRef(launch))])
    two = EventFrame(doc=doc, facts=[fact(doc, second, "target", PlaceRef(launch))])
    return one, two


@pytest.mark.parametrize("first,second,attacked,launch,language", [
    ("Two rockets fell near Baghdad airport on Friday; they were fired from Radwaniyah.",
     "Police later found the launcher, with a third rocket still loaded, in Radwaniyah.",
     "Baghdad airport", "Radwaniyah", "en"),
    ("سقطت ثلاثة صواريخ في محيط مطار بغداد الدولي وقد أطلقت من الرضوانية",
     "وعثرت القوات الأمنية على منصة إطلاق محلية الصنع في الرضوانية",
     "مطار بغداد الدولي", "الرضوانية", "ar"),
])
def test_the_place_a_launcher_is_found_is_no_second_target(gaz, first, second, attacked, launch, language):
    one, two = frames_of(first, second, attacked, launch, language)
    unresolved = resolve_frames([one, two], gaz, focus=("IQ",))
    lp = one.first("launch").value.place
    assert lp is not None and km(lp.point, (33.29581, 44.087)) < 1  # the area west of the airport
    assert two.first("target").value.place is None
    assert any(u.name == launch and "launched from" in u.reason for u in unresolved)


def test_a_town_hit_that_is_also_a_launch_site_elsewhere_stays_placed(gaz):
    # no launcher in its sentence: the town is attacked in its own right
    one, two = frames_of("Rockets hit Baghdad airport; they were fired from Radwaniyah.",
                         "A day later a mortar round landed on a market in Radwaniyah.",
                         "Baghdad airport", "Radwaniyah", "en")
    resolve_frames([one, two], gaz, focus=("IQ",))
    assert two.first("target").value.place is not None


def test_k1_is_the_base_north_west_of_kirkuk_not_the_city_airfield(gaz):
    res = gaz.resolve("K1 base", focus=("IQ",))
    assert res.place is not None
    # K-1 lies some 15 km north-west of Kirkuk, about 8 km from Kirkuk Air Base (ORKK) at the city
    assert km(res.place.point, (35.5125, 44.28417)) < 1
    assert km(res.place.point, (35.4695, 44.3489)) > 5


def launch_of(gaz, first, second, attacked, language):
    doc = Document(doc_id="t", text=first + "\n\n" + second, language=language)
    frame = EventFrame(doc=doc, facts=[fact(doc, first, "target", PlaceRef(attacked))])
    resolve_frames([frame], gaz, focus=("LB", "IL"))
    launches = frame.get("launch")
    return launches[0].value.place if launches else None


@pytest.mark.parametrize("first,second,attacked,language,point", [
    ("Five rockets hit Metula at dawn, wounding a farmer.",
     "Israeli artillery later shelled a launch site near Yaroun, from which the rockets on Metula were fired.",
     "Metula", "en", (33.08028, 35.4225)),
    ("Trois roquettes se sont abattues sur Shlomi mardi matin.",
     "L'aviation israélienne a ensuite visé une position près de Naqoura, d'où avaient été tirées les roquettes "
     "sur Shlomi.", "Shlomi", "fr", (33.11806, 35.13972)),
    ("سقطت صواريخ على مستوطنة المطلة فجر اليوم",
     "وقصفت المدفعية الإسرائيلية منصة قرب بلدة عيترون التي أطلقت منها الصواريخ على المطلة",
     "المطلة", "ar", (33.11528, 35.47139)),
])
def test_the_place_a_relative_clause_says_the_rockets_left_from_is_the_launch(gaz, first, second, attacked,
                                                                             language, point):
    got = launch_of(gaz, first, second, attacked, language)
    assert got is not None and km(got.point, point) < 1


def test_a_distance_reference_before_from_which_is_not_the_launch(gaz):
    got = launch_of(gaz, "Rockets hit Metula at dawn.",
                    "Jets struck a launcher near Yaroun, some 7 km south-west of Aitaroun, from which the "
                    "rockets on Metula were fired.", "Metula", "en")
    assert got is not None and km(got.point, (33.08028, 35.4225)) < 1


def test_a_relative_clause_about_another_place_gives_no_launch(gaz):
    got = launch_of(gaz, "Rockets hit Metula at dawn.",
                    "Jets struck a launcher near Yaroun, from which rockets were fired at Shlomi last week.",
                    "Metula", "en")
    assert got is None


@pytest.mark.parametrize("first,second,attacked,country,language,point", [
    ("Some 30 rockets were fired from Lebanon at Metula on Sunday.",
     "The army said the rockets were fired from the outskirts of Yaroun, in the central sector.",
     "Metula", "Lebanon", "en", (33.08028, 35.4225)),
    ("Une vingtaine de roquettes ont été tirées du Liban sur Shlomi.",
     "Selon l'armée, elles ont été tirées depuis les abords de Naqoura, sur la côte.",
     "Shlomi", "Liban", "fr", (33.11806, 35.13972)),
    ("أطلقت عشرات الصواريخ من لبنان باتجاه المطلة",
     "وأضاف الجيش أن الصواريخ أطلقت من محيط بلدة كفرشوبا في القطاع الشرقي",
     "المطلة", "لبنان", "ar", (33.32778, 35.6925)),
])
def test_a_launch_country_narrows_to_the_town_the_article_says_it_left(gaz, first, second, attacked, country,
                                                                       language, point):
    doc = Document(doc_id="t", text=first + "\n\n" + second, language=language)
    frame = EventFrame(doc=doc, facts=[fact(doc, first, "target", PlaceRef(attacked)),
                                       fact(doc, first, "launch", PlaceRef(country))])
    resolve_frames([frame], gaz, focus=("LB", "IL"))
    got = frame.first("launch").value.place
    assert got is not None and km(got.point, point) < 1


def test_two_launch_towns_leave_the_country(gaz):
    first = "Some 30 rockets were fired from Lebanon at Metula on Sunday."
    second = "Rockets were fired from Yaroun and, an hour later, launched from Naqoura."
    doc = Document(doc_id="t", text=first + "\n\n" + second, language="en")
    frame = EventFrame(doc=doc, facts=[fact(doc, first, "target", PlaceRef("Metula")),
                                       fact(doc, first, "launch", PlaceRef("Lebanon"))])
    resolve_frames([frame], gaz, focus=("LB", "IL"))
    assert frame.first("launch").value.place.precision == "country"
