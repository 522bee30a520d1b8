"""One name per actor: the canonical name a claimant or an accused is shown and exported under.

Articles name the same actor many ways: a state by its capital ("Tehran", "Téhéran", "طهران"), by its
army or air force ("the Turkish army", "l'aviation russe", "الجيش التركي"), a group by an alias or with
a common noun around it ("IS militants", "Daech", "the Houthi rebels", "Kataib Hezbollah fighters").
A user filtering the map by actor needs one name for each, so :func:`canonical_actors` maps such a
name to the actor's canonical English name ("Iran", "Turkey", "Islamic State", "Houthis"); the
article's own wording stays in the fact's evidence sentence.  A description that is not one actor
("Iran-backed militias", "groups backed by Iran", "Hezbollah-linked groups") is kept as written:
backing is not authorship.

Data only, plus one small function; the group aliases themselves live in ``data/actors.csv``.
"""
from __future__ import annotations

import re
from functools import lru_cache

# canonical state name -> (country names, capitals and metonyms) in English, French and Arabic
STATE_NAMES: dict[str, tuple[str, ...]] = {
    "Iran": ("Iran", "Tehran", "Téhéran", "Teheran", "Islamic Republic", "République islamique",
             "إيران", "ايران", "طهران", "الجمهورية الإسلامية"),
    "United States": ("United States", "the US", "US", "U.S.", "USA", "America", "Washington", "the Pentagon",
                      "Pentagon", "États-Unis", "Etats-Unis", "les États-Unis", "le Pentagone", "Pentagone",
                      "الولايات المتحدة", "واشنطن", "أمريكا", "أميركا", "البنتاغون"),
    "Israel": ("Israel", "Israël", "Tel Aviv", "l'État hébreu", "État hébreu", "the Jewish state",
               "إسرائيل", "اسرائيل", "تل أبيب"),
    "Turkey": ("Turkey", "Türkiye", "Turquie", "Ankara", "تركيا", "أنقرة"),
    "Russia": ("Russia", "Russie", "Moscow", "Moscou", "the Kremlin", "Kremlin", "le Kremlin", "روسيا", "موسكو",
               "الكرملين"),
    "Syria": ("Syria", "Syrie", "Damascus", "Damas", "سوريا", "سورية", "دمشق"),
    "Jordan": ("Jordan", "Jordanie", "Amman", "الأردن", "عمان", "عمّان"),
    "Saudi Arabia": ("Saudi Arabia", "Arabie saoudite", "Riyadh", "Riyad", "السعودية", "الرياض",
                     "المملكة العربية السعودية"),
    "United Arab Emirates": ("United Arab Emirates", "UAE", "Émirats arabes unis", "Abu Dhabi", "Abou Dhabi",
                             "الإمارات", "أبوظبي", "أبو ظبي"),
    "Iraq": ("Iraq", "Irak", "Baghdad", "Bagdad", "العراق", "بغداد"),
    "Lebanon": ("Lebanon", "Liban", "Beirut", "Beyrouth", "لبنان", "بيروت"),
    "Ukraine": ("Ukraine", "Kyiv", "Kiev", "أوكرانيا", "كييف"),
    "United Kingdom": ("United Kingdom", "Britain", "Great Britain", "the UK", "UK", "London", "Royaume-Uni",
                       "Londres", "بريطانيا", "لندن"),
    "Qatar": ("Qatar", "Doha", "قطر", "الدوحة"),
    "Pakistan": ("Pakistan", "Islamabad", "باكستان"),
}

