"""Killed and injured (round 26), read through the whole pipeline (``pipeline.process`` -> ``Event.killed.best`` /
``Event.injured.best``): stated zeros in wordings wire copy uses, and a lead's zero that covers each site told next.

- denials the lexicon did not know: "there were no reports of injuries", "no reports of deaths" (killed only),
  "il n'y a pas eu de blessés", "on ne signale pas de victimes", "ولم يتم تسجيل أي إصابات", "ولا توجد إصابات"; not
  "pas eu de blessés graves" (some were hurt) nor "لا توجد معلومات عن إصابات" (no information is silence);
- a lead that tells several sites or projectiles with its denial ("Rockets hit two villages ..., causing no
  injuries. One struck X. Another fell near Y"): the zero reaches the site the "another / the second / l'autre"
  clause tells; not when that clause has a toll of its own, is told of another day, or the lead told one site only.

Items are invented, with places, numbers and wording of their own.
"""
import datetime as dt
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
pytestmark = pytest.mark.skipif(not (DATA / "geonames").is_dir(),
                                reason="needs ../shared/data (GeoNames extract) for the gazetteer the pipeline resolves against")


def _tolls(text, lang):
    from geo_events import pipeline
    from geo_events.models import Document

    result = pipeline.process([Document("t.txt", text, lang, dt.date(2024, 9, 20))])
    return _sort((e.killed.best, e.injured.best) for e in result.events)


def _sort(tolls):
    return sorted(tolls, key=lambda t: tuple(-1 if v is None else v for v in t))


# (text, language, sorted (killed, injured) of every event the report tells)
WORDINGS = [
    ("A drone crashed into a hangar at Taji camp north of Baghdad on Wednesday, the army said. "
     "There were no reports of injuries.", "en", [(0, 0)]),
    ("Three mortar rounds landed near the football stadium in Tikrit on Monday night, police said. "
     "An officer said there were no reports of injuries and only a parked car was damaged.", "en", [(0, 0)]),
    # deaths denied, nothing said of the wounded
    ("A rocket slammed into a parking lot in Kirkuk on Tuesday, a provincial official said. There were no immediate "
     "reports of deaths.", "en", [(0, None)]),
    ("Un drone s'est écrasé mercredi sur un hangar du camp de Taji, au nord de Bagdad, selon l'armée. "
     "Il n'y a pas eu de blessés.", "fr", [(0, 0)]),
    ("Deux obus de mortier sont tombés lundi soir près du stade de Tikrit, a indiqué la police. "
     "On ne signale pas de blessés.", "fr", [(0, 0)]),
    ("Une roquette a frappé mardi un parking de Kirkouk, selon un responsable local. Il n'y a pas eu de morts, "
     "mais quatre passants ont été blessés.", "fr", [(0, 4)]),
    ("سقطت طائرة مسيرة على مخزن في معسكر التاجي شمال بغداد يوم الأربعاء. ولم يتم تسجيل أي إصابات.", "ar", [(0, 0)]),
    ("سقطت ثلاث قذائف هاون على حي سكني في مدينة تكريت مساء الاثنين، بحسب الشرطة، ولا توجد إصابات.", "ar", [(0, 0)]),
    ("أصاب صاروخ موقفا للسيارات في كركوك يوم الثلاثاء، ولم يتم تسجيل أي إصابات بين المارة.", "ar", [(0, 0)]),
]

# a wording close to a denial that says nothing of zero
NOT_DENIED = [
    ("Un drone s'est écrasé mercredi sur un hangar du camp de Taji, au nord de Bagdad. "
     "Il n'y a pas eu de blessés graves.", "fr", [(None, None)]),
    ("سقطت طائرة مسيرة على مخزن في معسكر التاجي شمال بغداد يوم الأربعاء. ولا توجد معلومات عن إصابات.", "ar",
     [(None, None)]),
    ("A drone crashed into a hangar at Taji camp north of Baghdad on Wednesday. "
     "There was no immediate word on casualties.", "en", [(None, None)]),
]

# a lead told of several sites with its denial, then each site
SPREAD = [
    ("Rockets fired from Lebanon struck two villages in northern Israel on Thursday, causing no injuries. One rocket hit "
     "a barn in Shlomi. Another exploded in an orchard near Nahariya.", "en", [(0, 0), (0, 0)]),
    ("Des roquettes tirées depuis le Liban ont frappé jeudi deux localités du nord d'Israël, sans faire de blessés. L'une "
     "a touché une grange à Shlomi. Une autre a explosé dans un verger près de Nahariya.", "fr", [(0, 0), (0, 0)]),
    ("Des drones ont visé samedi deux positions de l'armée dans le nord-est de la Syrie, sans faire de victimes. Le premier a "
     "touché un dépôt à Qamichli. Le second s'est écrasé près de l'aéroport de Deir ez-Zor.", "fr", [(0, 0), (0, 0)]),
]

# the same leads, where the zero must not reach the site told next
NOT_SPREAD = [
    # a toll of its own
    ("Rockets fired from Lebanon struck two villages in northern Israel on Thursday, causing no injuries. One rocket hit "
     "a barn in Shlomi. Another exploded in an orchard near Nahariya, killing a farmer.", "en", [(0, 0), (1, None)]),
    # another day told
    ("Rockets fired from Lebanon struck two villages in northern Israel on Thursday, causing no injuries. One rocket hit "
     "a barn in Shlomi. On Friday, another exploded in an orchard near Nahariya.", "en", [(None, None), (0, 0)]),
    # the lead told one site only: the other rocket's harm is not told
    ("Une roquette tirée depuis le Liban a touché jeudi une grange à Shlomi, sans faire de blessés. Une autre a "
     "explosé dans un verger près de Nahariya.", "fr", [(None, None), (0, 0)]),
]


@pytest.mark.parametrize("text,lang,expected", WORDINGS)
def test_denial_wordings_give_zero(text, lang, expected):
    assert _tolls(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", NOT_DENIED)
def test_near_denials_stay_unknown(text, lang, expected):
    assert _tolls(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", SPREAD)
def test_lead_denial_reaches_each_site(text, lang, expected):
    assert _tolls(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", NOT_SPREAD)
def test_lead_denial_does_not_reach_other_incidents(text, lang, expected):
    assert _tolls(text, lang) == expected
