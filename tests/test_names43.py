"""Place names, fourth pass (round names43): Iraq/Syria/Gulf/Yemen/Iran towns, bases and sites that attack coverage
names, each probed in EN, FR and AR spellings with the sentences of factories.PLACE_PROBE; the event must sit within
10 km.

What was wrong at fd5a754 (every FIXED and CONTEXT case fails there):

- Unplaced or misplaced towns, fixed by curated rows in gazetteer/places.csv: al-Ubaydi ("Al-Oubaïdi" was El Obeid,
  Sudan), Karabila, Kubaysa, Akashat, Barwana, Saqlawiyah (Anbar); Haji Omaran ("حاج عمران" was Amran, Yemen),
  Sheranish, Surdash, Gwer, Altun Kupri ("آلتون كوبري" was Vezirköprü) (Kurdistan); the Makhoul mountains (were a
  Dubai suburb), Mutaibija (Salahuddin); Kansafra, Jabbata al-Khashab (Syria); Rafha (was Rafah, Gaza), Ahad
  al-Masarihah, Abu Arish ("أبو عريش" was El Arish) (Saudi Arabia); Sanaa's Jabal Attan and Jabal Nuqum (Yemen).
- Sites, fixed by rows in gazetteer/installations.csv: al-Dailami air base (was Bandar-e Deylam, Iran), the Jousieh
  crossing, the Burjesiya compound (Basra), Natanz's enrichment plant ("منشأة نطنز"), Fordow, Parchin, Isfahan's 8th
  (Shekari) air base; aliases on Speicher ("قاعدة الصحراء الجوية" was Isehara, Japan), Zilkan, Trebil, Sinuni
  ("Snune"), al-Hamdaniya (Qaraqosh) and al-Suwaydiyah ("Souaydiyé" was Suwayda in the south).
- "X Regional Airport" fuzzy-matched "Y Regional Airport" ("Tabuk Regional Airport" was Abha's airport): a fuzzy match
  must read alike beyond the site words both names carry (gazetteer._distinct_parts_alike), and "regional airport" /
  "domestic airport" are site words, so the name falls back to X's airport or town.
- "منشأة" (facility) was a town in Egypt (gazetteer/common_words.csv: a facility word now); "Asayish"/"Assayech"/
  "الأسايش" (the Kurdish security forces) are organisations, never a town.

Left out on purpose: bare Arabic السويدية (Samandağ's name too: the Syrian row would beat a Turkish article's focus),
bare Arabic نقم (a common word) and الديلمي (a surname); "al-Baghdadi" still reaches Baghdad (the two share a key).
"""
import datetime as dt

import pytest

from factories import PLACE_PROBE, assert_placed_within as _placed_within, events_of

P = dt.date(2024, 3, 15)
PROBE = PLACE_PROBE


