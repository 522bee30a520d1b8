"""Arabic wire constructions, probes of session 22 (invented items only; no sentence of any set).

Faults found by probing invented Arabic wire copy, each a class of construction:

* a revised toll whose cause runs long before "إلى" ("ارتفعت حصيلة القتلى جراء القصف الصاروخي على مدينة X إلى
  سبعة"): the figure was lost past five words;
* a bare figure as the subject of a casualty verb, its cause right after it ("وأصيب اثنان في هجوم صاروخي",
  "قتل ثلاثة جراء القصف"): the injured were lost;
* a Russian or Ukrainian oblast ("فوق مقاطعة بيلغورود"): no place was read, so no event;
* a launch from a country's land ("أطلقت ثلاث قذائف من الأراضي السورية"): no launch point (as "من سوريا" has);
* a record counted "since" ("في ثالث هجوم من نوعه منذ بداية الشهر الجاري"): the start of the count made the
  clause a tally over a period, and the attack told before it was dropped (English "the third such attack since
  the start of the month" keeps it);
* a launch told as the subject's relative clause, after the verb of attack ("استهدف صاروخ أطلق من قطاع غزة مدينة
  X", "سقط صاروخ أطلق من قطاع غزة في مدينة X"): the target X was read as the launch point;
* a running count "since" today's dawn or morning ("سقط نحو عشرين صاروخا على X منذ فجر اليوم"): read as a tally
  over a period, the event was dropped (a named day, "منذ مساء الجمعة", stays a tally of an operation).
"""
import datetime as dt
from pathlib import Path

import pytest

from factories import frames_of, targets, value_of, values
from geo_events import arabic
from geo_events.extract import _known_name

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
needs_data = pytest.mark.skipif(not (DATA / "geonames").is_dir(),
                                reason="needs ../shared/data (GeoNames extract) for the gazetteer")

P = dt.date(2024, 3, 14)  # a Thursday


def _toll(text):
    frames = frames_of(text, "ar", published=P)
    assert len(frames) == 1, targets(frames)
    return values(frames[0], "killed"), values(frames[0], "injured")


# --------------------------------------------------------------------------- a revised toll, its cause told long


@needs_data
@pytest.mark.parametrize("text, killed", [
    ("ارتفعت حصيلة القتلى جراء القصف الصاروخي على مدينة خيرسون إلى سبعة، بحسب السلطات المحلية.", 7),
    ("وارتفع عدد القتلى في الهجوم بالطائرات المسيرة الذي استهدف بلدة الميادين إلى 11 شخصا.", 11),
    ("وارتفعت حصيلة الوفيات جراء سقوط الصواريخ على حي سكني في مدينة دنيبرو إلى ثمانية، وفق ما أعلن الحاكم.", 8),
])
def test_a_revised_toll_with_a_long_cause_before_ila_is_read(text, killed):
    assert _toll(text)[0] == [killed]


@needs_data
def test_a_figure_of_projectiles_inside_the_toll_phrase_is_no_toll():
    # (no "إلى": the short reading stays; the figure here is of the rockets, the toll itself is not told)
    killed, _ = _toll("ارتفعت حصيلة القتلى في الهجوم الذي نفذ بثلاثة صواريخ على مدينة حمص، وفق مصادر طبية.")
    assert killed != [3]


# --------------------------------------------------------------------------- a bare figure, its cause after it


@needs_data
@pytest.mark.parametrize("text, killed, injured", [
    ("قتل ثلاثة جنود أتراك وأصيب اثنان في هجوم صاروخي على قاعدة زليكان.", 3, 2),
    ("قتل جنديان وأصيب أربعة جراء القصف المدفعي على بلدة الخيام.", 2, 4),
    ("قتل مدني وأصيب خمسة إثر سقوط قذيفة هاون على حي الأعظمية.", 1, 5),
])
def test_a_bare_figure_before_the_cause_is_the_victims(text, killed, injured):
    assert _toll(text) == ([killed], [injured])


@needs_data
def test_a_bare_figure_of_projectiles_is_no_victim():
    # "سقوط ثلاثة في ..." is of projectiles; the victims are told by their own noun
    killed, injured = _toll("أصيب جندي بجروح بعد سقوط ثلاثة صواريخ على قاعدة عين الأسد.")
    assert killed == [] and injured == [1]


# --------------------------------------------------------------------------- an oblast


@needs_data
@pytest.mark.parametrize("text, place, etype", [
    ("أسقطت الدفاعات الجوية الروسية ١٢ طائرة مسيرة أوكرانية فوق مقاطعة بيلغورود ليلا.", "بيلغورود", "interception"),
    ("استهدفت طائرات مسيرة منشأة نفطية في مقاطعة كورسك الروسية فجر اليوم.", "كورسك", "drone attack"),
    ("قتل شخصان في قصف صاروخي روسي على مقاطعة خيرسون مساء أمس.", "خيرسون", None),
])
def test_an_oblast_is_a_place(text, place, etype):
    frames = frames_of(text, "ar", published=P)
    assert targets(frames) == [place]
    if etype:
        assert value_of(frames[0], "event_type") == etype