# a state's forces named by their adjective: "the Turkish army", "l'aviation russe", "الجيش التركي".  Syria is
# left out on purpose: its forces are annotated "Syrian government forces", a side rather than the state.
_DEMONYMS: dict[str, tuple[str, str, str]] = {  # canonical -> (English, French stem alternation, Arabic stem)
    "Iran": ("Iranian", "iranien(?:ne)?s?", "الإيراني"),
    "United States": ("(?:American|US|U\\.S\\.)", "américaine?s?", "(?:الأمريكي|الأميركي)"),
    "Israel": ("Israeli", "israélien(?:ne)?s?", "الإسرائيلي"),
    "Turkey": ("Turkish", "tur(?:c|cs|que|ques)", "التركي"),
    "Russia": ("Russian", "russes?", "الروسي"),
    "Ukraine": ("Ukrainian", "ukrainien(?:ne)?s?", "الأوكراني"),
    "Saudi Arabia": ("Saudi", "saoudien(?:ne)?s?", "السعودي"),
    "United Kingdom": ("British", "britanniques?", "البريطاني"),
}
_FORCES_EN = (r"(?:army|military|armed forces|(?:occupation |occupying )?forces|troops|air force|navy|aircraft|warplanes?|jets?|"
              r"fighter jets?|drones?|artillery|government)")
_FORCES_FR = (r"(?:armée|aviation|forces(?: armées| d'occupation)?|troupes|marine|artillerie|avions?(?: de chasse| de combat)?|"
              r"drones?|gouvernement|régime)")
_FORCES_AR = r"(?:الجيش|القوات|قوات(?: الاحتلال)?|الطيران|سلاح الجو|البحرية|المدفعية|الحكومة)"

# names of groups that ``data/actors.csv`` lacks (canonical -> aliases); an Arabic alias may carry a proclitic
# ("لتنظيم الدولة الإسلامية": "of the Islamic State organisation")
GROUP_ALIASES: dict[str, tuple[str, ...]] = {
    "Islamic State": ("Islamic State of Iraq and the Levant", "Islamic State of Iraq and Syria", "Etat islamique",
                      "الدولة الإسلامية", "تنظيم الدولة الإسلامية", "الدولة الاسلامية"),
    "Hayat Tahrir al-Sham": ("Hayat Tahrir al-Sham", "Hay'at Tahrir al-Sham", "Hayat Tahrir Al Sham", "HTS",
                             "Hayat Tahrir el-Cham", "Hayat Tahrir al-Cham", "هيئة تحرير الشام"),
    "AQAP": ("AQAP", "al-Qaeda in the Arabian Peninsula", "al-Qaida in the Arabian Peninsula", "Aqpa",
             "Al-Qaïda dans la péninsule Arabique", "تنظيم القاعدة في جزيرة العرب", "القاعدة في جزيرة العرب"),
    "Houthis": ("houthistes", "houthiste", "Houthi movement", "الحوثية"),
    "Hamas": ("Qassam Brigades", "Ezzedine al-Qassam Brigades", "Izz ad-Din al-Qassam Brigades", "Brigades Ezzedine al-Qassam",
              "كتائب القسام", "كتائب عز الدين القسام"),
}

# words around a group's name that name no other actor: "IS militants", "the Houthi rebels", "les rebelles
# houthis", "Kataib Hezbollah fighters", "terrorist gangs of Daesh", "عناصر تنظيم داعش", "جماعة الحوثي"
_FILLER = frozenset("""
the a an of its their group groups movement militants militant militia militias fighters fighter rebels rebel
members member gunmen terrorists terrorist gangs gang cells cell jihadists jihadist insurgents insurgent forces
le la les l' un une des du de d' groupe groupes mouvement milice milices miliciens combattants combattant rebelles
rebelle membres membre terroristes terroriste jihadistes djihadistes insurgés cellules cellule
جماعة حركة تنظيم عناصر مسلحي مسلحو مقاتلي مقاتلو ميليشيا ميليشيات مليشيا مليشيات خلايا خلية إرهابية الإرهابية
تابعة لتنظيم لجماعة عصابات
""".split())
# a modifier of a group's name that is no actor of its own: "Iran-backed", "Yemen's", "pro-Iranian", "libanais"
_MODIFIER = re.compile(r"^(?:[\w'’.-]+-(?:backed|aligned|allied|linked|affiliated|led|based)|pro-[\w-]+|[\w.-]+['’]s|"
                       r"lebanese|libanais|yemeni|yéménites?|iraqi|irakiens?|palestinian|palestiniens?|"
                       r"al-qaida-linked|islamist|islamistes?|اللبناني|اللبنانية|اليمني|اليمنية|العراقي|العراقية|الفلسطيني|الفلسطينية)$", re.I)
