"""Statements listing several operations, round 2: one event per named site, shapes round 1 lacks.

Careful annotators make one event per named site of a statement listing a group's or an army's operations,
typed by the item's own weapon, dated by its own day; a region with no site is no event, a ship at sea (no
port) is no site, and a count is only what the item itself states. Shapes here: several short statements in a
row ("أعلنت ... في بيان ..." each with its target and hour), a spokesman's "نفذت ... عمليتين: الأولى ...
والثانية ...", a daily tally ("وبذلك يرتفع عدد العمليات ..."), a region beside named sites, a swarm ("بسرب من
المسيرات"), a salvo ("بصلية صاروخية"), a hypersonic missile, a named vessel at sea beside a port, EN "in separate
statements ... and, later, Y", FR "dans trois communiqués distincts". Every item is invented (real places of the
region, no set's or seed's sentences); items the extractor does not read yet are xfail with the cause.

Fixed this round: an Arabic item opens its own clause after "، و" when it fronts its weapon ("، وبالصواريخ
مستعمرة Y") or has projectiles of its own aimed at a place ("، وأربع طائرات مسيرة على مدينة Y", "، وطائرتين
مسيرتين باتجاه Y") or is timed after the one told ("، وبعد ساعات ...", "، وفي وقت لاحق ..."); a dual of raids ("وغارتين على Y") is something done with a weapon. EN/FR: "X with W1, Y with
W2" is cut at the comma too, and "and, later, Y with W2"; each later item is read with the verb it shares ("visé
Y avec un drone"); a preposition told again after a comma ("at X in Jordan, at Y", "contre X, contre Y et contre
Z", "vers X, vers Y et vers Z") lists sites; "the Golan Heights airfield of Y" puts Y in the list, not the
Golan Heights.
"""
import datetime as dt
from pathlib import Path

import pytest

from factories import listed_site_problems

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
needs_data = pytest.mark.skipif(not (DATA / "geonames").is_dir(),
                                reason="needs ../shared/data (GeoNames extract) for the gazetteer")

