"""Casualty figures that are not the attack's toll, or were not read as one (session 41).

- A claimant's count of its own kills ("the army said it had killed five militants", "a dit avoir tué dix
  combattants", "قال الجيش إنه قتل خمسة مسلحين") gave way to nothing: the smallest figure won, so the attacker's
  claim replaced the medics' toll. It is now marked ``"claimed"`` and ranked after any other figure; alone, it is
  still the toll, and its mark is never shown as a qualifier ("claimed 5").
- A range before the toll's noun ("five to seven dead", "cinq à sept morts", "مقتل خمسة إلى سبعة أشخاص") gave its
  top or no figure; the low bound is kept, as for "between five and seven".
- An Arabic toll told in a sentence of its own with the raid as the subject of its result ("وأسفرت الغارة عن سقوط
  قتيلين") after a drone's raid was dropped as another raid's.
- A denial of casualties ("denied any casualties after a rocket hit X", "a démenti toute victime après une frappe",
  "نفى الجيش وقوع أي إصابات جراء سقوط صاروخ") silenced the attack told after it. The attack is an event; its toll
  stays unknown in the three languages (tests/ANNOTATION.md: 0 only when the text says so, and a denial is one
  party's word).
"""
from __future__ import annotations

import datetime as dt

import pytest

from geo_events.casualties import _casualties
from geo_events.models import Document
from geo_events.pipeline import process
from tests.factories import events_of, one_event

PUBLISHED = dt.date(2024, 3, 13)  # a Wednesday: Tuesday 12


def tolls(text: str, lang: str) -> dict[str, tuple]:
    """Each event's place as the text names it -> (killed, injured)."""
    return {e.place_name: (e.killed.best, e.injured.best) for e in events_of(text, lang, PUBLISHED)}


# ----------------------------------------------------------------------------- a claimant's figure

@pytest.mark.parametrize("lang, text, killed", [
    ("en", "An Israeli strike on Rafah killed 15 people on Tuesday, medics said, while the army said it had killed "
           "five militants.", 15),
    ("fr", "Une frappe israélienne sur Rafah a tué 15 personnes mardi, selon des secouristes, tandis que l'armée a "
           "dit avoir tué dix combattants.", 15),
    ("ar", "أدت غارة إسرائيلية على رفح إلى مقتل 15 شخصا يوم الثلاثاء، وفق مسعفين، فيما قال الجيش إنه قتل خمسة مسلحين.", 15),
    ("en", "An Israeli airstrike on Khan Younis killed 12 people on Monday, health officials said. The army said it "
           "had killed four Hamas fighters in the strike.", 12),
    ("fr", "Une frappe aérienne israélienne sur Khan Younès a fait 12 morts lundi, selon le ministère de la Santé. "
           "L'armée israélienne a affirmé avoir tué quatre combattants du Hamas.", 12),
    ("ar", "قتل ثمانية أشخاص في غارة إسرائيلية على منزل في دير البلح يوم الأحد، بحسب مصادر طبية. وأعلن الجيش أنه قتل "
           "ثلاثة مسلحين.", 8),
    # the claim first, the observer's count after it
    ("en", "The army claimed to have killed six fighters in a strike on Beit Hanoun on Monday, while medics counted "
           "nine dead.", 9),
    ("fr", "L'armée a dit avoir tué deux militants dans une frappe sur Jénine lundi, tandis que des secouristes "
           "palestiniens ont fait état de quatre morts.", 4),
    ("ar", "قال الجيش الإسرائيلي إنه قضى على أربعة مسلحين في غارة على جنين يوم الاثنين، فيما قالت مصادر طبية إن ستة "
           "أشخاص قتلوا.", 6),
])
def test_an_observers_toll_wins_over_the_attackers_claim(lang, text, killed):
    ev = one_event(text, lang, PUBLISHED)
    assert ev.killed.best == killed


