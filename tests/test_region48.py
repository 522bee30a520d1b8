"""A war's nightly tally over a country or several regions, then a local hit (session 48, region48): the country's
or the regions' figure is no site's count, the site hit is its own attack, and the regions of a defence ministry's
tally are each an interception, in Arabic ("هاجمت روسيا أوكرانيا بـ35 مسيرة", "فوق مقاطعات X وY وZ"), English and
French ("au-dessus des régions de X, Y et Z")."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of

PUBLISHED = dt.date(2024, 3, 15)


def _by_place(events):
    return {e.place.name: e for e in events if e.place is not None}


@pytest.mark.parametrize("text, place, kind, count", [
    # the country as the object of the attack verb, before "بـ" and the tally's figure
    ("هاجمت روسيا أوكرانيا بـ35 مسيرة وصاروخين خلال الليل. وأصابت مسيرة مبنى سكنيا في أوديسا.", "Odesa",
     "drone attack", 1),
    # "، وأصاب صاروخ مبنى في X": one missile of its own, the site's clause
    ("قصفت روسيا أوكرانيا بـ 20 صاروخا خلال الليل، وأصاب صاروخ مبنى إداريا في دنيبرو.", "Dnipro", None, 1),
    ("شنت روسيا هجوما على أوكرانيا بـ 50 مسيرة خلال الليل، وأصابت مسيرة منشأة للطاقة في مدينة زابوريجيا.",
     "Zaporizhzhya", "drone attack", 1),
    ("هاجمت روسيا أوكرانيا بـ 28 مسيرة. وأصابت مسيرة مبنى في ميكولايف.", "Mykolayiv", "drone attack", 1),
    ("وأطلقت روسيا 45 مسيرة على أوكرانيا خلال الليل، أسقط منها 38، وفق سلاح الجو الأوكراني. وأصابت مسيرة مبنى سكنيا "
     "في سومي، ما أدى إلى إصابة ثلاثة أشخاص.", "Sumy", "drone attack", 1),
    # a barrage told with no place at all is the same nation-wide tally
    ("Ukraine's air force said Russia launched 45 drones overnight, 38 of which were shot down. A drone hit a "
     "residential building in Sumy, injuring three.", "Sumy", "drone attack", 1),
])
def test_the_country_tally_is_no_site_count(text, place, kind, count):
    lang = "en" if text.isascii() else "ar"
    [event] = events_of(text, lang, PUBLISHED)
    assert event.place is not None and event.place.name == place
    assert event.count.best == count
    if kind:
        assert event.event_type == kind


@pytest.mark.parametrize("text, lang", [
    ("هاجمت مسيرات روسية أوديسا خلال الليل.", "ar"),
    ("استهدفت مسيرات روسية أوديسا خلال الليل.", "ar"),
    ("قصفت روسيا أوديسا بالمسيرات.", "ar"),
])
def test_a_big_city_the_attack_verb_governs_is_placed(text, lang):
    [event] = events_of(text, lang, PUBLISHED)
    assert event.place is not None and event.place.name == "Odesa" and event.place.country == "UA"


@pytest.mark.parametrize("text, lang, regions, town", [
    ("أعلنت وزارة الدفاع الروسية أن الدفاعات الجوية أسقطت 25 مسيرة فوق مقاطعات بيلغورود وكورسك وبريانسك. وأصابت مسيرة "
     "منزلا في مدينة شيبيكينو، ما أدى إلى إصابة شخص.", "ar", {"Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast"}, "Shebekino"),
    ("Russia's defence ministry said air defences downed 25 drones over the Belgorod, Kursk and Bryansk regions. A "
     "drone hit a house in Shebekino, injuring one.", "en", {"Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast"},
     "Shebekino"),
    ("Le ministère russe de la Défense a indiqué que la défense aérienne avait abattu 25 drones au-dessus des régions "
     "de Belgorod, Koursk et Briansk. Un drone a frappé une maison à Chebekino, blessant une personne.", "fr",
     {"Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast"}, "Shebekino"),
    ("أسقطت الدفاعات الجوية الروسية 18 مسيرة فوق مقاطعتي كورسك وبيلغورود.", "ar", {"Kursk Oblast", "Belgorod Oblast"},
     None),
    ("La défense aérienne a abattu 30 drones au-dessus des régions d'Odessa, de Mykolaïv et de Kherson.", "fr",
     {"Odesa Oblast", "Mykolaiv Oblast", "Kherson Oblast"}, None),
])
def test_a_regional_tally_then_a_local_hit(text, lang, regions, town):
    events = events_of(text, lang, PUBLISHED)
    places = _by_place(events)
    assert set(places) == regions | ({town} if town else set())
    for name in regions:  # one figure for several regions: no region's count
        assert places[name].event_type == "interception" and places[name].count.best is None
        assert not places[name].injured.best
    if town:
        hit = places[town]
        assert hit.event_type == "drone attack" and hit.injured.best == 1 and hit.place.country == "RU"
