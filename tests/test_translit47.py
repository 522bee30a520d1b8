"""Arabic spellings of places the gazetteer knows in Latin script only, and "مطار X" airports (round translit47).

Every sentence is invented, modelled on Arabic wire copy (Al Jazeera, Sky News Arabia, RT Arabic, Anadolu) about
Ukraine, Russia, the Sahel, Sudan, Somalia, Nigeria and Pakistan.

- GeoNames has Arabic names for big cities only: "شيبيكينو" (Shebekino) matched nothing and its event was unplaced.
  Gazetteer.resolve now reads an Arabic name that matches nothing by its consonant skeleton against the Latin names
  of towns outside the region (an index built with the cached index), in the countries the article names (or a
  city of 100,000 people elsewhere), never when the article names only the region's countries.
- "مطار الخرطوم الدولي": no airport has an Arabic name in airportsdata; the airport of the town named is meant.
- Guards: a village of Iraq, Syria, Lebanon, Yemen the gazetteer lacks stays unplaced (no Latin lookalike abroad).
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)


def _records(text, lang="ar"):
    return [e.place.record_id if e.place is not None else None for e in events_of(text, lang, P)]


@pytest.mark.parametrize("text, want", [
    # Russia: Belgorod, Kursk, Bryansk regions
    ("قالت السلطات الروسية إن قصفا أوكرانيا استهدف مدينة شيبيكينو في مقاطعة بيلغورود، ما أدى إلى مقتل شخصين.",
     "curated:shebekino"),  # Shebekino (the curated row of GeoNames 495112, round ar50)
    ("أعلن حاكم مقاطعة بيلغورود أن طائرة مسيرة أوكرانية هاجمت بلدة غرايفورون، ما أسفر عن إصابة ثلاثة أشخاص.",
     "curated:graivoron"),  # GeoNames 559034, curated (names42); Grayvoron
    ("قتل ثلاثة أشخاص في قصف أوكراني على بلدة سودجا في مقاطعة كورسك الروسية.", "curated:sudzha"),  # GeoNames 486816, curated (names42); Sudzha
    ("أعلنت روسيا أن مسيرات أوكرانية هاجمت مدينة ريلسك في مقاطعة كورسك، ما أدى إلى إصابة شخصين.",
     "geonames:695019"),  # Ryl'sk, not Orilske (Ukraine) of the same skeleton
    ("قتل شخص في قصف أوكراني على بلدة كليموفو في مقاطعة بريانسك الروسية.", "geonames:547591"),  # Klimovo
    # Ukraine: Donetsk, Kharkiv, Zaporizhzhia, Sumy, Odesa, Dnipropetrovsk regions
    ("قتل أربعة مدنيين في قصف روسي على مدينة بوكروفسك في منطقة دونيتسك شرقي أوكرانيا.", "curated:pokrovsk-donetsk"),
    ("قتل شخصان في قصف على بلدة كوستيانتينيفكا في منطقة دونيتسك الأوكرانية.", "curated:kostiantynivka"),  # GeoNames 705104, curated (names42)
    ("قتل ثلاثة أشخاص في قصف روسي على بلدة إيزيوم في مقاطعة خاركيف الأوكرانية.", "curated:izium"),  # GeoNames 707292, curated (names42); Izyum
    ("أصيب سبعة أشخاص في هجوم صاروخي روسي على مدينة زابوريجيا الأوكرانية.", "geonames:687700"),
    ("قتل مدنيان في قصف روسي على بلدة أوريخيف في مقاطعة زابوريجيا الأوكرانية.", "curated:orikhiv"),  # GeoNames 698428, curated (names42); not Rakhiv
    ("قتل شخصان في هجوم بمسيرة روسية على بلدة شوستكا في مقاطعة سومي الأوكرانية.", "curated:shostka"),  # GeoNames 693942, curated (names42)
    ("استهدفت صواريخ روسية ميناء إزميل في مقاطعة أوديسا الأوكرانية، ما أسفر عن إصابة شخصين.", "geonames:707308"),
    ("قتل مدني في قصف روسي على مدينة نيكوبول في مقاطعة دنيبروبيتروفسك الأوكرانية.", "curated:nikopol-ua"),  # GeoNames 700051, curated (names42)
    # Somalia, Nigeria, Pakistan
    ("قتل خمسة أشخاص في تفجير انتحاري في مدينة كيسمايو جنوبي الصومال.", "curated:kismayo"),  # GeoNames 55671, curated (names42)
    ("قتل عشرة أشخاص في هجوم لجماعة بوكو حرام على بلدة باما في ولاية بورنو شمال شرق نيجيريا.", "geonames:2347954"),
    ("قتل خمسة جنود في هجوم على مدينة ميدوغوري في شمال شرق نيجيريا.", "geonames:2331447"),
    ("قتل سبعة جنود باكستانيين في هجوم على نقطة تفتيش في مدينة بانو في إقليم خيبر بختونخوا.", "geonames:1183460"),
    ("قتل خمسة جنود باكستانيين في هجوم على قاعدة عسكرية في بلدة تانك شمال غربي باكستان.", "geonames:1163905"),
])
def test_arabic_spelling_of_a_latin_only_town(text, want):
    assert want in _records(text)


@pytest.mark.parametrize("text, want", [
    ("قصفت طائرات مسيرة مطار الخرطوم الدولي، ما أدى إلى اندلاع حريق في السودان.", "icao:HSSK"),
    # the international airport, not the old air base 5 km from the town
    ("استهدفت مسيرات مطار بورتسودان الدولي في شرق السودان، وفق مصادر عسكرية.", "icao:HSPN"),
    ("قالت السلطات الأوكرانية إن صواريخ روسية استهدفت مطار بوريسبيل قرب كييف.", "icao:UKBB"),  # not Zhuliany
])
def test_arabic_airport_of_a_town(text, want):
    assert _records(text) == [want]


@pytest.mark.parametrize("village, foreign, want", [
    # a village the gazetteer lacks, in Iraq, Lebanon or Syria, beside a Russian or Ukrainian town in the same report:
    # the town is found by its Latin name, the village stays unplaced (not Shelek in Kazakhstan, nor another lookalike)
    ("قتل شخصان في قصف على قرية شيلكي في محافظة دهوك العراقية.",
     "وفي روسيا، قتل شخص في قصف أوكراني على بلدة كليموفو في مقاطعة بريانسك.", "geonames:547591"),
    ("قتل مدنيان في غارة على بلدة كوكبا في جنوب لبنان.",
     "وفي أوكرانيا، قتل شخصان في قصف روسي على مدينة بوكروفسك في منطقة دونيتسك.", "curated:pokrovsk-donetsk"),
    ("قتل عنصران في هجوم على مقر للحشد في قرية تل الذهب شمال بابل.",
     "وفي روسيا، أعلن حاكم مقاطعة بيلغورود أن مسيرة أوكرانية هاجمت بلدة غرايفورون ما أسفر عن إصابة ثلاثة أشخاص.",
     "curated:graivoron"),  # GeoNames 559034, curated (names42)
])
def test_region_village_stays_unplaced_beside_a_foreign_town(village, foreign, want):
    from geo_events.gazetteer import REGION

    events = events_of(village + "\n\n" + foreign, "ar", P)
    recs = [e.place.record_id for e in events if e.place is not None]
    assert want in recs
    # every other event is in the region (the village's governorate or town) or unplaced
    assert all((e.place.country or "") in REGION for e in events if e.place is not None and e.place.record_id != want)