@pytest.mark.parametrize("lang, text, killed", [
    ("en", "The Israeli military said it had killed five militants in an airstrike on Rafah on Tuesday.", 5),
    ("fr", "L'armée israélienne a affirmé avoir tué cinq combattants lors d'une frappe sur Rafah mardi.", 5),
    ("ar", "قال الجيش الإسرائيلي إنه قتل خمسة مسلحين في غارة على رفح يوم الثلاثاء.", 5),
    # (not a claim of its own kills: the attack killed them, the army is the source)
    ("en", "An Israeli airstrike killed five militants in Khan Younis on Tuesday, the army said.", 5),
    ("fr", "Une frappe israélienne a tué cinq combattants à Khan Younès mardi, selon l'armée.", 5),
    ("ar", "قتلت غارة إسرائيلية خمسة مسلحين في خان يونس يوم الثلاثاء، بحسب الجيش.", 5),
])
def test_a_claim_alone_is_still_the_toll_and_shows_no_mark(lang, text, killed):
    ev = one_event(text, lang, PUBLISHED)
    assert ev.killed.best == killed
    assert ev.killed.text() == str(killed)  # never "claimed 5" in a popup
    assert ev.killed.qualifier() is None  # what export writes as a count qualifier


@pytest.mark.parametrize("lang, text", [
    ("en", "An Israeli airstrike hit Rafah on Tuesday, killing 11 people, medics said. Separately, the army said it "
           "had killed four militants in a strike on Jabalia on Wednesday."),
    ("fr", "Une frappe israélienne a tué onze personnes à Rafah mardi, selon des secouristes. Par ailleurs, l'armée a "
           "dit avoir tué quatre combattants dans une frappe sur Jabalia mercredi."),
    ("ar", "أسفرت غارة إسرائيلية على رفح يوم الثلاثاء عن مقتل 11 شخصا، بحسب مسعفين. وفي سياق منفصل، قال الجيش إنه قتل "
           "أربعة مسلحين في غارة على جباليا يوم الأربعاء."),
])
def test_two_incidents_each_keep_their_own_figure(lang, text):
    got = sorted(k for k, _ in tolls(text, lang).values())
    assert got == [4, 11]


def test_a_claim_keeps_its_mark_as_provenance_in_the_json_export():
    from geo_events.export import events_to_json

    text = ("An Israeli strike on Rafah killed 15 people on Tuesday, medics said, while the army said it had killed "
            "five militants.")
    evs = process([Document("t.txt", text, "en", PUBLISHED)]).events
    killed = events_to_json(evs)[0]["killed"]
    assert killed["best"] == 15 and killed["text"] == "15 (reports range 5-15)"
    assert {(v["value"], v["qualifier"]) for v in killed["values"]} == {(15, None), (5, "claimed")}


# ----------------------------------------------------------------------------- ranges: the low bound

@pytest.mark.parametrize("lang, text, which, want", [
    ("en", "The strike left five to seven dead.", "killed", [(5, None)]),
    ("fr", "Une frappe a fait cinq à sept morts mardi.", "killed", [(5, None)]),
    ("en", "The strike left 5-7 dead.", "killed", [(5, None)]),
    # guards: a figure that changed, and ages
    ("en", "The toll rose from five to seven dead.", "killed", [(7, None)]),
    ("fr", "Le bilan est passé de cinq à sept morts.", "killed", [(7, None)]),
    ("en", "Children aged 10 to 12 were killed.", "killed", []),
])
def test_a_range_before_the_tolls_noun_gives_its_low_bound(lang, text, which, want):
    assert _casualties(text, lang, which) == want


@pytest.mark.parametrize("lang, text, killed, injured", [
    ("ar", "أسفرت غارة إسرائيلية على رفح يوم الثلاثاء عن مقتل خمسة إلى سبعة أشخاص.", 5, None),
    ("ar", "أدت غارة إسرائيلية على رفح يوم الثلاثاء إلى مقتل خمسة إلى سبعة أشخاص، بحسب مسعفين.", 5, None),
    ("en", "Five to seven people were killed in an Israeli strike on Rafah on Tuesday.", 5, None),
    ("fr", "Une frappe israélienne sur Rafah a fait cinq à sept morts mardi.", 5, None),
    ("fr", "Cinq à sept personnes ont été tuées dans une frappe israélienne sur Rafah mardi.", 5, None),
    ("en", "Three to four people were wounded when a rocket hit Sderot on Tuesday.", None, 3),
    ("fr", "Trois à quatre personnes ont été blessées par une roquette tombée sur Sdérot mardi.", None, 3),
])
def test_a_range_of_victims_is_its_low_bound(lang, text, killed, injured):
    ev = one_event(text, lang, PUBLISHED)
    assert (ev.killed.best, ev.injured.best) == (killed, injured)