def test_a_boycott_names_no_province():
    # "مقاطعة" is also "boycott": only a name the gazetteer knows follows it as a province
    names = [m.name for m in arabic.find_mentions(arabic.clean("دعا الاتحاد إلى مقاطعة البضائع المستوردة"), _known_name)]
    assert names == []


# --------------------------------------------------------------------------- a launch from a country's land


def _launch_names(text):
    return [m.name for m in arabic.find_mentions(arabic.clean(text), _known_name) if m.role == "launch"]


@needs_data
@pytest.mark.parametrize("text, country", [
    ("أطلقت ثلاث قذائف من الأراضي السورية باتجاه هضبة الجولان.", "سوريا"),
    ("قال الجيش إن صاروخين أطلقا من الأراضي اللبنانية سقطا قرب كريات شمونة.", "لبنان"),
    ("انطلقت طائرة مسيرة من داخل الأراضي العراقية باتجاه قاعدة التنف.", "العراق"),
])
def test_a_launch_from_a_countrys_land_is_that_country(text, country):
    assert _launch_names(text) == [country]


@needs_data
def test_a_countrys_land_with_no_launch_is_no_place():
    text = "تسلل مسلحون من الأراضي السورية وقصفوا بلدة الخيام بقذائف الهاون."
    names = [m.name for m in arabic.find_mentions(arabic.clean(text), _known_name)]
    assert "سوريا" not in names and "الخيام" in names


@needs_data
def test_a_place_told_after_the_land_is_still_where_it_fell():
    # "أطلقت من الأراضي السورية قرب بلدة X": X is where the shells came down, not the launch
    text = "سقطت قذيفتان أطلقتا من الأراضي السورية قرب بلدة عين التينة."
    mentions = arabic.find_mentions(arabic.clean(text), _known_name)
    assert [m.name for m in mentions if m.role == "launch"] == ["سوريا"]


# --------------------------------------------------------------------------- a record counted since


@needs_data
@pytest.mark.parametrize("text, place, count", [
    ("تعرض مطار بغداد الدولي لهجوم بثلاثة صواريخ كاتيوشا، في ثالث هجوم من نوعه منذ بداية الشهر الجاري.",
     "مطار بغداد الدولي", 3),
    ("سقط صاروخان على قاعدة حرير، وهو الهجوم الثاني منذ بداية مارس.", "حرير", 2),
    ("استهدفت أربع طائرات مسيرة مطار أربيل الدولي، في أعنف هجوم على المطار منذ بداية الشهر الجاري.", "مطار أربيل الدولي", 4),
])
def test_a_record_since_a_date_keeps_the_attack_told(text, place, count):
    frames = frames_of(text, "ar", published=P)
    assert targets(frames) == [place]
    assert value_of(frames[0], "count") == count


@needs_data
def test_a_tally_since_a_date_is_still_no_event():
    assert frames_of("أطلقت الفصائل أكثر من 40 صاروخا على مدينة سديروت منذ بداية الشهر الجاري.", "ar", published=P) == []


@needs_data
def test_a_record_whose_start_is_told_with_when_keeps_that_day():
    # "الأعنف منذ آذار 2022، حين أطلق ...": the day of the history told, so the attack of 2022 stays in 2022
    text = "ويعد هذا الهجوم الأعنف على أربيل منذ آذار 2022، حين أطلق الحرس 12 صاروخا باليستيا على المدينة."
    for f in frames_of(text, "ar", published=P):
        d = value_of(f, "date")
        assert d is None or d.earliest.year == 2022


# --------------------------------------------------------------------------- the target past a launch's source


def _roles_of(text):
    return {m.name: m.role for m in arabic.find_mentions(arabic.clean(text), _known_name)}


@needs_data
@pytest.mark.parametrize("text, place", [
    ("استهدف صاروخ أطلق من قطاع غزة مدينة بئر السبع دون أن يسفر عن إصابات.", "بئر السبع"),
    ("سقط صاروخ أطلق من قطاع غزة في مدينة عسقلان مساء أمس.", "عسقلان"),
    ("سقطت قذيفتان أطلقتا من جنوب لبنان قرب مستوطنة المطلة.", "المطلة"),
])
def test_the_target_after_a_launch_told_as_a_relative_clause_is_the_target(text, place):
    assert _roles_of(text).get(place) == "target"


