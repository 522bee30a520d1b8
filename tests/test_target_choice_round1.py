"""Which places of a story are its incident's target (geo_events.incident, geo_events.salience).

Invented short wire stories in English, French and Arabic (no place or wording of a development
set): an attack with a second place named while it is told -- where one of the salvo fell, the seat
of a speaker, the victims' home town, where the launchers were found, a capital acting -- must map
ONE incident; two strikes a few km apart each told with its own verb, and an attack beside an
interception elsewhere on the same day, must stay two.
"""
import datetime as dt

import pytest

from geo_events.incident import partitive_before
from geo_events.models import Document
from geo_events.pipeline import process

PUBLISHED = dt.date(2024, 3, 20)  # a Wednesday


def _events(text: str, lang: str):
    return process([Document(doc_id="story", text=text, language=lang, published=PUBLISHED)]).events


def _names(events):
    return sorted(e.place_name for e in events)


# ----------------------------------------------------------------------- one incident, one place

ONE_INCIDENT = [
    # where one of the salvo fell: an impact site of the incident, not a second attack
    ("en", "Three drones attacked Tal Baydar base on Saturday, a Kurdish official said. One of them crashed in a "
           "field near Tall Tamr without exploding.", "Tal Baydar", "Tall Tamr"),
    ("en", "Two Katyusha rockets landed inside the Green Zone on Tuesday evening, police said. One of the rockets "
           "fell near the road leading to the Camp Taji gate, causing no damage.", "Green Zone", "Camp Taji"),
    ("fr", "Deux roquettes ont visé lundi soir l'aéroport d'Erbil, sans faire de blessés. L'une des roquettes est "
           "tombée près du village de Kani Qirzhala, selon la police.", "Erbil", None),
    # the nearest town named with the base, and its residents as witnesses
    ("en", "Four rockets slammed into Qayyarah airfield on Tuesday evening, damaging a hangar, a military spokesman "
           "said. The base lies about 5 km west of the town of Qayyarah, south of Mosul. Residents of Qayyarah said "
           "they heard loud blasts.", "Qayyarah", None),
    # the victims' home town, where they were buried
    ("en", "A drone strike killed two farmers in the village of Kafr Nabl on Sunday, a monitor said. Both men were "
           "from Maarat al-Numan, where their funerals were held on Monday.", "Kafr Nabl", None),
    ("fr", "Un obus est tombé samedi sur une école de Kiryat Shmona, blessant un enseignant originaire de Safed, "
           "selon les secours.", "Kiryat Shmona", None),
    ("ar", "قتل جنديان بقصف صاروخي استهدف موقعا عسكريا في مدينة مأرب يوم الأحد، وشيع جثمانهما في مدينة تعز يوم "
           "الاثنين.", "مأرب", None),
    # the official speaking in a capital
    ("en", "Two drones targeted Harir air base in Erbil province on Thursday, causing no casualties. A Pentagon "
           "spokesman in Washington confirmed the attack later that day.", "Harir", None),
    ("fr", "Un drone a frappé jeudi la base de Conoco, sans faire de victimes, a confirmé un responsable américain "
           "à Washington.", "Conoco", None),
    ("ar", "استهدفت طائرة مسيرة قاعدة عين الأسد في محافظة الأنبار مساء الأربعاء دون وقوع إصابات، بحسب ما أكده "
           "مسؤول أميركي في واشنطن.", "عين الأسد", None),
    # launchers found in a village: a launch site, not a target
    ("en", "Four rockets struck Ain al-Asad air base on Wednesday morning. Police said the launch pad was found in "
           "farmland outside Baghdadi, some 8 km east of the base.", "Ain al-Asad", None),
    ("fr", "Deux roquettes se sont abattues mardi soir sur la base de Balad, sans faire de victimes, selon une "
           "source sécuritaire. La rampe de lancement a été retrouvée près du village d'Al-Ishaqi, à une dizaine "
           "de kilomètres.", "Balad", None),
    ("ar", "سقطت ثلاثة صواريخ كاتيوشا على قاعدة بلد الجوية مساء الثلاثاء دون أن تسفر عن إصابات، وعثرت القوات "
           "الأمنية لاحقاً على منصة الإطلاق في بستان قرب ناحية الإسحاقي.", "بلد", None),
    # the governorate named after the town
    ("en", "A missile struck a fuel depot in the town of Sheikh Othman on Wednesday, killing one worker, officials "
           "in Aden governorate said.", "Sheikh Othman", None),
    # capitals as actors
    ("en", "An Iranian-made drone hit a warehouse in Ras Tanura on Saturday, setting it on fire. Tehran denied any "
           "role, while Riyadh vowed to respond.", "Ras Tanura", None),
    ("fr", "Une frappe de drone a visé jeudi un convoi près de Tartous, tuant trois soldats. Moscou a dénoncé une "
           "provocation et Damas a promis de riposter.", "Tartous", None),
]


