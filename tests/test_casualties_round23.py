"""Killed and injured (round 23), read through the whole pipeline (``pipeline.process`` -> ``Event.killed.best`` /
``Event.injured.best``): the toll told in a later sentence, a quote or a hospital's statement; a revised toll; two
incidents of one report, each with its own toll; a cumulative or an earlier toll beside the incident's; victims
described by category ("two soldiers and a civilian", "a child and his mother", "عنصرين من الجيش ومدنيا"); sub-groups
("among them", "dont", "بينهم") not added; the vague wounded ("several", "dozens", "العشرات": unknown); "no casualties"
(0 and 0); "treated for shock" (not injured); the wounded who died later.

The analysts' conventions: the latest toll wins; "at least N" is N; a sub-group is not added; a cumulative toll is
not the incident's; only the wounded told leaves the killed unknown and vice versa.  Items are invented (EN, FR and AR
about equally), with wording and numbers of their own.
"""
import datetime as dt
import unicodedata
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
pytestmark = pytest.mark.skipif(not (DATA / "geonames").is_dir(),
                                reason="needs ../shared/data (GeoNames extract) for the gazetteer the pipeline resolves against")

ANY = object()  # a figure this item does not check


def _plain(name):
    return "".join(c for c in unicodedata.normalize("NFD", name.lower()) if not unicodedata.combining(c))


def _tolls(text, lang):
    from geo_events import pipeline
    from geo_events.models import Document

    result = pipeline.process([Document("t.txt", text, lang, dt.date(2024, 5, 14))])
    return [(e.place.name if e.place else None, e.killed.best, e.injured.best) for e in result.events]


