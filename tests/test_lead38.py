"""Wire copy, lead round 38 (invented sentences, modelled on Reuters, AFP, Kyiv Independent, France 24).

- A plural area noun after a list of names ("in the Kursk and Belgorod regions", "in Ilam and Khuzestan provinces")
  is the cue of every listed name: the strike is told on a region, not on the city the region is named after (one
  sweep of strikes told by its regions stays one event, on the first region).
- A site hit on each of two days told in one clause ("on Thursday night and again on Friday", "mardi et mercredi",
  "يومي الثلاثاء والأربعاء", whose second weekday carries the conjunction) is two events, one per day.
- The cue word nearest a name decides its kind: "villages in the provinces of Idlib and Hama", "des villages des
  provinces d'Idleb et de Hama" name provinces (the villages are unnamed).
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 10, 27)  # a Sunday


@pytest.mark.parametrize("text, lang, record", [
    ("Missiles hit air defence sites in Ilam and Khuzestan provinces on Saturday.", "en", "curated:ilam-province"),
    ("Drones struck targets in the Kursk and Belgorod regions on Saturday.", "en", "curated:kursk-oblast-ru"),
    ("Drones struck energy facilities in Kharkiv and Sumy regions overnight, the governors said.", "en",
     "curated:kharkiv-oblast"),
    ("Airstrikes hit villages in the provinces of Idlib and Hama on Saturday.", "en", "curated:idlib-governorate"),
    ("Des frappes ont touché des villages des provinces d'Idleb et de Hama samedi.", "fr", "curated:idlib-governorate"),
])
def test_plural_area_noun_is_each_listed_names_cue(text, lang, record):
    events = events_of(text, lang, P)
    assert events, text
    assert [(e.place.record_id, e.place.precision) for e in events][:1] == [(record, "governorate")]
    assert all(e.place.precision == "governorate" for e in events)


@pytest.mark.parametrize("text, lang, record", [
    ("Airstrikes hit Idlib and Hama on Saturday, killing five.", "en", "geonames:169389"),
    ("A drone hit a house in the city of Kharkiv on Saturday.", "en", "curated:kharkiv"),
])
def test_names_with_no_area_noun_stay_towns(text, lang, record):
    events = events_of(text, lang, P)
    assert record in [e.place.record_id for e in events]
    assert all(e.place.precision == "town" for e in events)


@pytest.mark.parametrize("text, lang, days", [
    ("Rockets hit Ain al-Asad air base on Thursday night and again on Friday, a source said.", "en", [24, 25]),
    ("Houthi drones targeted Eilat on Friday and Saturday, the Israeli army said.", "en", [25, 26]),
    ("Des roquettes ont visé la base d'Aïn al-Assad jeudi soir puis de nouveau vendredi.", "fr", [24, 25]),
    ("Des drones ont attaqué l'aéroport d'Erbil mardi et mercredi, selon les autorités kurdes.", "fr", [22, 23]),
    ("استهدفت طائرات مسيرة مطار أربيل يومي الثلاثاء والأربعاء، بحسب السلطات الكردية.", "ar", [22, 23]),
    # one stretch of time is one day's event
    ("A drone hit a fuel depot in Bryansk on the night of Friday to Saturday.", "en", [25]),
    ("Des drones ont frappé Odessa dans la nuit de samedi à dimanche, tuant deux personnes.", "fr", [26]),
    # the day of a statement is not a second day of the attack
    ("The army said on Saturday that rockets hit Eilat on Friday.", "en", [25]),
])
def test_a_site_hit_on_two_days_is_two_events(text, lang, days):
    events = events_of(text, lang, P)
    assert sorted(e.date.earliest.day for e in events) == days
    assert len({e.place.record_id for e in events}) == 1


@pytest.mark.parametrize("text, lang, want", [
    ("Militants attacked a checkpoint in Kirkuk and fired rockets at Erbil on Saturday.", "en",
     {("geonames:94787", "attack"), ("geonames:95446", "rocket attack")}),
    ("Russian forces shelled Kherson and launched drones at Odesa overnight.", "en",
     {("curated:kherson", "attack"), ("geonames:698740", "drone attack")}),
    ("Les rebelles ont attaqué un poste de contrôle à Kirkouk et tiré des roquettes sur Erbil samedi.", "fr",
     {("geonames:94787", "attack"), ("geonames:95446", "rocket attack")}),
])
def test_a_second_predicate_firing_at_its_own_aim_is_a_second_attack(text, lang, want):
    assert {(e.place.record_id, e.event_type) for e in events_of(text, lang, P)} == want


def test_a_claimants_list_of_aims_stays_one_account():
    # "said the group had fired missiles at X and launched drones at Y": the claimant's list, no second attack
    text = ('Houthi spokesman Yahya Sarea said the group had fired "a barrage of missiles" at Aramco in Jeddah and '
            'launched drones at the Ras Tanura and Rabigh refineries.')
    assert len(events_of(text, "en", P)) <= 1
