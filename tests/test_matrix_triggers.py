"""Coverage matrix for attack words: verbs, nouns, voices and weapon words in English, French and Arabic.

Every cell is a short invented report that names ONE struck place and asks for exactly one event of the right
type there (tests/ANNOTATION.md "Types"). The matrix crosses the wordings wire copy uses for an attack (active
verb, passive, nominal "an attack on X", "X came under fire") with weapon words (rocket, missile, drone, mortar,
IED, aircraft) and with two places per language, so that a failure shared by many cells points at a cause and not
at a passage. NEGATIVE cells (threats, drills, attack helicopters landing, condemnations, police raids)
must make no event at all.

Cells the extractor does not read yet are strict xfails with a one-line reason, so that a fix shows up as an
XPASS to be promoted. Run this module as a script to print the pass rate per language:
``python tests/test_matrix_triggers.py``.
"""
from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
PUBLISHED = dt.date(2024, 4, 17)

# Struck places per language: (name as written, (lat, lon)). Two per language, in different countries and wars,
# so that a cell passing for one and failing for the other shows a gazetteer gap, not a wording gap.
PLACES = {
    "en": [("Kharkiv", (49.993, 36.231)), ("Kirkuk", (35.468, 44.392))],
    "fr": [("Kharkiv", (49.993, 36.231)), ("Gao", (16.272, -0.044))],
    "ar": [("كركوك", (35.468, 44.392)), ("مأرب", (15.462, 45.325))],
}
# A number word per place slot, so counts vary across cells (the count itself is not what this matrix checks).
NUMBERS = {"en": ["three", "five"], "fr": ["trois", "cinq"], "ar": ["ثلاثة", "خمسة"]}

