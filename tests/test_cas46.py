"""Casualties, round cas46: tolls a reader counts that the tool read otherwise, in Arabic, English and French
(invented items, modelled on SANA, Al-Masirah, NNA, WAFA, AFP, Reuters and L'Orient-Le Jour copy).

- A toll the report opens on, in a sentence of its own before the attack's ("Three people were killed and five
  wounded. The strike hit ...", "Deux morts et quatre blessés. C'est le bilan de ...", "ثلاثة شهداء وخمسة جرحى.
  هذه هي حصيلة الغارة ..."): the attack told next has that toll (extract._lead_toll), never a toll over a period.
- Victims named by kin: "a mother and her two children" (3), "un père et ses trois enfants" (4), "a couple and their
  daughter" (3), "استشهاد أم وطفليها" (3), "قضى زوجان وابنتهما" (3) (casualties._kin_subject, arabic._KIN_TOLL).
- One figure for both: "killed or wounded 15", "15 morts ou blessés" is neither killed=15 nor injured=15
  (casualties._EITHER_AFTER / _EITHER_BEFORE, as arabic._COMBINED does for "مقتل وإصابة 15").
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)


def _toll(text, lang):
    (e,) = events_of(text, lang, P)
    return e.killed.best, e.injured.best


@pytest.mark.parametrize("lang, text, want", [
    ("ar", "ثلاثة شهداء وخمسة جرحى. هذه هي حصيلة الغارة الإسرائيلية التي استهدفت منزلاً في بلدة عيترون جنوب لبنان "
           "صباح اليوم الأحد.", (3, 5)),
    ("ar", "قتيلان وأربعة جرحى. هذه حصيلة هجوم بطائرة مسيرة استهدف سيارة في مدينة القامشلي اليوم الثلاثاء.", (2, 4)),
    ("en", "Three people were killed and five wounded. The Israeli strike hit a house in the village of Aitaroun in "
           "southern Lebanon on Sunday morning, the health ministry said.", (3, 5)),
    ("fr", "Deux morts et quatre blessés. C'est le bilan provisoire d'une attaque de drone contre un véhicule à "
           "Qamichli, mardi.", (2, 4)),
    ("fr", "Trois personnes ont été tuées et cinq blessées. La frappe israélienne a visé une maison du village "
           "d'Aitaroun, dans le sud du Liban, dimanche.", (3, 5)),
])
def test_toll_told_before_its_attack_sentence(lang, text, want):
    assert _toll(text, lang) == want


@pytest.mark.parametrize("lang, lead, running", [
    ("en", "Three people were killed and five wounded. The Israeli strike hit a house in the village of Aitaroun on "
           "Sunday.",
     "More than 350 people have been killed in Lebanon since October. An Israeli strike hit a house in the village "
     "of Aitaroun on Sunday."),
    ("ar", "ثلاثة شهداء وخمسة جرحى. هذه هي حصيلة الغارة الإسرائيلية على بلدة عيترون جنوب لبنان اليوم الأحد.",
     "استشهد أكثر من 350 شخصاً منذ بدء العدوان. واستهدفت غارة إسرائيلية منزلاً في بلدة عيترون جنوب لبنان اليوم "
     "الأحد."),
])
def test_lead_toll_is_the_next_attacks_but_a_running_toll_is_not(lang, lead, running):
    assert _toll(lead, lang) == (3, 5)
    assert _toll(running, lang) == (None, None)


@pytest.mark.parametrize("lang, text, want", [
    ("en", "A mother and her two children were killed when an Israeli air strike hit their home in Beit Lahia in the "
           "northern Gaza Strip on Tuesday.", (3, None)),
    ("en", "A father and his three sons were killed in an Israeli strike on a house in Khan Younis on Monday, medics "
           "said.", (4, None)),
    ("en", "A couple and their daughter were killed in an Israeli strike on their home in the village of Aita "
           "al-Shaab on Tuesday, state media reported.", (3, None)),
    ("en", "An Israeli strike killed a couple and their two children in the town of Bint Jbeil on Monday.", (4, None)),
    ("fr", "Une mère et ses deux enfants ont été tués dans une frappe israélienne sur leur maison à Beit Lahia, dans "
           "le nord de la bande de Gaza, mardi.", (3, None)),
    ("fr", "Un père et ses trois enfants ont été tués lundi dans une frappe israélienne sur une maison de Khan "
           "Younès, selon des sources médicales.", (4, None)),
    ("fr", "Un couple et leur fille ont été tués mardi dans une frappe israélienne contre leur maison à Aïta "
           "al-Chaab, selon l'agence officielle.", (3, None)),
    ("ar", "استشهاد أم وطفليها في غارة إسرائيلية استهدفت منزلاً في بلدة بيت لاهيا شمال قطاع غزة فجر اليوم.", (3, None)),
    ("ar", "استشهد أب وأبناؤه الثلاثة في قصف مدفعي استهدف منزلهم في مدينة خان يونس جنوب قطاع غزة مساء أمس.", (4, None)),
    ("ar", "قضى زوجان وابنتهما في غارة إسرائيلية على منزلهم في بلدة عيتا الشعب جنوب لبنان اليوم الثلاثاء.", (3, None)),
    ("ar", "أسفرت الغارة الإسرائيلية على بلدة بنت جبيل اليوم عن استشهاد سيدة وأطفالها الأربعة.", (5, None)),
])
def test_victims_named_by_kin(lang, text, want):
    assert _toll(text, lang) == want


@pytest.mark.parametrize("lang, text", [
    ("en", "The shelling killed or wounded 15 people in the town of Maarat al-Numan in southern Idlib on Monday, a "
           "war monitor said."),
    ("en", "At least 20 people were killed or wounded when a car bomb exploded in a market in the town of Al-Bab on "
           "Saturday."),
    ("fr", "Le bombardement a fait 15 morts ou blessés lundi dans la ville de Maaret al-Nouman, dans le sud de la "
           "province d'Idleb, selon une ONG."),
    ("fr", "Au moins vingt personnes ont été tuées ou blessées samedi dans l'explosion d'une voiture piégée dans un "
           "marché d'Al-Bab."),
])
def test_one_figure_for_killed_or_wounded_is_neither(lang, text):
    assert _toll(text, lang) == (None, None)
