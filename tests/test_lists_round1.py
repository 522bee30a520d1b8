"""Statements listing several operations, round 1: one event per named site of the list.

A group's or an army's statement lists its strikes of a day one target after another, each with its weapon and
sometimes its hour ("استهدف مجاهدو المقاومة موقع X بالأسلحة الصاروخية، وثكنة Y بقذائف المدفعية، وتجمعا لجنود
العدو في محيط مستعمرة Z بطائرة مسيرة"; "the group said it struck X, Y and Z with drones"; "Les forces ont frappé
X à l'aube, puis Y et Z"). A careful reader makes one event per named site, typed by the item's own weapon and
dated by its own day; a region with no site is no event. Each item below is invented (real places, no set's
or seed's sentences) with the events expected of it: (type(s), accepted target names, day, count) per site;
None means not checked. Items the extractor does not read yet are xfail with the cause; they stay as the measure.

Fixed this round (Arabic): "مستعمرة X" (Hezbollah's word for a settlement), its dual and the plural heads of a
list ("مستعمرات X وY وZ", "مدن X وY") as cue nouns; an item with its verb left out ("، وثكنة Y بقذائف
المدفعية") is an attack told; a list's next item opens its own clause after "، ثم", after "، و" and a verb of
attack, after an ordinal ("، والثانية ..."), after "، وثلاث غارات على" and after an interception with its own
subject or projectiles ("، وتصدت الدفاعات الجوية لـ..."), not after "، وأسقطت معظم الصواريخ" (the missiles told);
targets under one verb listed by "، و" + a noun ("قاعدة X في سوريا، وحقل Y النفطي، وهدفا في مدينة Z") are one
site each, while "، وسقط بعضها قرب Y" (where part of the salvo fell) is not; "فوق X" (over X) places a
shooting-down. (English) "..., and at 4 p.m. it launched a drone at Y": a next item with its own pronoun subject
and verb of firing opens its own clause ("..., and they hit a depot", the projectiles' impact, does not).
"""
import datetime as dt
from pathlib import Path

import pytest

from factories import frames_of, listed_site_problems, value_of

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
needs_data = pytest.mark.skipif(not (DATA / "geonames").is_dir(),
                                reason="needs ../shared/data (GeoNames extract) for the gazetteer")