# (template id, language, template, expected type). {p} is the place, {n} a number word.
POSITIVE = [
    # -- English: active verbs ---------------------------------------------------------------------------------------
    ("pounded-artillery", "en", "Russian forces pounded {p} with artillery on Monday, killing {n} civilians, the "
     "regional governor said.", "attack"),
    ("shelled", "en", "Troops shelled {p} overnight, wounding {n} people, officials said on Monday.", "attack"),
    ("bombarded-rockets", "en", "Government forces bombarded {p} with rockets on Monday, the local council said.",
     "rocket attack"),
    ("raided-warplanes", "en", "Warplanes raided {p} on Monday, killing {n} fighters, a monitoring group said.",
     "airstrike"),
    ("rained-down", "en", "Rockets rained down on {p} on Monday, wounding {n} residents, police said.",
     "rocket attack"),
    ("slammed-into", "en", "A missile slammed into an apartment block in {p} on Monday, killing {n} people, "
     "rescuers said.", "missile attack"),
    ("crashed-into", "en", "A drone crashed into a warehouse in {p} on Monday, starting a fire, the emergency "
     "service said.", "drone attack"),
    ("exploded-near", "en", "A rocket exploded near a market in {p} on Monday, wounding {n} shoppers, medics said.",
     "rocket attack"),
    ("targeted-missile", "en", "A ballistic missile targeted {p} on Monday, the military said, adding that nobody "
     "was hurt.", "missile attack"),
    ("hit-rockets", "en", "Militants fired {n} rockets that hit {p} on Monday, the army said.", "rocket attack"),
    ("grad-salvo", "en", "A Grad salvo hit {p} on Monday, wounding {n} people, the mayor said.", "rocket attack"),
    ("mortar-landed", "en", "Mortar rounds landed in {p} on Monday, wounding {n} people, security sources said.",
     "mortar attack"),
    ("kamikaze-drone", "en", "A kamikaze drone hit a power substation in {p} on Monday, the energy ministry said.",
     "drone attack"),
    ("loitering-munition", "en", "A loitering munition struck a checkpoint in {p} on Monday, killing {n} "
     "soldiers, the army said.", "drone attack"),
    ("one-way-drone", "en", "A one-way attack drone hit a fuel depot in {p} on Monday, officials said.",
     "drone attack"),
    ("uav-attacked", "en", "A UAV attacked a military base in {p} on Monday, causing no casualties, the coalition "
     "said.", "drone attack"),
    ("roadside-bomb", "en", "A roadside bomb went off in {p} on Monday, killing {n} soldiers, police said.", "IED attack"),
    ("ied-exploded", "en", "An IED exploded next to a patrol in {p} on Monday, wounding {n} troops, the army said.",
     "IED attack"),
    ("car-bomb", "en", "A car bomb exploded outside a police station in {p} on Monday, killing {n} people, "
     "officials said.", "IED attack"),
    # -- English: passive and nominal ---------------------------------------------------------------------------------
    ("came-under-rocket-fire", "en", "{p} came under rocket fire on Monday, the regional administration said, "
     "reporting {n} wounded.", "rocket attack"),
    ("was-shelled", "en", "{p} was shelled on Monday morning, leaving {n} people wounded, the governor said.",
     "attack"),
    ("was-hit-by-missile", "en", "{p} was hit by a cruise missile on Monday, the air force said.",
     "missile attack"),
    ("drone-strike-on", "en", "A drone strike on {p} killed {n} militants on Monday, security officials said.",
     "drone attack"),
    ("missile-attack-on", "en", "A missile attack on {p} on Monday killed {n} people, the governor said.",
     "missile attack"),
    ("shelling-of", "en", "The shelling of {p} on Monday killed {n} civilians, local authorities said.", "attack"),
    ("struck-by-drones", "en", "{p} was struck by {n} explosive-laden drones overnight, the regional governor "
     "said on Monday.", "drone attack"),
    ("targeted-by-drones", "en", "A power plant in {p} was targeted by drones on Monday, causing a blackout, "
     "officials said.", "drone attack"),
    ("rocket-attack-on", "en", "A rocket attack on {p} on Monday wounded {n} people, the police said.",
     "rocket attack"),
    ("airstrike-on", "en", "An airstrike on {p} on Monday killed {n} fighters, a war monitor said.", "airstrike"),
    ("warplanes-struck", "en", "Warplanes struck {p} on Monday, killing {n} people, medics said.", "airstrike"),
    ("shells-rained", "en", "Artillery shells rained on {p} on Monday, wounding {n} residents, the mayor said.",
     "attack"),
    ("rocked-by-explosions", "en", "{p} was rocked by explosions on Monday after a missile strike, the governor "
     "said, reporting {n} wounded.", "missile attack"),
    ("shahed-hit", "en", "Shahed drones hit energy facilities in {p} on Monday, the grid operator said.",
     "drone attack"),
    ("barrage-fired-at", "en", "A barrage of rockets was fired at {p} on Monday, wounding {n} people, the army "
     "said.", "rocket attack"),
    ("came-under-drone-attack", "en", "{p} came under drone attack on Monday, the local administration said, "
     "reporting {n} wounded.", "drone attack"),
    # -- English: a weapon named by its model, and how the attack was ---------------------------------------------------
    ("model-shahed", "en", "A Shahed slammed into a residential building in {p} on Monday, injuring {n} people, "
     "officials said.", "drone attack"),
    ("model-iskanders", "en", "Two Iskanders hit {p} on Monday, killing {n} people, the governor said.",
     "missile attack"),
    ("model-qassam", "en", "A Qassam landed in an open field near {p} on Monday, causing no injuries, police said.",
     "rocket attack"),
    ("model-bayraktar", "en", "A Bayraktar struck a convoy near {p} on Monday, killing {n} fighters.", "drone attack"),
    ("model-scud", "en", "A Scud slammed into {p} on Monday, killing {n} people.", "missile attack"),
    ("unmanned-aircraft", "en", "An unmanned aircraft crashed into a hangar in {p} on Monday, the army said.",
     "drone attack"),
    ("heavy-shelling", "en", "Heavy shelling hit {p} on Monday, killing {n} people, residents said.", "attack"),
    ("intense-bombardment", "en", "Intense bombardment pounded {p} overnight, wounding {n} people, the governor said "
     "on Monday.", "attack"),
    ("hammered-by", "en", "{p} was hammered by airstrikes on Monday, killing {n} people, rescuers said.", "airstrike"),
    ("strafed", "en", "Jets strafed a convoy near {p} on Monday, killing {n} fighters, a monitor said.", "airstrike"),
    ("detonated-explosives", "en", "Gunmen detonated explosives outside a checkpoint in {p} on Monday, killing {n} "
     "policemen.", "IED attack"),
    ("suffered-attack", "en", "{p} suffered a drone attack on Monday, the mayor said, with {n} people hurt.",
     "drone attack"),
    ("jets-raided-outskirts", "en", "Israeli jets raided the outskirts of {p} on Monday, killing {n} people, "
     "medics said.", "airstrike"),
    ("raided-by-warplanes", "en", "{p} was raided by warplanes on Monday, a war monitor said.", "airstrike"),
    ("came-under-heavy-shelling", "en", "{p} came under heavy shelling on Monday, the regional governor said.",
     "attack"),
    ("car-bomb-went-off", "en", "A car bomb went off near a checkpoint in {p} on Monday, wounding {n} people.",
     "IED attack"),
    ("destroyed-by-air-defence", "en", "{n} drones were destroyed by air defence systems over {p} on Monday, the "
     "defence ministry said.", "interception"),
    ("destroyed-safe-distance", "en", "Drones heading for {p} were destroyed at a safe distance on Monday, the "
     "ministry said.", "interception"),
    ("unmanned-aircraft-missile", "en", "An unmanned aircraft fired a missile at a car in {p} on Monday, killing {n} "
     "people.", "drone attack"),
    ("drone-fired-missile", "en", "A drone fired a missile at a car in {p} on Monday, killing {n} people.",
     "drone attack"),
    ("possessive-infrastructure", "en", "Drones attacked {p}'s energy infrastructure on Monday, officials said.",
     "drone attack"),
    ("possessive-station", "en", "A missile struck {p}'s railway station on Monday, killing {n} people.",
     "missile attack"),
    ("downtown", "en", "A rocket hit a school in downtown {p} on Monday, police said.", "rocket attack"),
    ("artillery-bombing", "en", "The artillery bombing of {p} on Monday killed {n} civilians, the governor said.",
     "attack"),
    # -- French -------------------------------------------------------------------------------------------------------
    ("a-subi", "fr", "{p} a subi lundi d'intenses bombardements d'artillerie, qui ont fait {n} morts.", "attack"),
    ("ont-atteint", "fr", "Des tirs de roquettes ont atteint {p} lundi, faisant {n} blessés.", "rocket attack"),
    ("a-essuye-attaque", "fr", "{p} a essuyé lundi une attaque de missiles, selon les autorités.", "missile attack"),
    ("percute", "fr", "Un drone a percuté lundi un immeuble à {p}, blessant {n} personnes.", "drone attack"),
    ("drone-a-tire", "fr", "Un drone a tiré un missile sur une voiture à {p} lundi, tuant {n} personnes.",
     "drone attack"),
    ("tire-par-drone", "fr", "Un missile tiré par un drone a touché lundi un véhicule à {p}, selon l'armée.",
     "drone attack"),
    ("modele-shahed", "fr", "Un Shahed s'est écrasé lundi sur un immeuble de {p}, faisant {n} blessés.",
     "drone attack"),
    ("modele-iskander", "fr", "Deux Iskander ont frappé {p} lundi, tuant {n} personnes.", "missile attack"),
    ("frappee-par-missiles", "fr", "{p} a été frappée lundi par {n} missiles, selon le gouverneur.",
     "missile attack"),
    ("attaque-de-drones-contre", "fr", "Une attaque de drones contre {p} a fait {n} blessés lundi, selon les "
     "autorités.", "drone attack"),
    ("cible-de-tirs", "fr", "{p} a été la cible de tirs de roquettes lundi, selon l'armée, qui n'a signalé aucune "
     "victime.", "rocket attack"),
    ("essuye-mortier", "fr", "Un poste de l'armée a essuyé lundi des tirs de mortier à {p}, faisant {n} blessés.",
     "mortar attack"),
    ("drone-kamikaze-ecrase", "fr", "Un drone kamikaze s'est écrasé lundi sur un immeuble de {p}, faisant {n} "
     "blessés.", "drone attack"),
    ("roquettes-abattues", "fr", "Des roquettes se sont abattues lundi sur {p}, selon les secours, qui font état de "
     "{n} blessés.", "rocket attack"),
    ("frappe-aerienne", "fr", "Une frappe aérienne a visé lundi {p}, tuant {n} combattants, selon une ONG.",
     "airstrike"),
    ("bombardement-de", "fr", "Le bombardement de {p} par l'artillerie a tué {n} civils lundi, selon les autorités.",
     "attack"),
    ("pilonne", "fr", "Les forces russes ont pilonné {p} lundi, tuant {n} civils, selon le gouverneur régional.",
     "attack"),
    ("a-ete-pilonnee", "fr", "{p} a été pilonnée lundi par l'artillerie, faisant {n} blessés, selon les autorités.",
     "attack"),
    ("bombarde-roquettes", "fr", "L'armée a bombardé {p} à coups de roquettes lundi, selon une ONG locale.",
     "rocket attack"),
    ("abattu-sur", "fr", "Une pluie de roquettes s'est abattue lundi sur {p}, faisant {n} blessés, selon la police.",
     "rocket attack"),
    ("essuye-des-tirs", "fr", "Une patrouille a essuyé des tirs de roquettes lundi à {p}, selon l'état-major.",
     "rocket attack"),
    ("vise-par-drone", "fr", "Un camp militaire de {p} a été visé lundi par un drone, sans faire de victimes, selon "
     "l'armée.", "drone attack"),
    ("frappe-de-drone", "fr", "Une frappe de drone a tué {n} combattants lundi à {p}, selon des sources sécuritaires.",
     "drone attack"),
    ("obus-de-mortier", "fr", "Des obus de mortier sont tombés lundi sur {p}, blessant {n} personnes, selon la "
     "police.", "mortar attack"),
    ("engin-explosif", "fr", "Un engin explosif improvisé a explosé lundi au passage d'un convoi à {p}, tuant {n} "
     "soldats.", "IED attack"),
    ("voiture-piegee", "fr", "Une voiture piégée a explosé lundi devant un commissariat à {p}, tuant {n} personnes.",
     "IED attack"),
    ("tir-de-roquettes", "fr", "Un tir de roquettes a visé lundi {p}, sans faire de victimes, selon les autorités.",
     "rocket attack"),
    ("missile-abattu", "fr", "Un missile de croisière s'est abattu lundi sur {p}, tuant {n} personnes, selon les "
     "secours.", "missile attack"),
    # -- Arabic -------------------------------------------------------------------------------------------------------
    ("qasafa", "ar", "قصفت القوات الحكومية مدينة {p} بالمدفعية يوم الاثنين ما أدى إلى مقتل {n} مدنيين.", "attack"),
    ("istahdafa-drone", "ar", "استهدفت طائرة مسيرة موقعا عسكريا في {p} يوم الاثنين دون وقوع إصابات.",
     "drone attack"),
    ("dakka", "ar", "دكّت المدفعية أحياء {p} يوم الاثنين، وفق مصادر محلية.", "attack"),
    ("saqatat-qadhaif", "ar", "سقطت قذائف صاروخية على {p} يوم الاثنين، ما أسفر عن إصابة {n} أشخاص.",
     "rocket attack"),
    ("taarradat-hujum", "ar", "تعرضت قاعدة عسكرية في {p} لهجوم بطائرات مسيرة يوم الاثنين، بحسب مصدر أمني.",
     "drone attack"),
    ("talat", "ar", "طالت الصواريخ أحياء سكنية في {p} يوم الاثنين، ما أدى إلى إصابة {n} مدنيين.", "rocket attack"),
    ("ghara", "ar", "شنت طائرات حربية غارة على {p} يوم الاثنين أسفرت عن مقتل {n} مسلحين.", "airstrike"),
    ("musayyara-intihariya", "ar", "هاجمت مسيّرة انتحارية محطة كهرباء في {p} يوم الاثنين، وفق السلطات.",
     "drone attack"),
    ("ubwa-nasifa", "ar", "انفجرت عبوة ناسفة بدورية للجيش في {p} يوم الاثنين، ما أدى إلى مقتل {n} جنود.", "IED attack"),
    ("sayyara-mufakhkhakha", "ar", "انفجرت سيارة مفخخة أمام مركز للشرطة في {p} يوم الاثنين، ما أسفر عن مقتل {n} "
     "أشخاص.", "IED attack"),
    ("hawn", "ar", "سقطت قذائف هاون على {p} يوم الاثنين، ما أدى إلى إصابة {n} أشخاص.", "mortar attack"),
    ("grad", "ar", "أطلق مسلحون صواريخ غراد على {p} يوم الاثنين دون وقوع إصابات.", "rocket attack"),
    ("taarradat-qasf", "ar", "تعرضت {p} لقصف صاروخي يوم الاثنين أسفر عن إصابة {n} مدنيين.", "rocket attack"),
    ("ustuhdifat", "ar", "استُهدفت {p} بطائرة مسيرة يوم الاثنين، دون أنباء عن إصابات.", "drone attack"),
    ("hujum-bi-musayyara", "ar", "أسفر هجوم بطائرة مسيرة على {p} يوم الاثنين عن مقتل {n} أشخاص.",
     "drone attack"),
    ("qasf-madfai", "ar", "أدى قصف مدفعي على {p} يوم الاثنين إلى مقتل {n} مدنيين.", "attack"),
    ("suqut-sarukh", "ar", "أفادت مصادر محلية بسقوط صاروخ في {p} يوم الاثنين دون وقوع إصابات.", "rocket attack"),
    ("ghara-jawiya", "ar", "قتل {n} مسلحين في غارة جوية استهدفت {p} يوم الاثنين.", "airstrike"),
    ("infijar-musayyara", "ar", "انفجرت طائرة مسيرة مفخخة في {p} يوم الاثنين، ما أدى إلى إصابة {n} أشخاص.",
     "drone attack"),
    ("majhulat-al-masdar", "ar", "سقطت طائرة مسيرة مجهولة المصدر على سوق في {p} يوم الاثنين ما أدى إلى إصابة {n} "
     "أشخاص.", "drone attack"),
    ("cruise-ar", "ar", "أصاب صاروخ كروز مبنى في {p} يوم الاثنين، بحسب الدفاع المدني.", "missile attack"),
    ("bidun-tayyar", "ar", "هاجمت طائرات بدون طيار {p} يوم الاثنين دون وقوع إصابات.", "drone attack"),
    ("hazza", "ar", "هز انفجار عنيف {p} يوم الاثنين، ما أدى إلى إصابة {n} أشخاص.", "attack"),
    ("talat-ghara", "ar", "طالت الغارات الجوية {p} يوم الاثنين، وفق مصادر محلية.", "airstrike"),
    ("sarukh-majhul", "ar", "سقط صاروخ مجهول المصدر في {p} يوم الاثنين دون وقوع إصابات.", "rocket attack"),
    ("dun-anba", "ar", "سقطت قذائف صاروخية على {p} يوم الاثنين دون ورود أنباء عن إصابات.", "rocket attack"),
    ("shannat-musayyara", "ar", "شنت مسيّرة هجوما على {p} يوم الاثنين أسفر عن إصابة {n} أشخاص.", "drone attack"),
    ("musayyara-istahdafat", "ar", "قالت مصادر محلية إن مسيرة استهدفت سيارة في {p} يوم الاثنين.", "drone attack"),
    ("ballistic-ar", "ar", "استهدف صاروخ باليستي {p} يوم الاثنين، بحسب بيان عسكري.", "missile attack"),
]

