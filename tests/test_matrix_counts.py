"""Coverage matrix of projectile counts (session 18): invented short articles built from templates x numbers x
places in English, French and Arabic, each cell run through the extractor.

Conventions (tests/ANNOTATION.md "Counts"): projectiles stated for the site; vague plurals null; one figure
for two places null for both; a part of a salvo no count; launchers, vehicles, distances, dates and tolls are
no count.  An interception told as "N of M" gives the site the M fired (dev gold: "four rockets were launched
... intercepted two of them" is 4).  Templates, places and numbers are written for this matrix.

Run ``python tests/test_matrix_counts.py`` for the pass rate per language and per template.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest

from geo_events.extract import extract
from geo_events.models import Document

PUB = dt.date(2024, 5, 22)  # a Wednesday

_EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
             "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_EN_TENS = {20: "twenty", 30: "thirty", 40: "forty"}
_FR_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
             "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
_FR_TENS = {20: "vingt", 30: "trente", 40: "quarante"}


def en_word(n: int) -> str:
    if n < 20:
        return _EN_UNITS[n]
    t, u = divmod(n, 10)
    return _EN_TENS[t * 10] + ("-" + _EN_UNITS[u] if u else "")


def fr_word(n: int) -> str:
    if n < 20:
        return _FR_UNITS[n]
    t, u = divmod(n, 10)
    return _FR_TENS[t * 10] + ("" if not u else " et un" if u == 1 else "-" + _FR_UNITS[u])


# Arabic: 3-10 agree in reverse gender with a plural noun; 11 and up take a singular accusative noun
_AR_FEM_FORM = {3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة", 8: "ثمانية", 9: "تسعة", 10: "عشرة"}
_AR_MASC_FORM = {3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثماني", 9: "تسع", 10: "عشر"}
_AR_TENS = {20: "عشرين", 30: "ثلاثين", 40: "أربعين"}
_EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# noun: (plural, singular accusative, masculine?)
_AR_NOUNS = {"rocket": ("صواريخ", "صاروخا", True), "katyusha": ("صواريخ كاتيوشا", "صاروخ كاتيوشا", True),
             "shell": ("قذائف هاون", "قذيفة هاون", False), "drone": ("طائرات مسيرة", "طائرة مسيرة", False)}

_AR_DUALS = {"rocket": "صاروخين", "katyusha": "صاروخي كاتيوشا", "shell": "قذيفتي هاون", "drone": "طائرتين مسيرتين"}


def ar_count(n: int, noun: str, style: str) -> str:
    """``n`` projectiles of ``noun`` in Arabic: words (3-10, tens), Western or Eastern digits."""
    plural, single, masc = _AR_NOUNS[noun]
    if n == 2:  # two is the dual, written without a figure
        return _AR_DUALS[noun]
    noun_for = plural if 3 <= n <= 10 else single
    if style == "digits":
        return f"{n} {noun_for}"
    if style == "east":
        return f"{str(n).translate(_EAST)} {noun_for}"
    if 3 <= n <= 10:
        return f"{(_AR_FEM_FORM if masc else _AR_MASC_FORM)[n]} {plural}"
    if n in _AR_TENS:
        return f"{_AR_TENS[n]} {single}"
    return f"{n} {single}"


PLACES = {"en": ["Kirkuk", "Sderot", "Marib", "Erbil", "Jizan"], "fr": ["Kirkouk", "Sdérot", "Marib", "Erbil", "Ashkelon"],
          "ar": ["كركوك", "مأرب", "أربيل", "جازان", "سديروت"]}
SECOND = {"en": "Tuz Khurmatu", "fr": "Touz Khourmatou", "ar": "طوز خورماتو"}
NUMBERS = (2, 3, 5, 7, 9, 10, 12, 20, 25, 40)


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


# A template: (name, lang, builder(n, w, P, Q) -> text, expected(n) -> value or None, uses_number)
# ``w`` is the number as written (alternately words and digits).
T = []


def tpl(name, lang, expect=lambda n: n, numbers=NUMBERS):
    def deco(fn):
        T.append((name, lang, fn, expect, numbers))
        return fn
    return deco


NULL = lambda n: None  # noqa: E731

# ---- English: count before the noun, after it, qualified, later sentence, interception, two sites -----------
tpl("en_n_rockets_hit", "en")(lambda n, w, P, Q: f"{_cap(w)} rockets hit {P} on Tuesday, police said.")
tpl("en_fired_n_katyushas_at", "en")(lambda n, w, P, Q: f"Militants fired {w} Katyusha rockets at {P} on Tuesday, a security source said.")
tpl("en_n_katyushas", "en")(lambda n, w, P, Q: f"{_cap(w)} Katyushas slammed into {P} on Tuesday, a security source said.")
tpl("en_salvo_of_n", "en")(lambda n, w, P, Q: f"A salvo of {w} rockets struck {P} late on Tuesday, officials said.")
tpl("en_rockets_n_of_them", "en")(lambda n, w, P, Q: f"Rockets, {w} of them, slammed into {P} on Tuesday, the mayor said.")
tpl("en_at_least_n_grad", "en")(lambda n, w, P, Q: f"At least {w} Grad rockets hit {P} on Tuesday, the army said.")
tpl("en_up_to_n_drones", "en")(lambda n, w, P, Q: f"Up to {w} drones attacked {P} overnight into Tuesday, the governor said.")
tpl("en_nearly_n_shells", "en")(lambda n, w, P, Q: f"Nearly {w} mortar shells fell on {P} on Tuesday, residents said.")
tpl("en_later_sentence_n_landed", "en")(lambda n, w, P, Q: f"Militants fired rockets at the air base in {P} on Tuesday. {_cap(w)} landed inside the base, an official said.")
tpl("en_passive_hit_by_n", "en")(lambda n, w, P, Q: f"{P} was hit by {w} rockets on Tuesday, the police said.")
tpl("en_n_ballistic_launched_at", "en")(lambda n, w, P, Q: f"The army said {w} ballistic missiles were launched at {P} on Tuesday.")
tpl("en_n_explosive_drones_toward", "en")(lambda n, w, P, Q: f"The rebels launched {w} explosive-laden drones toward {P} on Tuesday, the coalition said.")
tpl("en_barrage_of_n", "en")(lambda n, w, P, Q: f"A barrage of {w} rockets was fired at {P} on Tuesday, the military said.")
tpl("en_n_of_m_shot_down", "en", expect=lambda n: n + 2)(
    lambda n, w, P, Q: f"Air defences shot down {n} of {n + 2} drones launched at {P} on Tuesday, the army said.")
tpl("en_m_fired_n_intercepted", "en", expect=lambda n: n + 3)(
    lambda n, w, P, Q: f"{n + 3} rockets were fired at {P} on Tuesday and {n} of them were intercepted, the army said.")
tpl("en_two_sites_null", "en", expect=NULL)(lambda n, w, P, Q: f"{_cap(w)} rockets hit {P} and {Q} on Tuesday, police said.")
tpl("en_half_a_dozen", "en", expect=lambda n: 6, numbers=(6,))(lambda n, w, P, Q: f"Half a dozen rockets hit {P} on Tuesday, police said.")
tpl("en_a_pair_of_drones", "en", expect=lambda n: 2, numbers=(2,))(lambda n, w, P, Q: f"A pair of drones struck {P} on Tuesday, the governor said.")
tpl("en_twin_missiles", "en", expect=lambda n: 2, numbers=(2,))(lambda n, w, P, Q: f"Twin missiles slammed into {P} on Tuesday, officials said.")
tpl("en_a_dozen", "en", expect=lambda n: 12, numbers=(12,))(lambda n, w, P, Q: f"A dozen rockets hit {P} on Tuesday, police said.")
tpl("en_a_rocket", "en", expect=lambda n: 1, numbers=(1,))(lambda n, w, P, Q: f"A rocket hit {P} on Tuesday, police said.")
tpl("en_m_fired_two_of_which", "en")(lambda n, w, P, Q: f"{_cap(w)} rockets were fired at {P} on Tuesday, one of which was intercepted, the army said.")
tpl("en_came_under_fire_from_n", "en")(lambda n, w, P, Q: f"{P} came under fire from {w} Grad rockets on Tuesday, the police said.")
tpl("en_volley_of_n_missiles", "en")(lambda n, w, P, Q: f"A volley of {w} missiles targeted {P} on Tuesday, the coalition said.")
tpl("en_some_n_rockets", "en")(lambda n, w, P, Q: f"Some {w} rockets hit {P} on Tuesday, the police said.")
tpl("en_more_than_n_drones", "en")(lambda n, w, P, Q: f"More than {w} drones attacked {P} on Tuesday, the governor said.")
tpl("en_n_projectiles", "en")(lambda n, w, P, Q: f"{_cap(w)} projectiles struck {P} on Tuesday, the army said.")
tpl("en_n_shahed_drones", "en")(lambda n, w, P, Q: f"Russia launched {w} Shahed drones at {P} overnight, the air force said on Tuesday.")
tpl("en_a_total_of_n", "en")(lambda n, w, P, Q: f"A total of {w} rockets hit {P} on Tuesday, the police said.")
tpl("en_n_mortar_rounds", "en")(lambda n, w, P, Q: f"{_cap(w)} mortar rounds landed in {P} on Tuesday, residents said.")
tpl("en_n_artillery_shells", "en")(lambda n, w, P, Q: f"{_cap(w)} artillery shells hit {P} on Tuesday, residents said.")
tpl("en_attack_with_n", "en")(lambda n, w, P, Q: f"Militants attacked {P} with {w} rockets on Tuesday, the police said.")
tpl("en_n_107mm", "en")(lambda n, w, P, Q: f"{_cap(w)} 107mm rockets hit {P} on Tuesday, the police said.")
tpl("en_later_sentence_noun", "en")(lambda n, w, P, Q: f"Militants attacked the air base in {P} on Tuesday. {_cap(w)} rockets landed inside the base, an official said.")
tpl("en_later_sentence_at_least", "en")(lambda n, w, P, Q: f"Rockets were fired at {P} on Tuesday. At least {w} fell near the airport, an official said.")
# negatives
tpl("en_neg_rockets", "en", expect=NULL, numbers=(0,))(lambda n, w, P, Q: f"Rockets hit {P} on Tuesday, police said.")
tpl("en_neg_a_barrage", "en", expect=NULL, numbers=(0,))(lambda n, w, P, Q: f"A barrage of rockets hit {P} on Tuesday, police said.")
tpl("en_neg_dozens", "en", expect=NULL, numbers=(0,))(lambda n, w, P, Q: f"Dozens of rockets hit {P} on Tuesday, police said.")
tpl("en_neg_several", "en", expect=NULL, numbers=(0,))(lambda n, w, P, Q: f"Several drones attacked {P} on Tuesday, police said.")
tpl("en_neg_one_failed", "en", expect=NULL, numbers=(0,))(lambda n, w, P, Q: f"Rockets hit {P} on Tuesday. One of the rockets failed to explode, police said.")
tpl("en_neg_launchers", "en", expect=NULL)(lambda n, w, P, Q: f"Militants used {w} launchers to fire rockets at {P} on Tuesday, police said.")
tpl("en_neg_vehicles", "en", expect=NULL)(lambda n, w, P, Q: f"{_cap(w)} vehicles were damaged when rockets hit {P} on Tuesday, police said.")
tpl("en_neg_distance", "en", expect=NULL)(lambda n, w, P, Q: f"Rockets hit {P}, {w} km from the border, on Tuesday, police said.")
tpl("en_neg_date", "en", expect=NULL, numbers=(7, 12, 20))(lambda n, w, P, Q: f"Rockets hit {P} on the {n}th, police said.")
tpl("en_neg_toll", "en", expect=NULL)(lambda n, w, P, Q: f"Rockets hit {P} on Tuesday, killing {w} people, police said.")
tpl("en_neg_of_the_wounded", "en", expect=NULL)(lambda n, w, P, Q: f"Rockets hit {P} on Tuesday; {w} of the wounded were in critical condition.")

# ---- French ----------------------------------------------------------------------------------------------
tpl("fr_n_roquettes_abattues", "fr")(lambda n, w, P, Q: f"{_cap(w)} roquettes se sont abattues sur {P} mardi, selon la police.")
tpl("fr_salve_de_n", "fr")(lambda n, w, P, Q: f"Une salve de {w} roquettes a frappé {P} mardi soir, selon des responsables.")
tpl("fr_au_moins_n_obus", "fr")(lambda n, w, P, Q: f"Au moins {w} obus de mortier sont tombés sur {P} mardi, selon des habitants.")
tpl("fr_n_drones_kamikazes", "fr")(lambda n, w, P, Q: f"{_cap(w)} drones kamikazes ont visé {P} mardi, a indiqué le gouverneur.")
tpl("fr_jusqu_a_n_drones", "fr")(lambda n, w, P, Q: f"Jusqu'à {w} drones ont attaqué {P} dans la nuit de lundi à mardi.")
tpl("fr_pres_de_n_katioucha", "fr")(lambda n, w, P, Q: f"Près de {w} roquettes Katioucha ont été tirées sur {P} mardi, selon l'armée.")
tpl("fr_passif_visee_par_n", "fr")(lambda n, w, P, Q: f"{P} a été visée mardi par {w} missiles, selon la police.")
tpl("fr_phrase_suivante", "fr")(lambda n, w, P, Q: f"Des insurgés ont tiré des roquettes sur la base aérienne de {P} mardi. {_cap(w)} sont tombées dans l'enceinte, selon un responsable.")
tpl("fr_n_des_m_abattus", "fr", expect=lambda n: n + 2)(
    lambda n, w, P, Q: f"La défense aérienne a abattu {n} des {n + 2} drones lancés contre {P} mardi, selon l'armée.")
tpl("fr_deux_sites_null", "fr", expect=NULL)(lambda n, w, P, Q: f"{_cap(w)} roquettes ont visé {P} et {Q} mardi, selon la police.")
tpl("fr_une_dizaine", "fr", expect=lambda n: 10, numbers=(10,))(lambda n, w, P, Q: f"Une dizaine de roquettes ont frappé {P} mardi, selon la police.")
tpl("fr_une_roquette", "fr", expect=lambda n: 1, numbers=(1,))(lambda n, w, P, Q: f"Une roquette s'est abattue sur {P} mardi, selon la police.")
tpl("fr_une_vingtaine", "fr", expect=lambda n: 20, numbers=(20,))(lambda n, w, P, Q: f"Une vingtaine de roquettes ont frappé {P} mardi, selon la police.")
tpl("fr_n_obus", "fr")(lambda n, w, P, Q: f"{_cap(w)} obus sont tombés sur {P} mardi, selon des habitants.")
tpl("fr_au_total_n", "fr")(lambda n, w, P, Q: f"Au total, {w} roquettes ont frappé {P} mardi, selon la police.")
tpl("fr_pas_moins_de_n", "fr")(lambda n, w, P, Q: f"Pas moins de {w} missiles ont visé {P} mardi, selon l'armée.")
tpl("fr_plus_de_n_drones", "fr")(lambda n, w, P, Q: f"Plus de {w} drones ont attaqué {P} mardi, selon le gouverneur.")
tpl("fr_n_missiles_balistiques", "fr")(lambda n, w, P, Q: f"Les rebelles ont tiré {w} missiles balistiques sur {P} mardi, selon la coalition.")
tpl("fr_essuye_tirs_de_n", "fr")(lambda n, w, P, Q: f"{P} a essuyé mardi des tirs de {w} roquettes, selon la police.")
tpl("fr_n_projectiles", "fr")(lambda n, w, P, Q: f"{_cap(w)} projectiles se sont abattus sur {P} mardi, selon l'armée.")
tpl("fr_phrase_suivante_nom", "fr")(lambda n, w, P, Q: f"Des insurgés ont attaqué la base aérienne de {P} mardi. {_cap(w)} roquettes sont tombées dans l'enceinte, selon un responsable.")
tpl("fr_attaque_avec_n", "fr")(lambda n, w, P, Q: f"Des insurgés ont attaqué {P} avec {w} drones mardi, selon la police.")
tpl("fr_environ_n_roquettes", "fr")(lambda n, w, P, Q: f"Environ {w} roquettes ont été tirées sur {P} mardi, selon l'armée.")
tpl("fr_neg_des_roquettes", "fr", expect=NULL, numbers=(0,))(lambda n, w, P, Q: f"Des roquettes se sont abattues sur {P} mardi, selon la police.")
tpl("fr_neg_plusieurs", "fr", expect=NULL, numbers=(0,))(lambda n, w, P, Q: f"Plusieurs drones ont visé {P} mardi, selon la police.")
tpl("fr_neg_des_dizaines", "fr", expect=NULL, numbers=(0,))(lambda n, w, P, Q: f"Des dizaines de roquettes ont frappé {P} mardi, selon la police.")
tpl("fr_neg_l_une_des", "fr", expect=NULL, numbers=(0,))(lambda n, w, P, Q: f"Des roquettes ont frappé {P} mardi. L'une des roquettes n'a pas explosé, selon la police.")
tpl("fr_neg_toll", "fr", expect=NULL)(lambda n, w, P, Q: f"Des roquettes ont frappé {P} mardi, tuant {w} personnes, selon la police.")
tpl("fr_neg_distance", "fr", expect=NULL)(lambda n, w, P, Q: f"Des roquettes ont frappé {P}, à {w} km de la frontière, mardi, selon la police.")
tpl("fr_neg_lanceurs", "fr", expect=NULL)(lambda n, w, P, Q: f"Les insurgés ont utilisé {w} lanceurs pour tirer des roquettes sur {P} mardi.")

# ---- Arabic ------------------------------------------------------------------------------------------------
AR_STYLES = ("words", "digits", "east")


def ar_tpl(name, noun, build, expect=lambda n: n, numbers=NUMBERS):
    for style in AR_STYLES:
        nums = tuple(n for n in numbers if n >= 3) if style == "words" else numbers
        T.append((f"{name}/{style}", "ar", (lambda b, s: lambda n, w, P, Q: b(ar_count(n, noun, s), P, Q))(build, style),
                  expect, nums))


ar_tpl("ar_n_rockets_fell", "rocket", lambda c, P, Q: f"سقطت {c} على {P} يوم الثلاثاء، بحسب الشرطة.")
ar_tpl("ar_fired_n_katyusha", "katyusha", lambda c, P, Q: f"أطلق مسلحون {c} على {P} يوم الثلاثاء، وفق مصدر أمني.")
ar_tpl("ar_n_drones_targeted", "drone", lambda c, P, Q: f"استهدفت {c} مدينة {P} يوم الثلاثاء، وفق المحافظ.")
ar_tpl("ar_n_mortar_fell", "shell", lambda c, P, Q: f"سقطت {c} على {P} يوم الثلاثاء، بحسب سكان.")
ar_tpl("ar_at_least_n", "rocket", lambda c, P, Q: f"سقط ما لا يقل عن {c} على {P} يوم الثلاثاء، بحسب الشرطة.")
ar_tpl("ar_two_sites_null", "rocket", lambda c, P, Q: f"سقطت {c} على {P} و{Q} يوم الثلاثاء، بحسب الشرطة.", expect=NULL)
ar_tpl("ar_about_n", "rocket", lambda c, P, Q: f"سقط نحو {c} على {P} يوم الثلاثاء، بحسب الشرطة.")
ar_tpl("ar_more_than_n", "drone", lambda c, P, Q: f"هاجمت أكثر من {c} مدينة {P} يوم الثلاثاء، وفق المحافظ.")
ar_tpl("ar_bi_n", "rocket", lambda c, P, Q: f"قصف مسلحون مدينة {P} بـ{c} يوم الثلاثاء، وفق مصدر أمني.")
ar_tpl("ar_salvo_of_n", "rocket", lambda c, P, Q: f"أطلق مسلحون رشقة من {c} على {P} يوم الثلاثاء.")
ar_tpl("ar_passive_launched_at", "rocket", lambda c, P, Q: f"قال الجيش إن {c} أطلقت على {P} يوم الثلاثاء.")
ar_tpl("ar_targeted_with_n", "drone", lambda c, P, Q: f"استهدف الحوثيون مطار {P} بـ{c} يوم الثلاثاء.")
T.append(("ar_dual_rockets_nom", "ar", lambda n, w, P, Q: f"سقط صاروخان على {P} يوم الثلاثاء، بحسب الشرطة.", lambda n: 2, (2,)))
T.append(("ar_dual_rockets_acc", "ar", lambda n, w, P, Q: f"أطلق مسلحون صاروخين على {P} يوم الثلاثاء.", lambda n: 2, (2,)))
T.append(("ar_dual_mortar", "ar", lambda n, w, P, Q: f"سقطت قذيفتا هاون على {P} يوم الثلاثاء، بحسب سكان.", lambda n: 2, (2,)))
T.append(("ar_dual_drones", "ar", lambda n, w, P, Q: f"استهدفت طائرتان مسيرتان مدينة {P} يوم الثلاثاء.", lambda n: 2, (2,)))
ar_tpl("ar_later_sentence", "rocket", lambda c, P, Q: f"أطلق مسلحون صواريخ على قاعدة جوية في {P} يوم الثلاثاء. وسقطت {c} داخل القاعدة، بحسب مسؤول.")
T.append(("ar_n_of_m_downed", "ar", lambda n, w, P, Q: f"أسقطت الدفاعات الجوية {n} من أصل {n + 2} طائرات مسيرة أطلقت على {P} يوم الثلاثاء.",
          lambda n: n + 2, NUMBERS))
T.append(("ar_neg_launchers", "ar", lambda n, w, P, Q: f"استخدم مسلحون {n} منصات لإطلاق صواريخ على {P} يوم الثلاثاء.", NULL, (3, 5, 7)))
T.append(("ar_neg_injured", "ar", lambda n, w, P, Q: f"سقطت صواريخ على {P} يوم الثلاثاء ما أدى إلى إصابة {n} مدنيين.", NULL, (3, 5, 7)))
T.append(("ar_neg_vehicles", "ar", lambda n, w, P, Q: f"تضررت {n} سيارات جراء سقوط صواريخ على {P} يوم الثلاثاء.", NULL, (3, 5, 7)))
T.append(("ar_neg_rockets", "ar", lambda n, w, P, Q: f"سقطت صواريخ على {P} يوم الثلاثاء، بحسب الشرطة.", NULL, (0,)))
T.append(("ar_neg_dozens", "ar", lambda n, w, P, Q: f"سقطت عشرات الصواريخ على {P} يوم الثلاثاء، بحسب الشرطة.", NULL, (0,)))
T.append(("ar_neg_several", "ar", lambda n, w, P, Q: f"استهدفت عدة طائرات مسيرة مدينة {P} يوم الثلاثاء.", NULL, (0,)))
T.append(("ar_neg_toll", "ar", lambda n, w, P, Q: f"سقطت صواريخ على {P} يوم الثلاثاء ما أسفر عن مقتل {n} أشخاص.", NULL, (3, 5, 7)))
T.append(("ar_neg_distance", "ar", lambda n, w, P, Q: f"سقطت صواريخ على {P} التي تبعد {n} كيلومترات عن الحدود يوم الثلاثاء.", NULL, (3, 5, 7)))
T.append(("ar_neg_one_of", "ar", lambda n, w, P, Q: f"سقطت صواريخ على {P} يوم الثلاثاء. ولم ينفجر أحد الصواريخ، بحسب الشرطة.", NULL, (0,)))


# ---- wire-copy shapes: a claim, sirens after a launch, the place in the next sentence, a tally of launches ------
tpl("en_claim_targeted_with_n", "en")(lambda n, w, P, Q: f"The Islamic Resistance in Iraq said it targeted {P} airport with {w} drones on Tuesday.")
tpl("en_sirens_after_n_fired", "en")(lambda n, w, P, Q: f"Sirens sounded in {P} on Tuesday after {w} rockets were fired from Gaza, the army said.")
tpl("en_place_next_sentence", "en")(lambda n, w, P, Q: f"{_cap(w)} rockets were fired from Lebanon on Tuesday, the army said. They fell in open areas near {P}.")
tpl("en_n_launches_toward", "en")(lambda n, w, P, Q: f"The army said it detected {w} launches from Gaza toward {P} on Tuesday.")
tpl("en_on_day_n_drones_ministry", "en")(lambda n, w, P, Q: f"On Tuesday, {w} drones targeted {P}, according to the ministry, which said all were downed.")
tpl("en_base_hosting_troops", "en")(lambda n, w, P, Q: f"Militants fired {w} rockets on Tuesday at a base hosting U.S. troops in {P}, officials said.")
tpl("en_missiles_and_drones_one_figure", "en")(lambda n, w, P, Q: f"The rebels said on Tuesday they had fired {w} ballistic missiles and drones at {P}.")
tpl("en_neg_n_of_the_rockets_intercepted", "en", expect=NULL)(lambda n, w, P, Q: f"Rockets were fired at {P} on Tuesday. The army said {w} of the rockets were intercepted.")
tpl("fr_revendique_avec_n_drones", "fr")(lambda n, w, P, Q: f"Le Hezbollah a affirmé avoir visé {P} avec {w} drones mardi.")
tpl("fr_sirenes_apres_tir_de_n", "fr")(lambda n, w, P, Q: f"Les sirènes ont retenti à {P} mardi après le tir de {w} roquettes depuis Gaza, selon l'armée.")
tpl("fr_lieu_phrase_suivante", "fr")(lambda n, w, P, Q: f"{_cap(w)} roquettes ont été tirées mardi depuis le Liban, selon l'armée. Elles sont tombées dans des zones inhabitées près de {P}.")
tpl("fr_mardi_n_drones_ministere", "fr")(lambda n, w, P, Q: f"Mardi, {w} drones ont visé {P}, selon le ministère, qui affirme les avoir tous abattus.")
tpl("fr_n_lancements_vers", "fr")(lambda n, w, P, Q: f"L'armée a détecté {w} lancements depuis Gaza vers {P} mardi.")
tpl("fr_base_abritant_soldats", "fr")(lambda n, w, P, Q: f"Des miliciens ont tiré mardi {w} roquettes contre une base abritant des soldats américains à {P}.")
ar_tpl("ar_claim_targeted_bi_n", "drone", lambda c, P, Q: f"قالت المقاومة الإسلامية في العراق إنها استهدفت مطار {P} بـ{c} يوم الثلاثاء.")
ar_tpl("ar_sirens_after_launch", "rocket", lambda c, P, Q: f"دوت صفارات الإنذار في {P} يوم الثلاثاء بعد إطلاق {c} من غزة.")
ar_tpl("ar_place_next_sentence", "rocket", lambda c, P, Q: f"أطلقت {c} من لبنان يوم الثلاثاء. وسقطت في مناطق مفتوحة قرب {P}.")
ar_tpl("ar_army_spotted_launch", "rocket", lambda c, P, Q: f"أعلن الجيش رصد إطلاق {c} باتجاه {P} يوم الثلاثاء.")


# ---- the figure told apart from the place; background and tallies that are no count of the site --------------
tpl("en_count_later_army_said", "en")(lambda n, w, P, Q: f"Rockets slammed into {P} on Tuesday. The army said {w} rockets had been fired from Lebanon.")
tpl("en_attack_involved_n", "en")(lambda n, w, P, Q: f"The attack on {P} on Tuesday involved {w} drones, the ministry said.")
tpl("en_according_to_n_launched_at_city", "en")(lambda n, w, P, Q: f"{P} was attacked on Tuesday. According to the army, {w} drones were launched at the city.")
tpl("en_two_sites_launched_at_null", "en", expect=NULL)(lambda n, w, P, Q: f"{_cap(w)} drones were launched at {P} and {Q} on Tuesday, the army said.")
tpl("en_two_sites_passive_null", "en", expect=NULL)(lambda n, w, P, Q: f"{P} and {Q} were hit by {w} rockets on Tuesday, police said.")
tpl("en_neg_tally_since_january", "en", expect=NULL)(lambda n, w, P, Q: f"Rockets hit {P} on Tuesday. Militants have fired more than {w} rockets at the city since January.")
tpl("en_sequence_attack_since", "en")(lambda n, w, P, Q: f"{_cap(w)} rockets hit {P} on Tuesday, the third attack on the city since January, police said.")
tpl("fr_sequence_attaque_depuis", "fr")(lambda n, w, P, Q: f"{_cap(w)} roquettes ont frappé {P} mardi, la troisième attaque contre la ville depuis janvier.")
ar_tpl("ar_sequence_attack_since", "rocket", lambda c, P, Q: f"سقطت {c} على {P} يوم الثلاثاء، في ثالث هجوم على المدينة منذ يناير.")
tpl("en_neg_batteries", "en", expect=NULL)(lambda n, w, P, Q: f"Rockets hit {P} on Tuesday. The army has deployed {w} air defence batteries around the city.")
tpl("en_neg_drone_struck_car", "en", expect=NULL, numbers=(0, 0, 0))(lambda n, w, P, Q: f"A drone struck a car in {P} on Tuesday, killing two men, police said.")
tpl("fr_attaque_a_implique_n", "fr")(lambda n, w, P, Q: f"L'attaque contre {P} mardi a impliqué {w} drones, selon le ministère.")
tpl("fr_selon_l_armee_n_lances_contre_ville", "fr")(lambda n, w, P, Q: f"{P} a été attaquée mardi. Selon l'armée, {w} drones ont été lancés contre la ville.")
tpl("fr_deux_sites_lances_null", "fr", expect=NULL)(lambda n, w, P, Q: f"{_cap(w)} drones ont été lancés contre {P} et {Q} mardi, selon l'armée.")
tpl("fr_neg_bilan_depuis_janvier", "fr", expect=NULL)(lambda n, w, P, Q: f"Des roquettes ont frappé {P} mardi. Les insurgés ont tiré plus de {w} roquettes sur la ville depuis janvier.")
tpl("fr_neg_drone_voiture", "fr", expect=NULL, numbers=(0, 0, 0))(lambda n, w, P, Q: f"Un drone a frappé une voiture à {P} mardi, tuant deux hommes, selon la police.")
ar_tpl("ar_attacked_then_army_said_n", "drone", lambda c, P, Q: f"تعرضت {P} لهجوم يوم الثلاثاء. وقال الجيش إن {c} أطلقت على المدينة.")
ar_tpl("ar_neg_tally_since_january", "rocket", lambda c, P, Q: f"سقطت صواريخ على {P} يوم الثلاثاء. وأطلق المسلحون أكثر من {c} على المدينة منذ يناير.", expect=NULL)
T.append(("ar_neg_drone_struck_car", "ar", lambda n, w, P, Q: f"استهدفت مسيرة سيارة في {P} يوم الثلاثاء ما أسفر عن مقتل رجلين.", NULL, (0, 0, 0)))


# ---- more shapes: all downed in the next sentence, a part told inside, kinds added, vague nouns, stray figures ---
tpl("en_n_launched_all_downed_next", "en")(lambda n, w, P, Q: f"{_cap(w)} drones were launched at {P} on Tuesday. All of them were shot down, the army said.")
tpl("en_n_one_of_which_downed", "en")(lambda n, w, P, Q: f"{_cap(w)} drones, one of which was shot down, targeted {P} on Tuesday, the army said.")
tpl("en_n_missiles_and_three_drones", "en", expect=lambda n: n + 3)(lambda n, w, P, Q: f"{_cap(w)} ballistic missiles and three drones targeted {P} on Tuesday, the coalition said.")
tpl("en_about_a_dozen", "en", expect=lambda n: 12, numbers=(12,))(lambda n, w, P, Q: f"About a dozen rockets hit {P} on Tuesday, police said.")
tpl("en_n_rockets_and_n_mortars", "en", expect=lambda n: 2 * n)(lambda n, w, P, Q: f"{_cap(w)} rockets and {w} mortar shells hit {P} on Tuesday, police said.")
tpl("en_neg_wounded_when", "en", expect=NULL)(lambda n, w, P, Q: f"{_cap(w)} soldiers were wounded when rockets hit {P} on Tuesday, the army said.")
tpl("en_neg_houses", "en", expect=NULL)(lambda n, w, P, Q: f"Rockets hit {w} houses in {P} on Tuesday, police said.")
tpl("en_neg_age", "en", expect=NULL, numbers=(7, 9, 12))(lambda n, w, P, Q: f"A {n}-year-old girl was wounded when rockets hit {P} on Tuesday, police said.")
tpl("en_neg_clock", "en", expect=NULL, numbers=(7, 9, 5))(lambda n, w, P, Q: f"At {n} am on Tuesday rockets hit {P}, police said.")
for _i, _vague in enumerate(("A number of rockets", "A swarm of drones", "Scores of rockets", "Hundreds of rockets", "A wave of drones")):
    tpl(f"en_neg_vague_{_i}", "en", expect=NULL, numbers=(0,))((lambda v: lambda n, w, P, Q: f"{v} hit {P} on Tuesday, police said.")(_vague))
tpl("fr_n_lances_tous_abattus", "fr")(lambda n, w, P, Q: f"{_cap(w)} drones ont été lancés contre {P} mardi. Tous ont été abattus, selon l'armée.")
tpl("fr_salve_d_une_dizaine", "fr", expect=lambda n: 10, numbers=(10,))(lambda n, w, P, Q: f"Une salve d'une dizaine de roquettes a frappé {P} mardi, selon la police.")
tpl("fr_n_roquettes_et_n_obus", "fr", expect=lambda n: 2 * n)(lambda n, w, P, Q: f"{_cap(w)} roquettes et {w} obus de mortier se sont abattus sur {P} mardi.")
tpl("fr_neg_blesses_lorsque", "fr", expect=NULL)(lambda n, w, P, Q: f"{_cap(w)} soldats ont été blessés lorsque des roquettes ont frappé {P} mardi.")
tpl("fr_neg_maisons", "fr", expect=NULL)(lambda n, w, P, Q: f"Des roquettes ont touché {w} maisons à {P} mardi, selon la police.")
tpl("fr_neg_calibre", "fr", expect=NULL, numbers=(0, 0))(lambda n, w, P, Q: f"Des roquettes de {(107, 122)[len(P) % 2]} mm ont frappé {P} mardi, selon la police.")
for _i, _vague in enumerate(("Quelques roquettes", "Un essaim de drones", "Une pluie de roquettes", "Un nombre indéterminé de drones")):
    tpl(f"fr_neg_vague_{_i}", "fr", expect=NULL, numbers=(0,))((lambda v: lambda n, w, P, Q: f"{v} ont frappé {P} mardi, selon la police.")(_vague))
T.append(("ar_one_rocket_wahid", "ar", lambda n, w, P, Q: f"سقط صاروخ واحد على {P} يوم الثلاثاء، بحسب الشرطة.", lambda n: 1, (1, 1, 1)))
T.append(("ar_dual_ithnain", "ar", lambda n, w, P, Q: f"أطلق مسلحون صاروخين اثنين على {P} يوم الثلاثاء.", lambda n: 2, (2, 2, 2)))
ar_tpl("ar_n_launched_all_downed_next", "drone", lambda c, P, Q: f"أطلقت {c} على {P} يوم الثلاثاء. وقال الجيش إنه تم إسقاطها جميعا.")
ar_tpl("ar_n_missiles_and_three_drones", "rocket", lambda c, P, Q: f"استهدفت {c} وثلاث طائرات مسيرة مدينة {P} يوم الثلاثاء.", expect=lambda n: n + 3)
for _i, _vague in enumerate(("عدد من الصواريخ", "رشقة صاروخية", "سلسلة من الصواريخ", "مئات الصواريخ")):
    T.append((f"ar_neg_vague_{_i}", "ar", (lambda v: lambda n, w, P, Q: f"سقطت {v} على {P} يوم الثلاثاء، بحسب الشرطة.")(_vague), NULL, (0,)))
T.append(("ar_neg_wounded_soldiers", "ar", lambda n, w, P, Q: f"أصيب {n} جنود عندما سقطت صواريخ على {P} يوم الثلاثاء.", NULL, (3, 5, 7)))
T.append(("ar_neg_houses", "ar", lambda n, w, P, Q: f"أصابت صواريخ {n} منازل في {P} يوم الثلاثاء.", NULL, (3, 5, 7)))


# ---- short articles: the figure two sentences after the place, across a denial or a description -------------
tpl("en_art_count_after_denial", "en")(lambda n, w, P, Q: f"Rockets hit a military base near {P} on Tuesday, security sources said. No casualties were reported. The sources said {w} Katyusha rockets were fired from a nearby farm.")
tpl("en_art_count_after_fire", "en")(lambda n, w, P, Q: f"Drones attacked {P} airport on Tuesday. The attack caused a fire in a hangar. Officials said {w} drones took part in the attack.")
tpl("en_art_count_before_place", "en")(lambda n, w, P, Q: f"{_cap(w)} rockets were fired on Tuesday evening, the army said. The rockets struck near {P}.")
tpl("en_intercepted_n_over", "en")(lambda n, w, P, Q: f"The army said it had intercepted {w} drones over {P} on Tuesday.")
tpl("fr_art_nombre_apres_bilan", "fr")(lambda n, w, P, Q: f"Des roquettes ont frappé une base militaire près de {P} mardi, selon des sources de sécurité. Aucune victime n'a été signalée. Selon ces sources, {w} roquettes Katioucha ont été tirées depuis une ferme voisine.")
tpl("fr_art_nombre_apres_incendie", "fr")(lambda n, w, P, Q: f"Des drones ont attaqué l'aéroport de {P} mardi. L'attaque a provoqué un incendie dans un hangar. Selon des responsables, {w} drones ont pris part à l'attaque.")
tpl("fr_art_nombre_avant_lieu", "fr")(lambda n, w, P, Q: f"{_cap(w)} roquettes ont été tirées mardi soir, selon l'armée. Les roquettes sont tombées près de {P}.")
ar_tpl("ar_art_count_after_denial", "katyusha", lambda c, P, Q: f"سقطت صواريخ على قاعدة عسكرية قرب {P} يوم الثلاثاء، بحسب مصادر أمنية. ولم تسجل إصابات. وقالت المصادر إن {c} أطلقت من مزرعة قريبة.")
ar_tpl("ar_art_count_after_fire", "drone", lambda c, P, Q: f"هاجمت طائرات مسيرة مطار {P} يوم الثلاثاء. وتسبب الهجوم في اندلاع حريق في حظيرة. وقال مسؤولون إن {c} شاركت في الهجوم.")
ar_tpl("ar_art_count_before_place", "rocket", lambda c, P, Q: f"أطلقت {c} مساء الثلاثاء، بحسب الجيش. وسقطت الصواريخ قرب {P}.")


# ---- "and a third": one more than the figure in the same clause; one of a first kind and a figure of another ----
_EN_ORD = {2: "third", 3: "fourth", 4: "fifth", 5: "sixth", 6: "seventh"}
_FR_ORD = {2: "troisième", 3: "quatrième", 4: "cinquième", 5: "sixième", 6: "septième"}
tpl("en_n_and_a_next_downed", "en", expect=lambda n: n + 1, numbers=(2, 3, 4, 5, 6))(
    lambda n, w, P, Q: f"{_cap(w)} drones exploded over {P} airport on Tuesday, and a {_EN_ORD[n]} was shot down, officials said.")
tpl("en_n_while_a_next_fell", "en", expect=lambda n: n + 1, numbers=(2, 3, 4, 5, 6))(
    lambda n, w, P, Q: f"{_cap(w)} rockets struck {P} on Tuesday, while a {_EN_ORD[n]} fell in a field, police said.")
tpl("fr_n_tandis_qu_une_suivante", "fr", expect=lambda n: n + 1, numbers=(2, 3, 4, 5, 6))(
    lambda n, w, P, Q: f"{_cap(w)} roquettes ont frappé {P} mardi, tandis qu'une {_FR_ORD[n]} est tombée dans un champ.")
tpl("fr_n_et_un_suivant_abattu", "fr", expect=lambda n: n + 1, numbers=(2, 3, 4, 5, 6))(
    lambda n, w, P, Q: f"{_cap(w)} drones ont explosé au-dessus de l'aéroport de {P} mardi, et un {_FR_ORD[n].replace('ième', 'ième')} a été abattu.")
tpl("en_a_missile_and_n_drones", "en", expect=lambda n: n + 1)(
    lambda n, w, P, Q: f"The rebels said they targeted {P} with a ballistic missile and {w} drones on Tuesday.")
tpl("fr_un_missile_et_n_drones", "fr", expect=lambda n: n + 1)(
    lambda n, w, P, Q: f"Les rebelles ont affirmé avoir visé {P} avec un missile balistique et {w} drones mardi.")
ar_tpl("ar_one_missile_and_n_drones", "drone", lambda c, P, Q: f"قال الحوثيون إنهم استهدفوا {P} بصاروخ باليستي و{c} يوم الثلاثاء.", expect=lambda n: n + 1)
ar_tpl("ar_one_shell_and_n_rockets", "rocket", lambda c, P, Q: f"سقطت قذيفة هاون و{c} على {P} يوم الثلاثاء، بحسب الشرطة.", expect=lambda n: n + 1)


# ---- the figure in the sentence that tells the launch point --------------------------------------------------
tpl("en_count_in_launch_sentence", "en")(lambda n, w, P, Q: f"A soldier was killed on Tuesday when rockets slammed into the town of {P}, the army said. {_cap(w)} rockets were launched from the village of {Q}, about four kilometres to the south.")
tpl("fr_nombre_phrase_du_tir", "fr")(lambda n, w, P, Q: f"Un soldat a été tué mardi lorsque des roquettes se sont abattues sur la ville de {P}, selon l'armée. {_cap(w)} roquettes ont été tirées depuis le village de {Q}, à environ quatre kilomètres au sud.")
ar_tpl("ar_count_in_launch_sentence", "rocket", lambda c, P, Q: f"قتل جندي يوم الثلاثاء عندما سقطت صواريخ على مدينة {P}، بحسب الجيش. وأطلقت {c} من قرية {Q}، على بعد نحو أربعة كيلومترات جنوبا.")


# ---- projectiles found, not fired; the figure of an earlier attack told after "days after" ---------------------
tpl("en_neg_found_loaded", "en", expect=NULL)(lambda n, w, P, Q: f"Rockets hit {P} on Tuesday. Police said they had found a launcher with {w} rockets still loaded.")
tpl("en_neg_discovered_rigged", "en", expect=NULL)(lambda n, w, P, Q: f"Mortars hit {P} on Tuesday. Troops later discovered {w} rockets rigged to a timer near the river.")
tpl("en_found_site_from_which_n_fired", "en")(lambda n, w, P, Q: f"Police said they found the launch site from which {w} rockets were fired at {P} on Tuesday.")
tpl("fr_neg_retrouve_pretes", "fr", expect=NULL)(lambda n, w, P, Q: f"Des roquettes ont frappé {P} mardi. La police a retrouvé {w} roquettes prêtes à être tirées près du fleuve.")
tpl("fr_neg_saisi_roquettes", "fr", expect=NULL)(lambda n, w, P, Q: f"Des obus sont tombés sur {P} mardi. L'armée a saisi {w} roquettes dans une ferme voisine.")
ar_tpl("ar_neg_days_after_earlier_count", "rocket", lambda c, P, Q: f"سقطت صواريخ على {P} يوم الثلاثاء، بعد أسبوع من سقوط {c} على المطار.", expect=NULL)
T.append(("ar_neg_days_after_drone_attack", "ar", lambda n, w, P, Q: f"سقطت صواريخ على {P} يوم الثلاثاء، بعد يومين من هجوم بطائرة مسيرة على القاعدة نفسها.", NULL, (0, 0, 0)))
ar_tpl("ar_subject_is_the_earlier_attack", "rocket", lambda c, P, Q: f"وقالت الشرطة إن القصف جاء بعد ساعتين من سقوط {c} على {P} يوم الثلاثاء.")
ar_tpl("ar_count_then_days_after", "rocket", lambda c, P, Q: f"سقطت {c} على {P} يوم الثلاثاء، بعد أسبوع من هجوم بطائرة مسيرة على المطار.")


# ---- one projectile, told by its article or the word "one" (1), and a kind of attack (null) ---------------
ONE = (1,)
for _name, _lang, _build in [
    ("en_one_a_drone_struck", "en", lambda P: f"A drone struck {P} airport on Tuesday, the governor said."),
    ("en_one_a_katyusha_landed", "en", lambda P: f"A Katyusha rocket landed in {P} on Tuesday, police said."),
    ("en_one_explosive_drone_crashed", "en", lambda P: f"An explosive-laden drone crashed into a building in {P} on Tuesday."),
    ("en_one_ballistic_fired_at", "en", lambda P: f"A ballistic missile was fired at {P} on Tuesday, the coalition said."),
    ("en_one_passive_by_a_drone", "en", lambda P: f"{P} airport was struck by a drone on Tuesday, the governor said."),
    ("en_one_single_rocket", "en", lambda P: f"A single rocket hit {P} on Tuesday, police said."),
    ("en_one_mortar_round", "en", lambda P: f"A mortar round fell on {P} on Tuesday, residents said."),
    ("fr_one_un_drone_a_frappe", "fr", lambda P: f"Un drone a frappé l'aéroport de {P} mardi, selon le gouverneur."),
    ("fr_one_une_roquette_katioucha", "fr", lambda P: f"Une roquette Katioucha est tombée sur {P} mardi, selon la police."),
    ("fr_one_missile_tire_vers", "fr", lambda P: f"Un missile balistique a été tiré vers {P} mardi, selon la coalition."),
    ("fr_one_obus_de_mortier", "fr", lambda P: f"Un obus de mortier est tombé sur {P} mardi, selon des habitants."),
    ("fr_one_drone_explosif_ecrase", "fr", lambda P: f"Un drone chargé d'explosifs s'est écrasé sur un immeuble de {P} mardi."),
    ("ar_one_rocket_fell", "ar", lambda P: f"سقط صاروخ على {P} يوم الثلاثاء، بحسب الشرطة."),
    ("ar_one_drone_targeted", "ar", lambda P: f"استهدفت طائرة مسيرة مطار {P} يوم الثلاثاء."),
    ("ar_one_mortar_shell", "ar", lambda P: f"سقطت قذيفة هاون على {P} يوم الثلاثاء، بحسب سكان."),
    ("ar_one_ballistic_launched", "ar", lambda P: f"أطلق الحوثيون صاروخا باليستيا على {P} يوم الثلاثاء."),
    ("ar_one_single_drone", "ar", lambda P: f"هاجمت طائرة مسيرة واحدة مدينة {P} يوم الثلاثاء."),
]:
    T.append((_name, _lang, (lambda b: lambda n, w, P, Q: b(P))(_build), lambda n: 1, ONE * 3))
for _name, _lang, _build in [
    ("en_neg_a_drone_attack", "en", lambda P: f"A drone attack hit {P} airport on Tuesday, the governor said."),
    ("en_neg_rocket_fire", "en", lambda P: f"Rocket fire hit {P} on Tuesday, police said."),
    ("en_neg_a_missile_strike", "en", lambda P: f"A missile strike hit {P} on Tuesday, the army said."),
    ("fr_neg_une_attaque_de_drone", "fr", lambda P: f"Une attaque de drone a visé l'aéroport de {P} mardi, selon le gouverneur."),
    ("fr_neg_tirs_de_roquettes", "fr", lambda P: f"Des tirs de roquettes ont visé {P} mardi, selon la police."),
    ("ar_neg_drone_attack", "ar", lambda P: f"تعرض مطار {P} لهجوم بطائرات مسيرة يوم الثلاثاء."),
    ("ar_neg_rocket_attack", "ar", lambda P: f"تعرضت {P} لقصف صاروخي يوم الثلاثاء، بحسب الشرطة."),
]:
    T.append((_name, _lang, (lambda b: lambda n, w, P, Q: b(P))(_build), NULL, (0, 0, 0)))


def cells():
    """Every (template name, lang, text, expected count or None)."""
    out = []
    for name, lang, build, expect, numbers in T:
        places = PLACES[lang]
        for i, n in enumerate(numbers):
            w = (en_word(n) if lang == "en" else fr_word(n)) if i % 2 == 0 and lang != "ar" else str(n)
            P = places[i % len(places)]
            out.append((name, lang, build(n, w, P, SECOND[lang]), expect(n)))
    return out


def observed(text: str, lang: str) -> tuple[int, list]:
    """(number of frames, count values of all frames)."""
    frames = extract(Document("matrix", text, lang, PUB))
    return len(frames), [c.value for f in frames for c in f.get("count")]


def ok(text: str, lang: str, expected) -> bool:
    n_frames, values = observed(text, lang)
    return n_frames > 0 and values == ([] if expected is None else [expected])


# Cells the extractor does not get yet (template name -> reason); strict, so a fix shows as XPASS.
XFAIL: dict[str, str] = {
    "en_n_launches_toward": "no event read: 'detected N launches from X toward P' has no attack word (trigger facet)",
    "fr_n_lancements_vers": "no event read: 'a détecté N lancements depuis X vers P' has no attack word (trigger facet)",
}

CELLS = cells()


@pytest.mark.parametrize("name,lang,text,expected", [
    pytest.param(*c, id=f"{c[0]}-{i}", marks=pytest.mark.xfail(strict=True, reason=XFAIL[c[0]]) if c[0] in XFAIL else ())
    for i, c in enumerate(CELLS)])
def test_count_cell(name, lang, text, expected):
    n_frames, values = observed(text, lang)
    assert n_frames > 0, f"no event read from {text!r}"
    assert values == ([] if expected is None else [expected]), text


def test_matrix_is_large_enough():
    assert len({c[0].split("/")[0] for c in CELLS}) >= 40 and len(CELLS) >= 300


if __name__ == "__main__":
    by_lang = defaultdict(lambda: [0, 0])
    by_tpl = defaultdict(list)
    for name, lang, text, expected in CELLS:
        good = ok(text, lang, expected)
        by_lang[lang][0] += good
        by_lang[lang][1] += 1
        if not good:
            by_tpl[name].append((text, expected, observed(text, lang)))
    for lang, (g, t) in sorted(by_lang.items()):
        print(f"{lang}: {g}/{t} = {100 * g / t:.1f}%")
    for name, fails in sorted(by_tpl.items(), key=lambda kv: -len(kv[1])):
        print(f"-- {name}: {len(fails)} failing")
        for text, expected, obs in fails[:3]:
            print(f"   want {expected} got {obs}: {text}")