P = dt.date(2025, 2, 12)  # a Wednesday
T, Y = P, P - dt.timedelta(days=1)
Y2 = P - dt.timedelta(days=2)
R, D, M, MO, A, I_ = "rocket attack", "drone attack", "missile attack", "mortar attack", "airstrike", "interception"
RM = (R, M)
ANY = None
# (id, lang, text, [(type(s), target names, day, count), ...]) -- one tuple per named site
ITEMS = [
# ---------------- Arabic ----------------
("ar_three_sites_weapons", "ar",
 "أعلنت المقاومة الإسلامية في بيان أن مجاهديها استهدفوا صباح اليوم موقع المطلة بالأسلحة الصاروخية، وثكنة برانيت بقذائف المدفعية، وتجمعا لجنود العدو في محيط مستعمرة شلومي بطائرة مسيرة انقضاضية.",
 [(R, ("المطلة",), T, None), (ANY, ("برانيت", "ثكنة برانيت"), T, None), (D, ("شلومي",), T, 1)]),
("ar_ordinals_three_ops", "ar",
 "نفذت القوات المسلحة اليمنية ثلاث عمليات عسكرية: الأولى استهدفت ميناء إيلات بصاروخ باليستي، والثانية استهدفت هدفا حيويا في يافا بطائرة مسيرة، والثالثة استهدفت سفينة في البحر الأحمر بزورقين مسيرين.",
 [(M, ("إيلات", "ميناء إيلات"), None, 1), (D, ("يافا",), None, 1)]),
("ar_hours_two_sites", "ar",
 "قال حزب الله في بيانات متتالية إن مقاتليه قصفوا عند الساعة 10:30 من صباح اليوم مستعمرة المنارة بصليات صاروخية، وعند الساعة 14:15 مستعمرة مسكاف عام بقذائف المدفعية.",
 [(R, ("المنارة",), T, None), (ANY, ("مسكاف عام", "مسغاف عام"), T, None)]),
("ar_total_first_iraq", "ar",
 "أعلنت المقاومة الإسلامية في العراق تنفيذ 3 عمليات خلال الساعات الماضية، استهدفت فيها بالطائرات المسيرة قاعدة التنف في سوريا، وحقل العمر النفطي، وهدفا في مدينة حيفا.",
 [(D, ("التنف", "قاعدة التنف"), None, None), (D, ("حقل العمر", "حقل العمر النفطي", "العمر"), None, None), (D, ("حيفا",), None, None)]),
("ar_interception_mixed", "ar",
 "أطلقت فصائل المقاومة صواريخ باتجاه مدينتي نهاريا وعكا مساء أمس، وتصدت الدفاعات الجوية لطائرة مسيرة فوق صفد.",
 [(R, ("نهاريا",), Y, None), (R, ("عكا",), Y, None), ((I_, D), ("صفد",), Y, 1)]),
("ar_two_days", "ar",
 "وكانت الجماعة قد استهدفت يوم الإثنين مدينة إيلات بثلاث طائرات مسيرة، ثم استهدفت مساء الثلاثاء مدينة عسقلان بصاروخ باليستي.",
 [(D, ("إيلات",), Y2, 3), (M, ("عسقلان",), Y, 1)]),
("ar_direct_hit_then_second", "ar",
 "استهدف مجاهدو المقاومة ثكنة زرعيت بالأسلحة الصاروخية وأصابوها إصابة مباشرة، وموقع الراهب بقذائف المدفعية.",
 [(R, ("زرعيت", "ثكنة زرعيت"), None, None), (ANY, ("الراهب", "موقع الراهب"), None, None)]),
("ar_region_no_site", "ar",
 "قصفت المقاومة بالصواريخ مستعمرة كريات شمونة ظهر اليوم، فيما تواصل القصف المدفعي على منطقة الجليل الأعلى.",
 [(R, ("كريات شمونة",), T, None)]),
("ar_houthi_ships_eilat", "ar",
 "أعلن المتحدث العسكري للحوثيين استهداف السفينة التجارية في خليج عدن بصاروخين بحريين، واستهداف منطقة أم الرشراش بأربع طائرات مسيرة.",
 [(D, ("أم الرشراش", "إيلات"), None, 4)]),
("ar_four_sites_list", "ar",
 "وأعلن حزب الله في بيانات منفصلة أنه استهدف بالصواريخ مستعمرات المطلة وكفرجلعادي ومرغليوت وشلومي مساء اليوم.",
 [(R, ("المطلة",), T, None), (R, ("كفرجلعادي", "كفر جلعادي"), T, None), (R, ("مرغليوت",), T, None), (R, ("شلومي",), T, None)]),
("ar_ordinal_first_second_syria", "ar",
 "وشملت العمليات هجومين: الأول بطائرة مسيرة على قاعدة حرير في أربيل، والثاني بصواريخ على قاعدة الشدادي في الحسكة.",
 [(D, ("حرير", "قاعدة حرير"), None, 1), (R, ("الشدادي", "قاعدة الشدادي"), None, None)]),
("ar_background_article", "ar",
 "تتواصل المواجهات على الحدود اللبنانية منذ أشهر، وسط تحذيرات دولية من توسع الحرب.\n\nوقال حزب الله في بيان اليوم إن مقاتليه استهدفوا موقع رويسات العلم بصاروخين موجهين، ومستعمرة دوفيف بقذائف المدفعية.\n\nوكانت إسرائيل قد شنت الشهر الماضي غارات واسعة على الجنوب.",
 [(RM, ("رويسات العلم",), T, 2), (ANY, ("دوفيف",), T, None)]),
("ar_jordan_israel", "ar",
 "أعلنت فصائل عراقية مسلحة أنها هاجمت بطائرات مسيرة هدفا في مدينة إيلات فجر اليوم، وقاعدة عسكرية في غور الأردن مساء اليوم.",
 [(D, ("إيلات",), T, None)]),
("ar_masirah_raids_list", "ar",
 "شن طيران العدوان الأمريكي غارتين على مديرية الصليف، وثلاث غارات على مطار الحديدة، وغارة على منطقة الجبانة.",
 [(A, ("الصليف",), None, None), (A, ("مطار الحديدة", "الحديدة"), None, None), (A, ("الجبانة",), None, None)]),
("ar_then_hour", "ar",
 "قصف الجيش السوري بالمدفعية بلدة سرمين عند الساعة السابعة صباحا، ثم استهدف بالصواريخ مدينة أريحا في ريف إدلب بعد الظهر.",
 [(ANY, ("سرمين",), None, None), (R, ("أريحا",), None, None)]),
("ar_two_sites_one_weapon", "ar",
 "استهدفت المقاومة الإسلامية بصواريخ الكاتيوشا مستعمرتي سعسع وبيت هلل ظهر اليوم.",
 [(R, ("سعسع",), T, None), (R, ("بيت هلل",), T, None)]),
("ar_interception_then_list", "ar",
 "اعترضت الدفاعات الجوية السعودية صاروخا باليستيا فوق جازان، وأسقطت طائرتين مسيرتين فوق خميس مشيط.",
 [((I_, M), ("جازان", "جيزان"), None, 1), ((I_, D), ("خميس مشيط",), None, 2)]),
("ar_colon_list_positions", "ar",
 "وقالت المقاومة الإسلامية إنها استهدفت المواقع التالية: موقع بياض بليدا بالأسلحة المناسبة، وموقع جل العلام بالصواريخ، وثكنة يفتاح بطائرة مسيرة.",
 [(ANY, ("بياض بليدا",), None, None), (R, ("جل العلام",), None, None), (D, ("يفتاح", "ثكنة يفتاح"), None, 1)]),
("ar_syria_iraq_mixed", "ar",
 "قصفت فصائل مسلحة بالصواريخ حقل كونيكو للغاز في ريف دير الزور، كما استهدفت بطائرة مسيرة قاعدة عين الأسد غرب العراق.",
 [(R, ("حقل كونيكو", "كونيكو"), None, None), (D, ("عين الأسد", "قاعدة عين الأسد"), None, 1)]),
("ar_total_eleven", "ar",
 "أعلن حزب الله تنفيذ 11 عملية ضد مواقع الجيش الإسرائيلي اليوم، بينها قصف مستعمرة المالكية بالصواريخ، واستهداف مستعمرة أفيفيم بطائرة مسيرة.",
 [(R, ("المالكية",), T, None), (D, ("أفيفيم",), T, 1)]),
("ar_three_cities_rockets", "ar",
 "أطلقت كتائب القسام رشقات صاروخية على مدن سديروت وعسقلان وأسدود عصر اليوم.",
 [(R, ("سديروت",), T, None), (R, ("عسقلان",), T, None), (R, ("أسدود",), T, None)]),
("ar_hour_ordinals", "ar",
 "العملية الأولى عند الساعة 08:00 استهدفت مستعمرة شتولا بالصواريخ، والعملية الثانية عند الساعة 11:45 استهدفت موقع حدب يارين بقذائف المدفعية.",
 [(R, ("شتولا",), None, None), (ANY, ("حدب يارين",), None, None)]),
# ---------------- English ----------------
("en_iraq_three_drones", "en",
 "The Islamic Resistance in Iraq said it struck the Conoco field, the al-Shaddadi base and Harir with drones on Tuesday.",
 [(D, ("Conoco", "Conoco field", "Conoco gas field"), Y, None), (D, ("al-Shaddadi", "Shaddadi", "al-Shaddadi base"), Y, None), (D, ("Harir",), Y, None)]),
("en_first_second", "en",
 "The Houthis said they carried out two operations: the first targeted the port of Eilat with a ballistic missile, and the second targeted a ship in the Red Sea with drones.",
 [(M, ("Eilat", "port of Eilat"), None, 1), (D, ("Red Sea",), None, None)]),
("en_hezbollah_weapons_each", "en",
 "Hezbollah said its fighters shelled the Metula settlement with rockets, the Branit barracks with artillery and the Shlomi area with an attack drone on Wednesday.",
 [(R, ("Metula",), T, None), (ANY, ("Branit", "Branit barracks"), T, None), (D, ("Shlomi",), T, 1)]),
("en_hours_list", "en",
 "At 9:15 a.m. the group fired rockets at Kiryat Shmona, and at 4 p.m. it launched a drone at Nahariya, it said in statements.",
 [(R, ("Kiryat Shmona",), None, None), (D, ("Nahariya",), None, 1)]),
("en_interception_mixed", "en",
 "Militants fired rockets at Sderot and Ashkelon on Tuesday evening, while air defences shot down a drone over Eilat.",
 [(R, ("Sderot",), Y, None), (R, ("Ashkelon",), Y, None), ((I_, D), ("Eilat",), Y, 1)]),
("en_two_days", "en",
 "The group said it attacked Ain al-Asad air base with rockets on Monday and hit Erbil airport with two drones on Tuesday.",
 [(R, ("Ain al-Asad", "Ain al-Asad air base"), Y2, None), (D, ("Erbil airport", "Erbil"), Y, 2)]),
("en_total_first", "en",
 "Hezbollah claimed 11 attacks on Wednesday, including rocket fire on Safed and a guided missile strike on the Avivim barracks.",
 [(R, ("Safed",), T, None), (RM, ("Avivim", "Avivim barracks"), T, None)]),
("en_region_no_site", "en",
 "The army said its jets struck Hezbollah targets in Aita al-Shaab and Kfar Kila overnight and continued shelling across southern Lebanon.",
 [(A, ("Aita al-Shaab",), None, None), (A, ("Kfar Kila",), None, None)]),
("en_background_article", "en",
 "Tensions have run high along the border for months.\n\nOn Wednesday the Iraqi faction said it had launched drones at a target in Haifa, and at the Golan Heights airfield of Ramat David.\n\nIn January, similar claims were made but not confirmed.",
 [(D, ("Haifa",), T, None), (D, ("Ramat David",), T, None)]),
("en_countries_mixed", "en",
 "Kataib Hezbollah said it fired rockets at the Tower 22 outpost in Jordan, at al-Tanf in Syria and at Eilat in Israel.",
 [(R, ("Tower 22",), None, None), (R, ("al-Tanf", "Tanf"), None, None), (R, ("Eilat",), None, None)]),
# ---------------- French ----------------
("fr_positions_xyz", "fr",
 "Le Hezbollah a revendiqué mercredi des attaques à la roquette contre les positions de Metula, Margaliot et Shlomi.",
 [(R, ("Metula",), T, None), (R, ("Margaliot",), T, None), (R, ("Shlomi",), T, None)]),
("fr_aube_puis", "fr",
 "Les forces ont frappé Khiam à l'aube, puis Bint Jbeil et Naqoura en fin de journée, selon l'armée israélienne.",
 [(A, ("Khiam",), None, None), (A, ("Bint Jbeil",), None, None), (A, ("Naqoura",), None, None)]),
("fr_dabord_ensuite", "fr",
 "Les Houthis ont d'abord visé Eilat avec un missile balistique, puis un navire en mer Rouge avec des drones.",
 [(M, ("Eilat",), None, 1), (D, ("Red Sea",), None, None)]),
("fr_weapons_each", "fr",
 "Le groupe a dit avoir visé Kiryat Shmona avec des roquettes et Nahariya avec un drone mardi soir.",
 [(R, ("Kiryat Shmona",), Y, None), (D, ("Nahariya",), Y, 1)]),
("fr_interception", "fr",
 "Des roquettes ont frappé Sdérot et Ashkelon mardi, tandis que la défense aérienne a intercepté un drone au-dessus d'Eilat.",
 [(R, ("Sdérot", "Sderot"), Y, None), (R, ("Ashkelon",), Y, None), ((I_, D), ("Eilat",), Y, 1)]),
("fr_two_days", "fr",
 "Les milices ont attaqué la base d'Aïn al-Assad lundi avec des roquettes, puis l'aéroport d'Erbil mardi avec deux drones.",
 [(R, ("Aïn al-Assad", "Ain al-Asad"), Y2, None), (D, ("Erbil",), Y, 2)]),
("fr_total_first", "fr",
 "La Résistance islamique en Irak a revendiqué trois attaques de drones mercredi : contre Haïfa, contre Eilat et contre la base d'al-Tanf.",
 [(D, ("Haïfa", "Haifa"), T, None), (D, ("Eilat",), T, None), (D, ("al-Tanf", "Tanf"), T, None)]),
("fr_region_no_site", "fr",
 "L'aviation israélienne a bombardé Nabatieh et Tyr, et mené des frappes dans le sud du Liban.",
 [(A, ("Nabatieh",), None, None), (A, ("Tyr",), None, None)]),
]

