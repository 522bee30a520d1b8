"""Dates (round 16): an incident told on its day, then told again a day or two later (a statement, a revised toll,
a claim, funerals, "Tuesday's strike", "l'attaque de lundi", "غارة الاثنين") is ONE event on the incident's day; a new
attack on the same place the next day ("again", "une nouvelle frappe", "مجددا", its own count) stays a second event;
and the night phrases that gave no day ("البارحة", "the previous evening", "خلال الليل", "قرابة منتصف الليل").
Invented passages: wording, places and numbers unlike the evaluation sets."""
import datetime as dt

import pytest

from geo_events.dates import find_dates
from geo_events.models import Document
from geo_events.pipeline import process

PUB = dt.date(2024, 4, 17)  # a Wednesday

RETOLD = {
    'en_stmt_day': ('en', 'Rockets hit a grain silo in Tal Afar late on Tuesday, setting it on fire. The regional governor said on Wednesday that the strike on Tal Afar had destroyed 300 tonnes of wheat.', [('Tal Afar', (16, 16))]),
    'en_toll_rev': ('en', 'A drone slammed into an apartment block in Sidon on Tuesday evening, wounding five people. On Wednesday officials raised the toll from the strike on Sidon to two dead.', [('Sidon', (16, 16))]),
    'en_claim_next': ('en', 'Two rockets struck a military post near Hasakah on Tuesday night. A little-known militia claimed the attack on Hasakah in a statement on Wednesday.', [('Hasakah', (16, 16))]),
    'en_backref': ('en', "An airstrike hit a workshop in Maarat al-Numan on Tuesday, killing three people. Residents of Maarat al-Numan were still clearing debris from Tuesday's strike on Wednesday morning.", [('Maarat al-Numan', (16, 16))]),
    'en_funeral': ('en', 'A missile destroyed a house in Kramatorsk late Tuesday, killing a family of four. Hundreds attended the funerals in Kramatorsk on Wednesday.', [('Kramatorsk', (16, 16))]),
    'fr_stmt': ('fr', 'Un drone a frappé un dépôt de carburant à Baalbek dans la nuit de lundi à mardi. Mercredi, le ministère a indiqué que la frappe sur Baalbek avait détruit trois citernes.', [('Baalbek', (15, 16))]),
    'fr_backref': ('fr', "Trois roquettes se sont abattues lundi sur un quartier de Kiryat Shmona, blessant deux civils. Mardi, les habitants de Kiryat Shmona inspectaient les dégâts causés par l'attaque de lundi.", [('Kiryat Shmona', (15, 15))]),
    'fr_bilan': ('fr', "Une frappe aérienne a visé une école à Jabalia mardi soir, faisant six morts selon la défense civile. Le bilan de la frappe sur Jabalia s'est alourdi mercredi à neuf morts.", [('Jabalia', (16, 16))]),
    'ar_stmt_today': ('ar', 'استهدفت غارة جوية منزلا في بلدة الخيام مساء الثلاثاء. وأعلن الجيش اليوم أن غارة الخيام استهدفت قياديا في الحزب.', [('الخيام', (16, 16))]),
    'ar_yday_ref': ('ar', 'قصفت طائرة حربية مستودعا في مدينة البوكمال مساء الاثنين. وقال مصدر محلي الثلاثاء إن غارة أمس على البوكمال دمرت المستودع بالكامل.', [('البوكمال', (15, 15))]),
    'ar_toll': ('ar', 'سقط صاروخ على سوق في مدينة مأرب مساء الثلاثاء ما أدى إلى مقتل شخصين. وارتفعت حصيلة القصف على مأرب اليوم إلى خمسة قتلى.', [('مأرب', (16, 16))]),
    'ar_backref_day': ('ar', 'استهدفت غارة جوية سيارة في مدينة صور يوم الاثنين. وشيّع أهالي صور الثلاثاء ضحايا غارة الاثنين.', [('صور', (15, 15))]),
    'en_backref_yday': ('en', "A mortar round hit a school in Zakho on Tuesday. Engineers inspected the school in Zakho on Wednesday after yesterday's attack.", [('Zakho', (16, 16))]),
    'en_opened_said': ('en', 'Two drones hit a fuel depot in Erbil on Tuesday night. On Wednesday, Kurdish officials said drones had hit the depot in Erbil, and that nobody was hurt.', [('Erbil', (16, 16))]),
    'en_opened_reported': ('en', "Artillery shells hit Khiam late on Monday. On Tuesday, Lebanon's news agency reported that Israeli shelling on Khiam had damaged three houses.", [('Khiam', (15, 15))]),
    'ar_opened_said': ('ar', 'استهدف قصف مدفعي بلدة عيتا الشعب مساء الاثنين. وفي يوم الثلاثاء، قالت الوكالة الوطنية إن القصف المدفعي طال أطراف عيتا الشعب.', [('عيتا الشعب', (15, 15))]),
}