@pytest.mark.parametrize("lang,text,target,impact", ONE_INCIDENT, ids=[f"{c[0]}-{c[2]}" for c in ONE_INCIDENT])
def test_second_place_of_a_told_incident_is_not_a_second_event(lang, text, target, impact):
    events = _events(text, lang)
    assert len(events) == 1, _names(events)
    assert target in events[0].place_name
    if impact is not None:  # where a share of the salvo fell stays on the incident as an impact site
        assert impact in [i.name for i in events[0].impacts]


def test_speaker_seat_beside_the_incident_is_dropped():
    # an official "of the province of X" speaking of casualties: X is the source's seat, not a target
    text = ("Une explosion a secoué vendredi soir un dépôt d'armes de la base de Kalsou, tuant un soldat. Samedi, "
            "« deux autres blessés ont été admis à l'hôpital », a précisé un responsable de la santé de la "
            "province de Diyala, sous couvert d'anonymat.")
    events = _events(text, "fr")
    assert "Diyala" not in " ".join(_names(events))


# ----------------------------------------------------------------------- two incidents stay two

TWO_INCIDENTS = [
    ("en", "Israeli drones struck a house in Houla on Monday afternoon, killing one man. Separately, an airstrike "
           "hit a car on the outskirts of Markaba, about 5 km away, wounding two people.", {"Houla", "Markaba"}),
    ("fr", "Une frappe israélienne a détruit mercredi une maison à Yaroun, tuant deux personnes. Une autre frappe a "
           "touché le même jour un véhicule à Maroun al-Ras, à quelques kilomètres de là, blessant un civil.",
     {"Yaroun", "Maroun al-Ras"}),
    ("en", "A rocket fired from Gaza hit a house in Sderot on Tuesday, lightly injuring a woman. On the same day, "
           "the Iron Dome intercepted a drone over Eilat.", {"Sderot", "Eilat"}),
    # "the other" of two strikes told in one sentence with its own toll: a second strike, not a share
    ("en", "Two airstrikes hit the area on Sunday: the first destroyed a house in Aitaroun, killing a man, and the "
           "other hit a car in Blida, wounding two.", {"Aitaroun", "Blida"}),
]


@pytest.mark.parametrize("lang,text,places", TWO_INCIDENTS, ids=[c[0] + "-" + "-".join(sorted(c[2])) for c in TWO_INCIDENTS])
def test_separate_strikes_each_with_its_verb_stay_separate(lang, text, places):
    names = " ".join(_names(_events(text, lang)))
    for p in places:
        assert p in names, names


# ----------------------------------------------------------------------- the partitive reading itself

@pytest.mark.parametrize("sentence,name,expected", [
    ("One of the two missiles came down in an orchard near Tarmiyah.", "Tarmiyah", True),
    ("The other rocket landed on a road outside Yathrib.", "Yathrib", True),
    ("L'un d'eux s'est écrasé près de Hajin.", "Hajin", True),
    ("وسقطت إحدى القذائف في ساحة قرب بلدة الحويجة.", "الحويجة", True),
    # not a partitive of the salvo: a target that is one of several buildings, or a new strike
    ("A rocket hit one of the houses in Tarmiyah.", "Tarmiyah", False),
    ("Another drone struck Hajin an hour later.", "Hajin", False),
    ("The other day, a drone hit Yathrib.", "Yathrib", False),
    ("أصاب صاروخ أحد المنازل في بلدة الحويجة.", "الحويجة", False),
])
def test_partitive_subject_before_the_place(sentence, name, expected):
    assert partitive_before(sentence, name) is expected


# ----------------------------------------------------------------------- the place's role in its sentence

def _event_named(sentence: str, name: str, lang: str = "en"):
    """An event whose only target sentence is ``sentence`` (the shape extraction gives)."""
    from geo_events.models import Event, EventFrame, Evidence, Fact, PlaceRef

    doc = Document(doc_id="s", text=sentence, language=lang, published=PUBLISHED)
    fact = Fact("target", PlaceRef(name), Evidence("s", sentence, 0, len(sentence)))
    return Event(event_id="e", event_type="attack", frames=[EventFrame(doc, [fact])], place_name=name)


@pytest.mark.parametrize("sentence,name,role", [
    ("Two more wounded died overnight, a health official of Nineveh province told reporters.", "Nineveh", "speaker"),
    ("« Deux autres blessés sont morts », a précisé un responsable de la santé de la province de Wassit.", "Wassit",
     "speaker"),
    ("وقال مسؤول في واشنطن إن الهجوم لم يسفر عن إصابات.", "واشنطن", "speaker"),
    ("Security forces found the launch platform in an orchard outside Tarmiyah.", "Tarmiyah", "launcher"),
    ("Residents of Hajin and Sousa said they heard several explosions.", "Hajin", "witness"),
    ("Ankara denied any role in the attack.", "Ankara", "actor"),
    ("Moscou a dénoncé une provocation.", "Moscou", "actor"),
])
def test_role_of_a_second_place(sentence, name, role):
    from geo_events.salience import place_roles

    assert place_roles(_event_named(sentence, name))[f"role_{role}"]


