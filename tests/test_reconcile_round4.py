"""One incident told under two nearby names is one event; two sites of their own stay two.

An airport and the air base inside it, a site and the quarter around it, one village spelled two
ways and resolved to two records: neither place is "inside" the other by precision, yet the
writers annotate one event per attacked site and day.  Two villages of their own, a launch site and
its target, or two incidents the article marks apart ("two attacks", "also", "deux attaques",
"هجومين", each with its own count) stay apart.  Places, wordings and numbers are unlike the sets'.
"""
import datetime as dt

from geo_events.models import Place, PlaceRef
from geo_events.reconcile import reconcile

from test_reconcile_round2 import Article, day

# Coordinates rounded; the distances in the comments are what the tests rely on.
DIYARBAKIR_AIRPORT = Place("Diyarbakır Airport", 37.8940, 40.2010, "airport", "site", 2.0, 1.0, "curated",
                           "curated:diyarbakir-airport", "TR")
DIYARBAKIR_JET_BASE = Place("8th Main Jet Base", 37.9000, 40.1950, "airbase", "site", 2.0, 1.0, "curated",
                            "curated:diyarbakir-jet-base", "TR")  # 0.85 km from the airport's point
ERHAC_AIRPORT = Place("Malatya Erhaç Airport", 38.4350, 38.0900, "airport", "site", 2.0, 1.0, "curated",
                      "curated:malatya-erhac-airport", "TR")
ERHAC_QUARTER = Place("Erhaç", 38.4420, 38.0990, "district", "town", 1.5, 1.0, "geonames",
                      "geonames:900001", "TR")  # a quarter, 1.1 km away
AIN_ZHALTA_1 = Place("Ain Zhalta", 33.7450, 35.6890, "village", "town", 1.5, 1.0, "geonames", "geonames:900002", "LB")
AIN_ZHALTA_2 = Place("Ayn Zhalta", 33.7480, 35.6940, "village", "town", 1.5, 1.0, "geonames",
                     "geonames:900003", "LB")  # one village, a second record 0.56 km away
KONYA_A = Place("Sarıkaya", 37.8000, 32.4000, "village", "town", 1.5, 1.0, "geonames", "geonames:900004", "TR")
KONYA_B = Place("Kızılören", 37.8080, 32.4060, "village", "town", 1.5, 1.0, "geonames",
                "geonames:900005", "TR")  # another village, 1.0 km away
ISKENDERUN_PORT = Place("Port of İskenderun", 36.5870, 36.1750, "port", "site", 1.0, 1.0, "curated",
                        "curated:iskenderun-port", "TR")
ISKENDERUN_NAVAL = Place("İskenderun Naval Base", 36.5930, 36.1820, "base", "site", 1.0, 1.0, "curated",
                         "curated:iskenderun-naval", "TR")  # 0.92 km from the port
SIRNAK_QUARRY = Place("Gabar quarry", 37.5200, 42.4600, "position", "site", 0.5, 1.0, "curated",
                      "curated:gabar-quarry", "TR")
SIRNAK_POST = Place("Gabar outpost", 37.5260, 42.4650, "base", "site", 1.0, 1.0, "curated",
                    "curated:gabar-outpost", "TR")  # 0.79 km from the quarry
FAR_SITE = Place("Hilvan depot", 37.5500, 38.9500, "base", "site", 1.0, 1.0, "curated", "curated:hilvan-depot", "TR")
FAR_SITE_2 = Place("Hilvan silo", 37.5700, 38.9600, "base", "site", 1.0, 1.0, "curated",
                   "curated:hilvan-silo", "TR")  # 2.4 km away: beyond a one-kilometre site's reach


# --------------------------------------------------------------------------- joined: one incident, two names


def test_en_airport_and_the_jet_base_inside_it_are_one_attack_with_both_figures():
    a = Article("en")
    airport = a.frame("Six rockets struck Diyarbakır Airport before dawn on Tuesday, officials said.",
                      "Diyarbakır Airport", DIYARBAKIR_AIRPORT, count=6)
    base = a.frame("Four technicians were hurt at the 8th Main Jet Base, the defence ministry said.",
                   "8th Main Jet Base", DIYARBAKIR_JET_BASE, injured=4)
    (ev,) = reconcile([airport, base])
    assert ev.count.best == 6 and ev.injured.best == 4
    assert ev.place in (DIYARBAKIR_AIRPORT, DIYARBAKIR_JET_BASE)


def test_fr_airport_and_the_quarter_around_it_join_on_the_airport():
    a = Article("fr")
    quarter = a.frame("Des drones ont visé mardi le quartier d'Erhaç, selon la préfecture.", "Erhaç", ERHAC_QUARTER,
                      etype="drone attack")
    airport = a.frame("Trois drones ont frappé l'aéroport d'Erhaç, endommageant une piste.",
                      "aéroport d'Erhaç", ERHAC_AIRPORT, etype="drone attack", count=3)
    (ev,) = reconcile([quarter, airport])
    assert ev.place is ERHAC_AIRPORT and ev.count.best == 3