# ----------------------------------------------------------------------------- the toll in a sentence of its own

@pytest.mark.parametrize("lang, text, killed", [
    ("ar", "شنت طائرة مسيرة غارة على بلدة عيتا الشعب يوم الثلاثاء. وأسفرت الغارة عن سقوط قتيلين، بحسب مصدر أمني.", 2),
    ("ar", "شنت طائرة مسيرة غارة على بلدة عيتا الشعب يوم الثلاثاء. وأسفرت الغارة عن مقتل ثلاثة أشخاص.", 3),
    ("ar", "استهدفت مسيرة إسرائيلية سيارة في بنت جبيل يوم الثلاثاء. وأدت الغارة إلى مقتل شخصين، وفق مصدر أمني.", 2),
    ("en", "A drone struck the village of Aita al-Shaab on Tuesday. The strike left two dead, a security source said.", 2),
    ("fr", "Un drone a frappé le village d'Aïta al-Chaab mardi. La frappe a fait deux morts, selon une source "
           "sécuritaire.", 2),
])
def test_a_toll_told_in_the_next_sentence_is_the_raids(lang, text, killed):
    ev = one_event(text, lang, PUBLISHED)
    assert ev.killed.best == killed


def test_the_second_raid_on_another_place_keeps_its_own_toll():
    text = ("شنت مسيرة إسرائيلية غارة على بلدة عيتا الشعب يوم الثلاثاء. وأسفرت الغارة الثانية على بلدة الخيام عن "
            "سقوط قتيلين.")
    got = tolls(text, "ar")
    assert got["الخيام"][0] == 2 and got["عيتا الشعب"][0] is None


# ----------------------------------------------------------------------------- denials

@pytest.mark.parametrize("lang, text, place", [
    ("en", "The army denied any casualties after a rocket hit Sderot on Tuesday.", "Sderot"),
    ("en", "The army denied any casualties after a strike on Gaza on Tuesday.", "Gaza"),
    ("fr", "L'armée a démenti toute victime après une frappe sur Gaza mardi.", "Gaza"),
    ("fr", "L'armée israélienne a démenti tout blessé après la chute d'un drone du Hezbollah à Metoula mercredi.",
     "Metoula"),
    ("ar", "نفى الجيش وقوع أي إصابات جراء سقوط صاروخ على سديروت يوم الثلاثاء.", "سديروت"),
    ("ar", "نفى الجيش الإسرائيلي سقوط أي ضحايا جراء سقوط مسيرة لحزب الله على المطلة يوم الأربعاء.", "المطلة"),
    # the denial in a sentence of its own
    ("en", "A rocket hit Sderot on Tuesday. The army denied any casualties.", "Sderot"),
    ("fr", "Une roquette s'est abattue sur Sdérot mardi. L'armée a démenti toute victime.", "Sdérot"),
    ("ar", "سقط صاروخ على سديروت يوم الثلاثاء. ونفى الجيش وقوع أي إصابات.", "سديروت"),
])
def test_a_denial_of_casualties_leaves_the_attack_with_an_unknown_toll(lang, text, place):
    ev = one_event(text, lang, PUBLISHED)
    assert ev.place_name == place
    assert (ev.killed.best, ev.injured.best) == (None, None)


@pytest.mark.parametrize("lang, text", [
    ("en", "The army denied that its jets had struck Gaza on Tuesday."),
    ("en", "The army denied reports that its jets struck Khan Younis on Tuesday."),
    ("fr", "L'armée a démenti avoir frappé Gaza mardi."),
    ("fr", "L'armée a démenti les informations selon lesquelles ses avions auraient frappé Khan Younès mardi."),
    ("ar", "نفى الجيش أن تكون طائراته قد قصفت غزة يوم الثلاثاء."),
    ("ar", "نفت الوزارة استهداف مستشفى في خان يونس يوم الثلاثاء."),
])
def test_a_denial_of_the_attack_still_makes_no_event(lang, text):
    assert events_of(text, lang, PUBLISHED) == []
