"""A stated "no casualties" (round zero43): which incident of a multi-incident article it belongs to, forms of it not
read before, and the guards that keep it off the incidents it does not speak of.

What was wrong at fd5a754 (every FIXED case fails there):

- Arabic: "ولم يسفر القصف على حماة عن إصابات" -- a subject of more than one word between the verb and "عن" -- was no
  denial, so the incident it follows kept no toll (arabic._NO_CASUALTY).
- Damage alone told as the outcome ("causing only material damage", "n'a fait que des dégâts matériels", "اقتصرت
  الأضرار على الماديات", "أسفر عن أضرار مادية فقط") and those present told unhurt ("The family inside were unharmed",
  "The soldiers escaped unhurt", "les occupants sont sortis indemnes", "وخرج العمال سالمين") and the singular "pas de
  perte humaine" were not read (lexicon.NO_CASUALTIES, arabic._NO_CASUALTY).
- A denial whose subject names the site of an incident told before another ("The strike on Sumy caused no
  injuries" after a Kherson toll) went to the incident told last (extract._denial_named).
- Not fixed (xfail below): a toll told in a later sentence of an incident first said to have hurt no one still loses
  to the zero (the lowest figure is best). Reading "later" / "plus tard" / "في وقت لاحق" as the final word was tried
  and taken out: on held-out Arabic text it gave another incident's injured to a denied one.

Left as they are (guards below): "no one was inside" / "personne ne se trouvait à l'intérieur" (an empty building
says nothing of passers-by; the annotation wants a stated denial), "no immediate reports of casualties" (0/0 in English
as the lexicon reads it) and "لم ترد تقارير فورية عن إصابات" (unknown, as arabic._NO_CASUALTY's comment says), a group
unhurt after a toll of others, and a denial about an earlier incident.
"""
import datetime as dt

import pytest

from tests.factories import events_of

P = dt.date(2024, 3, 13)


def tolls(text: str, lang: str) -> dict:
    return {e.place_name: (e.killed.best, e.injured.best) for e in events_of(text, lang, P)}


def toll_at(text: str, lang: str, place: str):
    found = [v for k, v in tolls(text, lang).items() if place in k]
    assert len(found) == 1, tolls(text, lang)
    return found[0]


# (language, passage, {place: (killed, injured)})
FIXED = [
    ("ar", "قتل ثلاثة أشخاص بصاروخ في مدينة حمص يوم الاثنين. وفي يوم الثلاثاء استهدفت طائرة مسيرة محطة كهرباء في مدينة "
           "حماة، ولم يسفر القصف على حماة عن إصابات. وفي يوم الأربعاء أصيب أربعة أشخاص بقصف مدفعي على مدينة إدلب.",
     {"حمص": (3, None), "حماة": (0, 0), "إدلب": (None, 4)}),
    ("ar", "قتل ثلاثة أشخاص بصاروخ في مدينة حمص يوم الاثنين. وفي يوم الثلاثاء استهدفت طائرة مسيرة محطة كهرباء في مدينة "
           "حماة. ولم يسفر الهجوم على المحطة عن إصابات. وفي يوم الأربعاء أصيب أربعة أشخاص بقصف مدفعي على مدينة إدلب.",
     {"حمص": (3, None), "حماة": (0, 0), "إدلب": (None, 4)}),
    ("en", "A rocket struck a market in Kharkiv on Monday, killing two people. On Tuesday a drone hit a warehouse in "
           "Poltava, causing only material damage, the governor said.", {"Kharkiv": (2, None), "Poltava": (0, 0)}),
    ("fr", "Une roquette a frappé un marché à Kharkiv lundi, tuant deux personnes. Mardi, un drone a touché un entrepôt "
           "à Poltava. La frappe n'a fait que des dégâts matériels, selon le gouverneur.",
     {"Kharkiv": (2, None), "Poltava": (0, 0)}),
    ("ar", "سقط صاروخ على سوق في مدينة حلب يوم الاثنين ما أدى إلى مقتل شخصين. وفي يوم الثلاثاء استهدفت طائرة مسيرة "
           "مستودعا في مدينة حماة، واقتصرت الأضرار على الماديات.", {"حلب": (2, None), "حماة": (0, 0)}),
    # a denial naming the site of an incident told before another
    ("en", "A drone hit a power plant in Sumy on Monday. On Tuesday shelling in Kherson wounded four people. The strike "
           "on Sumy caused no injuries, the governor said.", {"Sumy": (0, 0), "Kherson": (None, 4)}),
    ("fr", "Lundi, un drone a touché une centrale à Soumy. Mardi, des tirs d'artillerie ont blessé quatre personnes à "
           "Kherson. La frappe contre Soumy n'a pas fait de victimes, selon le gouverneur.",
     {"Soumy": (0, 0), "Kherson": (None, 4)}),
    ("ar", "استهدفت طائرة مسيرة محطة كهرباء في مدينة حماة يوم الاثنين. وفي يوم الثلاثاء أصيب أربعة أشخاص بقصف مدفعي على "
           "مدينة إدلب. ولم يسفر الهجوم على حماة عن إصابات.", {"حماة": (0, 0), "إدلب": (None, 4)}),
]


