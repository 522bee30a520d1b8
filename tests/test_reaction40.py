"""Reaction leads (round 40): a lead whose main clause is a reaction told that day (a threat, a vow, a funeral, a
statement) and tells the attack it answers only after "بعد يوم من" / "a day after" / "au lendemain de": the attack is
an event at each place, dated the reaction's day less the gap (weeks, months and a bare "hours" stay out); a night
told "منذ مساء أمس وحتى فجر اليوم" spans its two days; "yesterday" in what a source said on a named day counts from
that day; "البوكمال" is Albu Kamal.  Invented sentences: wording and places unlike the evaluation sets."""
import datetime as dt

import pytest

from geo_events.models import Document
from geo_events.pipeline import process

TUE = dt.date(2024, 2, 20)  # a Tuesday
WED = dt.date(2024, 2, 21)


def _events(text, lang, published=TUE):
    return process([Document("r40", text, language=lang, published=published)]).events


def _seen(events):
    return sorted((e.place.name if e.place else None, e.date.earliest.day if e.date else None,
                   e.date.latest.day if e.date else None) for e in events)


REACTION = {
    'ar_threat_nouns': ('ar', 'هددت إسرائيل اليوم الثلاثاء بالرد، بعد يوم من هجمات صاروخية شنها حزب الله على كريات شمونة ومطلة.',
                        [('Metula', 19, 19), ('Qiryat Shmona', 19, 19)]),
    'ar_threat_launch': ('ar', 'هددت إسرائيل اليوم الثلاثاء بالرد، بعد يوم من إطلاق صواريخ على كريات شمونة.',
                         [('Qiryat Shmona', 19, 19)]),
    'ar_article': ('ar', 'هددت إسرائيل اليوم الثلاثاء بالرد، بعد يوم من هجمات صاروخية شنها الحزب على كريات شمونة ومطلة. '
                         'وقال وزير الدفاع إن الحزب سيدفع الثمن. وأضاف أن الجيش مستعد لكل السيناريوهات.',
                   [('Metula', 19, 19), ('Qiryat Shmona', 19, 19)]),
    'en_threat': ('en', 'Israel threatened on Tuesday to retaliate, a day after Hezbollah rockets hit Kiryat Shmona.',
                  [('Qiryat Shmona', 19, 19)]),
    'en_vowed_two': ('en', 'Israel vowed on Tuesday to respond, a day after Hezbollah fired rockets at Kiryat Shmona and Metula.',
                     [('Metula', 19, 19), ('Qiryat Shmona', 19, 19)]),
    'en_noun_strike': ('en', 'Israel threatened on Tuesday to retaliate, a day after a Hezbollah drone strike on Metula.',
                       [('Metula', 19, 19)]),
    'en_funeral': ('en', 'Hezbollah buried three fighters on Tuesday, two days after an Israeli strike on Nabatieh.',
                   [('Nabatieh', 18, 18)]),
    'en_article': ('en', 'Israel threatened on Tuesday to retaliate, a day after Hezbollah rockets hit Kiryat Shmona and Metula. '
                         'The defence minister said Hezbollah would pay a heavy price. No one was hurt in the attacks, officials said.',
                   [('Metula', 19, 19), ('Qiryat Shmona', 19, 19)]),
    'fr_lendemain': ('fr', 'Israël a menacé mardi de riposter, au lendemain de tirs de roquettes du Hezbollah sur Kiryat Shmona.',
                     [('Qiryat Shmona', 19, 19)]),
    'fr_deux_jours': ('fr', 'Israël a menacé mardi de riposter, deux jours après une frappe de drone sur Metula.',
                      [('Metula', 18, 18)]),
}


@pytest.mark.parametrize("key", sorted(REACTION))
def test_an_attack_told_after_a_reaction_is_an_event_on_the_day_before(key):
    lang, text, want = REACTION[key]
    assert _seen(_events(text, lang)) == want


