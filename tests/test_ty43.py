"""English and French wire copy, round ty43: the type of an attack told by "struck" / "frappé" (invented).

Every sentence is written for these tests, modelled on agency copy (Reuters, AP, AFP, Kyiv Independent, Le Monde).

- A state as the subject of "struck" / "a frappé" types an airstrike only by default: when the next sentence
  opens on that strike ("The strike, which involved Kalibr cruise missiles", "La frappe, menée avec des
  missiles de croisière") and names ballistic or cruise missiles, the attack is a missile attack. (A strike
  told with aircraft or an air-strike noun, "Israeli jets struck", "frappes aériennes", stays an airstrike:
  already so before this round, checked by probes, not tested here.)
- "an Israeli army position" is the site hit, not who fired: Hezbollah's guided missiles on it are a missile
  attack, as "une position de l'armée israélienne" already was.
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 14)  # a Thursday


def _types(text, lang):
    return {e.place.name: e.event_type for e in events_of(text, lang, P) if e.place is not None}


@pytest.mark.parametrize("text, lang, place, want", [
    ("Russian forces struck Odesa overnight. The strike, which involved Kalibr cruise missiles, killed two people, "
     "Governor Oleh Kiper said.", "en", "Odesa", "missile attack"),
    ("Russia struck Kharkiv on Wednesday. The attack, carried out with Iskander ballistic missiles, killed three "
     "people.", "en", "Kharkiv", "missile attack"),
    ("Les forces russes ont frappé Odessa dans la nuit. La frappe, menée avec des missiles de croisière Kalibr, "
     "a fait deux morts.", "fr", "Odesa", "missile attack"),
    ("La Russie a frappé Kharkiv mercredi. L'attaque, menée avec des missiles balistiques Iskander, a fait trois "
     "morts.", "fr", "Kharkiv", "missile attack"),
])
def test_strike_then_its_ballistic_or_cruise_missiles_is_a_missile_attack(text, lang, place, want):
    assert _types(text, lang).get(place) == want


@pytest.mark.parametrize("text, lang", [
    ("Hezbollah said it struck an Israeli army position near Metula with guided missiles on Wednesday.", "en"),
    ("Hezbollah said it struck an Israeli army base near Metula with anti-tank missiles on Wednesday.", "en"),
])
def test_militia_missiles_on_an_army_site_are_a_missile_attack(text, lang):
    assert _types(text, lang).get("Metula") == "missile attack"
