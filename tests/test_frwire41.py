"""French wire copy forms (session 41), each with its English and Arabic equivalent.

- a part of the day told alone ("en fin de matinée", "in the early afternoon", "بعد الظهر") in a report that tells
  no day anywhere is of the report's own day (it was left an undated range); a day told before still dates it;
- the whole of a salvo told after the part's noun ("abattu 17 drones sur 20 lancés", "17 drones out of 20",
  "17 مسيرة من أصل 20") is the count, as "17 des 20 drones" already was;
- "Israeli tanks fired shells at X" is shelling told by its guns, as "des chars ont tiré des obus sur X" is;
- the troops fired at, or the shells fired, right before a bearing ("fired mortar shells at soldiers east of X",
  "sur des soldats à l'est de X") leave X the place of the attack when the clause gives no other.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import events_of, km, one_event

PUBLISHED = dt.date(2024, 3, 13)  # a Wednesday: Monday 11, Sunday 10

NAHARIYA = (33.009, 35.098)
KHIAM = (33.328, 35.613)
KHAN_YOUNIS = (31.340, 34.306)


def _day(event) -> tuple:
    return event.date.earliest, event.date.latest


@pytest.mark.parametrize("lang, text", [
    ("fr", "En fin d'après-midi, deux roquettes ont visé la ville de Nahariya, sans faire de victimes."),
    ("fr", "Deux roquettes ont visé la ville de Nahariya en fin de matinée, sans faire de victimes."),
    ("fr", "Deux roquettes sont tombées dans l'après-midi sur la ville de Nahariya."),
    ("en", "In the early afternoon, two rockets hit the town of Nahariya, causing no casualties."),
    ("en", "Two rockets hit the town of Nahariya in the late morning, causing no casualties."),
    ("ar", "أصاب صاروخان مدينة نهاريا بعد الظهر دون وقوع إصابات."),
])
def test_bare_part_of_the_day_is_the_report_day(lang, text):
    ev = one_event(text, lang, PUBLISHED)
    assert km(*NAHARIYA, ev.place.lat, ev.place.lon) < 5
    assert _day(ev) == (PUBLISHED, PUBLISHED)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Un missile a frappé lundi Kharkiv, tuant deux personnes. En fin de matinée, un drone a visé Soumy."),
    ("en", "A missile struck Kharkiv on Monday, killing two. In the late morning, a drone hit Sumy."),
    # a day told in a sentence of no incident still dates the part of the day after it
    ("fr", "Dimanche a été la journée la plus meurtrière depuis des mois dans la région. Un drone a touché en fin de "
           "matinée un marché de Soumy, tuant neuf civils."),
])
def test_part_of_the_day_after_a_day_keeps_that_day(lang, text):
    sumy = [e for e in events_of(text, lang, PUBLISHED) if e.place is not None and km(50.91, 34.80, e.place.lat, e.place.lon) < 10]
    assert len(sumy) == 1
    assert sumy[0].date.latest < PUBLISHED


def test_undated_report_without_part_of_the_day_stays_a_range():
    ev = one_event("Deux roquettes ont visé la ville de Nahariya, sans faire de victimes.", "fr", PUBLISHED)
    assert ev.date.precision == "range"


@pytest.mark.parametrize("lang, text", [
    ("fr", "La défense antiaérienne a abattu 17 drones sur 20 lancés par la Russie contre la région de Kharkiv."),
    ("en", "Air defences downed 17 drones out of 20 launched by Russia against the Kharkiv region."),
    ("ar", "أسقطت الدفاعات الجوية 17 مسيرة من أصل 20 أطلقتها روسيا على منطقة خاركيف."),
])
def test_whole_told_after_the_part_is_the_count(lang, text):
    ev = one_event(text, lang, PUBLISHED)
    assert ev.count.best == 20


@pytest.mark.parametrize("lang, text, n", [
    # a number of places or of kilometres after "sur" is no whole of the salvo
    ("fr", "Le Hezbollah a tiré mardi 3 roquettes sur 5 positions israéliennes près de Metula.", 3),
    ("fr", "L'armée de l'air a abattu 17 des 20 drones lancés par la Russie contre la région de Kharkiv.", 20),
])
def test_count_guards(lang, text, n):
    assert [e.count.best for e in events_of(text, lang, PUBLISHED)] == [n]


@pytest.mark.parametrize("lang, text", [
    ("en", "Israeli tanks fired shells at the town of Khiam."),
    ("fr", "Des chars israéliens ont tiré des obus sur la localité de Khiam."),
    ("ar", "أطلقت دبابات إسرائيلية قذائف على بلدة الخيام."),
])
def test_tanks_firing_shells_is_shelling(lang, text):
    ev = one_event(text, lang, PUBLISHED)
    assert ev.event_type == "attack"
    assert km(*KHIAM, ev.place.lat, ev.place.lon) < 5


@pytest.mark.parametrize("text", [
    "Shell said its tanker sailing in the Red Sea was unharmed.",
    "Only the shell of the building remained after the 2006 war in Khiam.",
])
def test_shell_guards(text):
    assert events_of(text, "en", PUBLISHED) == []


@pytest.mark.parametrize("lang, text", [
    ("en", "Hamas fired mortar shells at soldiers east of Khan Younis."),
    ("en", "Hamas fired mortar shells east of Khan Younis."),
    ("fr", "Le Hamas a tiré des obus de mortier sur des soldats à l'est de Khan Younès."),
])
def test_troops_fired_at_before_a_bearing(lang, text):
    ev = one_event(text, lang, PUBLISHED)
    assert ev.event_type == "mortar attack"
    assert km(*KHAN_YOUNIS, ev.place.lat, ev.place.lon) < 6


def test_troops_housed_by_a_named_site_keep_the_site():
    ev = one_event("A drone struck Ain al-Asad air base, which houses US soldiers west of Baghdad, on Monday.", "en",
                   PUBLISHED)
    assert km(33.79, 42.44, ev.place.lat, ev.place.lon) < 10


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Hezbollah a menacé mardi de frapper Haïfa si Israël étendait ses opérations au Liban."),
    ("fr", "En 2006, la guerre entre Israël et le Hezbollah avait fait plus de 1.200 morts au Liban."),
    ("fr", "Le ministre des Affaires étrangères a rencontré son homologue libanais à Beyrouth dans la matinée pour "
           "discuter d'une désescalade à la frontière."),
    ("fr", "Les États-Unis ont averti dans l'après-midi que toute attaque contre leurs forces en Irak recevrait une "
           "réponse ferme."),
    ("fr", "Selon un bilan de l'ONU, plus de 30.000 Palestiniens ont été tués depuis le début de la guerre le 7 octobre."),
    ("fr", "Le Hezbollah a annoncé la mort de deux de ses combattants, sans préciser où ni quand ils ont été tués."),
    ("en", "The US warned in the afternoon that any attack on its forces in Iraq would meet a firm response."),
    ("ar", "حذرت الولايات المتحدة بعد الظهر من أن أي هجوم على قواتها في العراق سيقابل برد حازم."),
])
def test_distractors_stay_without_events(lang, text):
    assert events_of(text, lang, PUBLISHED) == []


@pytest.mark.parametrize("lang, text", [
    ("fr", "Une frappe d'un drone israélien a tué mardi un membre de la Jamaa islamiya à Kafra, a rapporté l'ANI."),
    ("en", "An Israeli drone strike killed a member of Jamaa Islamiya in Kafra on Tuesday, NNA reported."),
    ("ar", "قتل عضو في الجماعة الإسلامية بغارة مسيرة إسرائيلية على بلدة كفرا يوم الثلاثاء."),
])
def test_group_named_before_the_town_is_no_place(lang, text):
    """"un membre de la Jamaa islamiya à Kafra": the group (gazetteer/common_words.csv) is no place, the town is."""
    ev = one_event(text, lang, PUBLISHED)
    assert ev.place is not None and km(33.175, 35.351, ev.place.lat, ev.place.lon) < 5


@pytest.mark.parametrize("lang, text", [
    ("fr", "Trois roquettes ont été tirées de Syrie vers le plateau du Golan mardi, a indiqué l'armée israélienne."),
    ("en", "Three rockets were fired from Syria toward the Golan Heights on Tuesday, the Israeli army said."),
    ("ar", "أطلقت ثلاثة صواريخ من سوريا باتجاه هضبة الجولان يوم الثلاثاء."),
])
def test_landform_aimed_at_after_a_launch_country(lang, text):
    """"tirées de Syrie vers le plateau du Golan": the "du" of the landform aimed at names no second launch site."""
    ev = one_event(text, lang, PUBLISHED)
    assert ev.event_type == "rocket attack" and ev.count.best == 3
    assert km(33.0, 35.75, ev.place.lat, ev.place.lon) < 10
    assert _day(ev) == (dt.date(2024, 3, 12), dt.date(2024, 3, 12))


def test_troops_housed_by_an_unnamed_base_keep_the_report():
    """"an air base housing American soldiers north of Baghdad": the soldiers locate the base, no target of their own."""
    text = ("Seven rockets targeted an air base housing American soldiers north of Baghdad on Monday evening. "
            "Only two rockets had landed in the enclosure of the base, while five others had crashed on the nearby "
            "village of al-Bou Hassan.")
    assert all(km(33.31, 44.36, e.place.lat, e.place.lon) > 20 for e in events_of(text, "en", PUBLISHED)
               if e.place is not None)