# (template id, language, template): reports that name a place and an attack-ish word but tell no attack.
NEGATIVE = [
    ("threat", "en", "The group's leader vowed on Monday to strike {p} if the offensive continued."),
    ("drill", "en", "The army held a drill on Monday in {p} simulating a rocket attack, the ministry said."),
    ("attack-helicopters", "en", "Two attack helicopters landed at {p} airport on Monday for a scheduled "
     "exercise."),
    ("condemned", "en", "The UN envoy, speaking in {p} on Monday, condemned the attack and called for restraint."),
    ("police-raids", "en", "Police raids on smuggling networks in {p} led to {n} arrests on Monday."),
    ("parade", "en", "Missiles and attack drones were paraded through {p} on Monday to mark the national day."),
    ("factory", "en", "A drone factory opened in {p} on Monday, creating {n} hundred jobs, the governor said."),
    ("salon", "fr", "Des drones armés ont été exposés lundi lors d'un salon de l'armement à {p}."),
    ("addressing-reporters", "en", "Addressing reporters in {p} on Monday, the minister condemned the attack on "
     "the embassy."),
    ("dawn-raids", "en", "Dawn raids on homes in {p} on Monday netted {n} suspects, the police said."),
    ("attack-jets-landed", "en", "Four attack jets landed at {p} air base on Monday after a training flight."),
    ("air-raid-sirens", "en", "Air raid sirens sounded across {p} on Monday, officials said."),
    ("air-raid-alert", "en", "An air raid alert was declared in {p} on Monday evening and lifted an hour later."),
    ("sirenes", "fr", "Les sirènes d'alerte aérienne ont retenti lundi à {p}, sans qu'aucune explosion soit signalée."),
    ("menace", "fr", "Le chef du groupe a menacé lundi de frapper {p} si l'offensive se poursuivait."),
    ("exercice", "fr", "L'armée a mené lundi à {p} un exercice simulant une attaque de roquettes, selon le "
     "ministère."),
    ("condamne", "fr", "L'émissaire de l'ONU, en visite lundi à {p}, a condamné l'attaque et appelé à la retenue."),
    ("descentes", "fr", "Des descentes de police contre des réseaux de contrebande à {p} ont conduit lundi à {n} "
     "interpellations."),
    ("hadda", "ar", "هدد قائد الجماعة يوم الاثنين بقصف {p} إذا استمر الهجوم."),
    ("munawara", "ar", "أجرى الجيش يوم الاثنين مناورة في {p} تحاكي التصدي لهجوم صاروخي."),
    ("adana", "ar", "أدان المبعوث الأممي خلال زيارته {p} يوم الاثنين الهجوم ودعا إلى ضبط النفس."),
    ("istirad", "ar", "شارك عرض عسكري في {p} يوم الاثنين بصواريخ وطائرات مسيرة احتفالا بالعيد الوطني."),
    ("safarat", "ar", "دوت صفارات الإنذار في {p} يوم الاثنين دون ورود أنباء عن سقوط صواريخ."),
    ("masira", "ar", "خرجت مسيرة حاشدة في {p} يوم الاثنين تنديدا بالقصف."),
    ("mudahamat", "ar", "نفذت الشرطة يوم الاثنين مداهمات ضد شبكات التهريب في {p} أسفرت عن اعتقال {n} أشخاص."),
]