_GAZ = "a name the gazetteer lacks (an Israeli army post or a Hebrew-named place)"
XFAIL = {
    "ar_hours_two_sites": _GAZ + ": 'مسكاف عام' is cut to its first word",
    "ar_direct_hit_then_second": _GAZ + ": 'موقع الراهب' (a weak cue needs a known name)",
    "ar_background_article": _GAZ + ": 'موقع رويسات العلم'",
    "ar_masirah_raids_list": "'منطقة الجبانة': a definite unknown name after منطقة with nothing around it is not guessed",
    "ar_two_sites_one_weapon": _GAZ + ": 'بيت هلل' is cut to its first word after a dual cue",
    "ar_colon_list_positions": _GAZ + ": 'بياض بليدا', 'جل العلام' (weak cue موقع)",
    "ar_hour_ordinals": _GAZ + ": 'موقع حدب يارين'",
    "en_iraq_three_drones": "EN list without prepositions ('struck the X field, the Y base and Z'): only one name is read as a target",
    "en_hezbollah_weapons_each": "'and the Shlomi area with an attack drone': 'the X area' after the shared verb gives no mention (find_mentions)",
    "fr_aube_puis": "'Les forces ont frappé X à l'aube, puis Y et Z': a bare name after a verb is no mention; 'puis' opens no item",
}