@pytest.mark.parametrize("lang,text,want", FIXED)
def test_a_denial_goes_to_its_own_incident_of_several(lang, text, want):
    for place, toll in want.items():
        assert toll_at(text, lang, place) == toll, tolls(text, lang)


# (language, passage): one incident, a denial in a form not read before -> 0/0
NEW_FORMS = [
    ("en", "A rocket hit a house in Sderot on Monday. The family inside were unharmed, police said."),
    ("en", "A drone struck a checkpoint near Kherson on Monday. The soldiers escaped unhurt."),
    ("en", "A missile hit a warehouse in Odesa on Monday, causing only material damage, the governor said."),
    ("fr", "Une roquette a frappé une maison à Sdérot lundi. Les occupants sont sortis indemnes, selon la police."),
    ("fr", "Un missile a frappé un entrepôt à Odessa lundi. Il n'y a pas de perte humaine, selon le gouverneur."),
    ("fr", "Un missile a frappé un entrepôt à Odessa lundi. La frappe n'a fait que des dégâts matériels."),
    ("fr", "Un missile a frappé un entrepôt à Odessa lundi, ne causant que des dégâts matériels."),
    ("ar", "سقط صاروخ على مستودع في مدينة حلب يوم الاثنين، واقتصرت الأضرار على الماديات."),
    ("ar", "سقط صاروخ على مستودع في مدينة حلب يوم الاثنين، ما أسفر عن أضرار مادية فقط."),
    ("ar", "سقط صاروخ على مستودع في مدينة حلب يوم الاثنين، واقتصرت الخسائر على الأضرار المادية."),
    ("ar", "سقطت قذيفة على منزل في مدينة حلب يوم الاثنين، وخرج العمال سالمين."),
]


@pytest.mark.parametrize("lang,text", NEW_FORMS)
def test_a_denial_told_as_damage_alone_or_those_present_unhurt(lang, text):
    (toll,) = tolls(text, lang).values()
    assert toll == (0, 0)


# a toll told after the denial, of the same incident, is the final word
LATER_TOLL = [
    ("en", "A drone hit a base in Erbil on Monday. No one was hurt, officials said. Later the ministry said two guards "
           "were killed in the attack."),
    ("en", "A drone hit a base in Erbil on Monday. There were no casualties, officials said. Hours later, officials "
           "revised the toll, saying two guards were killed."),
    ("fr", "Un drone a frappé une base à Erbil lundi. Il n'y a pas eu de victimes. Plus tard, le ministère a indiqué "
           "que deux gardes avaient été tués dans l'attaque."),
    ("ar", "استهدفت طائرة مسيرة قاعدة في أربيل يوم الاثنين دون وقوع إصابات. وفي وقت لاحق أعلنت الوزارة مقتل حارسين في "
           "الهجوم."),
]


@pytest.mark.xfail(strict=True, reason="taken out: a later toll beating the zero gave another incident's toll to a "
                   "denied one on held-out Arabic text (the frame cannot yet tell the same incident from the next)")
@pytest.mark.parametrize("lang,text", LATER_TOLL)
def test_a_toll_told_later_beats_the_first_denial(lang, text):
    (toll,) = tolls(text, lang).values()
    assert toll[0] == 2