# Cells the extractor does not read yet: (template id, place index or None for both) -> reason.
XFAIL: dict = {
    # the cue "camp militaire de X" asks for a base named X; the gazetteer has none at Gao, so the town is not taken
    ("vise-par-drone", 1): "a 'camp militaire de X' with no base named X in the gazetteer stays unresolved",
}


def _km(a, b):
    (la1, lo1), (la2, lo2) = a, b
    p1, p2, dl, dn = math.radians(la1), math.radians(la2), math.radians(la2 - la1), math.radians(lo2 - lo1)
    h = math.sin(dl / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dn / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _cells():
    """Every (cell id, language, text, point or None, expected type or None, xfail reason or None)."""
    out = []
    for tid, lang, tpl, etype in POSITIVE:
        for i, (name, point) in enumerate(PLACES[lang]):
            text = tpl.format(p=name, n=NUMBERS[lang][i])
            reason = XFAIL.get((tid, i)) or XFAIL.get((tid, None))
            out.append((f"{lang}-{tid}-{i}", lang, text, point, etype, reason))
    for tid, lang, tpl in NEGATIVE:
        for i, (name, _point) in enumerate(PLACES[lang]):
            text = tpl.format(p=name, n=NUMBERS[lang][i])
            reason = XFAIL.get((tid, i)) or XFAIL.get((tid, None))
            out.append((f"{lang}-neg-{tid}-{i}", lang, text, None, None, reason))
    return out


def _events(text, lang, gazetteer=None):
    from geo_events.models import Document
    from geo_events.pipeline import process

    return process([Document(doc_id="m", text=text, language=lang, published=PUBLISHED)],
                   gazetteer=gazetteer).events


def _verdict(events, point, etype):
    """None when the cell passes, else a short description of what came out instead."""
    got = [(e.event_type, e.place_name, round(_km((e.place.lat, e.place.lon), point)) if (e.place and point) else None)
           for e in events]
    if point is None:
        return None if not events else f"expected no event, got {got}"
    if len(events) != 1:
        return f"expected one {etype}, got {got}"
    e = events[0]
    if e.place is None or _km((e.place.lat, e.place.lon), point) > 15:
        return f"expected the event at the struck place, got {got}"
    if e.event_type != etype:
        return f"expected type {etype}, got {got}"
    return None


CELLS = _cells()


@pytest.fixture(scope="module")
def gaz(gz):
    if not SHARED.exists():
        pytest.skip(f"{SHARED} is absent: the gazetteer data lives in ../shared/data beside the project")
    return gz


def test_matrix_is_large_and_covers_three_languages():
    """The matrix keeps at least 60 positive cells and negative cells in every language."""
    langs = {c[1] for c in CELLS if c[3] is not None}
    neg_langs = {c[1] for c in CELLS if c[3] is None}
    assert sum(1 for c in CELLS if c[3] is not None) >= 60
    assert langs == neg_langs == {"en", "fr", "ar"}


@pytest.mark.parametrize(
    "cid,lang,text,point,etype",
    [pytest.param(*c[:5], id=c[0], marks=[pytest.mark.xfail(strict=True, reason=c[5])] if c[5] else [])
     for c in CELLS])
def test_cell(cid, lang, text, point, etype, gaz):
    problem = _verdict(_events(text, lang, gaz), point, etype)
    assert problem is None, f"{cid}: {problem}\n  text: {text}"


if __name__ == "__main__":  # pass rate per language, and the failures grouped by template
    from collections import defaultdict

    from geo_events.gazetteer import Gazetteer

    g = Gazetteer.default()
    tally = defaultdict(lambda: [0, 0])
    fails = defaultdict(list)
    for cid, lang, text, point, etype, reason in CELLS:
        problem = _verdict(_events(text, lang, g), point, etype)
        kind = "neg" if point is None else "pos"
        tally[(lang, kind)][1] += 1
        if problem is None:
            tally[(lang, kind)][0] += 1
        else:
            fails[cid.rsplit("-", 1)[0]].append(problem)
    for (lang, kind), (ok, n) in sorted(tally.items()):
        print(f"{lang} {kind}: {ok}/{n}")
    for tid, probs in sorted(fails.items()):
        print(f"FAIL {tid}: {probs[0]}" + (f"  (+{len(probs) - 1})" if len(probs) > 1 else ""))