@pytest.mark.parametrize("sentence,name", [
    ("A drone struck a checkpoint in Tarmiyah on Monday, officials said.", "Tarmiyah"),
    ("Rockets hit the airport of Nineveh on Sunday, killing a guard.", "Nineveh"),
    ("قصفت طائرة مسيرة منزلا في بلدة حولا صباح الاثنين.", "حولا"),
])
def test_a_target_plays_no_second_role(sentence, name):
    from geo_events.salience import place_roles

    roles = place_roles(_event_named(sentence, name))
    assert not any(roles[f"role_{r}"] for r in ("speaker", "launcher", "witness", "actor", "partitive"))


def test_speaker_seat_is_dropped_only_beside_another_event():
    from geo_events.salience import salient

    told = _event_named("A blast hit an arms depot at Saqr base on Friday night, killing a fighter.", "Saqr")
    seat = _event_named("Three more were treated in hospital, a health official of Wasit province said.", "Wasit")
    for ev, (lat, lon) in ((told, (32.9, 44.4)), (seat, (32.5, 45.8))):
        from geo_events.models import DateSpan, Place

        ev.place = Place(ev.place_name, lat, lon)
        ev.date = DateSpan(dt.date(2024, 3, 15), dt.date(2024, 3, 15))
    # the seat frames share the told event's document in a real article
    seat.frames[0] = type(seat.frames[0])(told.frames[0].doc, seat.frames[0].facts)
    assert [e.place_name for e in salient([told, seat])] == ["Saqr"]
    assert [e.place_name for e in salient([seat])] == ["Wasit"]  # the only event of an article stays


# ----------------------------------------------------------------------- an incident retold on the day of a statement

RETOLD_ON_STATEMENT_DAY = [
    ("en", "ERBIL, March 20 - An explosive-laden drone struck Harir air base north of Erbil, damaging a hangar, Kurdish "
           "officials confirmed on Wednesday. The attack, late on Monday, hit Harir air base as coalition aircraft "
           "were parked on the apron.", "Harir", dt.date(2024, 3, 18)),
    ("fr", "ERBIL, 20 mars 2024 - L'armée américaine a affirmé mercredi avoir abattu plusieurs drones qui se "
           "dirigeaient vers sa base de Harir, au nord d'Erbil. Les drones avaient été repérés lundi vers 22h00 alors "
           "qu'ils approchaient de la base de Harir, selon un communiqué.", "Harir", dt.date(2024, 3, 18)),
    ("ar", "أعلنت قيادة العمليات المشتركة، اليوم الأربعاء، سقوط قذائف هاون على أطراف قضاء طوزخورماتو من دون خسائر. "
           "وأضاف البيان أن \"مساء يوم الاثنين سقطت ثلاث قذائف هاون على أرض زراعية في أطراف قضاء طوزخورماتو\".",
     "طوزخورماتو", dt.date(2024, 3, 18)),
]


@pytest.mark.parametrize("lang,text,place,day", RETOLD_ON_STATEMENT_DAY, ids=[c[0] for c in RETOLD_ON_STATEMENT_DAY])
def test_an_incident_retold_on_the_day_of_a_statement_is_one_event(lang, text, place, day):
    events = [e for e in _events(text, lang) if place in e.place_name]
    assert len(events) == 1, [(e.place_name, e.date.iso()) for e in events]
    assert events[0].date.earliest == day  # the attack's day, not the statement's


def test_two_attacks_on_consecutive_days_at_one_base_stay_two():
    # each day is the attack's own ("struck ... on Tuesday"), not only the day something was said
    text = ("Two rockets hit the Green Zone on Monday, police said. Another rocket struck the Green Zone on Tuesday, "
            "officials said on Tuesday.")
    days = sorted(e.date.earliest for e in _events(text, "en") if "Green Zone" in e.place_name)
    assert days == [dt.date(2024, 3, 18), dt.date(2024, 3, 19)]


@pytest.mark.parametrize("sentence,date_text,expected", [
    ("Militia sources said on Monday that 25 fighters were killed.", "on Monday", True),
    ("Les autorités ont confirmé samedi la mort de trois soldats.", "samedi", True),
    ("ولم تتبن أي جهة الهجوم حتى مساء أمس.", "مساء أمس", True),
    ("Rockets landed on Monday inside the base, officials said.", "on Monday", False),
    ("Une roquette est tombée samedi sur la base, a déclaré un responsable.", "samedi", False),
])
def test_statement_day(sentence, date_text, expected):
    from geo_events.incident import statement_dated
    from geo_events.models import DateSpan, Event, EventFrame, Evidence, Fact

    doc = Document(doc_id="s", text=sentence, language="en", published=PUBLISHED)
    fact = Fact("date", DateSpan(PUBLISHED, PUBLISHED, "day", date_text), Evidence("s", sentence, 0, len(sentence)))
    ev = Event(event_id="e", event_type="attack", frames=[EventFrame(doc, [fact])])
    assert statement_dated(ev) is expected