@needs_data
@pytest.mark.parametrize("text, launch", [
    # the clause named its target first: the place past the source is the source's
    ("استهدفت الفصائل مستعمرة المطلة بصواريخ أطلقت من بلدة الخيام.", "الخيام"),
    # an unnamed spot told by the place it is near
    ("سقطت ثلاثة صواريخ أطلقت من منطقة قرب بلدة البغدادي على قاعدة عين الأسد.", "البغدادي"),
    # no verb of attack before the launch
    ("أطلقت الصواريخ من قرية بيت جن باتجاه الجولان.", "بيت جن"),
    # the outskirts of a town: the town is the source
    ("سقطت صواريخ أطلقت من أطراف بلدة معرة النعمان على حي سكني في مدينة إدلب.", "معرة النعمان"),
])
def test_a_launch_site_stays_the_launch(text, launch):
    assert _roles_of(text).get(launch) == "launch"


# --------------------------------------------------------------------------- since dawn, since midnight


@needs_data
@pytest.mark.parametrize("text, place, day", [
    ("سقط نحو عشرين صاروخا على مدينة خيرسون منذ فجر اليوم.", "خيرسون", dt.date(2024, 3, 14)),
    ("منذ صباح اليوم، استهدفت خمس طائرات مسيرة مدينة زابوريجيا.", "زابوريجيا", dt.date(2024, 3, 14)),
    ("أطلق حزب الله 25 صاروخا على مستوطنة المطلة منذ مساء اليوم.", "المطلة", dt.date(2024, 3, 14)),
])
def test_since_a_part_of_one_day_is_the_incidents_window(text, place, day):
    frames = frames_of(text, "ar", published=P)
    assert targets(frames) == [place]
    d = value_of(frames[0], "date")
    assert d.earliest == d.latest == day


@needs_data
@pytest.mark.parametrize("text", [
    "أطلقت الفصائل أكثر من 40 صاروخا على مدينة سديروت منذ الثلاثاء.",
    # the evening of a named day: the salvos of an operation over a day or more
    "أطلقت الفصائل نحو 90 صاروخا على مدينة عسقلان منذ مساء الثلاثاء.",
])
def test_since_a_day_is_still_a_period_of_many_attacks(text):
    assert not any(value_of(f, "count") for f in frames_of(text, "ar", published=P))


# (lead) A land phrase that is no launch is dropped after the roles link mentions by their index: the links are
# renumbered (a held-out article crashed extraction with an IndexError before).
@pytest.mark.parametrize("text", [
    "قصفت المدفعية من الأراضي السورية بلدة القائم في محافظة الأنبار يوم الأربعاء.",
    "وأعلن الدفاع المدني بمنطقة جازان سقوط مقذوف من الأراضي اليمنية على قرية الخوبة.",
    "سقطت قذيفتان من الأراضي السورية على بلدة القائم في محافظة الأنبار وعلى بلدة حصيبة.",
    "قصف من الأراضي اللبنانية استهدف مستوطنة المطلة وكريات شمونة في الجليل.",
])
def test_links_between_mentions_survive_a_dropped_land_phrase(text):
    from geo_events.extract import _known_name

    found = arabic.find_mentions(text, _known_name)
    for k, m in enumerate(found):
        for link in (m.container_of, m.coordinated_with):
            assert link is None or (0 <= link < len(found) and link != k)


# (lead) The verbal noun of interception, as Arabic statements tell it ("أعلن الجيش اعتراض طائرة مسيرة"), types the
# event as English and French "announced the interception of" do; "اعتراضها على القرار" is an objection.
@pytest.mark.parametrize("text, place", [
    ("أعلن التحالف اعتراض صاروخ باليستي أطلق باتجاه جازان يوم الأربعاء.", "جازان"),
    ("أعلن الجيش الإسرائيلي اعتراض طائرة مسيرة فوق إيلات يوم الأربعاء.", "إيلات"),
    ("وأكدت وزارة الدفاع اعتراض ثلاثة صواريخ أطلقت نحو مدينة خميس مشيط مساء الثلاثاء.", "خميس مشيط"),
])
def test_the_verbal_noun_of_interception_types_an_interception(text, place):
    from geo_events.models import Document
    from geo_events.pipeline import process

    events = process([Document("p.txt", text, "ar", dt.date(2024, 3, 14))]).events
    assert [(e.place_name, e.event_type) for e in events] == [(place, "interception")]


def test_an_objection_is_no_interception():
    from geo_events.models import Document
    from geo_events.pipeline import process

    text = "أبدت الحكومة اعتراضها على القرار يوم الأربعاء، فيما سقط صاروخ على مدينة إيلات."
    events = process([Document("p.txt", text, "ar", dt.date(2024, 3, 14))]).events
    assert [e.event_type for e in events] == ["rocket attack"]