# forms and attachments that must not change (right at fd5a754 too)
GUARDS = [
    # a denial sentence of its own after the second incident, after an interception, covering all, after attribution
    ("en", "A rocket struck a market in Kharkiv on Monday, killing two people, officials said. On Tuesday a drone hit "
           "a warehouse in Poltava. No one was hurt.", {"Kharkiv": (2, None), "Poltava": (0, 0)}),
    ("en", "A drone was shot down over Belgorod on Sunday. There were no casualties. On Monday a missile hit an "
           "apartment block in Kursk, wounding five people, the governor said.", {"Belgorod": (0, 0), "Kursk": (None, 5)}),
    ("en", "Drones attacked Kherson on Monday, wounding two people. On Wednesday a missile hit a depot in Mykolaiv, the "
           "army said, adding that no one was hurt.", {"Kherson": (None, 2), "Mykolaiv": (0, 0)}),
    ("fr", "Des roquettes ont visé la base d'Aïn al-Assad mardi. Mercredi, un drone a frappé une base près de "
           "l'aéroport d'Erbil. Aucune de ces attaques n'a fait de victimes, selon un responsable américain.",
     {"Assad": (0, 0), "Erbil": (0, 0)}),
    ("fr", "Des drones ont attaqué Kherson lundi, blessant deux personnes. Mercredi, un missile a frappé un dépôt à "
           "Mykolaïv, a indiqué l'armée, ajoutant qu'il n'y avait pas de victimes.",
     {"Kherson": (None, 2), "Mykolaïv": (0, 0)}),
    ("ar", "أسقطت الدفاعات الجوية طائرة مسيرة فوق مدينة أربيل يوم الأحد. ولم تقع إصابات. وفي يوم الاثنين سقط صاروخ على "
           "مبنى في مدينة كركوك ما أدى إلى إصابة خمسة أشخاص.", {"أربيل": (0, 0), "كركوك": (None, 5)}),
    ("ar", "أصيب شخصان بهجوم بطائرات مسيرة على مدينة الحسكة يوم الاثنين. وفي يوم الأربعاء سقط صاروخ على مستودع في مدينة "
           "دير الزور، بحسب الجيش، مضيفا أنه لم تقع إصابات.", {"الحسكة": (None, 2), "دير الزور": (0, 0)}),
    # a denial about an earlier incident does not zero this one
    ("en", "A rocket hit Metula on Tuesday, wounding two. A previous attack on the town on Sunday caused no casualties.",
     {"Metula": (None, 2)}),
    ("ar", "سقط صاروخ على منزل في بلدة المطلة يوم الثلاثاء ما أدى إلى إصابة شخصين. وكان هجوم سابق على البلدة يوم الأحد لم "
           "يسفر عن إصابات.", {"المطلة": (None, 2)}),
    # a group unhurt beside a toll of others keeps the toll and adds no zero
    ("en", "A rocket struck an army base near Baghdad airport on Monday. No Americans were hurt, but two Iraqi soldiers "
           "were killed, officials said.", {"Baghdad": (2, 0)}),
    ("en", "A mortar hit a house in Gaza on Monday, killing two children. The soldiers were unharmed.", {"Gaza": (2, None)}),
    ("en", "A rocket hit a house in Sderot on Monday, killing a woman; the rest of the family were unharmed.",
     {"Sderot": (1, None)}),
    ("ar", "سقطت قذيفة على منزل في مدينة حلب يوم الاثنين ما أدى إلى مقتل طفلين، وخرج باقي أفراد العائلة سالمين.",
     {"حلب": (2, None)}),
    ("ar", "سقط صاروخ على سوق في مدينة حمص يوم الاثنين ما أدى إلى مقتل شخصين وأضرار مادية.", {"حمص": (2, None)}),
    # "no immediate reports of casualties": read as today (0/0 in English, unknown in Arabic)
    ("en", "A rocket landed near Erbil on Monday. There were no immediate reports of casualties.", {"Erbil": (0, 0)}),
    ("ar", "سقط صاروخ على مستودع في مدينة حلب يوم الاثنين، ولم ترد تقارير فورية عن إصابات.", {"حلب": (None, None)}),
    # an empty building is no denial of casualties
    ("en", "A missile hit a building in Kharkiv on Monday. No one was inside at the time, the governor said.",
     {"Kharkiv": (None, None)}),
    ("fr", "Un drone a frappé une sous-station à Soumy mardi. Personne ne se trouvait à l'intérieur.",
     {"Soumy": (None, None)}),
]


@pytest.mark.parametrize("lang,text,want", GUARDS)
def test_guards_keep_their_tolls(lang, text, want):
    for place, toll in want.items():
        assert toll_at(text, lang, place) == toll, tolls(text, lang)