# (key, language, what follows the verb, lat, lon): unplaced, misplaced or no event at fd5a754
FIXED = [
    ("ubaydi", "en", "al-Ubaydi", 34.370, 41.220),
    ("ubaydi", "en", "Ubaydi", 34.370, 41.220),
    ("ubaydi", "fr", "Al-Oubaïdi", 34.370, 41.220),
    ("ubaydi", "ar", "العبيدي", 34.370, 41.220),
    ("ubaydi", "ar", "ناحية العبيدي", 34.370, 41.220),
    ("karabila", "en", "Karabila", 34.400, 41.070),
    ("karabila", "en", "Karabilah", 34.400, 41.070),
    ("karabila", "fr", "Karabila", 34.400, 41.070),
    ("karabila", "ar", "الكرابلة", 34.400, 41.070),
    ("kubaysa", "en", "Kubaysa", 33.587, 42.614),
    ("kubaysa", "en", "Kubaisa", 33.587, 42.614),
    ("kubaysa", "fr", "Koubaïssa", 33.587, 42.614),
    ("kubaysa", "ar", "كبيسة", 33.587, 42.614),
    ("akashat", "en", "Akashat", 33.780, 40.610),
    ("akashat", "fr", "Akashat", 33.780, 40.610),
    ("akashat", "ar", "عكاشات", 33.780, 40.610),
    ("barwana", "en", "Barwana", 34.110, 42.400),
    ("barwana", "fr", "Barwana", 34.110, 42.400),
    ("barwana", "ar", "بروانة", 34.110, 42.400),
    ("saqlawiyah", "en", "Saqlawiyah", 33.410, 43.670),
    ("saqlawiyah", "en", "Saqlawiya", 33.410, 43.670),
    ("saqlawiyah", "fr", "Saqlawiya", 33.410, 43.670),
    ("saqlawiyah", "ar", "الصقلاوية", 33.410, 43.670),
    ("trebil", "ar", "طريبيل", 32.749, 39.023),
    ("hajiomaran", "en", "Haji Omaran", 36.666, 45.045),
    ("hajiomaran", "en", "Hajj Omran", 36.666, 45.045),
    ("hajiomaran", "fr", "Haji Omaran", 36.666, 45.045),
    ("hajiomaran", "ar", "حاج عمران", 36.666, 45.045),
    ("sheranish", "en", "Sheranish", 37.230, 42.960),
    ("sheranish", "ar", "شرانش", 37.230, 42.960),
    ("surdash", "en", "Surdash", 35.860, 45.190),
    ("surdash", "fr", "Sourdache", 35.860, 45.190),
    ("surdash", "ar", "سورداش", 35.860, 45.190),
    ("gwer", "en", "Gwer", 36.030, 43.480),
    ("gwer", "fr", "Gwer", 36.030, 43.480),
    ("gwer", "ar", "كوير", 36.030, 43.480),
    ("altun", "en", "Altun Kupri", 35.760, 44.140),
    ("altun", "fr", "Altun Kupri", 35.760, 44.140),
    ("altun", "ar", "آلتون كوبري", 35.760, 44.140),
    ("zelkan", "ar", "قاعدة زيلكان", 36.500, 43.330),
    ("snune", "en", "Snune", 36.468, 41.710),
    ("hamdaniya", "ar", "الحمدانية", 36.270, 43.378),
    ("speicher", "en", "al-Sahra air base", 34.650, 43.540),
    ("speicher", "ar", "قاعدة الصحراء الجوية", 34.650, 43.540),
    ("makhoul", "en", "the Makhoul mountains", 35.150, 43.550),
    ("makhoul", "en", "Makhoul", 35.150, 43.550),
    ("makhoul", "ar", "جبال مكحول", 35.150, 43.550),
    ("mutaibija", "en", "Mutaibija", 34.250, 44.350),
    ("mutaibija", "ar", "المطيبيجة", 34.250, 44.350),
    ("burjesiya", "en", "Burjesiya", 30.440, 47.680),
    ("burjesiya", "en", "Burjesia", 30.440, 47.680),
    ("burjesiya", "ar", "البرجسية", 30.440, 47.680),
    ("jousieh", "en", "the Jousieh crossing", 34.400, 36.550),
    ("jousieh", "ar", "معبر جوسية", 34.400, 36.550),
    ("kansafra", "en", "Kansafra", 35.660, 36.570),
    ("kansafra", "fr", "Kansafra", 35.660, 36.570),
    ("kansafra", "ar", "كنصفرة", 35.660, 36.570),
    ("suwaydiyah", "fr", "Souaydiyé", 36.955, 42.158),
    ("jabbata", "en", "Jabbata al-Khashab", 33.230, 35.860),
    ("jabbata", "fr", "Jabbata al-Khashab", 33.230, 35.860),
    ("jabbata", "ar", "جباتا الخشب", 33.230, 35.860),
    ("rafha", "en", "Rafha", 29.630, 43.490),
    ("rafha", "fr", "Rafha", 29.630, 43.490),
    ("rafha", "ar", "رفحاء", 29.630, 43.490),
    ("ahad", "en", "Ahad al-Masarihah", 16.710, 42.950),
    ("ahad", "fr", "Ahad al-Masarihah", 16.710, 42.950),
    ("abuarish", "ar", "أبو عريش", 16.970, 42.830),
    ("najranap", "en", "Najran Regional Airport", 17.610, 44.420),
    ("dailami", "en", "al-Dailami air base", 15.470, 44.220),
    ("dailami", "en", "Al Dailami", 15.470, 44.220),
    ("dailami", "fr", "la base aérienne d'al-Daïlami", 15.470, 44.220),
    ("dailami", "ar", "قاعدة الديلمي الجوية", 15.470, 44.220),
    ("dailami", "ar", "قاعدة الديلمي", 15.470, 44.220),
    ("attan", "en", "Attan", 15.320, 44.180),
    ("attan", "en", "Mount Attan", 15.320, 44.180),
    ("attan", "ar", "جبل عطان", 15.320, 44.180),
    ("nuqum", "en", "Nuqum", 15.360, 44.240),
    ("nuqum", "ar", "جبل نقم", 15.360, 44.240),
    ("natanz", "ar", "منشأة نطنز", 33.720, 51.730),
    ("shekari", "en", "the 8th Shekari air base", 32.750, 51.860),
    ("shekari", "ar", "قاعدة شكاري الثامنة", 32.750, 51.860),
    ("fordow", "en", "Fordow", 34.880, 50.990),
    ("fordow", "fr", "Fordo", 34.880, 50.990),
    ("fordow", "ar", "فوردو", 34.880, 50.990),
    ("parchin", "en", "Parchin", 35.520, 51.770),
    ("parchin", "fr", "Parchin", 35.520, 51.770),
    ("parchin", "ar", "بارشين", 35.520, 51.770),
]


