"""Spurious events (issue #4, session 14): places a story names that are no incident a reader would map.

Invented passages in English, French and Arabic (places, numbers and wordings no development set uses), one
group per general cause found on the pool set:

* a city named only as where a witness was reached by phone or a statement was issued ("a resident reached by
  telephone in X", "joint par téléphone depuis X", "في بيان صدر في X") -- :data:`geo_events.salience._BEFORE_SPEAKER`;
* a tally of a campaign with no day of its own ("has carried out hundreds of strikes across X", "à trois
  reprises", "مئات الغارات") -- :func:`geo_events.salience._tally`;
* a day the text marks as earlier ("last Monday", "lundi dernier", "يوم الاثنين الماضي") told late in the story
  with no count and no toll -- :func:`geo_events.salience._late_retold_day`; told with a toll it stays;
* a place the gazetteer cannot place, told after a placed incident of the same day and type and telling
  nothing of its own (no count, no dead or wounded) -- :func:`geo_events.incident.unplaced_part_of`; a story
  that marks a separate attack keeps it.

The assertion is the list of places an analyst maps, read from :func:`geo_events.pipeline.process`.
"""
import datetime as dt

import pytest

from geo_events.models import Document
from geo_events.pipeline import process
from factories import places_match as _match

PUB = dt.date(2025, 11, 14)  # a Friday

