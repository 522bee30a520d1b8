"""Launch points, round 11: a launch place with no row, told by its distance from the target.

"the shells were fired from orchards lying about four kilometres north of the sub-district" / "أطلقت من بساتين
تقع على بعد نحو أربعة كيلومترات شمال الناحية": the orchards have no row, the distance and bearing written
right after them say where they are. Arabic reporters write such distances in words. Each test writes its own
sentences (other places, numbers and wording than any development passage).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from geo_events.models import Document, EventFrame, Evidence, Fact, PlaceRef
from geo_events.resolve import read_offset, resolve_frames

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture(scope="module")
def gaz(gz):
    if not SHARED.exists():
        pytest.skip(f"{SHARED} is absent: the gazetteer data lives in ../shared/data beside the project")
    return gz


@pytest.mark.parametrize("sentence,dist,bearing", [
    ("وأوضح المصدر أن الصواريخ أطلقت من أرض زراعية تقع على بعد نحو خمسة كيلومترات جنوب المطار", 5.0, 180.0),
    ("وقال الضابط إن القذائف انطلقت من منطقة مفتوحة على بعد سبعة كيلومترات شرق القاعدة", 7.0, 90.0),
    ("وأشار إلى أن المقذوفات أطلقت من مكان يقع على بعد عشرين كيلومترا غرب المدينة", 20.0, 270.0),
])
def test_an_arabic_distance_in_words_is_read(sentence, dist, bearing):
    got = read_offset(sentence, launch=True)
    assert [(d, b) for d, b, *_ in got] == [(dist, bearing)]


def _frame(sentence, town, launch_name, language):
    doc = Document(doc_id="t", text=sentence, language=language)
    ev = Evidence("t", sentence, 0, len(sentence))
    return EventFrame(doc=doc, facts=[Fact("target", PlaceRef(town), ev), Fact("launch", PlaceRef(launch_name), ev)])


@pytest.mark.parametrize("sentence,town,launch_name,language,dist,direction", [
    ("Three mortar rounds hit Khalis; they were fired from orchards lying some 6 km east of the town.",
     "Khalis", "orchards", "en", 6.0, "east"),
    ("سقطت قذيفتا هاون على بلدروز وقد أطلقتا من بساتين تقع على بعد نحو ثلاثة كيلومترات جنوب الناحية",
     "بلدروز", "بساتين", "ar", 3.0, "south"),
])
def test_a_launch_place_with_no_row_takes_the_distance_written_after_it(gaz, sentence, town, launch_name,
                                                                        language, dist, direction):
    frame = _frame(sentence, town, launch_name, language)
    resolve_frames([frame], gaz, focus=("IQ",))
    launch = frame.first("launch").value
    assert frame.first("target").value.place is not None
    assert launch.distance_km == pytest.approx(dist) and launch.direction == direction


def test_a_distance_far_from_the_launch_name_is_not_its_own(gaz):
    # the distance describes where the town lies, written long after the launch place
    sentence = ("The rockets were fired from orchards, police said, and one of them struck a house in Khalis, "
                "a town that lies some 15 km north of the provincial capital Baqubah.")
    frame = _frame(sentence, "Khalis", "orchards", "en")
    resolve_frames([frame], gaz, focus=("IQ",))
    assert frame.first("launch").value.distance_km is None