P = dt.date(2024, 6, 19)  # a Wednesday
T, Y = P, P - dt.timedelta(days=1)
R, D, M, MO, A, I_ = "rocket attack", "drone attack", "missile attack", "mortar attack", "airstrike", "interception"
RM = (R, M)
ANY = None
# (id, lang, text, [(type(s), target names, day, count), ...]) -- one tuple per named site
ITEMS = [
# ---------------- Arabic ----------------
("ar_three_statements_hours", "ar",
 "أعلنت المقاومة الإسلامية في بيان أن مجاهديها استهدفوا عند الساعة 09:40 من صباح اليوم ثكنة زرعيت بصاروخ موجه. "
 "وأعلنت في بيان ثان أنها قصفت عند الساعة 13:10 مستعمرة كريات شمونة بصلية صاروخية. "
 "كما أعلنت في بيان ثالث استهداف مستعمرة المطلة بطائرة مسيرة انقضاضية عند الساعة 17:25.",
 [(RM, ("زرعيت", "ثكنة زرعيت"), T, None), (R, ("كريات شمونة",), T, None), (D, ("المطلة",), T, 1)]),
("ar_spokesman_two_ops_total", "ar",
 "وقال المتحدث العسكري باسم القوات المسلحة اليمنية إن القوات نفذت عمليتين عسكريتين: الأولى استهدفت هدفا عسكريا في منطقة "
 "أم الرشراش بصاروخ باليستي، والثانية استهدفت مطار بن غوريون في منطقة يافا بثلاث طائرات مسيرة، ليبلغ مجموع المسيرات المستخدمة في العمليتين ثلاثا.",
 [(M, ("أم الرشراش", "إيلات"), None, 1), (D, ("مطار بن غوريون", "بن غوريون", "يافا", "تل أبيب"), None, 3)]),
("ar_daily_tally", "ar",
 "واستهدف حزب الله ظهر اليوم مستعمرة شلومي بالصواريخ، ومستعمرة دوفيف بقذائف المدفعية. "
 "وبذلك يرتفع عدد العمليات التي نفذها الحزب منذ صباح اليوم إلى تسع عمليات.",
 [(R, ("شلومي",), T, None), (ANY, ("دوفيف",), T, None)]),
("ar_region_beside_sites", "ar",
 "قصفت المقاومة الإسلامية مستعمرة المالكية بصلية صاروخية، ومستعمرة المنارة بقذائف المدفعية، واستهدفت تجمعات لجنود العدو في منطقة إصبع الجليل.",
 [(R, ("المالكية",), None, None), (ANY, ("المنارة",), None, None)]),
("ar_swarm_base", "ar",
 "أعلنت المقاومة الإسلامية في العراق أنها هاجمت بسرب من الطائرات المسيرة قاعدة عين الأسد في محافظة الأنبار فجر اليوم.",
 [(D, ("عين الأسد", "قاعدة عين الأسد"), T, None)]),
("ar_salvo_each", "ar",
 "واستهدف مقاتلو الحزب بصلية صاروخية مدينة صفد، وبصلية أخرى مدينة طبريا مساء اليوم.",
 [(R, ("صفد",), T, None), (R, ("طبريا",), T, None)]),
("ar_hypersonic", "ar",
 "أعلن المتحدث العسكري للحوثيين استهداف منطقة يافا المحتلة بصاروخ باليستي فرط صوتي، مؤكدا أن الصاروخ أصاب هدفه.",
 [(M, ("يافا", "تل أبيب"), None, 1)]),
("ar_named_ship_vs_port", "ar",
 "أعلنت القوات المسلحة اليمنية استهداف السفينة ماجيك سيز في البحر الأحمر بزورقين مسيرين وخمسة صواريخ مجنحة، واستهداف ميناء حيفا بطائرة مسيرة.",
 [(D, ("حيفا", "ميناء حيفا"), None, 1)]),
("ar_ship_gulf_then_port", "ar",
 "استهدفت القوات البحرية السفينة توتور في خليج عدن بصاروخين بحريين، كما استهدفت ميناء إيلات بثلاث طائرات مسيرة.",
 [(D, ("إيلات", "ميناء إيلات"), None, 3), (None, ("Gulf of Aden",), None, 2)]),
("ar_two_statements_iraq", "ar",
 "أعلنت المقاومة الإسلامية في العراق في بيان أنها استهدفت بطائرة مسيرة هدفا حيويا في إيلات. "
 "وفي بيان آخر، أعلنت استهداف قاعدة حرير في أربيل بطائرتين مسيرتين.",
 [(D, ("إيلات",), None, 1), (D, ("حرير", "قاعدة حرير"), None, 2)]),
("ar_yesterday_today", "ar",
 "وقال الحزب إن مقاتليه استهدفوا مساء أمس مستعمرة كفرجلعادي بصواريخ الكاتيوشا، واستهدفوا فجر اليوم ثكنة برانيت بطائرة مسيرة.",
 [(R, ("كفرجلعادي", "كفر جلعادي"), Y, None), (D, ("برانيت", "ثكنة برانيت"), T, 1)]),
("ar_three_ops_ordinals", "ar",
 "ونفذ الحزب ثلاث عمليات: الأولى عند الساعة السادسة صباحا على مستعمرة المنارة بالصواريخ، والثانية على ثكنة زرعيت بقذائف المدفعية، "
 "والثالثة على مستعمرة شلومي بطائرة مسيرة.",
 [(R, ("المنارة",), None, None), (ANY, ("زرعيت", "ثكنة زرعيت"), None, None), (D, ("شلومي",), None, 1)]),
("ar_region_only_then_city", "ar",
 "واستهدفت المقاومة بصليات صاروخية منطقة الجليل الغربي، كما قصفت مدينة نهاريا بصواريخ الكاتيوشا.",
 [(R, ("نهاريا",), None, None)]),
("ar_missiles_and_drones_two_cities", "ar",
 "وأعلن الحوثيون إطلاق صاروخين باليستيين على مدينة بئر السبع، وأربع طائرات مسيرة على مدينة عسقلان.",
 [(M, ("بئر السبع",), None, 2), (D, ("عسقلان",), None, 4)]),
("ar_dual_bases", "ar",
 "أعلنت فصائل عراقية مسلحة استهداف قاعدتي التنف والشدادي بطائرات مسيرة.",
 [(D, ("التنف", "قاعدة التنف"), None, None), (D, ("الشدادي", "قاعدة الشدادي"), None, None)]),
("ar_interceptions_two_cities", "ar",
 "أعلن التحالف اعتراض وتدمير صاروخ باليستي أطلق باتجاه نجران، وطائرتين مسيرتين مفخختين أطلقتا باتجاه خميس مشيط.",
 [((I_, M), ("نجران",), None, 1), ((I_, D), ("خميس مشيط",), None, 2)]),
("ar_raids_counts_each", "ar",
 "شن الطيران الأمريكي البريطاني ثلاث غارات على مطار صنعاء، وغارتين على ميناء رأس عيسى، وغارة على مديرية باجل.",
 [(A, ("مطار صنعاء", "صنعاء"), None, None), (A, ("رأس عيسى", "ميناء رأس عيسى"), None, None), (A, ("باجل",), None, None)]),
("ar_spokesman_weapon_first", "ar",
 "وقال المتحدث إن القوة الصاروخية نفذت ثلاث عمليات: الأولى بصاروخ باليستي على ميناء إيلات، والثانية بصاروخ مجنح على هدف في حيفا، "
 "والثالثة بسرب من المسيرات على أهداف في عسقلان.",
 [(M, ("إيلات", "ميناء إيلات"), None, 1), (M, ("حيفا",), None, 1), (D, ("عسقلان",), None, None)]),
("ar_tally_then_last", "ar",
 "وارتفع عدد العمليات التي أعلنها حزب الله اليوم إلى سبع، آخرها استهداف مستعمرة أفيفيم بصاروخ موجه.",
 [(RM, ("أفيفيم",), T, None)]),
("ar_two_groups_statements", "ar",
 "وأعلنت سرايا القدس في بيان قصف مدينة عسقلان برشقات صاروخية، فيما أعلنت كتائب القسام في بيان منفصل قصف مدينة سديروت بقذائف الهاون.",
 [(R, ("عسقلان",), None, None), (MO, ("سديروت",), None, None)]),
("ar_hours_two_statements", "ar",
 "وقال حزب الله إنه قصف مستعمرة المطلة عند الساعة 11:00 بالأسلحة الصاروخية. وبعد ساعتين أعلن استهداف مستعمرة مرغليوت بطائرة مسيرة.",
 [(R, ("المطلة",), None, None), (D, ("مرغليوت",), None, 1)]),
("ar_raids_towns_then_sector", "ar",
 "شنت الطائرات الحربية الإسرائيلية غارات على بلدتي عيتا الشعب وكفركلا، فيما قصفت المدفعية القطاع الشرقي من جنوب لبنان.",
 [(A, ("عيتا الشعب",), None, None), (A, ("كفركلا", "كفر كلا"), None, None)]),
("ar_weapon_first_items", "ar",
 "واستهدف المقاتلون بطائرة مسيرة ثكنة زرعيت، وبالصواريخ مستعمرة شلومي عصر اليوم.",
 [(D, ("زرعيت", "ثكنة زرعيت"), T, 1), (R, ("شلومي",), T, None)]),
("ar_own_projectiles_towards", "ar",
 "أطلقت الفصائل ثلاثة صواريخ على قاعدة عين الأسد فجر اليوم، وطائرتين مسيرتين باتجاه قاعدة حرير.",
 [(RM, ("عين الأسد", "قاعدة عين الأسد"), T, 3), (D, ("حرير", "قاعدة حرير"), T, 2)]),
("ar_artillery_fronted", "ar",
 "وقصف جيش الاحتلال بلدة الخيام بقذائف الهاون صباح اليوم، وبالمدفعية الثقيلة بلدة كفركلا.",
 [(MO, ("الخيام",), T, None), (ANY, ("كفركلا", "كفر كلا"), T, None)]),
("ar_second_weapon_same_site", "ar",
 "استهدفت المقاومة مستعمرة المطلة بصلية صاروخية، وبصواريخ موجهة أصابت دبابة ميركافا.",
 [(RM, ("المطلة",), None, None)]),
("ar_later_item", "ar",
 "وأعلنت المقاومة الإسلامية في العراق أنها استهدفت بطائرة مسيرة قاعدة عين الأسد صباح اليوم، وفي وقت لاحق هاجمت قاعدة حرير بطائرتين مسيرتين.",
 [(D, ("عين الأسد", "قاعدة عين الأسد"), T, 1), (D, ("حرير", "قاعدة حرير"), T, 2)]),
# ---------------- English ----------------
("en_repeated_preposition", "en",
 "The Islamic Resistance in Iraq said it had fired rockets against the Ain al-Asad base, against Harir and against al-Tanf on Monday.",
 [(R, ("Ain al-Asad", "Ain al-Asad base"), None, None), (R, ("Harir",), None, None), (R, ("al-Tanf", "Tanf"), None, None)]),
("en_separate_statements_later", "en",
 "In separate statements, the group said it had targeted the Zarit barracks with guided missiles and, later, a gathering "
 "of soldiers near Metula with an attack drone.",
 [(RM, ("Zarit", "Zarit barracks"), None, None), (D, ("Metula",), None, 1)]),
("en_two_ops_first_second", "en",
 "The Houthi military spokesman said forces had carried out two operations: the first hit the port of Haifa with a drone "
 "and the second struck a target in Beersheba with a ballistic missile.",
 [(D, ("Haifa", "port of Haifa"), None, 1), (M, ("Beersheba",), None, 1)]),
("en_named_ship_vs_port", "en",
 "The Houthis said they attacked the Liberian-flagged vessel Eternity C in the Red Sea and launched three drones at the port of Eilat.",
 [(D, ("Eilat", "port of Eilat"), None, 3), (None, ("Red Sea",), None, None)]),
("en_region_beside_sites", "en",
 "Hezbollah said it fired rockets at Kiryat Shmona and Safed and shelled Israeli positions across the Upper Galilee.",
 [(R, ("Kiryat Shmona",), None, None), (R, ("Safed",), None, None)]),
("en_tally", "en",
 "Hezbollah said it struck the Metula settlement with a drone on Wednesday, bringing the number of its operations that day to eight.",
 [(D, ("Metula",), T, 1)]),
("en_two_items_own_day_part", "en",
 "Iraqi factions said they launched a drone at Eilat early on Tuesday and fired a salvo of rockets at the Harir base in Erbil on Tuesday night.",
 [(D, ("Eilat",), Y, 1), (R, ("Harir", "Harir base"), Y, None)]),
# ---------------- French ----------------
("fr_trois_communiques", "fr",
 "Dans trois communiqués distincts, le Hezbollah a affirmé avoir visé Metula avec des roquettes, Kiryat Shmona avec un drone "
 "et la caserne de Zarit avec des missiles guidés.",
 [(R, ("Metula",), None, None), (D, ("Kiryat Shmona",), None, 1), (M, ("Zarit",), None, None)]),
("fr_deux_operations", "fr",
 "Les Houthis ont affirmé avoir mené deux opérations : la première contre le port d'Eilat avec un missile balistique, "
 "la seconde contre Jaffa avec deux drones.",
 [(M, ("Eilat", "port d'Eilat"), None, 1), (D, ("Jaffa",), None, 2)]),
("fr_navire_vs_port", "fr",
 "Les rebelles ont dit avoir attaqué le cargo Tutor en mer Rouge et tiré un missile sur le port de Haïfa.",
 [(M, ("Haïfa", "Haifa", "port de Haïfa"), None, 1)]),
("fr_region_beside_sites", "fr",
 "Le Hezbollah a dit avoir tiré des roquettes sur Nahariya et Safed, ainsi que sur des positions dans le nord d'Israël.",
 [(R, ("Nahariya",), None, None), (R, ("Safed",), None, None)]),
("fr_repeated_preposition", "fr",
 "Les Houthis ont revendiqué des tirs de missiles vers Eilat, vers Ashkelon et vers Beersheba dans la nuit.",
 [(M, ("Eilat",), None, None), (M, ("Ashkelon",), None, None), (M, ("Beersheba", "Beer-Sheva"), None, None)]),
("fr_hours_each", "fr",
 "Le groupe a visé Shlomi à 10 heures avec des roquettes, puis Metula à 15 heures avec un drone.",
 [(R, ("Shlomi",), None, None), (D, ("Metula",), None, 1)]),
]

XFAIL = {
    "ar_named_ship_vs_port": "a ship at sea first ('السفينة X في البحر الأحمر'): its target-less frame is filled by the next "
                             "item (the port), which takes the ship's weapon and count",
    "en_two_items_own_day_part": "'launched a drone at X ... and fired a salvo at Y' (no comma): one clause, so the "
                                 "article count of 'a drone' is dropped as the whole strike's",
}


def _problems(item):
    return listed_site_problems(item, P)


def _param(item):
    marks = [pytest.mark.xfail(reason=XFAIL[item[0]], strict=False)] if item[0] in XFAIL else []
    return pytest.param(item, id=item[0], marks=marks)


@needs_data
@pytest.mark.parametrize("item", [_param(it) for it in ITEMS])
def test_one_event_per_listed_site(item):
    assert _problems(item) == []