_ARTICLE = re.compile(r"^(?:the|le|la|les|l['’]|al-)\s*", re.I)
_AND = re.compile(r"\s+(?:and|et|ainsi que|as well as)\s+(?:(?:the|le|la|les|l['’])\s*)?|\s*،?\s+و(?=\S)|\s*,\s*")


@lru_cache(maxsize=1)
def _state_table() -> tuple[dict, list]:
    exact = {}
    for canonical, names in STATE_NAMES.items():
        for n in names:
            exact[_fold(n)] = canonical
    forces = []
    for canonical, (en, fr, ar) in _DEMONYMS.items():
        forces.append((re.compile(rf"^(?:{en}\s+{_FORCES_EN}|{_FORCES_FR}\s+{fr}|{_FORCES_AR}\s+{ar}(?:ة)?)$", re.I),
                       canonical))
    return exact, forces


def _fold(name: str) -> str:
    name = " ".join(name.replace("’", "'").split()).strip(" .,;:'\"«»“”")
    return _ARTICLE.sub("", name).casefold() if not name.startswith("al-") else name.casefold()


@lru_cache(maxsize=4096)
def canonical_state(name: str):
    """The canonical state a name stands for ("Tehran" -> "Iran", "l'armée turque" -> "Turkey"), else None."""
    exact, forces = _state_table()
    folded = _fold(name)
    if folded in exact:
        return exact[folded]
    if name.strip() in exact:
        return exact[name.strip()]
    plain = " ".join(name.replace("’", "'").split()).strip(" .,;:'\"«»“”")
    plain = re.sub(r"^(?:the|l'|les?|la)\s*", "", plain, flags=re.I)
    for rx, canonical in forces:
        if rx.match(plain):
            return canonical
    return None


_EXTRA_NAMES = {a.casefold(): c for c, names in GROUP_ALIASES.items() for a in names}


@lru_cache(maxsize=1)
def _extra_scanner() -> re.Pattern:
    alts = "|".join(re.escape(a) for a in sorted(_EXTRA_NAMES, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:[لبو]|لل)?(?P<n>" + alts + r")(?![\w-])", re.I)


@lru_cache(maxsize=4096)
def _canonical_group(name: str):
    """The known group a name is (a name of ``data/actors.csv`` with only filler words around it), else None."""
    from .extract import find_actors  # (the actor scanner is built there, once)

    found = find_actors(name) or [(m.start(), m.end(), _EXTRA_NAMES[m.group("n").casefold()])
                                  for m in _extra_scanner().finditer(name)]
    if len(found) != 1:
        return None
    s, e, canonical = found[0]
    rest = (name[:s] + " " + name[e:]).replace("’", "'")
    for word in rest.split():
        w = word.strip(" .,;:\"«»“”()").casefold()
        if w and w not in _FILLER and not _MODIFIER.match(w) and not (w.startswith("ل") and w[1:] in _FILLER):
            return None
    return canonical


def canonical_actor(name: str) -> str:
    """The name a claimant or an accused is shown under: its canonical name when known, else ``name``.

    Examples
    --------
    >>> canonical_actor("Tehran"), canonical_actor("l'armée turque"), canonical_actor("IS militants")
    ('Iran', 'Turkey', 'Islamic State')
    >>> canonical_actor("Iran-backed militias")
    'Iran-backed militias'
    """
    return canonical_state(name) or _canonical_group(name) or name


def canonical_actors(names) -> list[str]:
    """Each name's canonical name (see :func:`canonical_actor`), a coordination of known actors split in two
    ("Israël et les États-Unis" -> Israel, United States), duplicates dropped, order kept."""
    out: list[str] = []
    for name in names:
        out += _canonical_parts(name)
    return list(dict.fromkeys(out))


@lru_cache(maxsize=4096)
def _canonical_parts(name: str) -> tuple[str, ...]:
    parts = [p for p in _AND.split(name) if p.strip()] if _AND.search(name) else [name]
    known = [canonical_state(p) or _canonical_group(p) for p in parts]
    return tuple(known) if len(parts) > 1 and all(known) else (canonical_actor(name),)
