"""Arabic wire copy, round ar39: denials said of several sites, a launch's distance, Russia and Ukraine (invented).

Every sentence is written for these tests, modelled on agency copy (NNA, Al Mayadeen, SANA, Saba, Ukrinform).

- "غارات على بلدات X وY وZ، دون وقوع إصابات": a denial told in the clause that names several sites, with no figure
  beside it, is each site's (extract._split_sites gave it to the first site only; English and French alike).
- "سقطت قذيفة على X وأخرى على Y صباح اليوم، دون وقوع إصابات": a denial after a comma ending gapped conjuncts is
  said of every conjunct, unless one states a toll of its own (arabic._share_trailing_denial).
- "أطلقا من منطقة تبعد نحو 5 كيلومترات شمال المدينة": the distance is the launch's, not an offset of the target
  (resolve._FROM_BEFORE_OFFSET now sees the من before تبعد / يبعد).
- "أطلقت روسيا ... على أوكرانيا": the Arabic names of Russia and Ukraine (gazetteer/countries.csv,
  extract._COUNTRY_NAMES).
- "مديريات صعدة وحرض ومجز", "مديريتي X وY": Yemeni districts listed under a plural or dual head.
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)  # a Friday


def _events(text, lang="ar"):
    return events_of(text, lang, P)


def _tolls(events):
    return {e.place_name: (e.killed.best, e.injured.best) for e in events}


@pytest.mark.parametrize("text, lang, names", [
    ("شن الطيران الحربي الإسرائيلي ليل السبت الأحد غارات على بلدات الطيبة ودير سريان والعديسة، دون وقوع إصابات.",
     "ar", {"الطيبة", "دير سريان", "العديسة"}),
    ("دون وقوع إصابات، استهدف قصف مدفعي بلدتي الخيام وكفركلا اليوم.", "ar", {"الخيام", "كفركلا"}),
    ("قصفت المدفعية الإسرائيلية أطراف بلدتي الناقورة وعلما الشعب صباح اليوم دون تسجيل إصابات.", "ar",
     {"الناقورة", "علما الشعب"}),
    ("لم تسجل إصابات في قصفين استهدفا بلدتي الخيام وكفركلا صباح اليوم.", "ar", {"الخيام", "كفركلا"}),
    ("Israeli artillery shelled the towns of Khiam and Kfar Kila on Friday morning, causing no injuries.", "en",
     {"Khiam", "Kfar Kila"}),
    ("L'artillerie israélienne a bombardé vendredi les localités de Khiam et Kfar Kila, sans faire de blessés.", "fr",
     {"Khiam", "Kfar Kila"}),
])
def test_denial_of_a_strike_on_several_sites_is_each_sites(text, lang, names):
    tolls = _tolls(_events(text, lang))
    assert set(tolls) == names
    assert all(t == (0, 0) for t in tolls.values()), tolls


def test_toll_of_a_strike_on_several_sites_gives_no_site_a_zero():
    # (the counterpart: a figure for the whole strike is no site's, and no denial is read from it)
    events = _events("قصفت المدفعية بلدتي الخيام وكفركلا مساء أمس دون وقوع إصابات. واستشهد مواطن في غارة على بلدة حولا.")
    tolls = _tolls(events)
    assert tolls == {"الخيام": (0, 0), "كفركلا": (0, 0), "حولا": (1, None)}
    tolls = _tolls(_events("استشهد مواطنان جراء غارتين استهدفتا بلدتي الخيام وكفركلا مساء أمس."))
    assert all(0 not in t for t in tolls.values()), tolls


@pytest.mark.parametrize("text, want", [
    ("سقطت قذيفة على بلدة شبعا وأخرى على كفرشوبا صباح اليوم، دون وقوع إصابات.",
     {"شبعا": (0, 0), "كفرشوبا": (0, 0)}),
    ("استهدف صاروخان قاعدة حرير وطائرة مسيرة مطار أربيل فجر اليوم، دون وقوع إصابات.",
     {"حرير": (0, 0), "أربيل": (0, 0)}),
])
def test_trailing_denial_of_gapped_conjuncts_is_each_ones(text, want):
    assert _tolls(_events(text)) == want


def test_trailing_denial_after_a_toll_stays_the_last_conjuncts():
    tolls = _tolls(_events("سقطت قذيفة على بلدة شبعا ما أدى إلى إصابة شخص وأخرى على كفرشوبا صباح اليوم، دون وقوع إصابات."))
    assert tolls["شبعا"] == (None, 1)
    # and a denial shared by conjuncts is still read when none of them holds a toll
    tolls = _tolls(_events("سقطت قذيفة على بلدة شبعا وأخرى على كفرشوبا صباح اليوم، دون وقوع إصابات."))
    assert tolls["شبعا"] == (0, 0)


@pytest.mark.parametrize("text, record", [
    ("سقط صاروخان أطلقا من لبنان على كريات شمونة اليوم، وقال الجيش إن الصاروخين أطلقا من منطقة تبعد نحو "
     "٥ كيلومترات شمال المدينة.", "geonames:293825"),
    ("سقط صاروخ على كريات شمونة اليوم، وقال الجيش إن الصاروخ أطلق من منطقة يبعد نحو ٤ كيلومترات شمال المدينة.",
     "geonames:293825"),
])
def test_distance_after_a_launch_from_an_unnamed_spot_is_not_the_targets(text, record):
    (e,) = _events(text)
    assert e.place is not None and e.place.record_id == record


@pytest.mark.parametrize("text, record, count", [
    ("أطلقت روسيا ٣٠ طائرة مسيرة على أوكرانيا الليلة الماضية.", "country:UA", 30),
    ("أطلقت روسيا ٣٠ طائرة مسيرة على أوكرانيا الليلة الماضية، وأسقطت الدفاعات الجوية ٢٥ منها.", "country:UA", 30),
    ("شنت أوكرانيا هجوما بطائرات مسيرة على روسيا ليل السبت الأحد.", "country:RU", None),
])
def test_russia_and_ukraine_by_their_arabic_names(text, record, count):
    (e,) = _events(text)
    assert e.place is not None and e.place.record_id == record
    assert e.count.best == count


@pytest.mark.parametrize("text, names", [
    ("شنت طائرات التحالف ثلاث غارات على مديريات صعدة وحرض ومجز ليل السبت الأحد.", {"صعدة", "حرض", "مجز"}),
    ("شنت طائرات التحالف غارات على مديريتي حرض ومجز اليوم.", {"حرض", "مجز"}),
])
def test_districts_listed_under_a_plural_or_dual_head(text, names):
    events = _events(text)
    assert {e.place_name for e in events} == names
    assert all(e.place is not None and e.date is not None and e.date.earliest.month == 3 for e in events)


@pytest.mark.parametrize("text", [
    "سقط صاروخان أطلقا من لبنان على كريات شمونة اليوم، وقال الجيش إن الصاروخين أطلقا من منطقة تبعد نحو "
    "٥ كيلومترات شمال المدينة.",
    "سقط صاروخان أطلقا من لبنان على كريات شمونة اليوم، وقال الجيش إن الصاروخين أطلقا من منطقة تقع على بعد "
    "٥ كيلومترات شمال المدينة.",
])
def test_launch_distance_from_the_unnamed_target_is_finer_than_the_country(text):
    # (as English "fired from Lebanon ... from an area 5 km to the north": extract._AR_FROM_THE_TARGET)
    (e,) = _events(text)
    assert e.launch is not None and e.launch.direction == "north"
    assert abs(e.launch.lat - 33.257) < 0.01 and abs(e.launch.lon - 35.570) < 0.01


@pytest.mark.parametrize("text", [
    "أعلن المتحدث باسم القوات المسلحة اليمنية يحيى سريع تنفيذ عملية عسكرية استهدفت مدينة أم الرشراش بعدد من "
    "الطائرات المسيرة فجر اليوم.",
    "أعلن المتحدث العسكري باسم القوات المسلحة اليمنية العميد يحيى سريع تنفيذ عملية عسكرية استهدفت مدينة إيلات "
    "بطائرة مسيرة اليوم.",
])
def test_spokesman_announcing_an_operation_is_a_claim(text):
    (e,) = _events(text)
    assert e.place is not None and e.place.record_id == "geonames:295277"
    assert e.claimed_by == ["Houthis"]
