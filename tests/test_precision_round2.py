"""A funeral, memorial, verdict, anniversary or visit is not an attack at the ceremony's place and day.

Invented wire-style passages in English, French and Arabic (places no development set uses): the main clause
tells a rite ("mourners in X on Thursday buried ...", "le tribunal de X a condamné mercredi ...", "شيّع الآلاف في
X ...") and the attack only through the people it hit ("... killed when a drone hit ... near Y on Tuesday", "tués
mardi dans une attaque ... près de Y", "الذين قضوا في غارة ... قرب Y"). The attack's place and day are mapped, the
rite's are not; an attack a verdict or an anniversary retells from long ago maps nothing; a minister's visit to the
wounded of an attack told elsewhere in the story is not a second event.
"""
import datetime as dt

import pytest

from geo_events.models import Document
from geo_events.pipeline import process

PUB = dt.date(2025, 10, 17)  # a Friday
MON, TUE, WED, THU = (dt.date(2025, 10, d) for d in (13, 14, 15, 16))
SAT, SUN = dt.date(2025, 10, 11), dt.date(2025, 10, 12)
LAST_WEEK = (dt.date(2025, 10, 6), dt.date(2025, 10, 12))

STORIES = {}
STORIES["en_funeral"] = ("en", """KARBALA, Iraq — Hundreds of mourners gathered in Karbala on Thursday to bury two members of a militia who died when a drone hit their pickup truck outside Mandali on Tuesday, a spokesman for the group said.

The coffins were carried around the shrine before the burial. A cleric told the crowd that the killers would be punished.

No one has claimed the strike.""")
STORIES["en_memorial"] = ("en", """KIRKUK — A memorial service was held at the police academy in Tikrit on Monday for five officers killed in a mortar attack on a checkpoint near Shirqat last week, the provincial police chief said.

Relatives laid wreaths and the governor promised compensation for the families.""")
STORIES["en_verdict"] = ("en", """BASRA — A criminal court in Basra on Wednesday sentenced three men to life in prison over a rocket attack on the Rumaila oil field in September 2022 that wounded four foreign workers, the judiciary said.

The defendants denied the charges and their lawyers said they would appeal.""")
STORIES["en_anniversary"] = ("en", """KUT, Iraq — Thousands of people gathered in Kut on Wednesday to mark the second anniversary of the bombing of a market in Mandali that killed eleven shoppers.

Speakers called for the release of the findings of an inquiry.""")
STORIES["en_visit"] = ("en", """BAGHDAD — Three rockets struck a residential compound in Tall Afar on Sunday night, wounding six people, police said.

Iraq's interior minister visited the wounded at a hospital in Mosul on Thursday and promised to find those responsible.

No group claimed the attack.""")
STORIES["fr_funeral"] = ("fr", """TIKRIT (Irak) — Des centaines de personnes ont assisté jeudi à Tikrit aux obsèques de trois policiers tués mardi dans une attaque de drone contre un poste de contrôle près de Chirqat, selon des sources sécuritaires.

Les cercueils ont été portés jusqu'au cimetière de la ville, sous les cris de colère de la foule.""")
STORIES["fr_hommage"] = ("fr", """KERBALA — Une cérémonie d'hommage a été organisée jeudi à Kerbala pour quatre soldats morts mercredi dans l'explosion d'un drone piégé sur leur caserne de Tall Afar, a indiqué l'armée.

Le ministre de la Défense a promis une enquête.""")
STORIES["fr_verdict"] = ("fr", """BAGDAD — Le tribunal pénal de Kout a condamné mercredi deux hommes à la réclusion à perpétuité pour une attaque à la roquette contre le champ pétrolier de Roumaila en mars 2023, selon le Conseil supérieur de la magistrature.

Les accusés ont nié les faits.""")
STORIES["fr_visit"] = ("fr", """BAGDAD — Deux drones ont frappé samedi un entrepôt de la police à Mandali, blessant cinq agents, selon un responsable local.

Le Premier ministre a rendu visite mardi aux blessés à l'hôpital de Bakouba et a promis que les auteurs seraient punis.""")
STORIES["ar_funeral"] = ("ar", """شيّع الآلاف في مدينة السماوة، الخميس، جثامين ثلاثة من عناصر الحشد الشعبي الذين قضوا في غارة بطائرة مسيرة استهدفت عجلتهم قرب قضاء هيت، يوم الثلاثاء.

وردد المشيعون هتافات تتوعد بالرد.""")
STORIES["ar_visit"] = ("ar", """سقطت ثلاثة صواريخ على حي سكني في مدينة الكوت مساء الأحد، ما أسفر عن إصابة ستة مدنيين، بحسب مصدر في الشرطة.

وزار وزير الصحة، الأربعاء، الجرحى في مستشفى السماوة وتعهد بتقديم العلاج لهم.""")
STORIES["ar_verdict"] = ("ar", """أصدرت محكمة جنايات الكوت، الأربعاء، حكماً بالإعدام على مدانين اثنين بتهمة تنفيذ هجوم صاروخي على حقل الرميلة النفطي في آذار 2023.

وقال مجلس القضاء الأعلى إن الحكم قابل للطعن.""")
STORIES["en_buried_after"] = ("en", """SAMARRA — The four shepherds killed by a drone strike near Baiji on Monday were buried in Karbala on Wednesday, their relatives said.

The army said it was investigating.""")
STORIES["fr_anniversary"] = ("fr", """KOUT — Des milliers de personnes se sont rassemblées mercredi à Kout pour le premier anniversaire de l'attaque au drone contre un marché de Mandali qui avait fait neuf morts.

Les orateurs ont réclamé la publication de l'enquête.""")
STORIES["ar_memorial"] = ("ar", """أقيمت في مدينة الكوت، الخميس، مراسم عزاء لأربعة جنود قتلوا بقصف صاروخي استهدف موقعهم في ناحية مندلي يوم الثلاثاء.

وتعهد قائد الشرطة بملاحقة المنفذين.""")
STORIES["ar_anniversary"] = ("ar", """أحيا الآلاف في مدينة الكوت، الأربعاء، الذكرى الثانية للقصف الذي استهدف سوقاً شعبية في ناحية مندلي وأوقع أحد عشر قتيلاً.

وطالب المشاركون بنشر نتائج التحقيق.""")