def test_ar_one_village_spelled_twice_and_resolved_to_two_records_is_one_event():
    a = Article("ar")
    one = a.frame("سقطت قذيفتان صاروخيتان على بلدة عين زحلتا صباح الثلاثاء.", "عين زحلتا", AIN_ZHALTA_1, count=2)
    two = a.frame("وأفاد مصدر محلي بأن القصف على عين زحلته ألحق أضرارا بمنزلين.", "عين زحلته", AIN_ZHALTA_2)
    assert len(reconcile([one, two])) == 1


# --------------------------------------------------------------------------- kept apart


def test_en_two_villages_a_kilometre_apart_are_two_events():
    a = Article("en")
    one = a.frame("A mortar round landed in Sarıkaya on Tuesday.", "Sarıkaya", KONYA_A)
    two = a.frame("Another round fell in Kızılören, wounding a shepherd.", "Kızılören", KONYA_B, injured=1)
    assert sorted(e.place.name for e in reconcile([one, two])) == ["Kızılören", "Sarıkaya"]


def test_fr_two_attacks_marked_by_the_article_stay_apart_though_near():
    a = Article("fr")
    port = a.frame("Deux attaques distinctes ont visé mardi le port d'İskenderun et la base navale voisine.",
                   "port d'İskenderun", ISKENDERUN_PORT, etype="drone attack")
    base = a.frame("Un drone a touché la base navale d'İskenderun.", "base navale d'İskenderun", ISKENDERUN_NAVAL,
                   etype="drone attack", count=1)
    assert len(reconcile([port, base])) == 2


def test_ar_each_site_with_its_own_count_stays_apart():
    a = Article("ar")
    port = a.frame("استهدفت ثلاث طائرات مسيرة ميناء الإسكندرون يوم الثلاثاء.", "ميناء الإسكندرون", ISKENDERUN_PORT,
                   etype="drone attack", count=3)
    base = a.frame("وسقطت خمس طائرات مسيرة على القاعدة البحرية في الإسكندرون.", "القاعدة البحرية",
                   ISKENDERUN_NAVAL, etype="drone attack", count=5)
    assert len(reconcile([port, base])) == 2


def test_ar_two_attacks_word_keeps_two_near_sites_apart():
    a = Article("ar")
    port = a.frame("شن المسلحون هجومين بطائرات مسيرة على ميناء الإسكندرون والقاعدة البحرية.", "ميناء الإسكندرون",
                   ISKENDERUN_PORT, etype="drone attack")
    base = a.frame("أصيب بحار في القاعدة البحرية.", "القاعدة البحرية", ISKENDERUN_NAVAL, etype="drone attack",
                   injured=1)
    assert len(reconcile([port, base])) == 2


def test_en_also_hit_keeps_the_second_site_its_own_event():
    a = Article("en")
    base = a.frame("Rockets hit İskenderun Naval Base on Tuesday.", "İskenderun Naval Base", ISKENDERUN_NAVAL)
    port = a.frame("A warehouse at the Port of İskenderun was also hit.", "Port of İskenderun", ISKENDERUN_PORT)
    assert len(reconcile([base, port])) == 2


def test_en_launch_site_of_the_other_stays_apart():
    a = Article("en")
    post = a.frame("Militants fired rockets at the Gabar outpost on Tuesday from a quarry below it.",
                   "Gabar outpost", SIRNAK_POST)
    post.add(type(post.facts[0])("launch", PlaceRef("Gabar quarry", place=SIRNAK_QUARRY), post.facts[0].evidence))
    quarry = a.frame("Troops later shelled the Gabar quarry, the army said.", "Gabar quarry", SIRNAK_QUARRY)
    assert len(reconcile([post, quarry])) == 2


def test_fr_different_type_or_day_or_distance_stays_apart():
    a = Article("fr")
    rockets = a.frame("Des roquettes ont frappé l'aéroport de Diyarbakır mardi.", "aéroport de Diyarbakır",
                      DIYARBAKIR_AIRPORT, count=2)
    drone = a.frame("Un drone s'est écrasé sur la base aérienne voisine.", "base aérienne", DIYARBAKIR_JET_BASE,
                    etype="drone attack", count=1)
    assert len(reconcile([rockets, drone])) == 2
    b = Article("fr", doc_id="deux")
    monday = b.frame("Lundi, des roquettes ont visé l'aéroport de Diyarbakır.", "aéroport de Diyarbakır",
                     DIYARBAKIR_AIRPORT, date=day(dt.date(2023, 5, 8)))
    tuesday = b.frame("Mardi, la base aérienne a été touchée.", "base aérienne", DIYARBAKIR_JET_BASE)
    assert len(reconcile([monday, tuesday])) == 2
    c = Article("fr", doc_id="trois")
    depot = c.frame("Des roquettes ont touché le dépôt de Hilvan mardi.", "dépôt de Hilvan", FAR_SITE)
    silo = c.frame("Un silo de Hilvan a brûlé après les tirs de roquettes.", "silo de Hilvan", FAR_SITE_2)
    assert len(reconcile([depot, silo])) == 2