TWO_ATTACKS = {
    'en_again': ('en', 'Russian drones hit an energy facility in Idlib on Tuesday. On Wednesday, drones struck Idlib again, damaging a substation.', [('Idlib', (16, 16)), ('Idlib', (17, 17))]),
    'en_second_day': ('en', 'Rockets landed in Sderot on Tuesday without causing injuries. For a second day, rockets fell on Sderot on Wednesday, wounding a woman.', [('Sderot', (16, 16)), ('Sderot', (17, 17))]),
    'en_new_count': ('en', 'Four rockets hit the Ain al-Asad air base on Tuesday. On Wednesday, seven rockets struck the Ain al-Asad air base, officials said.', [('Ain al-Asad', (16, 16)), ('Ain al-Asad', (17, 17))]),
    'fr_nouvelle': ('fr', 'Une frappe a visé mardi un immeuble à Rafah, tuant un homme. Mercredi, une nouvelle frappe a touché Rafah, faisant deux blessés.', [('Rafah', (16, 16)), ('Rafah', (17, 17))]),
    'fr_de_nouveau': ('fr', 'Des obus sont tombés lundi sur Tyr. Mardi, des obus sont de nouveau tombés sur Tyr, blessant un berger.', [('Tyr', (15, 15)), ('Tyr', (16, 16))]),
    'ar_mujaddadan': ('ar', 'قصفت المدفعية بلدة ميس الجبل يوم الثلاثاء. واستهدفت غارة جديدة بلدة ميس الجبل يوم الأربعاء.', [('ميس الجبل', (16, 16)), ('ميس الجبل', (17, 17))]),
    'ar_again': ('ar', 'سقطت قذيفتان على مدينة تعز يوم الاثنين. وسقطت قذيفة مجددا على تعز يوم الثلاثاء ما أدى إلى إصابة ثلاثة مدنيين.', [('تعز', (15, 15)), ('تعز', (16, 16))]),
    'en_resumed': ('en', 'Shelling hit Idlib on Tuesday, killing two. On Wednesday, the shelling on Idlib resumed, wounding four.', [('Idlib', (16, 16)), ('Idlib', (17, 17))]),
    'fr_live_new': ('fr', "EN DIRECT - Sud-Liban\n\n08h10 - Une frappe de drone a touché mardi soir une maison à Tyr, selon l'ANI.\n\n16h45 - Une nouvelle frappe a visé Tyr mercredi après-midi, faisant un mort.\n", [('Tyr', (16, 16)), ('Tyr', (17, 17))]),
    'en_opened_count': ('en', 'Two rockets hit Sderot on Tuesday. On Wednesday, the army said five rockets hit Sderot, wounding a child.', [('Sderot', (16, 16)), ('Sderot', (17, 17))]),
    'fr_opened_again': ('fr', "Des roquettes ont touché Metula lundi soir. Mardi, l'armée a indiqué que des roquettes avaient de nouveau touché Metula.", [('Metula', (15, 15)), ('Metula', (16, 16))]),
    'ar_opened_new': ('ar', 'سقطت قذيفة على مدينة سنجار مساء الاثنين. وفي يوم الثلاثاء، أعلنت السلطات أن قذيفة جديدة سقطت على سنجار.', [('سنجار', (15, 15)), ('سنجار', (16, 16))]),
}

STATEMENT_DAY = {
    'en_prev_evening': ('en', 'The army said on Wednesday that a drone had struck a checkpoint near Sinjar the previous evening.', [('Sinjar', (16, 16))]),
    'en_said_overnight': ('en', 'Officials said today that two missiles hit a power plant in Baiji overnight.', [('Baiji', (16, 17))]),
    'fr_veille': ('fr', "Le gouverneur a annoncé mercredi qu'une roquette était tombée sur Zakho la veille au soir.", [('Zakho', (16, 16))]),
    'ar_albaraha': ('ar', 'قال مصدر أمني إن طائرة مسيرة استهدفت سيارة في بلدة الناقورة البارحة.', [('الناقورة', (16, 16))]),
    'ar_masa_albaraha': ('ar', 'أفاد مراسلنا بأن صاروخين سقطا على قاعدة حرير مساء البارحة.', [('حرير', (16, 16))]),
    'ar_khilal_lail': ('ar', 'أعلن الجيش اليوم أن طائرة مسيرة استهدفت معسكرا في بلدة عين عيسى خلال الليل.', [('عين عيسى', (16, 17))]),
    'ar_mundhu_saat': ('ar', 'قال مسؤول محلي اليوم إن صاروخا سقط على بلدة المالكية منذ ساعات.', [('المالكية', (17, 17))]),
    'ar_qurabat': ('ar', 'سقطت قذيفة على مدينة الحسكة قرابة منتصف الليل، وفق ما أعلن مصدر طبي اليوم.', [('الحسكة', (16, 17))]),
    'ar_laila_madiya': ('ar', 'ذكرت وكالة الأنباء اليوم أن غارة استهدفت مستودعا في مدينة دير الزور الليلة الماضية.', [('دير الزور', (16, 16))]),
    'en_last_night': ('en', "Ukraine's air force said on Wednesday that Russia attacked Abha with drones last night.", [('Abha', (16, 16))]),
}