GUARDS = {
    'ar': ('ar', 'هددت إسرائيل اليوم الثلاثاء بالرد، بعد يوم من إطلاق صواريخ على كريات شمونة.',
           ['هددت إسرائيل اليوم الثلاثاء بالرد، بعد أشهر من هجمات صاروخية على كريات شمونة.',
            'هددت إسرائيل اليوم الثلاثاء بالرد، بعد أسابيع من هجمات صاروخية على كريات شمونة.',
            'هددت إسرائيل اليوم الثلاثاء بالرد.']),
    'en': ('en', 'Israel threatened on Tuesday to retaliate, a day after Hezbollah rockets hit Kiryat Shmona.',
           ['Israel threatened on Tuesday to retaliate, weeks after Hezbollah rockets hit Kiryat Shmona.',
            'Israel threatened on Tuesday to retaliate, months after Hezbollah rockets hit Kiryat Shmona.',
            'Israel threatened on Tuesday to strike Beirut.']),
    'fr': ('fr', 'Israël a menacé mardi de riposter, au lendemain de tirs de roquettes du Hezbollah sur Kiryat Shmona.',
           ['Israël a menacé mardi de riposter, des semaines après des tirs de roquettes sur Kiryat Shmona.',
            'Israël a menacé mardi de frapper Beyrouth.']),
}


@pytest.mark.parametrize("key", sorted(GUARDS))
def test_a_day_gap_tells_the_attack_but_weeks_months_or_a_threat_alone_stay_out(key):
    lang, told, out = GUARDS[key]
    assert _seen(_events(told, lang)) == [('Qiryat Shmona', 19, 19)]
    assert all(_events(text, lang) == [] for text in out)


NIGHT = {
    'ar_mundhu_hatta': ('ar', 'قصف الجيش الإسرائيلي بلدة الخيام منذ مساء أمس الاثنين وحتى فجر اليوم الثلاثاء.'),
    'ar_no_weekday': ('ar', 'قصف الجيش الإسرائيلي بلدة الخيام منذ مساء أمس وحتى صباح اليوم.'),
    'ar_article': ('ar', 'قصف الجيش الإسرائيلي بلدة الخيام منذ مساء أمس الاثنين وحتى فجر اليوم الثلاثاء. '
                         'وأفادت الوكالة الوطنية بتضرر عدد من المنازل. ولم يبلغ عن إصابات.'),
    'en_until_dawn': ('en', 'Israeli forces shelled Khiam from Monday evening until dawn on Tuesday.'),
    'fr_jusqua_aube': ('fr', "L'armée israélienne a bombardé Khiam de lundi soir jusqu'à l'aube mardi."),
}


@pytest.mark.parametrize("key", sorted(NIGHT))
def test_a_night_from_one_evening_to_the_next_dawn_spans_both_days(key):
    lang, text = NIGHT[key]
    assert _seen(_events(text, lang)) == [('El Khiyam', 19, 20)]


YESTERDAY = {
    'ar': ('ar', 'وقال مصدر محلي الثلاثاء إن غارة أمس على الميادين أسفرت عن مقتل ثلاثة.'),
    'en': ('en', "A local source said on Tuesday that yesterday's strike on Mayadin killed three."),
    'fr': ('fr', "Une source locale a déclaré mardi que la frappe d'hier sur Mayadine avait tué trois personnes."),
}


@pytest.mark.parametrize("key", sorted(YESTERDAY))
def test_yesterday_in_what_a_source_said_on_a_day_counts_from_that_day(key):
    lang, text = YESTERDAY[key]
    events = _events(text, lang, WED)
    assert _seen(events) == [('Al Mayādīn', 19, 19)] and events[0].killed.best == 3
    # (with no day of its own the statement is the report's: "yesterday" counts from publication)
    assert _seen(_events('Officials said that a rocket hit Sderot yesterday.', 'en', WED)) == [('Sderot', 20, 20)]


@pytest.mark.parametrize("lang,text", [
    ('ar', 'استهدفت طائرة مسيرة البوكمال.'),
    ('ar', 'حذرت إيران اليوم الثلاثاء، بعد يوم من غارات أمريكية على البوكمال والميادين.'),
])
def test_the_joined_spelling_of_albu_kamal_is_placed(lang, text):
    assert any(e.place and e.place.name == 'Ālbū Kamāl' for e in _events(text, lang))


def test_the_yesterday_of_a_statement_keeps_one_event_at_albu_kamal():
    text = ('قصفت طائرة حربية مستودعا في مدينة البوكمال مساء الاثنين. '
            'وقال مصدر محلي الثلاثاء إن غارة أمس على البوكمال دمرت المستودع بالكامل.')
    assert _seen(_events(text, 'ar', WED)) == [('Ālbū Kamāl', 19, 19)]