def _events(key):
    lang, text = STORIES[key]
    return process([Document(f"prec2-{key}", text, language=lang, published=PUB)]).events


@pytest.mark.parametrize("key,place,etype,span", [
    # funerals: the rite's town and day in the main clause, the attack in a relative or participle
    ("en_funeral", "Mandali", "drone attack", (TUE, TUE)),
    ("fr_funeral", "Chirqat", "drone attack", (TUE, TUE)),
    ("ar_funeral", "هيت", "drone attack", (TUE, TUE)),
    # the victims told first, the burial after
    ("en_buried_after", "Baiji", "drone attack", (MON, MON)),
    # memorial ceremonies; a bare "last week" is the span it says
    ("en_memorial", "Shirqat", "mortar attack", LAST_WEEK),
    ("fr_hommage", "Tall Afar", "drone attack", (WED, WED)),
    ("ar_memorial", "مندلي", "rocket attack", (TUE, TUE)),
    # a visit to the wounded of the attack told in the lead is not a second event
    ("en_visit", "Tall Afar", "rocket attack", (SUN, SUN)),
    ("fr_visit", "Mandali", "drone attack", (SAT, SAT)),
    ("ar_visit", "الكوت", "rocket attack", (SUN, SUN)),
])
def test_a_ceremony_story_maps_the_attack_it_tells_not_the_ceremony(key, place, etype, span):
    events = _events(key)
    assert [(e.place_name, e.event_type) for e in events] == [(place, etype)]
    assert events[0].date is not None and (events[0].date.earliest, events[0].date.latest) == span


@pytest.mark.parametrize("key", ["en_verdict", "fr_verdict", "ar_verdict",
                                 "en_anniversary", "fr_anniversary", "ar_anniversary"])
def test_a_verdict_or_an_anniversary_of_an_old_attack_maps_nothing(key):
    assert [(e.place_name, e.event_type) for e in _events(key)] == []


@pytest.mark.parametrize("lang,text,place,day", [
    # the same frame in one sentence each, other verbs and order
    ("en", "Relatives paid their last respects in Samarra on Wednesday to a farmer killed by shelling near Baiji "
           "on Monday, a local official said.", "Baiji", MON),
    ("fr", "Une veillée a réuni jeudi soir à Kerbala les proches de deux ouvriers tués lundi par une roquette "
           "tombée sur un chantier de Tall Afar.", "Tall Afar", MON),
    ("ar", "شيّعت عشائر قضاء الكوت، الخميس، جثمان شاب قضى بقصف مدفعي استهدف ناحية مندلي يوم الاثنين.",
     "مندلي", MON),
])
def test_a_one_sentence_rite_keeps_the_attack_place_and_day(lang, text, place, day):
    events = process([Document("prec2-one", text, language=lang, published=PUB)]).events
    assert [e.place_name for e in events] == [place]
    assert events[0].date.earliest == events[0].date.latest == day


@pytest.mark.parametrize("lang,text", [
    ("en", "A rocket hit the funeral of a tribal leader in Tikrit on Wednesday, killing two mourners who had come "
           "from Samarra, police said."),
    ("en", "A rocket hit the funeral of a tribal leader in Tikrit on Wednesday, killing two mourners, police said."),
    ("fr", "Une frappe de drone a visé mercredi un cortège funèbre à Tikrit, tuant deux habitants venus de Samarra, "
           "selon la police."),
])
def test_an_attack_on_a_funeral_is_an_attack_at_the_funeral(lang, text):
    # the rite is the attack's object: its place and day are the attack's (the victims' home town is not)
    events = process([Document("prec2-hit", text, language=lang, published=PUB)]).events
    assert [(e.place_name, e.date.earliest) for e in events] == [("Tikrit", WED)]
