"""French wire-style passages (not the seeds), end to end: launch distance, interception, relative days, blame."""
import datetime as dt

from geo_events.geodesy import inverse
from geo_events.models import Document
from geo_events.pipeline import process


def events_of(text, published=dt.date(2022, 8, 18)):
    return process([Document("fr.txt", text, "fr", published)]).events


def test_launch_at_a_stated_distance_and_direction_and_blame():
    text = ("BAGDAD (AFP) - Au moins trois roquettes se sont abattues mardi soir sur la base aérienne d'Aïn al-Assad, "
            "dans la province occidentale d'Al-Anbar, sans faire de victimes, a indiqué la coalition internationale.\n"
            "Les tirs ont été effectués depuis une zone située à une dizaine de kilomètres à l'est de la base, selon "
            "une source sécuritaire irakienne.\n"
            "Aucun groupe n'a revendiqué l'attaque, mais Washington impute régulièrement ce type d'attaques aux "
            "factions armées pro-Iran.")
    (e,) = events_of(text)
    assert e.event_type == "rocket attack" and e.count.best == 3 and e.date.earliest == dt.date(2022, 8, 16)
    assert e.killed.best == 0 and e.unclaimed and e.blamed_on == ["factions armées pro-Iran"]
    az, km = inverse(e.place.lat, e.place.lon, e.launch.lat, e.launch.lon)
    assert 9 < km < 11 and 80 < az < 100


def test_interception_and_the_day_before():
    text = ("Deux drones chargés d'explosifs ont été abattus jeudi à l'aube près de la garnison d'al-Tanf, dans le "
            "sud-est de la Syrie, a annoncé le commandement central américain. Personne n'a été blessé.\n"
            "La veille, une frappe de drone avait tué deux combattants kurdes près de Qamichli, selon l'OSDH.")
    by_type = {e.event_type: e for e in events_of(text)}
    tanf = by_type["interception"]
    assert tanf.count.best == 2 and tanf.date.earliest == dt.date(2022, 8, 18) and tanf.injured.best == 0
    qamishli = by_type["drone attack"]
    assert qamishli.killed.best == 2 and qamishli.date.earliest == dt.date(2022, 8, 17)
    assert abs(qamishli.place.lat - 37.05) < 0.1
