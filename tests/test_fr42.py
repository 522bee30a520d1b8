"""French wire copy, round fr42: the other side's answer told with a participle or after "et" and a new subject, a
revised toll dated by its statement, a small name of the Sahel that only shared a spelling key with a quarter of
Baghdad or with Bonn, a kind of fighters accused by a bare noun, a barracks the gazetteer lacks placed in the part of
the country told with it, a toll "initialement de N, est passé à M", a night not narrowed by the afternoon after it
(invented items, modelled on AFP, Le Monde, RFI, France 24 and Jeune Afrique copy).

- "..., l'armée israélienne ayant riposté en frappant Khan Younès", "..., et Israël a riposté en frappant Khiam",
  "..., et les Etats-Unis ont répliqué en bombardant des positions à Al-Qaïm": the answer was lost (extract._CLAUSE_SPLIT
  cut only at the relative "qui a riposté en ..."; a bare place after the gerund "en frappant" was no target:
  extract's French place cue); "et l'armée a riposté." with no deed stays one incident.
- "Le bilan de l'attaque contre la base de Boulkessi est passé à 25 soldats tués, a indiqué vendredi l'armée": dated
  Friday, the statement's day (extract._TOLL_UPDATE_BEFORE).
- "poste de police à Kaya, puis un autre à Dori": Dori -> Dora (Baghdad), Kaya unresolved (resolve._vetted: a reviewed
  row of a town that only shares the word's spelling key, in a country the article does not name; a runner-up written
  exactly as the word); "une autre attaque a visé Boni" in a report on Mali -> Bonn (resolve._major_city_exonym).
- "l'armée, qui accuse les paramilitaires": blamed_on "paramilitaires" (extract._BARE_KIND_ACCUSED).
- "la caserne de Zaoura, dans le nord d'Israël": placed on Israel (resolve._parts_of_areas reads the part told of the
  container a name the gazetteer lacks falls back to).
- "Le bilan, initialement de 10 soldats tués, est passé à 17 lundi": killed 10 (casualties._LATER_FIGURE).
- "Dans la nuit de mardi à mercredi, l'aviation ... À Mhardé, les funérailles ... mercredi après-midi": the night
  narrowed to Wednesday (extract._narrow_date).
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 15)  # a Friday


def _events(text, lang="fr", published=P):
    return events_of(text, lang, published)


def _near(e, lat, lon, tol=0.05):
    return e.place is not None and abs(e.place.lat - lat) < tol and abs(e.place.lon - lon) < tol


@pytest.mark.parametrize("text, first, answer", [
    ("Un drone a frappé un véhicule près de Rafah jeudi, l'armée israélienne ayant riposté en frappant Khan Younès.",
     (31.297, 34.244), (31.340, 34.306)),
    ("Des roquettes ont été tirées sur Metula, et Israël a riposté en frappant Khiam.",
     (33.279, 35.579), (33.328, 35.613)),
    ("Des drones ont attaqué la base d'Aïn al-Assad mardi, et les Etats-Unis ont répliqué en bombardant des positions "
     "à Al-Qaïm.", (33.786, 42.441), (34.368, 41.094)),
])
def test_answer_with_participle_or_new_subject_is_its_own_event(text, first, answer):
    evs = _events(text)
    assert len(evs) == 2
    assert any(_near(e, *first) for e in evs)
    assert any(_near(e, *answer) for e in evs)
    # (an answer with no deed nor place of its own stays with the first incident)
    evs = _events("Des roquettes ont été tirées sur Kiryat Shmona, et l'armée a riposté.")
    assert len(evs) == 1 and _near(evs[0], 33.212, 35.570)


@pytest.mark.parametrize("text", [
    "Le bilan de l'attaque contre la base de Boulkessi est passé à 25 soldats tués, a indiqué vendredi l'armée.",
    "Le bilan de l'attaque contre la base de Boulkessi s'est alourdi à 25 morts, ont annoncé vendredi les autorités.",
])
def test_revised_toll_is_not_dated_by_its_statement(text):
    evs = _events(text)
    assert len(evs) == 1 and evs[0].killed.best == 25
    assert evs[0].date is None or evs[0].date.precision != "day"
    # (a revised toll keeps the attack's own day)
    evs = _events("Le bilan de l'attaque de mardi contre la base de Boulkessi est passé à 25 soldats tués, a indiqué "
                  "vendredi l'armée.")
    assert len(evs) == 1 and evs[0].date.earliest == evs[0].date.latest == dt.date(2024, 3, 12)


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Des hommes armés ont attaqué un poste de police à Dori, tuant six policiers.", "Dori", 14.033, -0.033),
    ("Des hommes armés ont attaqué un poste de police à Kaya, tuant six policiers.", "Kaya", 13.088, -1.084),
])
def test_small_name_is_not_a_far_namesake(text, name, lat, lon):
    evs = _events(text)
    assert len(evs) == 1 and evs[0].place_name == name
    assert _near(evs[0], lat, lon)
    # (a big city's exonym is still read: "Odessa" is Odesa)
    evs = _events("Jeudi 7 mars, une frappe a touché un immeuble à Odessa, tuant cinq personnes.")
    assert len(evs) == 1 and evs[0].place is not None and evs[0].place.country == "UA"


@pytest.mark.xfail(reason="a smaller city's exonym (Bonn for Boni) is still taken outside the article's countries: "
                          "limiting it to them lost a held-out Ukrainian event (session 34)", strict=False)
def test_small_name_is_no_far_city_of_an_unnamed_country():
    evs = _events("Des hommes armés ont attaqué dimanche le village de Mondoro, dans le centre du Mali, tuant 20 "
                  "civils. Le lendemain, une autre attaque a visé Boni, faisant 5 morts.")
    boni = [e for e in evs if e.place_name == "Boni"]
    assert boni and all(e.place is None or e.place.country == "ML" for e in boni)


@pytest.mark.parametrize("text, blamed", [
    ("Au moins 12 civils ont été tués dans un bombardement sur un marché d'El-Fasher, selon l'armée, qui accuse les "
     "paramilitaires.", []),
    ("Au moins 12 civils ont été tués dans un bombardement des Forces de soutien rapide (FSR) sur un marché "
     "d'El-Fasher, selon l'armée, qui accuse les paramilitaires.", ["Rapid Support Forces"]),
])
def test_accused_named_by_a_bare_kind_of_fighters(text, blamed):
    evs = _events(text)
    assert len(evs) == 1 and evs[0].killed.best == 12
    assert list(evs[0].blamed_on) == blamed


@pytest.mark.parametrize("text, lat_min", [
    ("Le Hezbollah a revendiqué des tirs de roquettes sur la caserne de Zaoura, dans le nord d'Israël.", 32.4),
])
def test_unknown_site_placed_in_the_part_of_the_country_told(text, lat_min):
    evs = _events(text)
    assert len(evs) == 1 and evs[0].place is not None and evs[0].place.country == "IL"
    assert evs[0].place.lat > lat_min  # northern Israel, not the country's centre (31.4)


def test_unknown_village_placed_in_the_part_of_lebanon_told():
    evs = _events("Un drone a frappé la localité de Zbouba, dans le sud du Liban, tuant deux personnes.")
    assert len(evs) == 1 and evs[0].place is not None and "#south" in evs[0].place.record_id


@pytest.mark.parametrize("text", [
    "Une attaque a visé dimanche soir un camp militaire à Tahoua, dans l'ouest du Niger. Le bilan, initialement de 10 "
    "soldats tués, est passé à 17 lundi.",
    "Une attaque a visé dimanche soir un camp militaire à Tahoua. Un premier bilan faisait état de 10 soldats tués, "
    "avant d'être revu à la hausse à 17 morts.",
])
def test_first_toll_raised_later_gives_the_later_figure(text):
    evs = _events(text)
    assert len(evs) == 1 and evs[0].killed.best == 17
    assert evs[0].date.earliest == dt.date(2024, 3, 10)


def test_night_not_narrowed_by_the_afternoon_after_it():
    evs = _events("Dans la nuit de mardi à mercredi, l'aviation du régime a bombardé al-Lataminah et ses environs, a "
                  "indiqué l'OSDH. À Mhardé, les funérailles des victimes devaient avoir lieu mercredi après-midi. "
                  "« Nous vivons sous les roquettes depuis des semaines », a confié à l'AFP un habitant joint par "
                  "téléphone depuis Damas.", published=dt.date(2019, 6, 5))
    lat = [e for e in evs if e.place_name == "al-Lataminah"]
    assert lat and lat[0].date.earliest == dt.date(2019, 6, 4) and lat[0].date.latest == dt.date(2019, 6, 5)
