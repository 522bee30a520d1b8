"""A second site told in the same sentence (or the next one) is not lost (sites, round 1).

Invented reports (publication date Thursday 2023-05-11) in wordings, places and numbers no evaluation set uses:
- a passive verb of attack with an adverb before it ("Y was also shelled", "Y a ensuite été bombardée",
  "Y a à son tour été visée") makes Y the place hit, so a new site opens its own frame;
- a verb told again of a second place ("X was hit, as was Y", "X a été touchée, tout comme Y",
  "des drones ont visé X, de même que Y") makes one frame per site;
- an Arabic sentence whose second half opens with "، كما" and a verb of attack of its own ("، كما استهدفت
  مسيرة Y") is a second incident's clause.
And readings where nothing is split: "as was reported", a second place with its own earlier time ("comme l'a été
Y la semaine dernière"), "، كما أعلنت الشرطة" (a statement, no attack), "as did a mortar round" (no place).
"""
import datetime as dt

import pytest

from factories import frames_of, value_of

PUBLISHED = dt.date(2023, 5, 11)

# (id, language, text, the target of each frame in order (a word of the name as written))
ITEMS = [
    # a passive verb with an adverb: the subject is the place hit
    ("p1", "en", "A drone hit an army post in Baiji on Monday evening. Haditha was also shelled, officials said.",
     ["Baiji", "Haditha"]),
    ("p2", "en", "Rockets slammed into Samarra on Tuesday night. Tikrit was later struck by a drone, police said.",
     ["Samarra", "Tikrit"]),
    ("p3", "en", "A drone hit Baiji on Monday. Haditha was again targeted on Monday evening.", ["Baiji", "Haditha"]),
    ("p4", "fr", "Un drone a frappé une caserne à Baïji lundi soir. Haditha a ensuite été bombardée, selon un responsable.",
     ["Baïji", "Haditha"]),
    ("p5", "fr", "Des roquettes ont touché Samarra mardi. Tikrit a à son tour été visée dans la soirée.",
     ["Samarra", "Tikrit"]),
    ("p6", "fr", "Un obus est tombé sur Hit dimanche matin. Rawa a également été pilonnée, selon des sources locales.",
     ["Hit", "Rawa"]),
    # the verb told again of a second place
    ("e1", "en", "Samarra was hit by two rockets on Tuesday, as was Tikrit, police said.", ["Samarra", "Tikrit"]),
    ("e2", "en", "Kirkuk was struck by a drone early on Sunday, and so was Dibis, a security source said.",
     ["Kirkuk", "Dibis"]),
    ("e3", "fr", "Samarra a été touchée par deux roquettes mardi, tout comme Tikrit, selon la police.",
     ["Samarra", "Tikrit"]),
    ("e4", "fr", "Des drones ont visé Baïji lundi, de même que Siniyah.", ["Baïji", "Siniyah"]),
    ("e5", "fr", "Hit a été bombardée dimanche soir, comme l'a été Rawa, selon des sources locales.", ["Hit", "Rawa"]),
    # an Arabic second half under a verb of attack of its own
    ("a1", "ar", "استهدف صاروخان سامراء يوم الثلاثاء، كما استهدفت طائرة مسيرة تكريت.", ["سامراء", "تكريت"]),
    ("a2", "ar", "سقطت قذيفتان على بلدة الصينية صباح الأحد، كما قصفت المدفعية قرية البوعجيل.",
     ["الصينية", "البوعجيل"]),
    ("a3", "ar", "قصفت طائرة مسيرة نقطة تفتيش في بيجي يوم الاثنين، كما استهدفت قذيفة هاون قرية الصينية.",
     ["بيجي", "الصينية"]),
    # nothing split
    ("n1", "en", "Samarra was shelled on Monday, as was reported by the police.", ["Samarra"]),
    ("n2", "en", "Two rockets fired from Dujail hit Samarra on Monday, as did a mortar round.", ["Samarra"]),
    ("n3", "fr", "Samarra a été bombardée lundi, comme l'a été Dujail la semaine dernière.", ["Samarra"]),
    ("n4", "en", "Dujail was hit by a rocket on Monday, as were the outskirts of the town.", ["Dujail"]),
    ("n5", "ar", "سقطت قذيفة على سامراء يوم الاثنين، كما أعلنت الشرطة اعتقال مشتبه به.", ["سامراء"]),
    ("n6", "ar", "قصفت المدفعية بلدة الصينية صباح الأحد، كما أعلنت الشرطة إصابة جنديين.", ["الصينية"]),
]


def _targets(text: str, lang: str) -> list:
    return [(value_of(f, "target").name if value_of(f, "target") else None) for f in frames_of(text, lang, PUBLISHED)]


@pytest.mark.parametrize("item_id, lang, text, expected", ITEMS, ids=[i[0] for i in ITEMS])
def test_one_frame_per_site(item_id, lang, text, expected):
    names = _targets(text, lang)
    assert len(names) == len(expected), names
    for want in expected:
        assert any(n is not None and want.split()[-1] in n for n in names), (names, expected)


def test_items_cover_three_languages():
    langs = [lang for _, lang, _, _ in ITEMS]
    assert min(langs.count("en"), langs.count("fr"), langs.count("ar")) >= 5


def test_echoed_site_shares_the_day():
    """"X was hit on Sunday, as was Y": Y is hit on X's day, by the same kind of attack."""
    frames = frames_of("Kirkuk was struck by a drone early on Sunday, and so was Dibis.", "en", PUBLISHED)
    assert {value_of(f, "date").earliest for f in frames} == {dt.date(2023, 5, 7)}
    assert len({value_of(f, "event_type") for f in frames}) == 1


def test_arabic_second_site_keeps_its_own_weapon():
    """"، كما استهدفت مسيرة Y": the drone is Y's, the rockets X's."""
    frames = frames_of("استهدف صاروخان سامراء يوم الثلاثاء، كما استهدفت طائرة مسيرة تكريت.", "ar", PUBLISHED)
    kinds = {value_of(f, "target").name: value_of(f, "event_type") for f in frames}
    assert kinds.get("تكريت") == "drone attack", kinds