# (text, language, {place key: (killed, injured)}); the key None: the report's only event; "a|b": any of these
# spellings in the resolved place's name (accents dropped).  None in a figure: unknown.
ITEMS = [
    pytest.param('A drone struck a checkpoint outside Tikrit on Thursday evening. Hours later, a police officer told Reuters that two soldiers and a civilian had died.', 'en', {None: (3, None)}, id='en-later-victims'),
    pytest.param("Shells landed near the water plant in Ariha on Tuesday. The director of the town's hospital said four people had died and eleven were being treated for wounds.", 'en', {None: (4, 11)}, id='en-hospital'),
    pytest.param('A rocket slammed into a bus station in Beersheba on Sunday, wounding five people. By evening, the number of wounded had risen to eight, Magen David Adom said.', 'en', {None: (None, 8)}, id='en-revised-injured'),
    pytest.param('A missile hit a market in Marib on Wednesday, killing six people according to a first count. The toll later rose to 13, a local official said.', 'en', {None: (13, None)}, id='en-revised-killed'),
    pytest.param('A drone strike on a car in Bint Jbeil on Friday killed two men, the state news agency said. More than 400 people have been killed in Lebanon since October, according to an AFP tally.', 'en', {None: (2, None)}, id='en-cumulative'),
    pytest.param('Rockets fired from Gaza hit a kindergarten yard in Sderot on Monday. A woman was lightly wounded. Since the start of the war, rockets have wounded 120 people in the town.', 'en', {None: (None, 1)}, id='en-cumulative-injured'),
    pytest.param('A drone hit a house in Aitaroun on Saturday, killing a farmer. Later that day, an air strike on a motorcycle near Naqoura killed three people.', 'en', {'aitaroun': (1, None), 'naqoura': (3, None)}, id='en-two-incidents'),
    pytest.param('At least seven people were killed, among them two children, when a shell hit a bakery in Saraqib on Thursday.', 'en', {None: (7, None)}, id='en-among-them'),
    pytest.param('A rocket struck a crowded square in Kramatorsk on Friday. Several people were wounded, the mayor said.', 'en', {None: (None, None)}, id='en-several'),
    pytest.param('A missile struck a shopping centre in Kremenchuk on Monday, killing 12 people and wounding dozens.', 'en', {None: (12, None)}, id='en-dozens'),
    pytest.param('A Katyusha rocket landed in an empty field near Baghdad airport on Tuesday. There were no casualties, a security source said.', 'en', {None: (0, 0)}, id='en-no-casualties'),
    pytest.param('A rocket exploded in a playground in Nahariya on Wednesday. Nobody was physically hurt, but four residents were treated for shock.', 'en', {None: (0, 0)}, id='en-shock'),
    pytest.param('A drone strike on a car near Tyre on Tuesday killed a child and his mother, civil defence said.', 'en', {None: (2, None)}, id='en-child-mother'),
    pytest.param('An artillery shell hit a minibus on the road to Idlib on Sunday. The dead were a driver and three schoolteachers; five passengers were hurt.', 'en', {None: (4, 5)}, id='en-dead-were'),
    pytest.param('A rocket attack on Ain al-Asad air base on Monday wounded three US service members, the Pentagon said. A militia statement claimed dozens of casualties.', 'en', {None: (None, 3)}, id='en-two-sources'),
    pytest.param('A mortar round fell on a football pitch in Kirkuk on Saturday, wounding six teenagers. Two of them died in hospital on Sunday, a health official said.', 'en', {None: (2, ANY)}, id='en-died-later'),
    pytest.param('Two rockets hit an oil field near Rumaila on Tuesday without causing casualties. A similar attack last month killed a guard.', 'en', {None: (0, 0)}, id='en-old-toll'),
    pytest.param('Un drone a frappé jeudi soir un poste de contrôle près de Tikrit. Quelques heures plus tard, un officier a indiqué que deux soldats et un civil avaient péri.', 'fr', {None: (3, None)}, id='fr-later-victims'),
    pytest.param("Des obus sont tombés mardi près de la station de pompage d'Ariha. Selon le directeur de l'hôpital de la ville, quatre personnes sont mortes et onze sont soignées pour des blessures.", 'fr', {None: (4, 11)}, id='fr-hospital'),
    pytest.param("Une roquette s'est abattue dimanche sur la gare routière de Beer-Sheva, faisant cinq blessés. En soirée, le nombre de blessés est passé à huit, selon les secours.", 'fr', {None: (None, 8)}, id='fr-revised-injured'),
    pytest.param("Un missile a frappé mercredi un marché de Marib, faisant six morts selon un premier bilan. Le bilan s'est ensuite alourdi à 13 morts, selon un responsable local.", 'fr', {None: (13, None)}, id='fr-revised-killed'),
    pytest.param("Une frappe de drone contre une voiture a tué vendredi deux hommes à Bint Jbeil, selon l'agence officielle. Plus de 400 personnes ont été tuées au Liban depuis octobre, selon un décompte de l'AFP.", 'fr', {None: (2, None)}, id='fr-cumulative'),
    pytest.param('Un drone a touché samedi une maison à Aitaroun, tuant un agriculteur. Plus tard dans la journée, une frappe aérienne contre une moto près de Naqoura a fait trois morts.', 'fr', {'aitaroun': (1, None), 'naqoura': (3, None)}, id='fr-two-incidents'),
    pytest.param('Au moins sept personnes, dont deux enfants, ont été tuées jeudi par un obus tombé sur une boulangerie de Saraqeb.', 'fr', {None: (7, None)}, id='fr-dont'),
    pytest.param("Une roquette s'est abattue vendredi sur une place animée de Kramatorsk. Plusieurs personnes ont été blessées, a indiqué le maire.", 'fr', {None: (None, None)}, id='fr-plusieurs'),
    pytest.param("Un missile a frappé lundi un centre commercial de Krementchouk, tuant 12 personnes et en blessant des dizaines d'autres.", 'fr', {None: (12, None)}, id='fr-dizaines'),
    pytest.param("Une roquette Katioucha est tombée mardi dans un terrain vague près de l'aéroport de Bagdad. L'attaque n'a fait aucune victime, selon une source sécuritaire.", 'fr', {None: (0, 0)}, id='fr-aucune-victime'),
    pytest.param("Une roquette a explosé mercredi dans un parc de Nahariya. Personne n'a été blessé, mais quatre habitants ont été traités pour un état de choc.", 'fr', {None: (0, 0)}, id='fr-choc'),
    pytest.param('Une frappe de drone contre une voiture près de Tyr a tué mardi un enfant et sa mère, selon la défense civile.', 'fr', {None: (2, None)}, id='fr-enfant-mere'),
    pytest.param("Un obus d'artillerie a touché dimanche un minibus sur la route d'Idleb. Les morts sont un chauffeur et trois enseignants ; cinq passagers ont été blessés.", 'fr', {None: (4, 5)}, id='fr-les-morts-sont'),
    pytest.param('Deux roquettes ont frappé mardi un champ pétrolier près de Roumaila sans faire de victimes. Une attaque similaire avait tué un gardien le mois dernier.', 'fr', {None: (0, 0)}, id='fr-old-toll'),
    pytest.param("Un obus de mortier est tombé samedi sur un terrain de football de Kirkouk, blessant six adolescents. Deux d'entre eux sont morts dimanche à l'hôpital, selon un responsable de la santé.", 'fr', {None: (2, ANY)}, id='fr-died-later'),
    pytest.param('Des frappes ont visé lundi le port de Hodeida. « Nous avons dénombré neuf morts et vingt blessés », a déclaré un porte-parole du ministère de la santé.', 'fr', {None: (9, 20)}, id='fr-quote'),
    pytest.param('استهدفت طائرة مسيرة مساء الخميس نقطة تفتيش قرب تكريت. وقال ضابط في الشرطة بعد ساعات إن عنصرين من الجيش ومدنيا لقوا حتفهم.', 'ar', {None: (3, None)}, id='ar-later-victims'),
    pytest.param('سقطت قذائف قرب محطة المياه في أريحا يوم الثلاثاء. وقال مدير مستشفى المدينة إن أربعة أشخاص قتلوا وأصيب أحد عشر آخرون.', 'ar', {None: (4, 11)}, id='ar-hospital'),
    pytest.param('سقط صاروخ على محطة الحافلات في بئر السبع يوم الأحد ما أدى إلى إصابة خمسة أشخاص. وارتفع عدد المصابين مساء إلى ثمانية، بحسب نجمة داود الحمراء.', 'ar', {None: (None, 8)}, id='ar-revised-injured'),
    pytest.param('استهدف صاروخ باليستي سوقا شعبية في مأرب يوم الأربعاء ما أسفر عن مقتل ستة أشخاص في حصيلة أولية. وارتفعت الحصيلة لاحقا إلى 13 قتيلا، بحسب مصدر محلي.', 'ar', {None: (13, None)}, id='ar-revised-killed'),
    pytest.param('أدت غارة بطائرة مسيرة على سيارة في بنت جبيل يوم الجمعة إلى مقتل شخصين، بحسب الوكالة الوطنية للإعلام. وقتل أكثر من 400 شخص في لبنان منذ تشرين الأول/أكتوبر.', 'ar', {None: (2, None)}, id='ar-cumulative'),
    pytest.param('استهدفت مسيرة منزلا في عيترون يوم السبت ما أدى إلى مقتل مزارع. وفي وقت لاحق من اليوم نفسه، أسفرت غارة على دراجة نارية قرب الناقورة عن مقتل ثلاثة أشخاص.', 'ar', {'عيترون|aitaroun|ayta': (1, None), 'naqoura|الناقورة': (3, None)}, id='ar-two-incidents'),
    pytest.param('قتل سبعة أشخاص على الأقل، بينهم طفلان، جراء سقوط قذيفة على مخبز في سراقب يوم الخميس.', 'ar', {None: (7, None)}, id='ar-baynahum'),
    pytest.param('سقط صاروخ على ساحة مكتظة في مدينة دير الزور يوم الجمعة. وأصيب عدد من الأشخاص، بحسب رئيس البلدية.', 'ar', {None: (None, None)}, id='ar-vague'),
    pytest.param('ضرب صاروخ مركزا تجاريا في مدينة خاركيف يوم الاثنين ما أدى إلى مقتل 12 شخصا وإصابة العشرات.', 'ar', {None: (12, None)}, id='ar-dozens'),
    pytest.param('سقط صاروخ كاتيوشا في أرض خالية قرب مطار بغداد يوم الثلاثاء. ولم يسفر الهجوم عن إصابات، بحسب مصدر أمني.', 'ar', {None: (0, 0)}, id='ar-no-casualties'),
    pytest.param('انفجر صاروخ في حديقة بنهاريا يوم الأربعاء. ولم يصب أحد بجروح، لكن أربعة من السكان عولجوا من الصدمة.', 'ar', {None: (0, 0)}, id='ar-shock'),
    pytest.param('قتل طفل ووالدته في غارة لطائرة مسيرة على سيارة قرب صور يوم الثلاثاء، بحسب الدفاع المدني.', 'ar', {None: (2, None)}, id='ar-child-mother'),
    pytest.param('أصابت قذيفة مدفعية حافلة صغيرة قرب مدينة معرة النعمان يوم الأحد. والقتلى هم السائق وثلاثة معلمين، فيما أصيب خمسة ركاب.', 'ar', {None: (4, 5)}, id='ar-dead-were'),
    pytest.param('سقط صاروخان على حقل نفطي قرب الرميلة يوم الثلاثاء دون وقوع إصابات. وكان هجوم مماثل قد أدى إلى مقتل حارس الشهر الماضي.', 'ar', {None: (0, 0)}, id='ar-old-toll'),
    pytest.param('سقطت قذيفة هاون على ملعب لكرة القدم في كركوك يوم السبت ما أدى إلى إصابة ستة فتية. وتوفي اثنان منهم في المستشفى يوم الأحد، بحسب مسؤول صحي.', 'ar', {None: (2, ANY)}, id='ar-died-later'),
    pytest.param('استهدفت غارات ميناء الحديدة يوم الاثنين. وقال متحدث باسم وزارة الصحة: "أحصينا تسعة قتلى وعشرين جريحا".', 'ar', {None: (9, 20)}, id='ar-quote'),
]


