"""Generic and habitual statements told after an article's dated incident (issue #4, session 19, H-generic19).

Symptom (counts only, six blind sets): predicted events with no gold event on their date, mostly towns on the
publication day with no count and no toll. One cause: a statement about attacks in general told after the
article's incident ("Drones regularly strike X", "the group has fired rockets at X in the past", "residents fear
drones will strike", "X has seen many such attacks"), or an undated attack told right after a sentence of history
or of such talk, took the incident's day and became an incident of its own.

Fixes (geo_events/extract.py): ``_GENERIC_MORE`` (habit, frequency, the past as a whole, a fear) makes such a clause
generic; ``background_at`` stops an undated clause told after history or talk of attacks in general from taking the
day of the incident told before it. Controls: an attack told later that day (with or without a time word) or on a
day of its own keeps its event.

Invented passages in English, French and Arabic; the places, numbers and wordings are this file's own. The assertion
is the list of places an analyst maps, read from :func:`geo_events.pipeline.process`.
"""
import datetime as dt

import pytest

from geo_events.models import Document
from geo_events.pipeline import process

PUB = dt.date(2023, 10, 24)  # a Tuesday: "Monday" is 2023-10-23

L_EN = 'Rockets hit Tal Afar on Monday, wounding two soldiers, police said.'
L_FR = 'Des roquettes ont frappé lundi Tal Afar, blessant deux soldats, selon la police.'
L_AR = 'سقطت صواريخ على تلعفر يوم الاثنين، ما أدى إلى إصابة جنديين، بحسب الشرطة.'
ONE_EN, ONE_FR, ONE_AR = ["Tal Afar"], ["Tal Afar"], ["تلعفر"]
TWO_EN, TWO_FR, TWO_AR = ["Rabia", "Tal Afar"], ["Rabia", "Tal Afar"], ["ربيعة", "تلعفر"]
ITEMS = {}


def en(key, second, expected=ONE_EN):
    ITEMS["en_" + key] = ("en", L_EN + "\n\n" + second, expected)


def fr(key, second, expected=ONE_FR):
    ITEMS["fr_" + key] = ("fr", L_FR + "\n\n" + second, expected)


def ar(key, second, expected=ONE_AR):
    ITEMS["ar_" + key] = ("ar", L_AR + "\n\n" + second, expected)


