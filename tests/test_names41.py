"""Place names, second pass (round names41): a place resolved wrongly or not at all depending on a cue word or a
script, probed in the invented attack sentences of test_names40 ("A drone struck NAME on Monday.", "Un drone a
frappé NAME lundi.", "استهدفت طائرة مسيرة NAME يوم الاثنين."): the event must sit within 10 km of the place.

What was wrong at 5f0ba89 (every case below fails there):

- Arabic names of Sahel towns with their country named ("كيدال في مالي", "مدينة غاو في شمال مالي", "تيلابيري في
  النيجر"): the country named in Arabic after "في" or a bearing was no focus (lexicon.COUNTRY_WORDS has no Arabic
  Mali, "مالي" being also "financial"; Russia is named for an actor), so the town, the gazetteer's exact Arabic
  alias, stayed a small place abroad; and the Arabic reader took the country, not the town, as the verb's object
  ("في مالي" did not close the object, and "كيدال" was only a far town's alias). resolve._apposed_countries reads
  the Arabic locative (lexicon.COUNTRY_NAMES_AR), arabic.foreign_here lets a far town's alias be a place when the
  article names its country, and arabic._closes_object ends the object at "in/north of COUNTRY".
- "قاعدة إنغلز الجوية": Engels and its air base had no Arabic name (curated rows citing GeoNames 563464 and
  airportsdata XWSG).
- A settlement cue made a name worse: "la localité de X" was read as "village", which rules out a city (Baïji,
  Hassaké: unplaced, or the governorate); "the town of Saleef", "la localité de Zeitoun": the cue ruled out the
  reviewed row the bare name is (Salif port, the Gaza quarter), so a far namesake won (Chlef, set aside; Süleymanlı
  in Turkey). "localité" is now a town cue, and resolve._settlement_cue_kept_worse keeps the bare name's reviewed row.
- Arabic joined heads ("كفرجلعادي", "بيتلاهيا", "عينابل"): the head of a two-word name written onto it matched no
  record; gazetteer._joined_head_keys splits it when the word as written matches nothing.
"""
import datetime as dt

import pytest

from factories import PLACE_PROBE, assert_placed_within as _placed_within

P = dt.date(2024, 3, 15)
PROBE = PLACE_PROBE


# (key, language, what follows the verb, lat, lon): wrong, unplaced or no event at 5f0ba89
FIXED = [
    # a Sahel town by its Arabic name, its country named in Arabic
    ("gao", "ar", "مدينة غاو في شمال مالي", 16.272, -0.045),
    ("kidal", "ar", "كيدال في مالي", 18.443, 1.409),
    ("kidal", "ar", "كيدال شمالي مالي", 18.443, 1.409),
    ("timbuktu", "ar", "تمبكتو في مالي", 16.773, -3.007),
    ("tillaberi", "ar", "تيلابيري في النيجر", 14.207, 1.454),
    ("diffa", "ar", "ديفا في النيجر", 13.315, 12.611),
    # Engels and its air base
    ("engels-ab", "ar", "قاعدة إنغلز الجوية في روسيا", 51.467, 46.2),
    ("engels-ab", "ar", "قاعدة إنغلز الجوية", 51.467, 46.2),
    ("engels", "ar", "مدينة إنغلز في روسيا", 51.484, 46.105),
    # a settlement cue must not make a name worse
    ("zeitoun", "fr", "la localité de Zeitoun", 31.488, 34.452),
    ("hasakah", "fr", "la localité de Hassaké", 36.502, 40.748),
    ("baiji", "fr", "la localité de Baïji", 34.929, 43.489),
    ("salif", "en", "the town of Saleef", 15.307, 42.675),
    # Arabic joined heads
    ("kfar-giladi", "ar", "كفرجلعادي", 33.242, 35.575),
    ("kfar-giladi", "ar", "مستوطنة كفرجلعادي", 33.242, 35.575),
    ("beit-lahia", "ar", "بيتلاهيا", 31.546, 34.495),
    ("beit-hanoun", "ar", "بيتحانون", 31.535, 34.536),
    ("ain-ebel", "ar", "عينابل", 33.110, 35.403),
    ("deir-siriane", "ar", "ديرسريان", 33.291, 35.508),
]


@pytest.mark.parametrize("key, lang, name, lat, lon", FIXED, ids=[f"{r[0]}-{r[1]}-{r[2]}" for r in FIXED])
def test_fixed_spelling(key, lang, name, lat, lon):
    _placed_within(PROBE[lang].format(name), lang, lat, lon)


# sentences of other shapes: (language, sentence, lat, lon)
CONTEXT = [
    ("ar", "هاجم مسلحون مدينة كيدال في شمال مالي يوم الاثنين.", 18.443, 1.409),
    ("ar", "قتل خمسة أشخاص في هجوم بطائرة مسيرة على تمبكتو في مالي يوم الاثنين.", 16.773, -3.007),
    ("ar", "قصفت روسيا مدينة إنغلز يوم الاثنين.", 51.484, 46.105),
    ("ar", "قصفت طائرات حربية بيتحانون يوم الاثنين.", 31.535, 34.536),
]


@pytest.mark.parametrize("lang, text, lat, lon", CONTEXT)
def test_context(lang, text, lat, lon):
    _placed_within(text, lang, lat, lon)
