"""Placement, round 14: a battery of invented reports, read end to end, placed where a reader would.

Each item is one short report (English, French or Arabic) about a place no development passage names,
written the way a wire service, a regional broadcaster or a state agency would: transliterations with
and without the article, Arabic spellings with and without hamza, bases named several ways, towns that
share a name with a place in another country, "N km east of X", "on the outskirts of X", "in X's
countryside". The expected point is the GeoNames point of the town (checked against ../shared/data
where the extract has it) or the airportsdata point of the base; the tolerance is the town's size.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geo_events.models import Document
from factories import km as _km4

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"

# (id, language, text, expected target (lat, lon), tolerance km)
BATTERY = [
    # --- Iraq -------------------------------------------------------------------------------------------
    ("mandali-en", "en", "BAQUBA, Iraq (Reuters) - Two Katyusha rockets struck the town of Mandali, near the Iranian "
     "border in Diyala province, on Tuesday night, police said.", (33.7486, 45.5542), 6),
    ("mandali-fr", "fr", "Deux roquettes se sont abattues mardi soir sur la localité de Mandali, dans la province "
     "irakienne de Diyala, près de la frontière iranienne, selon la police.", (33.7486, 45.5542), 6),
    ("mandali-ar", "ar", "سقطت قذيفتا هاون على ناحية مندلي في محافظة ديالى مساء الثلاثاء، بحسب مصدر أمني.",
     (33.7486, 45.5542), 6),
    ("kifri-en", "en", "A drone dropped explosives on a checkpoint in Kifri, in the south of Kirkuk province's "
     "neighbour Diyala, late on Sunday, security sources said.", (34.6896, 44.9606), 6),
    ("kifri-ar", "ar", "استهدفت طائرة مسيرة نقطة تفتيش في قضاء كفري شمال شرقي ديالى فجر الأحد.", (34.6896, 44.9606), 6),
    ("numaniyah-en", "en", "Three rockets hit an air defence unit near al-Numaniyah, in Wasit province, on Friday, "
     "the Iraqi army said.", (32.5562, 45.4129), 8),
    ("numaniyah-fr", "fr", "Trois roquettes ont frappé vendredi une unité de défense aérienne près d'al-Nu'maniyah, "
     "dans la province de Wassit, a indiqué l'armée irakienne.", (32.5562, 45.4129), 8),
    ("numaniyah-ar", "ar", "سقطت ثلاثة صواريخ قرب قضاء النعمانية في محافظة واسط يوم الجمعة.", (32.5562, 45.4129), 8),
    ("qurna-en", "en", "A rocket landed near an oil company compound in al-Qurna, north of Basra, on Saturday.",
     (31.0155, 47.4336), 8),
    ("qurna-ar", "ar", "سقط صاروخ كاتيوشا قرب مقر شركة نفطية في قضاء القرنة شمال البصرة السبت.", (31.0155, 47.4336), 8),
    ("shirqat-en", "en", "Islamic State militants fired mortar rounds at the town of Shirqat, in northern "
     "Salahuddin province, wounding two farmers.", (35.5100, 43.2300), 8),
    ("shirqat-ar", "ar", "أصيب مزارعان بقصف بقذائف الهاون استهدف قضاء الشرقاط شمالي صلاح الدين.", (35.5100, 43.2300), 8),
    ("musayyib-en", "en", "A roadside bomb and two mortar shells hit a market in Musayyib, in Babil province, "
     "on Thursday, killing one man.", (32.7786, 44.2900), 8),
    ("aziziyah-en", "en", "Two rockets fell on farmland in al-Aziziyah, in Iraq's Wasit province, on Monday.",
     (32.9100, 45.0640), 8),
    ("aziziyah-fr", "fr", "Deux roquettes sont tombées lundi sur des terres agricoles à Aziziyah, dans la province "
     "irakienne de Wassit.", (32.9100, 45.0640), 8),
    ("nukhayb-en", "en", "A drone struck a convoy 20 km east of Nukhayb, in Iraq's western Anbar desert, on Wednesday.",
     (32.0408, 42.4650), 12),
    ("rumaila-en", "en", "Two drones targeted the Rumaila oil field, west of Basra, on Sunday, without causing "
     "casualties, the oil ministry said.", (30.4500, 47.3000), 40),
    # --- Syria ------------------------------------------------------------------------------------------
    ("sarmada-en", "en", "Russian warplanes struck the outskirts of Sarmada, near the Turkish border in Idlib "
     "province, on Tuesday, the Syrian Observatory for Human Rights said.", (36.1855, 36.7223), 6),
    ("sarmada-fr", "fr", "Des frappes russes ont visé mardi la périphérie de Sarmada, près de la frontière turque, "
     "dans la province d'Idleb, selon l'OSDH.", (36.1855, 36.7223), 6),
    ("sarmada-ar", "ar", "استهدفت غارات روسية أطراف بلدة سرمدا في ريف إدلب الشمالي يوم الثلاثاء.", (36.1855, 36.7223), 6),
    ("atarib-en", "en", "Government artillery shelled al-Atarib, in the western Aleppo countryside, killing a child.",
     (36.1391, 36.8250), 6),
    ("atarib-fr", "fr", "Les forces gouvernementales ont pilonné la ville d'Al-Athareb, dans l'ouest de la province "
     "d'Alep, tuant un enfant.", (36.1391, 36.8250), 6),
    ("atarib-ar", "ar", "قصفت قوات النظام مدينة الأتارب في ريف حلب الغربي ما أدى إلى مقتل طفل.", (36.1391, 36.8250), 6),
    ("saraqib-en", "en", "A rocket barrage hit Saraqeb, in eastern Idlib, on Sunday morning.", (35.8646, 36.8060), 6),
    ("saraqib-ar", "ar", "سقطت عدة صواريخ على مدينة سراقب شرقي إدلب صباح الأحد.", (35.8646, 36.8060), 6),
    ("morek-en", "en", "Opposition fighters fired Grad rockets at army positions in Morek, in northern Hama "
     "countryside.", (35.3762, 36.6897), 6),
    ("latamneh-fr", "fr", "Des obus sont tombés sur Kafr Zita et Al-Lataminah, dans le nord de la province de Hama.",
     (35.3215, 36.6229), 12),
    ("baniyas-en", "en", "An Israeli drone struck a vehicle on the coastal road near Baniyas, in Syria's Tartus "
     "province, on Friday.", (35.1824, 35.9486), 8),
    ("baniyas-ar", "ar", "استهدفت طائرة مسيرة سيارة على الطريق الساحلي قرب مدينة بانياس في ريف طرطوس.",
     (35.1824, 35.9486), 8),
    ("qardaha-en", "en", "Two drones were shot down over Qardaha, in the Latakia countryside, state media said, "
     "and one hit a house.", (35.4564, 36.0591), 6),
    ("sukhnah-en", "en", "ISIS fighters attacked an army post with mortars near al-Sukhnah, in the desert of "
     "eastern Homs.", (34.8853, 38.8711), 10),
    ("sukhnah-fr", "fr", "Des combattants de l'EI ont attaqué au mortier un poste de l'armée près de Soukhneh, "
     "dans le désert de l'est de Homs.", (34.8853, 38.8711), 10),
    ("qaryatayn-en", "en", "A mortar round struck a checkpoint on the edge of al-Qaryatain, southeast of Homs.",
     (34.2290, 37.2410), 8),
    ("yabroud-en", "en", "Israeli missiles hit a weapons depot in Yabrud, in the Qalamoun mountains north of "
     "Damascus, on Wednesday.", (33.9670, 36.6570), 6),
    ("yabroud-fr", "fr", "Des missiles israéliens ont frappé mercredi un dépôt d'armes à Yabroud, dans le Qalamoun, "
     "au nord de Damas.", (33.9670, 36.6570), 6),
    ("qusayr-en", "en", "Israeli strikes hit the countryside of al-Qusayr, near the Lebanese border, on Monday.",
     (34.5090, 36.5800), 12),
    ("dumayr-en", "en", "Israeli missiles struck the Dumayr military airport, northeast of Damascus, overnight.",
     (33.6100, 36.7490), 8),
    ("dumayr-ar", "ar", "استهدفت صواريخ إسرائيلية مطار الضمير العسكري شمال شرق دمشق فجر اليوم.", (33.6100, 36.7490), 8),
    ("izra-en", "en", "A rocket-propelled grenade and mortar attack hit a security branch in Izraa, in the "
     "northern Daraa countryside.", (32.8570, 36.2500), 6),
    ("sanamayn-ar", "ar", "سقطت قذيفة صاروخية على مبنى في مدينة الصنمين بريف درعا الشمالي.", (33.0710, 36.1840), 6),
    ("jarabulus-en", "en", "Shelling from Kurdish-held areas hit Jarablus, on the Turkish border, on Saturday.",
     (36.8175, 38.0111), 6),
    ("markada-en", "en", "A drone targeted a car in Markadah, south of Hasakah, killing two SDF members.",
     (35.7461, 40.7530), 8),
    # --- Lebanon and Israel -----------------------------------------------------------------------------
    ("hermel-en", "en", "Israeli jets struck a building on the outskirts of Hermel, in the north of the Bekaa "
     "valley, early on Monday.", (34.3950, 36.3850), 8),
    ("hermel-ar", "ar", "شن الطيران الحربي الإسرائيلي غارة على أطراف مدينة الهرمل فجر الاثنين.", (34.3950, 36.3850), 8),
    ("kfarchouba-fr", "fr", "Un drone israélien a frappé une maison à Kfarchouba, dans le sud du Liban, tuant deux "
     "personnes.", (33.3300, 35.7000), 6),
    ("kfarchouba-ar", "ar", "استهدفت مسيرة إسرائيلية منزلاً في بلدة كفرشوبا جنوب لبنان.", (33.3300, 35.7000), 6),
    ("rmeish-en", "en", "An Israeli shell landed near a church in Rmeish, a border village in south Lebanon.",
     (33.0810, 35.3690), 6),
    ("odaisseh-fr", "fr", "Des obus israéliens sont tombés sur les abords d'Odaïssé, à la frontière sud du Liban.",
     (33.2540, 35.5480), 6),
    ("netivot-en", "en", "A rocket fired from Gaza hit a house in Netivot, in southern Israel, on Saturday.",
     (31.4230, 34.5890), 6),
    ("ofakim-fr", "fr", "Une roquette tirée depuis Gaza est tombée samedi dans un champ près d'Ofakim, dans le sud "
     "d'Israël.", (31.3140, 34.6200), 8),
    ("dimona-en", "en", "A missile was intercepted over Dimona, in Israel's Negev desert, the army said.",
     (31.0700, 35.0330), 8),
    ("nevatim-en", "en", "Several missiles hit the Nevatim air base in southern Israel, causing minor damage.",
     (31.2083, 35.0122), 8),
    # --- Yemen, Saudi Arabia, Jordan and the Gulf ---------------------------------------------------------
    ("sharurah-en", "en", "Houthi drones targeted Sharurah, in Saudi Arabia's Najran region, on Thursday.",
     (17.4895, 47.1149), 10),
    ("sharurah-ar", "ar", "استهدفت طائرات مسيرة حوثية محافظة شرورة بمنطقة نجران.", (17.4895, 47.1149), 15),
    ("harib-en", "en", "Houthi shelling hit Harib district, in the south of Marib province, killing a woman.",
     (14.9330, 45.5000), 20),
    ("harad-ar", "ar", "سقطت قذائف مدفعية على مديرية حرض بمحافظة حجة.", (16.4300, 43.0700), 20),
    ("ramtha-en", "en", "A stray Syrian shell landed in the Jordanian border town of Ramtha, wounding a child.",
     (32.5590, 36.0070), 6),
    ("ramtha-fr", "fr", "Un obus tiré depuis la Syrie est tombé dans la ville frontalière jordanienne de Ramtha.",
     (32.5590, 36.0070), 6),
    ("ruwais-en", "en", "A drone hit a fuel tank at the Ruwais refinery in Abu Dhabi's western region.",
     (24.1100, 52.7300), 15),
    ("fujairah-en", "en", "A drone struck a tanker anchored off Fujairah, in the United Arab Emirates.",
     (25.1200, 56.3300), 30),
    ("dhafra-en", "en", "Air-raid sirens sounded at Al Dhafra Air Base, south of Abu Dhabi, as two missiles were "
     "intercepted.", (24.2480, 54.5480), 10),
    ("dhafra-fr", "fr", "Deux missiles ont été interceptés au-dessus de la base aérienne d'Al-Dhafra, au sud "
     "d'Abou Dhabi.", (24.2480, 54.5480), 10),
]

PUBLISHED = dt.date(2024, 3, 5)


@pytest.fixture(scope="module")
def gaz(gz):
    if not SHARED.exists():
        pytest.skip(f"{SHARED} is absent: the gazetteer data lives in ../shared/data beside the project")
    return gz


def read(text, language, gaz):
    """Events an end user gets from one article."""
    from geo_events.pipeline import process

    return process([Document(doc_id="t", text=text, language=language, published=PUBLISHED)], gazetteer=gaz).events


def _nearest(events, point):
    placed = [e for e in events if e.place is not None]
    if not placed:
        return None, float("inf")
    best = min(placed, key=lambda e: _km4(e.place.lat, e.place.lon, *point))
    return best, _km4(best.place.lat, best.place.lon, *point)


# Items still read wrong, by cause (kept: they say what is left to do; not strict, others' work may fix them).
KNOWN = {
    "fujairah-en": "offset: 'off X' puts a ship 30 km out; anchorages lie nearer the shore",
}
CASES = [pytest.param(b, id=b[0], marks=pytest.mark.xfail(reason=KNOWN[b[0]], strict=False)) if b[0] in KNOWN
         else pytest.param(b, id=b[0]) for b in BATTERY]


@pytest.mark.parametrize("item", CASES)
def test_an_invented_report_is_placed_where_it_says(item, gaz):
    _, language, text, point, tol = item
    events = read(text, language, gaz)
    assert events, "no event read"
    event, dist = _nearest(events, point)
    assert dist <= tol, f"placed at {event and event.place.name} {dist:.0f} km off"
