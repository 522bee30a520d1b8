"""Language detection: English, French, Arabic, short and long, mixed, and the seeds."""
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo_events.language import detect_language, detect_sentence_language, language_scores, split_sentences

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

EN_LONG = (
    "Seven rockets targeted an air base housing American soldiers north of Baghdad on Monday evening. "
    "The attack caused no casualties, a security official told reporters. Five rockets crashed on a "
    "nearby village, while two landed inside the base. No group has claimed responsibility."
)
FR_LONG = (
    "Au moins sept roquettes ont frappé lundi la base aérienne irakienne de Balad, située à environ "
    "80 km au nord de Bagdad. Toutefois, des sources au sein de l'opération irakienne indiquent que "
    "l'attaque n'a fait aucun mort. Aucun groupe n'a revendiqué la responsabilité de l'attaque."
)
AR_LONG = (
    "سقطت سبعة صواريخ كاتيوشا مساء الاثنين على قاعدة بلد الجوية شمال بغداد، التي تضم متعاقدين أمريكيين، "
    "وفق ما أفاد مصدر أمني. وقال المصدر إن صاروخين سقطا داخل القاعدة بينما سقطت خمسة صواريخ على قرية "
    "البوحسان القريبة. ولم تتبن أي جهة الهجوم حتى الآن."
)


@pytest.mark.parametrize(
    "text, expected",
    [
        (EN_LONG, "en"),
        (FR_LONG, "fr"),
        (AR_LONG, "ar"),
        # Headlines and fragments: a single function word or accent has to do.
        ("Rockets hit the Balad air base", "en"),
        ("Seven rockets were fired", "en"),
        ("Sept roquettes frappent des positions américaines en Irak", "fr"),
        ("Attaque contre la base de Balad", "fr"),
        ("Roquettes tirées sur l'aéroport d'Erbil", "fr"),
        ("هجوم صاروخي على قاعدة عين الأسد", "ar"),
        ("صواريخ", "ar"),
        # Arabic article with Latin names and figures is still Arabic.
        ("أعلن البنتاغون (Pentagon) أن قاعدة بلد (Balad Air Base) تعرضت لهجوم بـ 7 صواريخ", "ar"),
    ],
)
def test_detects_language_of_short_and_long_texts(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "12345 - 2021-03-16", "Balad", "Kirby.", "AFP / SIPA"])
def test_texts_without_cues_are_undetermined(text):
    assert detect_language(text) == "und"
    assert detect_language(text, default="fr") == "fr"


def test_acronyms_are_not_french_words():
    # "UN" and "LA" are not the French article and pronoun.
    assert detect_language("The UN said LA rockets were fired at the base") == "en"


def test_sentence_detection_falls_back_to_default_when_unsure():
    assert detect_sentence_language("Nasser Nasser / AP / SIPA", default="en") == "en"
    assert detect_sentence_language("Nasser Nasser / AP / SIPA", default="fr") == "fr"
    assert detect_sentence_language("Les roquettes sont tombées près de la base.", default="en") == "fr"
    assert detect_sentence_language("The rockets fell near the base.", default="fr") == "en"
    assert detect_sentence_language("قال مسؤول أمني إن الصواريخ سقطت", default="en") == "ar"


def test_mixed_document_takes_the_majority_and_sentences_keep_their_own():
    text = EN_LONG + "\n\n« Deux roquettes sont tombées à l'extérieur de la base », a déclaré l'armée.\n\n" + EN_LONG
    assert detect_language(text) == "en"
    quote = text.split("\n\n")[1]
    assert detect_sentence_language(quote, default="en") == "fr"
    mostly_arabic = AR_LONG + " " + AR_LONG + "\n" + "The Pentagon said the base was hit."
    assert detect_language(mostly_arabic) == "ar"
    mostly_french = FR_LONG + "\n" + "The Pentagon said the base was hit."
    assert detect_language(mostly_french) == "fr"


def test_scores_explain_the_decision():
    scores = language_scores(FR_LONG)
    assert scores["fr"] > 3 * scores["en"]
    assert scores["arabic_letters"] == 0
    assert language_scores(AR_LONG)["arabic_letters"] > 100


def test_split_sentences_covers_the_text():
    text = "One rocket fell. Deux roquettes ?\nصاروخان سقطا؟ Last"
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["One rocket fell.", "Deux roquettes ?", "صاروخان سقطا؟", "Last"]


@pytest.mark.parametrize("name, expected", [("000_1224c2e07f41bd12.txt", "en"), ("002_51c7ff2950b22cc9.txt", "fr")])
def test_seeds(name, expected):
    path = SEEDS / name
    if not path.exists():
        pytest.skip(f"seed {name} not in this checkout")
    text = path.read_text(encoding="utf-8")
    assert detect_language(text) == expected
    # Most sentences of each seed are recognised on their own, not just the whole.
    langs = [detect_sentence_language(text[a:b]) for a, b in split_sentences(text)]
    assert langs.count(expected) >= 0.7 * len(langs)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_gives_a_known_answer(text):
    assert detect_language(text) in ("en", "fr", "ar", "und")
    assert detect_sentence_language(text, "xx") in ("en", "fr", "ar", "xx")


# --------------------------------------------------------------------------- the fast path decides as the full count

_PIECES = st.sampled_from([
    "the", "The", "LA", "la", "l'", "L’", "qu'", "it's", "Smith's", "king", "th", "w", "eux", "aux", "ées", "ière",
    "ement", "œ", "ç", "é", "İ", "ı", "ſ", "قاعدة", "بلد", "3", "_", "armée", "Kirkuk", "UN", "est", "selon", "des",
    " ", " ", ".", ",", "’", "'", "rockets", "roquettes", "a", "on", "de"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=16), st.sampled_from(["und", "en", "fr"]))
def test_sentence_decision_is_the_decision_of_the_full_scores(pieces, default):
    from geo_events.language import _decide

    text = "".join(pieces)
    assert detect_sentence_language(text, default) == _decide(language_scores(text), default)


def test_possessives_and_dotted_capitals_are_counted_as_the_rules_say():
    # "Smith's" is one English cue (the possessive), not also its "th"; "İ" is read as "i"
    assert language_scores("Smith's")["en"] == 0.25
    assert language_scores("Smith")["en"] == 0.25
    assert language_scores("LUMİÈRE")["fr"] == language_scores("lumière")["fr"]
