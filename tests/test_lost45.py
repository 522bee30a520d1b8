"""Events lost in multi-event wire copy (lost45).

A wire report moving on to its next item of the same night opens on the time it shares with the one told
("Dans le même temps, ...", "Au même moment, ...", "Meanwhile, ..."): after drones downed over a REGION, the site
it then names is another incident, not where they were downed (extract._ELSEWHERE read by _starts_new). A clause
that points back at the attack told ("la frappe visait ...") stays that attack. An English claim of one attack
with no weapon ("Hezbollah claimed an attack on the Zar'it barracks") is an incident told, as in French and Arabic.
"""
import datetime as dt

import pytest

from geo_events.models import Document
from geo_events.pipeline import process

PUBLISHED = dt.date(2024, 3, 15)


def _events(text, lang):
    return process([Document(f"t-{lang}", text, language=lang, published=PUBLISHED)]).events


def _by_place(events):
    return {(e.place.name if e.place else e.place_name): e for e in events}


# (lang, text, region downed over (an area since session 37), count downed, site hit next, its type)
_MEANWHILE = [
    ("fr", "La défense antiaérienne a abattu 15 drones au-dessus de la région de Koursk, selon le ministère. Dans le "
           "même temps, un drone a touché un dépôt pétrolier à Briansk, provoquant un incendie.",
     "Kursk Oblast", 15, "Bryansk", "drone attack"),
    ("fr", "L'armée ukrainienne a abattu 20 drones au-dessus de la région d'Odessa dans la nuit. Dans le même temps, "
           "un missile a touché un immeuble à Kharkiv, faisant deux blessés.",
     "Odesa Oblast", 20, "Kharkiv", "missile attack"),
    ("fr", "L'armée russe a affirmé avoir abattu 25 drones au-dessus de la région de Briansk. Au même moment, un "
           "drone a visé une sous-station électrique à Koursk.",
     "Bryansk Oblast", 25, "Kursk", "drone attack"),
    ("fr", "De son côté, la Russie a affirmé avoir intercepté 12 drones au-dessus de la région de Belgorod. Dans le "
           "même temps, un drone a frappé une raffinerie à Kharkiv.",
     "Belgorod Oblast", 12, "Kharkiv", "drone attack"),
]


@pytest.mark.parametrize("lang,text,region,downed,site,site_type", _MEANWHILE)
def test_next_item_of_the_night_is_its_own_event(lang, text, region, downed, site, site_type):
    evs = _by_place(_events(text, lang))
    assert region in evs and site in evs, sorted(evs)
    assert evs[region].event_type == "interception" and evs[region].count.best == downed
    assert evs[site].event_type == site_type and evs[site].count.best != downed


_POINTING_BACK = [
    ("fr", "Une frappe israélienne a tué deux personnes à Nabatiyé mardi. Dans le même temps, l'armée israélienne a "
           "affirmé que la frappe visait un commandant du Hezbollah à Kfar Roummane, près de Nabatiyé."),
    ("fr", "Une frappe de drone a touché une voiture à Bint Jbeil mardi, tuant deux personnes. Dans le même temps, le "
           "bilan de la frappe s'est alourdi à trois morts."),
    ("en", "A drone strike hit a car in Bint Jbeil on Tuesday, killing two. Meanwhile, the death toll from the strike "
           "rose to three."),
]


def test_meanwhile_splits_a_new_site_not_the_strike_told():
    # the new site is its own event ...
    evs = _by_place(_events(_MEANWHILE[0][1], "fr"))
    assert {"Kursk Oblast", "Bryansk"} <= set(evs), sorted(evs)
    # ... while a clause pointing back at the strike told ("la frappe", "the strike") stays that strike
    for lang, text in _POINTING_BACK:
        evs = _events(text, lang)
        assert len(evs) == 1, (text, [(e.place_name, e.event_type) for e in evs])


@pytest.mark.parametrize("text,place,claimant", [
    ("Hezbollah claimed an attack on the Zar'it barracks in northern Israel.", "Zar‘it", "Hezbollah"),
    ("Hezbollah claimed an attack on Metula.", "Metula", "Hezbollah"),
    ("The Islamic Resistance in Iraq claimed an attack on the Ain al-Asad base.", "Ain al-Asad Air Base",
     "Islamic Resistance in Iraq"),
])
def test_english_claim_of_one_attack_is_an_event(text, place, claimant):
    evs = _events(text, "en")
    assert len(evs) == 1, [(e.place_name, e.event_type) for e in evs]
    assert evs[0].place is not None and evs[0].place.name == place
    assert claimant in evs[0].claimed_by


_WAR_CLAIMS = [
    "Hezbollah has claimed dozens of attacks on Metula since October.",
    "Hezbollah claimed an attack on Metula last year.",
]


def test_english_claim_of_one_attack_not_claims_of_the_war():
    assert len(_events("Hezbollah claimed an attack on Metula.", "en")) == 1
    for text in _WAR_CLAIMS:  # a tally of the war's claims, or one told as last year's: no event
        assert _events(text, "en") == [], text


# "an administrative building in X", "un bâtiment administratif à X": the word holds "ministr-" but names the
# site hit, not a ministry's seat (salience._BEFORE_SPEAKER); the strike with its toll is not dropped as a
# speaker's town beside the next one
@pytest.mark.parametrize("lang,text,place", [
    ("en", "A Russian drone hit an administrative building in Sumy, Ukraine, killing two. Another drone targeted a gas "
           "station in Sloviansk.", "Sumy"),
    ("fr", "Un drone russe a frappé un bâtiment administratif à Soumy, en Ukraine, faisant deux morts. Un autre drone a "
           "visé une station-service à Sloviansk.", "Sumy"),
])
def test_administrative_building_hit_is_kept(lang, text, place):
    evs = _by_place(_events(text, lang))
    assert place in evs and "Slovyansk" in evs, sorted(evs)
    assert evs[place].killed.best == 2
