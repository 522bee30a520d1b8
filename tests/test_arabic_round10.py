"""Arabic news grammar, round 10: "in a separate incident" opens another incident (even on the day of a first,
placeless one), a sentence that says the news "coincides with" something is its setting, a sentence opened by
"since <a past day>," is a tally of that period, and a salvo of rockets and drones is a drone attack.

The sentences are written for these tests, with places, wording and numbers of their own.
"""
import datetime as dt
import re
from pathlib import Path

import pytest

from geo_events import lexicon as L
from geo_events.models import Document

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
needs_data = pytest.mark.skipif(not (DATA / "geonames").is_dir(),
                                reason="needs ../shared/data (GeoNames extract) for the gazetteer")

_BACKGROUND = re.compile(L.BACKGROUND_SENTENCE, re.I)


def _events(text, published=dt.date(2022, 9, 4)):
    from geo_events.pipeline import process

    return process([Document("ar10.txt", text, "ar", published)]).events


# --------------------------------------------------------------------------- background sentences


@pytest.mark.parametrize("text", [
    "وتتزامن هذه الهجمات مع زيارة وزير الخارجية إلى المنطقة.",
    "ويتزامن ذلك مع استمرار المفاوضات بين الطرفين في القاهرة.",
    "وتترافق هذه التطورات مع تحذيرات دولية من اتساع رقعة المواجهة.",
    "ومنذ الخامس من حزيران الماضي، تتعرض القواعد لهجمات متكررة.",
    "ومنذ اندلاع الحرب في غزة، تبادل الطرفان القصف بشكل شبه يومي.",
    "منذ عام 2019، قتل أكثر من مئة شخص في هجمات مماثلة.",
])
def test_a_setting_sentence_is_background(text):
    assert _BACKGROUND.match(text)


@pytest.mark.parametrize("text", [
    "وسقطت ثلاثة صواريخ مع ساعات الفجر الأولى على البلدة.",
    "ومنذ صباح اليوم سقطت عشرات القذائف على المدينة.",  # "since this morning": the news itself
    "وتزامن القصف العنيف على الحي الشرقي صباح اليوم.",  # no "مع": a plain sentence about the shelling
])
def test_news_sentences_are_not_background(text):
    assert not _BACKGROUND.match(text)


@needs_data
def test_a_since_period_toll_is_not_the_last_incident_s():
    text = ("كركوك - قال مصدر أمني إن طائرة مسيرة استهدفت مساء أمس السبت موقعاً عسكرياً قرب مدينة كركوك "
            "من دون وقوع إصابات.\n\n"
            "ومنذ مطلع العام الماضي، تتعرض المواقع العسكرية في المحافظة لهجمات متفرقة، في حين تقول السلطات "
            "إن 12 جندياً و5 مدنيين قتلوا فيها.\n")
    events = _events(text)
    assert len(events) == 1
    assert events[0].killed.best in (0, None)  # not the period's 12 or 5


# --------------------------------------------------------------------------- a separate incident


@needs_data
@pytest.mark.parametrize("opener", ["وفي حادث منفصل، ", "وفي هجوم منفصل، "])
def test_a_separate_incident_is_not_merged_into_a_placeless_first_one(opener):
    text = ("صلاح الدين - أعلن مصدر في الشرطة، اليوم الأحد، مقتل جنديين بانفجار عبوة ناسفة استهدفت دورية للجيش.\n\n"
            "وأوضح المصدر أن العبوة انفجرت مساء أمس السبت على طريق فرعي قرب قضاء بيجي.\n\n"
            + opener + "سقطت أربع قذائف هاون صباح اليوم الأحد على أطراف مدينة سامراء، من دون أن تسفر عن إصابات.\n")
    events = _events(text)
    kinds = {e.event_type for e in events}
    assert "mortar attack" in kinds
    mortar = next(e for e in events if e.event_type == "mortar attack")
    assert mortar.count.best == 4
    assert mortar.killed.best in (0, None)  # the bomb's two dead are not the shells'
    assert mortar.date.earliest == dt.date(2022, 9, 4)


# --------------------------------------------------------------------------- rockets and drones in one salvo


@needs_data
@pytest.mark.parametrize("weapons", ["بالصواريخ والطائرات المسيرة", "بطائرات مسيّرة وصواريخ موجهة"])
def test_a_salvo_of_rockets_and_drones_is_a_drone_attack(weapons):
    text = ("أربيل - أعلنت السلطات أن هجوماً " + weapons + " استهدف صباح اليوم مطار أربيل الدولي، "
            "من دون وقوع إصابات.\n")
    events = _events(text)
    assert [e.event_type for e in events] == ["drone attack"]


@needs_data
def test_rockets_alone_stay_a_rocket_attack():
    text = "أربيل - أعلنت السلطات أن ثلاثة صواريخ سقطت صباح اليوم قرب مطار أربيل الدولي من دون وقوع إصابات.\n"
    assert [e.event_type for e in _events(text)] == ["rocket attack"]