@pytest.mark.parametrize("text,lang,expected", ITEMS)
def test_the_incident_toll_is_read_through_the_pipeline(text, lang, expected):
    got = _tolls(text, lang)
    for key, (killed, injured) in expected.items():
        if key is None:
            assert len(got) == 1, got
            (event,) = got
        else:
            hits = [g for g in got if g[0] and any(k in _plain(g[0]) for k in key.split("|"))]
            assert len(hits) == 1, (key, got)
            (event,) = hits
        if killed is not ANY:
            assert event[1] == killed, (key, got)
        if injured is not ANY:
            assert event[2] == injured, (key, got)


# Clause-level checks of the general causes fixed this round, in wordings the battery above does not use.

@pytest.mark.parametrize("text,which,expected", [
    # a number's counted noun (accusative) before "وإصابة" is another category's: "العشرات" gives no figure
    ("أسفر القصف عن مقتل 7 أشخاص وإصابة العشرات", "injured", []),
    ("أسفر القصف عن مقتل 7 أشخاص وإصابة العشرات", "killed", [(7, None)]),
    ("وقال المصدر إن مدنيا قتل", "killed", [(1, None)]),  # a lone accusative subject is still one
    # a و-joined subject list before a plural verb adds up
    ("وأكد مسؤول أن جنديين وشرطيا لقوا حتفهم", "killed", [(3, None)]),
    ("وذكر الطبيب أن أربعة عمال ومزارعا أصيبوا بجروح", "injured", [(5, None)]),
    # those "of them" who died, told in a sentence after the wounded
    ("وتوفي ثلاثة منهم لاحقا في المستشفى", "killed", [(3, None)]),
    ("وفارق أحدهم الحياة صباح اليوم", "killed", [(1, None)]),
    # young people counted by their own plural
    ("ما أدى إلى إصابة تسعة صبية", "injured", [(9, None)]),
])
def test_arabic_clause_readings(text, which, expected):
    from geo_events import arabic

    assert arabic.casualties(arabic.clean(text), which) == expected


@pytest.mark.parametrize("text,lang,which,expected", [
    ("The blast killed four farmers and wounded dozens more.", "en", "injured", []),
    ("Hundreds of people were hurt, the governor said.", "en", "injured", []),
    ("Scores were wounded in the strike.", "en", "injured", []),
    ("L'explosion a fait des dizaines de blessés.", "fr", "injured", []),
    ("About a dozen people were hurt.", "en", "injured", [(12, "about")]),  # a dozen is still about twelve
    ("Une dizaine de personnes ont été blessées.", "fr", "injured", [(10, "about")]),
    ("Two died on the spot and nine were being treated for shrapnel wounds.", "en", "injured", [(9, None)]),
    ("Deux civils ont péri et sept sont hospitalisés pour des blessures graves.", "fr", "injured", [(7, None)]),
])
def test_en_fr_clause_readings(text, lang, which, expected):
    from geo_events.casualties import _casualties

    assert _casualties(text, lang, which) == expected