ITEMS = {}
# ------------------------------------------------------------------ the seat of a witness's phone call
ITEMS["en_phone"] = ("en", """BEIRUT — An Israeli drone struck a car at the entrance to Marjayoun on Thursday, killing two men, the state news agency said.

The car exploded as it passed the petrol station, a shopkeeper reached by telephone in Sidon said.

The Israeli army did not comment.""", ["Marjayoun"])
ITEMS["fr_phone"] = ("fr", """BAGDAD — Trois roquettes se sont abattues jeudi sur la base aérienne de Balad, sans faire de victimes, selon une source sécuritaire.

Une roquette a explosé près des hangars, a raconté un soldat joint par téléphone depuis Kirkouk.

L'attaque n'a pas été revendiquée.""", ["Balad"])
ITEMS["ar_phone"] = ("ar", """سقطت ثلاثة صواريخ مساء الخميس على قاعدة بلد الجوية شمال بغداد، بحسب خلية الإعلام الأمني.

وقال مصدر أمني في اتصال هاتفي من كركوك إن أحد الصواريخ انفجر قرب مدرج القاعدة.

ولم تعلن أي جهة مسؤوليتها.""", ["بلد"])
# ------------------------------------------------------------------ the seat of a statement
ITEMS["en_statement"] = ("en", """ADEN, Yemen — A Houthi ballistic missile hit a military camp in Mokha on Thursday, killing three soldiers, a military source said.

The missile exploded at the camp's gate, the coalition said in a statement issued in Riyadh.

The Houthis did not claim it.""", ["Mokha"])
ITEMS["fr_communique"] = ("fr", """ADEN (Yémen) — Un missile balistique houthi a frappé jeudi un camp militaire à Mokha, tuant trois soldats, selon une source militaire.

Le missile a explosé devant l'entrée du camp, a indiqué la coalition dans un communiqué publié à Riyad.

Les Houthis n'ont pas revendiqué le tir.""", ["Mokha"])
ITEMS["ar_statement"] = ("ar", """سقطت ثلاثة صواريخ مساء الخميس على قاعدة بلد الجوية شمال بغداد، بحسب خلية الإعلام الأمني.

وقالت قيادة العمليات في بيان صدر في كربلاء إن أحد الصواريخ انفجر قرب مدرج القاعدة.

ولم تعلن أي جهة مسؤوليتها.""", ["بلد"])
# ------------------------------------------------------------------ a tally of a campaign, not an incident
ITEMS["en_tally"] = ("en", """BEIRUT — An Israeli airstrike hit a house in Aitaroun on Thursday, killing a family of four, the health ministry said.

Israel has launched dozens of airstrikes on Nabatieh and Tyre, residents say.

Rescuers were searching.""", ["Aitaroun"])
ITEMS["en_times"] = ("en", """BEIRUT — An Israeli airstrike hit a house in Aitaroun on Thursday, killing a family of four, the health ministry said.

Israel has bombed Nabatieh three times, hitting its market.

Rescuers were searching.""", ["Aitaroun"])
ITEMS["fr_dizaines"] = ("fr", """GAZA — Une frappe israélienne a touché jeudi une maison de Deir el-Balah, tuant quatre membres d'une même famille, selon la défense civile.

L'aviation israélienne a mené des dizaines de frappes sur Khan Younès.

Les secours ont dégagé deux survivants.""", ["Deir el-Balah"])
ITEMS["fr_reprises"] = ("fr", """GAZA — Une frappe israélienne a touché jeudi une maison de Deir el-Balah, tuant quatre membres d'une même famille, selon la défense civile.

L'aviation israélienne a frappé Khan Younès à trois reprises, visant des tunnels.

Les secours ont dégagé deux survivants.""", ["Deir el-Balah"])
ITEMS["ar_tally"] = ("ar", """قُتل شخصان في غارة جوية إسرائيلية استهدفت سيارة في بلدة الخيام جنوب لبنان صباح الخميس، بحسب الوكالة الوطنية للإعلام.

وشن الطيران الإسرائيلي عشرات الغارات على مدينة صور.

ولم يعلق الجيش الإسرائيلي على الغارة.""", ["الخيام"])
ITEMS["ar_twice"] = ("ar", """قُتل شخصان في غارة جوية إسرائيلية استهدفت سيارة في بلدة الخيام جنوب لبنان صباح الخميس، بحسب الوكالة الوطنية للإعلام.

وقصفت إسرائيل مدينة صور مرتين.

ولم يعلق الجيش الإسرائيلي على الغارة.""", ["الخيام"])
# ------------------------------------------------------------------ a day marked as earlier, told late without detail
ITEMS["en_last_monday"] = ("en", """BEIRUT — An Israeli drone strike killed two men in a car near Nabatieh on Thursday, the health ministry said.

The army said it was hunting rocket crews. Residents said the men were farmers. The funeral will be held on Saturday. The village has been quiet for weeks. Last Monday, an Israeli drone struck a motorcycle in Kfar Rumman.

The army did not comment.""", ["Nabatieh"])
ITEMS["fr_lundi_dernier"] = ("fr", """BEYROUTH — Une frappe de drone israélien a tué jeudi deux hommes dans une voiture près de Nabatiyé, selon le ministère de la Santé.

L'armée dit traquer des lanceurs de roquettes. Les habitants affirment que les deux hommes étaient agriculteurs. Leurs obsèques auront lieu samedi. Le village était calme depuis des semaines. Lundi dernier, un drone israélien avait frappé une moto à Kfar Roummane.

L'armée n'a pas commenté.""", ["Nabatiyé"])
ITEMS["ar_last_monday"] = ("ar", """قُتل شخصان وأصيب خمسة آخرون في غارة جوية إسرائيلية استهدفت سيارة في بلدة الخيام جنوب لبنان صباح الخميس، بحسب الوكالة الوطنية للإعلام.

وقال الجيش إنه يلاحق مطلقي الصواريخ. وقال سكان إن الرجلين مزارعان. وستقام الجنازة يوم السبت. وكانت البلدة هادئة منذ أسابيع. ويوم الاثنين الماضي، استهدفت مسيرة إسرائيلية دراجة نارية في بلدة كفررمان.

ولم يعلق الجيش.""", ["الخيام"])
# told with a toll, the earlier attack is one the writers list
ITEMS["en_last_monday_toll_kept"] = ("en", """BEIRUT — An Israeli drone strike killed two men in a car near Nabatieh on Thursday, the health ministry said.

The army said it was hunting rocket crews. Residents said the men were farmers. Last Monday, an Israeli drone struck a motorcycle in Kfar Rumman, killing its rider.

The army did not comment.""", ["Nabatieh", "Kfar Rumman"])
ITEMS["ar_last_monday_toll_kept"] = ("ar", """قُتل شخصان وأصيب خمسة آخرون في غارة جوية إسرائيلية استهدفت سيارة في بلدة الخيام جنوب لبنان صباح الخميس، بحسب الوكالة الوطنية للإعلام.

وقال الجيش إنه يلاحق مطلقي الصواريخ. وقال سكان إن الرجلين مزارعان. وستقام الجنازة يوم السبت. ويوم الاثنين الماضي، استهدفت مسيرة إسرائيلية دراجة نارية في بلدة كفررمان وقتلت سائقها.

ولم يعلق الجيش.""", ["الخيام", "كفررمان"])
# ------------------------------------------------------------------ an unplaced name told after a placed incident
ITEMS["en_unplaced"] = ("en", """BAGHDAD — Three rockets hit Balad Air Base on Thursday, the Iraqi military said.

Rockets also hit an orchard in Albu Hishma on Thursday, police said.

Nobody was hurt.""", ["Balad"])
ITEMS["fr_unplaced"] = ("fr", """BAGDAD — Trois roquettes ont frappé jeudi la base aérienne de Balad, a indiqué l'armée irakienne.

Des roquettes ont aussi touché jeudi un verger à Albu Hishma, selon la police.

Personne n'a été blessé.""", ["Balad"])
ITEMS["ar_unplaced"] = ("ar", """سقطت ثلاثة صواريخ الخميس على قاعدة بلد الجوية، بحسب الجيش العراقي.

وألحقت شظايا القصف الصاروخي الخميس أضرارا ببستان في قرية البو حشمة، بحسب الشرطة.

ولم يصب أحد.""", ["بلد"])
# a separate attack the text marks stays, placed or not
ITEMS["en_separate_kept"] = ("en", """BAGHDAD — Three rockets hit Balad Air Base on Thursday, the Iraqi military said.

In a separate attack on Thursday, rockets hit an orchard in Albu Hishma, police said.

Nobody was hurt.""", ["Balad", "Albu Hishma"])
ITEMS["fr_separate_kept"] = ("fr", """BAGDAD — Trois roquettes ont frappé jeudi la base aérienne de Balad, a indiqué l'armée irakienne.

Dans une autre attaque jeudi, des roquettes ont touché un verger à Albu Hishma, selon la police.

Personne n'a été blessé.""", ["Balad", "Albu Hishma"])
ITEMS["ar_separate_kept"] = ("ar", """سقطت ثلاثة صواريخ الخميس على قاعدة بلد الجوية، بحسب الجيش العراقي.

وفي هجوم منفصل الخميس، سقطت صواريخ على بستان في قرية البو حشمة، بحسب الشرطة.

ولم يصب أحد.""", ["بلد", "البو حشمة"])


def _places(key):
    lang, text, _ = ITEMS[key]
    return [e.place_name or "" for e in process([Document(f"sp1-{key}", text, language=lang, published=PUB)]).events]


@pytest.mark.parametrize("key", sorted(ITEMS))
def test_a_story_maps_only_the_incidents_it_reports(key):
    got = _places(key)
    assert _match(got, ITEMS[key][2]), f"{key}: mapped {got}, an analyst lists {ITEMS[key][2]}"


def test_the_battery_covers_three_languages():
    assert {v[0] for v in ITEMS.values()} == {"en", "fr", "ar"}


def test_a_text_only_mentioning_a_phone_call_city_keeps_its_only_event():
    # the only event of a story is never dropped by the speaker-seat rule, even when its place is told that way
    text = "A rocket exploded near the market on Thursday, a resident reached by telephone in Sidon said."
    events = process([Document("sp1-only", text, language="en", published=PUB)]).events
    assert [e.place_name for e in events] == ["Sidon"]
