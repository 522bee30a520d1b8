"""The weapons catalogue: names as reporting spells them, and how far each weapon reaches.

The catalogue is ``geo_events/data/weapons.csv`` (one row per weapon, with the source of
its range figure). :func:`lookup` reads the weapon named in a phrase in English, French or
Arabic; ambiguity is kept, not resolved by guessing: "Katyusha" is both the 107 mm and the
122 mm rocket, "122 mm" both the standard and the extended-range Grad, until another word
of the phrase narrows it ("122 mm Katyusha" is the Grad).
"""
from __future__ import annotations

import csv
import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Optional

from .errors import InputError

CATEGORIES = (
    "rocket",
    "heavy_rocket",
    "mortar",
    "ballistic_missile",
    "cruise_missile",
    "drone",
    "quadcopter",
    "atgm",
)


@dataclass(frozen=True)
class Weapon:
    """One catalogue row.

    ``min_range_km`` is 0.0 when no minimum range is published.
    """

    id: str
    name: str
    category: str
    min_range_km: float
    max_range_km: float
    aliases: tuple[str, ...]
    source: str
    calibre_mm: Optional[float] = None

    @property
    def label(self) -> str:
        """``"122 mm Grad (max 20.4 km)"``: what popups and notes show."""
        return f"{self.name} (max {_km(self.max_range_km)} km)"

    def reaches(self, distance_km: float) -> bool:
        """True when ``distance_km`` is within the weapon's maximum range."""
        return distance_km <= self.max_range_km


def _km(x: float) -> str:
    return f"{x:g}" if x < 100 else f"{x:.0f}"


# Words naming a family rather than a weapon; used only when no catalogue alias matches.
# Arabic صاروخ means both rocket and missile; in the reporting this tool reads
# (rockets on bases in Iraq and Syria) it is far more often the rocket.
_GENERIC: dict[str, tuple[str, ...]] = {
    "rocket": ("rocket",),
    "roquette": ("rocket",),
    "صاروخ": ("rocket",),
    "صواريخ": ("rocket",),
    "قذيفه صاروخيه": ("rocket",),
    "قذائف صاروخيه": ("rocket",),
    "mortar": ("mortar",),
    "mortier": ("mortar",),
    "obus de mortier": ("mortar",),
    "هاون": ("mortar",),
    "missile": ("ballistic_missile", "cruise_missile"),
    "ballistic missile": ("ballistic_missile",),
    "missile balistique": ("ballistic_missile",),
    "صاروخ باليستي": ("ballistic_missile",),
    "صواريخ باليستيه": ("ballistic_missile",),
    "صاروخ بالستي": ("ballistic_missile",),
    "صواريخ بالستيه": ("ballistic_missile",),
    "cruise missile": ("cruise_missile",),
    "missile de croisiere": ("cruise_missile",),
    "missiles de croisiere": ("cruise_missile",),
    "صاروخ كروز": ("cruise_missile",),
    "صواريخ كروز": ("cruise_missile",),
    "drone": ("drone", "quadcopter"),
    "uav": ("drone", "quadcopter"),
    "unmanned aerial vehicle": ("drone", "quadcopter"),
    "طائره مسيره": ("drone", "quadcopter"),
    "طائرات مسيره": ("drone", "quadcopter"),
    "مسيره": ("drone", "quadcopter"),
    "مسيرات": ("drone", "quadcopter"),
    "درون": ("drone", "quadcopter"),
    "anti tank missile": ("atgm",),
    "antitank missile": ("atgm",),
    "guided missile": ("atgm",),
    "atgm": ("atgm",),
    "missile antichar": ("atgm",),
    "صاروخ موجه": ("atgm",),
    "صاروخ مضاد للدروع": ("atgm",),
}

# The weapons plausible for an event type when the report names none.
_DEFAULTS: dict[str, tuple[str, ...]] = {
    "rocket attack": ("rocket",),
    "mortar attack": ("mortar",),
    "missile attack": ("ballistic_missile", "cruise_missile"),
    "drone attack": ("drone", "quadcopter"),
}

_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ـ": None})
_MM = re.compile(r"(?<=\d)\s*(?:millimet(?:er|re)s?|millimètres?|ملليمتر|مليمتر|ملم|مم)(?!\w)")
_DIGIT_LETTER = re.compile(r"(?<=\d)(?=[^\W\d])|(?<=[^\W\d])(?=\d)")
_NON_WORD = re.compile(r"[\W_]+")
# Arabic proclitics glued to a noun: wa-, fa-, bi-, li-, ka- and the article.
_AR_PREFIX = r"(?:[وفبلك]?ال|لل|[وفبلك])?"