@pytest.mark.parametrize("key, lang, name, lat, lon", FIXED, ids=[f"{r[0]}-{r[1]}-{r[2]}" for r in FIXED])
def test_fixed_spelling(key, lang, name, lat, lon):
    _placed_within(PROBE[lang].format(name), lang, lat, lon)


# sentences of other shapes: (language, sentence, lat, lon, km)
CONTEXT = [
    # "X Regional Airport" is X's airport, not another town's regional airport
    ("en", "A drone struck Tabuk Regional Airport on Monday.", 28.37, 36.62, 10),
    ("en", "A drone struck Bisha Regional Airport on Monday.", 19.98, 42.62, 10),
    ("en", "A drone struck Sharurah Regional Airport on Monday.", 17.47, 47.12, 10),
    ("en", "A drone struck Hail Regional Airport on Monday.", 27.44, 41.69, 10),
    ("en", "Saudi-led coalition jets struck al-Dailami air base in Sanaa on Monday.", 15.476, 44.220, 3),
    ("ar", "استهدفت طائرة مسيرة الحمدانية شرق الموصل يوم الاثنين.", 36.270, 43.378, 10),
    ("fr", "Un drone turc a frappé Souaydiyé, près de Derik, lundi.", 36.955, 42.158, 10),
    ("en", "A Turkish drone struck a vehicle near Sheranish in Zakho district on Monday.", 37.20, 42.93, 10),
]


@pytest.mark.parametrize("lang, text, lat, lon, within", CONTEXT)
def test_context(lang, text, lat, lon, within):
    _placed_within(text, lang, lat, lon, within_km=within, published=P)


# near misses that must not change: (language, sentence, the country every placed event must be in)
GUARDS = [
    # the airports whose own names these are keep them
    ("en", "A drone struck Jizan Regional Airport on Monday.", "SA"),
    ("en", "A drone struck Abha International Airport on Monday.", "SA"),
    ("en", "A drone struck Erbil International Airport on Monday.", "IQ"),
    # a namesake keeps the article's focus
    ("ar", "قصف مدفعي على حي الحمدانية في حلب يوم الاثنين.", "SY"),
    ("en", "Shelling hit al-Hamdaniyah in Aleppo on Monday.", "SY"),
    ("ar", "سقطت قذيفة على السويدية قرب أنطاكيا يوم الاثنين.", "TR"),
    ("en", "Israeli jets struck Rafah in Gaza on Monday.", "PS"),
    # a surname and an organisation are not the place
    ("ar", "قال وزير الدفاع خالد العبيدي إن طائرة مسيرة استهدفت الرمادي يوم الاثنين.", "IQ"),
    ("en", "The Asayish said a drone struck Qamishli on Monday.", "SY"),
    ("ar", "قالت الأسايش إن طائرة مسيرة استهدفت القامشلي يوم الاثنين.", "SY"),
    ("fr", "Les Assayech ont indiqué qu'un drone a frappé Qamichli lundi.", "SY"),
    ("ar", "استهدفت طائرة مسيرة منشأة نفطية في بيجي يوم الاثنين.", "IQ"),
]


@pytest.mark.parametrize("lang, text, country", GUARDS)
def test_guard(lang, text, country):
    evs = events_of(text, lang, P)
    assert evs, f"no event: {text}"
    placed = [(e.place.name, e.place.country) for e in evs if e.place is not None]
    assert all(cc == country for _, cc in placed), placed


# words that are no place: the event stays unplaced ("منشأة" was Al Minshah, Egypt; the Asayish forms, which
# the gazetteer alone matches fuzzily to Al Jabayish, are guards)
NOT_PLACES = [
    ("ar", "استهدفت طائرة مسيرة منشأة يوم الاثنين."),
    ("fr", "Un drone a frappé un poste des Assayech lundi."),
    ("en", "A drone struck Asayish on Monday."),
    ("ar", "استهدفت طائرة مسيرة الأسايش يوم الاثنين."),
]


@pytest.mark.parametrize("lang, text", NOT_PLACES)
def test_not_a_place(lang, text):
    assert all(e.place is None for e in events_of(text, lang, P))