def _frames(text, lang):
    return [f for f in frames_of(text, lang, P) if value_of(f, "event_type")]


def _problems(item):
    return listed_site_problems(item, P)


def _param(item):
    marks = [pytest.mark.xfail(reason=XFAIL[item[0]], strict=False)] if item[0] in XFAIL else []
    return pytest.param(item, id=item[0], marks=marks)


@needs_data
@pytest.mark.parametrize("item", [_param(it) for it in ITEMS])
def test_one_event_per_listed_site(item):
    assert _problems(item) == []


def _sites_of(text, lang="ar"):
    return sorted(value_of(f, "target").name for f in _frames(text, lang) if value_of(f, "target"))


@needs_data
def test_a_list_item_with_its_verb_left_out_is_an_attack():
    # the second and third items have no verb of their own: the first one's governs them
    text = "قصف مقاتلو الحزب مستعمرة المطلة بصاروخ بركان، ومستعمرة شلومي بالأسلحة الصاروخية، ومستعمرة المالكية بطائرة مسيرة."
    assert _sites_of(text) == sorted(["المطلة", "شلومي", "المالكية"])


@needs_data
def test_a_plural_head_lists_its_places():
    text = "أطلقت الفصائل رشقات صاروخية على مستعمرات المطلة وشلومي ودوفيف فجر اليوم."
    assert _sites_of(text) == sorted(["المطلة", "شلومي", "دوفيف"])