# habitual / iterative
en("habit_often", "Rabia has often been targeted by drones, residents say.")
en("habit_regularly", "Drones regularly strike the outskirts of Rabia.")
en("habit_frequently", "Residents said drones frequently hit farms around Rabia.")
fr("habit_reg", "La ville de Rabia est régulièrement visée par des drones.")
fr("habit_souvent", "Des drones frappent souvent les environs de Rabia, selon des habitants.")
fr("habit_frequemment", "Des roquettes tombent fréquemment sur Rabia.")
ar("habit_baste", "وتتعرض ربيعة باستمرار لهجمات بطائرات مسيرة.")
ar("habit_murar", "وتعرضت ربيعة مرارا لقصف بالطائرات المسيرة.")
ar("habit_mutakarrir", "وتستهدف الطائرات المسيرة ربيعة بشكل متكرر.")
# present perfect of a period / in the past
en("pp_past", "In the past, the group has fired rockets at Rabia.")
en("pp_before", "The militants have attacked Rabia with drones before.")
en("pp_also", "The same group has also targeted Rabia in recent years.")
fr("pp_deja", "Le groupe a déjà visé Rabia avec des drones.")
fr("pp_passe", "Par le passé, des roquettes ont frappé Rabia.")
fr("pp_auparavant", "Rabia avait auparavant été la cible de tirs de drones.")
ar("pp_sabaq", "وسبق أن استهدفت الجماعة ربيعة بطائرات مسيرة.")
ar("pp_madi", "وفي الماضي، قصفت الجماعة ربيعة بالصواريخ.")
ar("pp_sabaqla", "وسبق للمسلحين أن هاجموا ربيعة.")
# generic plural, no event
en("gen_daynight", "Drones strike Rabia day and night, residents say.")
en("gen_constantly", "Near Rabia, rockets fall constantly.")
fr("gen_entend", "À Rabia, on entend les drones jour et nuit.")
fr("gen_sanscesse", "Les drones frappent sans cesse les villages autour de Rabia.")
ar("gen_laylnahar", "وتقصف الطائرات المسيرة ربيعة ليلا ونهارا.")
ar("gen_yawmiyan", "ويقول السكان إن المسيرات تستهدف ربيعة يوميا.")
# a resident's quote about the war
en("quote_war", '"We live in fear. The drones hit Rabia all the time," said a farmer.')
fr("quote_war", "« Nous vivons dans la peur, les drones frappent Rabia tout le temps », raconte un agriculteur.")
ar("quote_war", "وقال مزارع: \"نعيش في خوف، الطائرات المسيرة تقصف ربيعة طوال الوقت\".")
# such attacks
en("such", "Such attacks on Rabia are common.")
en("such_seen", "Rabia has seen many such attacks.")
en("such_prev", "The region has seen many such attacks. Drones struck a camp near Rabia, residents said.")
fr("ce_type", "Rabia est souvent la cible de ce type d'attaques.")
fr("ce_genre", "Ce genre de frappes touche aussi Rabia.")
ar("mithl", "وتتعرض ربيعة لمثل هذه الهجمات.")
ar("mithl2", "وشهدت ربيعة مثل هذه الهجمات.")
# conditional / fear
en("fear", "Residents of Rabia fear drones will strike their village next.")
en("could", "Officials warned that rockets could hit Rabia.")
fr("craignent", "Les habitants de Rabia craignent que des drones ne frappent leur village.")
fr("pourrait", "Un drone pourrait frapper Rabia, selon les autorités.")
ar("yakhsha", "ويخشى سكان ربيعة أن تستهدف المسيرات قريتهم.")
ar("qad", "وحذر مسؤولون من أن الصواريخ قد تضرب ربيعة.")
# CONTROLS: new incidents of that day
en("ctl_later", "Later on Monday, drones struck a camp near Rabia.", TWO_EN)
en("ctl_also", "A drone also struck a checkpoint in Rabia, police said.", TWO_EN)
en("ctl_evening", "In the evening, a drone hit a house in Rabia.", TWO_EN)
fr("ctl_soiree", "Dans la soirée, un drone a frappé Rabia.", TWO_FR)
fr("ctl_aussi", "Un drone a également visé un poste de contrôle à Rabia, selon la police.", TWO_FR)
fr("ctl_plus_tard", "Plus tard lundi, des drones ont frappé un camp près de Rabia.", TWO_FR)
ar("ctl_lahiq", "وفي وقت لاحق، استهدفت مسيرة ربيعة.", TWO_AR)
ar("ctl_kama", "كما استهدفت طائرة مسيرة نقطة تفتيش في ربيعة، بحسب الشرطة.", TWO_AR)
ar("ctl_masa", "وفي المساء، قصفت مسيرة منزلا في ربيعة.", TWO_AR)
# CONTROLS: an earlier dated incident (kept with its own day)
en("ctl_dated", "On October 12, rockets hit Rabia.", TWO_EN)
fr("ctl_dated", "Le 12 octobre, des roquettes ont frappé Rabia.", TWO_FR)
ar("ctl_dated", "وفي 12 تشرين الأول، سقطت صواريخ على ربيعة.", TWO_AR)
# history told, then an undated attack: it goes on with the history
en("hist_then", "In 2019, the group attacked Qaraqosh with drones. Residents of Rabia said drones struck their village.")
fr("hist_then", "En 2019, le groupe avait attaqué Qaraqosh avec des drones. Des habitants de Rabia ont raconté que des drones avaient frappé leur village.")
ar("hist_then", "وفي عام 2019، هاجمت الجماعة قرقوش بطائرات مسيرة. وقال سكان في ربيعة إن مسيرات قصفت قريتهم.")
# talk of such attacks, then an undated attack: an instance of them
fr("such_prev", "La région a connu de nombreuses attaques de ce type. Des drones ont frappé un camp près de Rabia, selon des habitants.")
ar("such_prev", "وشهدت المنطقة الكثير من مثل هذه الهجمات. وقصفت طائرات مسيرة مخيما قرب ربيعة، بحسب سكان.")
# CONTROLS after background: the incident of the day goes on
en("ctl_hist_later", "In 2019, the group attacked Qaraqosh with drones. Later on Monday, a drone struck a farm in Rabia.", TWO_EN)
en("ctl_such_rockets", "Such attacks are common in the area. The rockets also damaged a school in Rabia, police said.", TWO_EN)
fr("ctl_hist_soir", "En 2019, le groupe avait attaqué Qaraqosh. Lundi soir, un drone a frappé une ferme à Rabia.", TWO_FR)
ar("ctl_hist_masa", "وفي عام 2019، هاجمت الجماعة قرقوش. وفي مساء الاثنين، قصفت مسيرة مزرعة في ربيعة.", TWO_AR)
# a state of the war told in the present, a frequent target, a quote of the war
en("x_target", "Rabia is a frequent target of drone strikes.")
en("x_rel", "The rockets were fired from hills near Sinuni, which drones often hit.")
en("x_quote_past", '"Drones have hit us many times," said a shepherd from Rabia.')
fr("x_cible", "Rabia est une cible fréquente des frappes de drones.")
fr("x_quote", "« Les drones nous frappent tout le temps », confie un berger de Rabia.")
ar("x_present", "وتتعرض ربيعة لقصف بالطائرات المسيرة.")
ar("x_present2", "وتقصف المسيرات التركية قرى ربيعة.")
ar("x_hadaf", "وتعد ربيعة هدفا متكررا للطائرات المسيرة.")
en("x_ctl_night", "Overnight, a drone struck a checkpoint in Rabia, police said.", TWO_EN)
fr("x_ctl_aussi", "Une roquette est aussi tombée sur une maison à Rabia, selon la police.", TWO_FR)
ar("x_ctl_kama", "وسقط صاروخ آخر على منزل في ربيعة، بحسب الشرطة.", TWO_AR)


def _places(key):
    lang, text, _ = ITEMS[key]
    events = process([Document(f"g19-{key}", text, language=lang, published=PUB)]).events
    return sorted(e.place_name or "" for e in events), events


@pytest.mark.parametrize("key", sorted(ITEMS))
def test_a_story_maps_only_the_incidents_it_tells(key):
    got, _ = _places(key)
    assert got == sorted(ITEMS[key][2]), f"{key}: mapped {got}, an analyst lists {ITEMS[key][2]}"


@pytest.mark.parametrize("key", sorted(k for k in ITEMS if "ctl_" in k))
def test_a_control_keeps_its_own_day(key):
    _, events = _places(key)
    second = [e for e in events if e.place_name in ("Rabia", "ربيعة")]
    assert second, f"{key}: the second incident is lost"
    want = dt.date(2023, 10, 12) if "dated" in key else dt.date(2023, 10, 23)
    assert second[0].date.precision == "day" and second[0].date.earliest == want, f"{key}: {second[0].date}"


def test_the_matrix_covers_three_languages_both_ways():
    dropped = {v[0] for v in ITEMS.values() if len(v[2]) == 1}
    kept = {v[0] for v in ITEMS.values() if len(v[2]) == 2}
    assert dropped == kept == {"en", "fr", "ar"}
