"""Round fr37: invented French wire-copy probes (AFP/RFI/Jeune Afrique style) the tool misread.

* the attackers' own dead, told in a sentence after the victims' toll ("Trois assaillants ont été tués lors de
  l'attaque"), replaced the toll;
* "Kaboul" (the French exonym) found the Galilee village Kābūl, not the capital of Afghanistan;
* "a tué le député X et six autres personnes à Y": the clause was cut before "et six autres", losing the place
  (no event), and the named victim with his companions was no toll.
"""

import pytest

from geo_events.gazetteer import Gazetteer
from geo_events.pipeline import process
from geo_events.read import read_text


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.default()


def _events(text, gaz, lang="fr"):
    doc = read_text(("---\nlanguage: %s\npublished: 2024-03-15\n---\n%s" % (lang, text)).encode(), name="t.txt")
    return process([doc], gazetteer=gaz).events


@pytest.mark.parametrize("text,lang,killed", [
    ("Une attaque contre une position de l'armée à Djibo, dans le nord du Burkina Faso, a fait dix morts parmi les "
     "soldats. Trois assaillants ont été tués lors de l'attaque, a indiqué l'armée.", "fr", 10),
    ("Au moins 12 civils ont été tués dans l'attaque de Ménaka, au Mali. Deux des assaillants ont également été tués.",
     "fr", 12),
    ("At least 12 civilians were killed in the attack on Menaka, Mali. Two of the attackers were also killed.", "en", 12),
])
def test_attackers_dead_told_after_do_not_replace_the_toll(text, lang, killed, gaz):
    evs = _events(text, gaz, lang)
    assert [e.killed.best for e in evs] == [killed]


@pytest.mark.parametrize("text,killed", [
    ("Une attaque a tué cinq personnes à Kaboul mardi, selon la police afghane.", 5),
    ("L'État islamique a revendiqué l'attentat qui a fait 14 morts à Kaboul.", 14),
])
def test_kaboul_is_the_afghan_capital(text, killed, gaz):
    evs = _events(text, gaz)
    assert len(evs) == 1 and evs[0].place is not None
    assert evs[0].place.country == "AF" and evs[0].killed.best == killed


@pytest.mark.parametrize("text,lang", [
    ("Un attentat suicide a tué le député Ahmed Khan et six autres personnes à Peshawar jeudi.", "fr"),
    ("Un attentat suicide a tué Ahmed Khan, et six autres personnes, à Peshawar jeudi.", "fr"),
    ("A suicide bombing killed lawmaker Ahmed Khan and six other people in Peshawar on Thursday.", "en"),
])
def test_named_victim_and_others(text, lang, gaz):
    evs = _events(text, gaz, lang)
    assert len(evs) == 1 and evs[0].place is not None and evs[0].place.name == "Peshawar"
    assert evs[0].killed.best == 7
    assert str(evs[0].date.earliest) == "2024-03-14"
