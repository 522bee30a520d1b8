"""Projectile counts (round 4): the kinds of one salvo add up ("two ballistic missiles and three drones"), but two
acts told with their own verbs, a vague second kind or a claimant's total over several targets do not. Wording,
places and numbers unlike the development sets."""
import pytest

from factories import frames_of, values
from geo_events.extract import _count


@pytest.mark.parametrize("text,lang,n", [
    ("The militia fired two ballistic missiles and three drones at Al Tanf.", "en", 5),
    ("Four rockets and a drone were launched toward the garrison.", "en", 5),
    ("Les rebelles ont tiré trois missiles de croisière et deux drones piégés sur Marib.", "fr", 5),
    ("Six roquettes et quatre drones ont visé la base.", "fr", 10),
    ("U.S. jets downed an anti-ship cruise missile and six drones.", "en", 7),
])
def test_the_kinds_of_one_salvo_add_up(text, lang, n):
    assert _count(text, lang)[0] == n


@pytest.mark.parametrize("text,lang,n", [
    # two acts, each with its own verb
    ("Three rockets fell near the gate and two drones were shot down later.", "en", 3),
    # a second kind with no figure adds nothing
    ("Two missiles and several drones were launched at the port.", "en", 2),
    ("Deux missiles et des dizaines de drones ont été tirés.", "fr", 2),
    # a second number that counts people, not projectiles
    ("Two rockets hit the base and three people were hurt.", "en", 2),
])
def test_no_sum_across_acts_or_vague_kinds(text, lang, n):
    assert _count(text, lang)[0] == n


def test_a_mixed_salvo_reaches_its_event():
    text = "On Thursday the militia fired two ballistic missiles and four drones at the airport of Marib."
    counts = [v for f in frames_of(text, "en") for v in values(f, "count")]
    assert counts == [6]