def normalise(text: str) -> str:
    """Fold a phrase for alias matching: case, accents, Arabic letter variants and digits,
    ``107mm`` / ``107-mm`` / ``107 ملم`` -> ``107 mm``, punctuation -> space.

    Examples
    --------
    >>> normalise("Roquettes de type Katioucha (107-mm)")
    'roquettes de type katioucha 107 mm'
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(_ARABIC_DIGITS).translate(_ARABIC_LETTERS)
    # NFD then drop combining marks: Latin accents and Arabic harakat alike.
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    text = _MM.sub(" mm", text)
    text = _DIGIT_LETTER.sub(" ", text)
    return _NON_WORD.sub(" ", text).strip()


def _data_text() -> str:
    return resources.files("geo_events.data").joinpath("weapons.csv").read_text(encoding="utf-8")


def _float(value: str, default: Optional[float]) -> Optional[float]:
    value = (value or "").strip()
    return float(value) if value else default


def load_catalogue(text: Optional[str] = None, *, origin: str = "weapons.csv") -> tuple[Weapon, ...]:
    """Parse a weapons catalogue (the packaged one by default).

    Raises
    ------
    InputError
        When a row lacks an id, a category of :data:`CATEGORIES`, a maximum range or a source.
    """
    text = _data_text() if text is None else text
    out = []
    for n, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        try:
            wid = row["id"].strip()
            category = row["category"].strip()
            max_range = _float(row["max_range_km"], None)
            source = (row.get("source") or "").strip()
        except (KeyError, AttributeError, ValueError):
            raise InputError(f"{origin}: line {n}: malformed row") from None
        if not wid or category not in CATEGORIES or max_range is None or not source:
            raise InputError(f"{origin}: line {n}: needs id, category ({', '.join(CATEGORIES)}), max_range_km and source")
        out.append(
            Weapon(
                id=wid,
                name=row["name"].strip(),
                category=category,
                min_range_km=_float(row["min_range_km"], 0.0) or 0.0,
                max_range_km=max_range,
                aliases=tuple(a.strip() for a in row["aliases"].split("|") if a.strip()),
                source=source,
                calibre_mm=_float(row.get("calibre_mm", ""), None),
            )
        )
    return tuple(out)


@functools.lru_cache(maxsize=1)
def catalogue() -> tuple[Weapon, ...]:
    """Every weapon of the packaged catalogue, in file order."""
    return load_catalogue()


@functools.lru_cache(maxsize=1)
def _matcher():
    weapons = catalogue()
    table: dict[str, list[int]] = {}
    for i, w in enumerate(weapons):
        for alias in w.aliases + (w.name,):
            key = normalise(alias)
            if key and i not in table.setdefault(key, []):
                table[key].append(i)
    generic = {normalise(k): v for k, v in _GENERIC.items()}
    keys = sorted(set(table) | set(generic), key=lambda k: (-len(k), k))
    # Longest alias first, so "fateh 313" wins over a shorter alias at the same place;
    # an optional plural "s" and Arabic proclitics around a whole-word match.
    pattern = re.compile(
        r"(?<!\w)" + _AR_PREFIX + "(" + "|".join(re.escape(k) for k in keys) + r")(?:e?s)?(?!\w)"
    )
    return pattern, table, generic


def _combine(groups: list[set[int]], new: set[int]) -> None:
    # Two names of one weapon narrow each other ("122 mm" + "Katyusha" -> Grad);
    # names of different weapons add up ("Grad and Fajr-5").
    for i, g in enumerate(groups):
        if g & new:
            groups[i] = g & new
            return
    groups.append(set(new))


def lookup(text: str) -> list[Weapon]:
    """The catalogue weapons a phrase names, ambiguity kept.

    Parameters
    ----------
    text : str
        A weapon phrase or a sentence, in English, French or Arabic.

    Returns
    -------
    list of Weapon
        In catalogue order; ``[]`` when nothing is recognised. A family word alone
        ("rockets", "drone", "هاون") gives the whole family.

    Examples
    --------
    >>> [w.id for w in lookup("Katyusha-type rockets")]
    ['rocket-107', 'rocket-122']
    >>> [w.id for w in lookup("roquettes de type Katioucha de 122 mm")]
    ['rocket-122']
    >>> lookup("a banana")
    []
    """
    if not text:
        return []
    pattern, table, generic = _matcher()
    norm = normalise(text)
    groups: list[set[int]] = []
    families: list[str] = []
    for m in pattern.finditer(norm):
        key = m.group(1)
        if key in table:
            _combine(groups, set(table[key]))
        else:
            families.extend(c for c in generic[key] if c not in families)
    weapons = catalogue()
    if groups:
        found = set().union(*groups)
        return [w for i, w in enumerate(weapons) if i in found]
    return [w for w in weapons if w.category in families]


def by_category(category: str) -> list[Weapon]:
    """Every weapon of a category (``"rocket"``, ``"mortar"``, ``"drone"`` ...)."""
    return [w for w in catalogue() if w.category == category]


def default_for(event_type: Optional[str]) -> list[Weapon]:
    """The weapons plausible for an event type when the report names none.

    Examples
    --------
    >>> sorted({w.category for w in default_for("rocket attack")})
    ['rocket']
    >>> default_for("airstrike")
    []
    """
    cats = _DEFAULTS.get((event_type or "").strip().lower(), ())
    return [w for w in catalogue() if w.category in cats]


def get(weapon_id: str) -> Weapon:
    """The catalogue row with this id.

    Raises
    ------
    InputError
        When no row has this id.
    """
    for w in catalogue():
        if w.id == weapon_id:
            return w
    raise InputError(f"weapon {weapon_id!r}: not in the weapons catalogue")
