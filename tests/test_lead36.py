"""English and French wire copy, lead round 36 (invented sentences, modelled on Reuters, AP, AFP, Ukrinform).

- The strike told again behind a reporting lead ("Ukraine's air force said the strike involved two Iskander-M
  missiles", "Selon l'armée de l'air, la frappe a été menée avec deux missiles") is the strike told: its count
  and its missiles are that strike's, not a placeless event dropped. An attack told so after an attack of
  another kind ("l'armée a indiqué que l'attaque, menée par deux drones, ...") stays its own.
"""
import datetime as dt

import pytest

from factories import events_of

P = dt.date(2024, 3, 14)  # a Thursday


def _by_place(text, lang):
    return {e.place.name: e for e in events_of(text, lang, P) if e.place is not None}


@pytest.mark.parametrize("text, lang", [
    ("Russian forces struck Dnipro on Monday. Ukraine's air force said the strike involved two Iskander-M "
     "ballistic missiles.", "en"),
    ("Russian forces struck Dnipro on Monday. The air force said that the strike was carried out with two "
     "Iskander-M ballistic missiles.", "en"),
    ("Les forces russes ont frappé Dnipro lundi. Selon l'armée de l'air ukrainienne, la frappe a été menée avec "
     "deux missiles balistiques Iskander-M.", "fr"),
    ("Les forces russes ont frappé Dnipro lundi. L'armée de l'air a précisé que la frappe avait été menée avec "
     "deux missiles balistiques Iskander-M.", "fr"),
])
def test_reported_strike_gives_its_missiles_and_count(text, lang):
    ev = _by_place(text, lang)["Dnipro"]
    assert (ev.event_type, ev.count.best) == ("missile attack", 2)


@pytest.mark.parametrize("text, lang", [
    ("Rockets hit Kiryat Shmona on Monday. Later a drone targeted Metula. The army said the attack, carried out "
     "by two drones, caused no casualties.", "en"),
    ("Des roquettes sont tombées sur Kiryat Shmona lundi. Plus tard, un drone a visé Metula. L'armée a indiqué "
     "que l'attaque, menée par deux drones, n'avait fait aucune victime.", "fr"),
])
def test_reported_attack_of_another_kind_stays_its_own(text, lang):
    got = {name: ev.event_type for name, ev in _by_place(text, lang).items()}
    assert got == {"Qiryat Shmona": "rocket attack", "Metula": "drone attack"}