def _events(key, text, lang):
    evs = process([Document(f"d16-{key}", text, language=lang, published=PUB)]).events
    return sorted((e.place_name, (e.date.earliest.day, e.date.latest.day) if e.date else None) for e in evs)


def _check(key, item):
    lang, text, want = item
    got = _events(key, text, lang)
    assert [d for _, d in got] == sorted(d for _, d in want), got
    assert all(n for n, _ in got)


@pytest.mark.parametrize("key", sorted(RETOLD))
def test_an_incident_retold_a_day_later_is_one_event_on_its_day(key):
    _check(key, RETOLD[key])


@pytest.mark.parametrize("key", sorted(TWO_ATTACKS))
def test_a_new_attack_on_the_same_place_the_next_day_stays_two_events(key):
    _check(key, TWO_ATTACKS[key])


@pytest.mark.parametrize("key", sorted(STATEMENT_DAY))
def test_the_event_day_is_not_the_statement_day(key):
    _check(key, STATEMENT_DAY[key])


@pytest.mark.parametrize("text,lang,span", [
    ("صاروخ سقط على البلدة البارحة.", "ar", (16, 16)),
    ("سقطت قذيفة هاون على الحي ليلة البارحة.", "ar", (16, 16)),
    ("انفجرت طائرة مسيرة فوق المعسكر خلال الليل.", "ar", (16, 17)),
    # a statement's "today" with the night it tells: the night is the incident's
    ("The mayor said today that a shell landed on the market around midnight.", "en", (16, 17)),
    ("Le maire a déclaré aujourd'hui qu'un obus était tombé sur le marché vers minuit.", "fr", (16, 17)),
    ("The mayor said today that a shell landed on the market shortly after midnight.", "en", (17, 17)),
    ("سقطت قذيفة على السوق قبيل منتصف الليل، بحسب ما قال مسؤول محلي اليوم.", "ar", (16, 16)),
    ("قال مسؤول محلي اليوم إن مسيرة انفجرت فوق المعسكر ليلا.", "ar", (16, 17)),
    ("قال مسؤول محلي اليوم إن مسيرة انفجرت فوق المعسكر فجرا.", "ar", (17, 17)),
])
def test_night_phrases_give_a_day(text, lang, span):
    days = [(d.span.earliest.day, d.span.latest.day) for d in find_dates(text, lang, PUB) if d.span is not None]
    assert days == [span]


def test_midnight_alone_still_dates_nothing_and_today_alone_stays_today():
    # with no statement's "today" a bare midnight waits for the incident told before it (test_dates_forms)
    assert [d.span for d in find_dates("A shell landed on the market around midnight.", "en", PUB)] == [None]
    days = [(d.span.earliest.day, d.span.latest.day) for d in find_dates(
        "قال مسؤول محلي اليوم إن مسيرة انفجرت فوق المعسكر.", "ar", PUB) if d.span is not None]
    assert days == [(17, 17)]


def test_a_day_told_with_midnight_is_that_day():
    # "on Monday around midnight": Monday's night, not the report's
    days = [(d.span.earliest.day, d.span.latest.day) for d in find_dates("A shell hit the depot on Monday around midnight.",
                                                                          "en", PUB) if d.span is not None]
    assert days == [(15, 15)]


def test_the_previous_evening_counts_from_the_statement_day():
    days = [(d.span.earliest.day, d.span.latest.day) for d in find_dates(
        "The ministry said on Monday that a drone had hit a clinic the previous evening.", "en", PUB)
        if d.span is not None]
    assert (14, 14) in days and (15, 15) not in days


def test_an_incident_placed_from_a_town_is_retold_at_the_town():
    # "15 km east of X" on its day, then "the attack on X" under the day of a statement: one place, one incident
    text = ("قتل جنديان صباح الثلاثاء بانفجار عبوة ناسفة على بعد 15 كيلومترا شرق مدينة مأرب. "
            "ولم تتبن أي جهة الهجوم على مأرب حتى مساء اليوم.")
    assert [d for _, d in _events("offset", text, "ar")] == [(16, 16)]
