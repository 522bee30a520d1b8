"""English wire copy (session 41): a state's own account with "they", a list of towns after a figure of targets,
and a recalled attack after a launcher found."""
import datetime as dt

from factories import events_of, km

PUB = dt.date(2024, 3, 13)  # a Wednesday
AITAROUN, KHIAM, KFAR_KILA = (33.115, 35.471), (33.328, 35.613), (33.277, 35.552)
EMBASSY = (33.298, 44.396)
BAGHDAD_AIRPORT = (33.263, 44.235)


def _near(events, point, tol=5.0):
    return [e for e in events if e.place is not None and km(e.place.lat, e.place.lon, *point) <= tol]


def _summary(events):
    return [(e.event_type, e.place_name, e.date and (e.date.earliest, e.date.latest), e.count and e.count.best) for e in events]


def test_said_they_struck_counted_targets_each_listed_town_an_airstrike():
    # a figure of targets, "said they", a serial list after "including in": each town a strike of the army's
    for text in ("Israeli forces said they struck more than 30 Hezbollah targets across southern Lebanon overnight, "
                 "including in Aitaroun, Khiam and Kfar Kila.",
                 "Israeli forces struck 30 Hezbollah targets across southern Lebanon overnight, including in Aitaroun, "
                 "Khiam and Kfar Kila."):
        evs = events_of(text, "en", PUB)
        assert len(evs) == 3 and all(_near(evs, p) for p in (AITAROUN, KHIAM, KFAR_KILA)), _summary(evs)
        assert {e.event_type for e in evs} == {"airstrike"}, _summary(evs)
        assert all(e.count is None or e.count.best is None for e in evs), _summary(evs)  # (the figure is the whole night's)


def test_said_they_struck_is_the_state_strike_in_each_language():
    en = events_of("The Israeli military said they struck Hezbollah targets in Aitaroun and Khiam on Tuesday.", "en", PUB)
    assert {e.event_type for e in en} == {"airstrike"} and _near(en, AITAROUN) and _near(en, KHIAM), _summary(en)
    fr = events_of("L'armée israélienne a dit avoir frappé mardi des cibles du Hezbollah à Aitaroun et Khiam.", "fr", PUB)
    assert {e.event_type for e in fr} == {"airstrike"} and _near(fr, AITAROUN) and _near(fr, KHIAM), _summary(fr)


def test_guard_rebels_said_they_struck_stays_their_attack():
    # a group's claim with "they" is no state's strike
    evs = events_of("Hezbollah fighters said they struck an Israeli position in Metula with rockets on Tuesday.", "en", PUB)
    assert evs and all(e.event_type == "rocket attack" for e in evs), _summary(evs)


def test_guard_bare_comma_of_a_town_and_its_district_is_one_site():
    # "X, Y" where Y is where X lies is no list of two sites hit
    evs = events_of("Israeli jets struck two buildings in Khiam, Marjayoun district, on Tuesday.", "en", PUB)
    assert len(evs) == 1 and _near(evs, KHIAM), _summary(evs)


def test_launcher_found_then_the_rockets_a_day_before():
    evs = events_of("Iraqi police found a rocket launcher in Baghdad on Tuesday, a day after two rockets hit near the "
                    "U.S. embassy.", "en", PUB)
    assert len(evs) == 1 and _near(evs, EMBASSY), _summary(evs)
    e = evs[0]
    assert e.event_type == "rocket attack" and e.count.best == 2, _summary(evs)
    assert e.date.earliest == e.date.latest == dt.date(2024, 3, 11), _summary(evs)
    evs = events_of("Iraqi security forces found a launcher in Baghdad on Tuesday, a day after rockets struck near "
                    "Baghdad airport.", "en", PUB)
    assert len(evs) == 1 and _near(evs, BAGHDAD_AIRPORT), _summary(evs)
    assert evs[0].date.earliest == dt.date(2024, 3, 11), _summary(evs)


def test_launcher_found_french():
    evs = events_of("La police irakienne a retrouvé mardi un lance-roquettes à Bagdad, au lendemain de tirs de deux "
                    "roquettes près de l'ambassade américaine.", "fr", PUB)
    assert evs and _near(evs, EMBASSY) and evs[0].event_type == "rocket attack", _summary(evs)


def test_guard_rockets_hit_then_launcher_found_later():
    # the attack told first with its own day keeps it
    evs = events_of("Two rockets hit near the U.S. embassy in Baghdad on Monday. Police found the launcher in the "
                    "Zafaraniya district on Tuesday.", "en", PUB)
    assert len(evs) == 1 and _near(evs, EMBASSY) and evs[0].date.earliest == dt.date(2024, 3, 11), _summary(evs)


def test_guard_threat_a_day_after_still_dated_back():
    evs = events_of("Israel threatened on Tuesday to retaliate, a day after Hezbollah rockets hit Kiryat Shmona.", "en", PUB)
    assert len(evs) == 1 and evs[0].date.earliest == dt.date(2024, 3, 11), _summary(evs)


KYIV_REGION, VINNYTSIA_REGION, KHMELNYTSKYI_REGION = (50.35, 30.60), (49.23, 28.47), (49.42, 26.99)


def test_drones_destroyed_over_listed_regions_each_an_interception():
    # ANNOTATION.md: a drone shot down is an interception; one per place; one figure for several places is no count;
    # the country the salvo was "launched at" is no target when regions are named
    for text, lang in (("KYIV (Reuters) - Russia launched 25 drones and three missiles at Ukraine overnight, the air force "
                        "said, adding that 22 drones were destroyed over the Kyiv, Vinnytsia and Khmelnytskyi regions.", "en"),
                       ("La défense aérienne a indiqué que 22 drones avaient été détruits au-dessus des régions de Kyiv, "
                        "Vinnytsia et Khmelnytskyi pendant la nuit.", "fr")):
        evs = events_of(text, lang, PUB)
        assert len(evs) == 3 and all(_near(evs, p, 15) for p in (KYIV_REGION, VINNYTSIA_REGION, KHMELNYTSKYI_REGION)), \
            _summary(evs)
        assert {e.event_type for e in evs} == {"interception"}, _summary(evs)
        assert all(e.count is None or e.count.best is None for e in evs), _summary(evs)


def test_guard_drones_destroyed_on_the_ground_no_interception():
    evs = events_of("Ukrainian forces said they destroyed two Russian drones on the ground near Kherson on Tuesday.", "en", PUB)
    assert all(e.event_type != "interception" for e in evs), _summary(evs)
