"""Launch points, round 13: invented reports that say where the projectiles came from, read end to end.

"launched from the outskirts of X", "tirées depuis le secteur de X", "انطلقت من X", "fired from southern
Lebanon": the launch point a reader would put on the map, within the tolerance the wording allows (a
named town: its size; a region: its extent). Places and wordings are of no development passage.
"""
from __future__ import annotations

import pytest

from factories import km as _km4


# (id, language, text, expected launch (lat, lon), tolerance km)
LAUNCHES = [
    ("sanamayn-en", "en", "Two rockets launched from the outskirts of al-Sanamayn, in Syria's Daraa province, fell "
     "in an empty field near Izraa on Sunday.", (33.0710, 36.1840), 10),
    ("qardaha-fr", "fr", "Deux roquettes tirées depuis le secteur de Jableh sont tombées dimanche près de Qardaha, "
     "dans la province de Lattaquié.", (35.3610, 35.9256), 10),
    ("hermel-ar", "ar", "سقطت ثلاثة صواريخ على أطراف مدينة الهرمل، انطلقت من القصير في ريف حمص.", (34.5090, 36.5800), 12),
    ("kifri-en", "en", "Police said the three Katyusha rockets that hit Kifri had been fired from the Mandali area, "
     "near the Iranian border.", (33.7486, 45.5542), 12),
    ("ramtha-en", "en", "A mortar round fired from the Syrian town of Nawa landed in Ramtha, in northern Jordan, "
     "on Tuesday.", (32.8890, 36.0430), 8),
    ("netivot-fr", "fr", "Une roquette tirée depuis le nord de la bande de Gaza a touché une maison à Netivot.",
     (31.5300, 34.4800), 20),
    ("rmeish-en", "en", "An anti-tank missile launched from southern Lebanon struck a house in Shtula, in northern "
     "Israel.", (33.2500, 35.4000), 45),
]


from test_resolve_round14 import gaz, read  # noqa: F401  (its skip-aware gazetteer fixture and article reader)


@pytest.mark.parametrize("item", LAUNCHES, ids=[b[0] for b in LAUNCHES])
def test_an_invented_launch_is_placed_where_it_says(item, gaz):
    _, language, text, point, tol = item
    launched = [e.launch for e in read(text, language, gaz) if e.launch is not None and e.launch.lat is not None]
    assert launched, "no launch point read"
    best = min(_km4(L.lat, L.lon, *point) for L in launched)
    assert best <= tol, f"launch {best:.0f} km off"