@needs_data
def test_where_part_of_a_salvo_fell_is_no_second_site():
    # "، وسقط بعضها قرب ..." is a closer look at the salvo told, not another item of a list
    text = "استهدفت ستة صواريخ مدينة دهوك مساء أمس، وسقط بعضها قرب مبنى المحافظة، بحسب مصادر أمنية."
    frames = _frames(text, "ar")
    assert len(frames) == 1 and value_of(frames[0], "count") == 6


@needs_data
def test_most_of_the_missiles_downed_is_the_same_incident():
    text = "تصدت الدفاعات الجوية لعدوان إسرائيلي استهدف محيط مدينة حمص ليلة أمس، وأسقطت معظم الصواريخ قبل وصولها."
    assert len(_frames(text, "ar")) == 1


@needs_data
def test_an_interception_with_its_own_projectiles_is_an_item():
    text = "اعترضت الدفاعات الجوية صاروخا فوق مدينة أبها، وأسقطت ثلاث طائرات مسيرة فوق نجران."
    frames = _frames(text, "ar")
    assert sorted(value_of(f, "target").name for f in frames) == sorted(["أبها", "نجران"])
    assert [value_of(f, "count") for f in frames if value_of(f, "target").name == "نجران"] == [3]


@needs_data
def test_an_item_with_its_own_subject_and_verb_of_firing():
    text = "The militia fired two rockets at Ain al-Asad on Monday, and later that night it launched three drones at Harir."
    frames = _frames(text, "en")
    got = sorted((value_of(f, "target").name, value_of(f, "count")) for f in frames)
    assert got == [("Ain al-Asad", 2), ("Harir", 3)], got


@needs_data
def test_the_projectiles_that_hit_are_no_new_item():
    text = "Militants fired two rockets at Ain al-Asad air base on Monday, and they hit a fuel depot inside it."
    assert len(_frames(text, "en")) == 1
