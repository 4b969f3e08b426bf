"""Given names of the world's other scripts, romanised as news writes them: ``given_names_world.txt``.

(Faker's Latin lists of Africa, South and South-East Asia and Turkey, ``en_IN``, ``en_PK``,
``en_KE``, ``sw``, ``yo_NG``, ``id_ID``, ``tr_TR``, ``az_AZ``, ..., are already in
``given_names.txt``: see :mod:`graph.entities.data.make_given_names`.)

Run ``python -m graph.entities.data.make_given_names`` (it writes all three given-name files;
needs ``faker`` and ``japanese-personal-name-dataset``, both of the project's test extra, and
``arabic-name-romanizer``, installed with ``pip install --no-deps``). Sources:

- **Hindi, Marathi and Nepali** (Devanagari): the ``hi_IN``, ``mr_IN`` and ``ne_NP`` person
  providers of Faker (https://github.com/joke2k/faker, MIT licence, ``FAKER-LICENSE``),
  romanised by :func:`romanise_devanagari` (Hunterian, as Indian and Nepali news writes names:
  "नरेन्द्र" → "narendra", "मुकेश" → "mukesh", "दीपक" → "dipak" and "deepak");
- **Japanese**: the readings of ``japanese-personal-name-dataset`` 0.4.0 (PyPI, MIT licence,
  https://github.com/shuheilocale/japanese-personal-name-dataset) that have five or more kanji
  spellings (a rare reading has one or two), in the wapuro romaji it gives and as news writes them
  without long vowels ("shinzou" → "shinzo", "yuuki" → "yuki");
- **Arabic and Persian script** (Iran, Pakistan, the Arab world, Afghanistan): the given names
  of Wikidata's people of those countries (CC0 1.0) in the Latin spelling of their labels, as
  ``arabic-name-romanizer`` 0.2.0 (PyPI, MIT licence) ships them (:func:`arabic_script_names`);

Guards (precision): a name is left out when it is shorter than four letters ("Ai", "Jun",
"Ken"), a WordNet common noun (``common_nouns.txt``: "Anil", "Basil", "Brahma" are left out), a
stay), a country, a demonym or a GeoNames city's primary name ("Akashi", "Nagpur"), a title, or a word of
organisations' names (:data:`graph.entities.names.ORGANISATION_WORDS`). Like the romanised
Cyrillic names, these open a person's name only: they never make a name's last word a given name.
"""

from __future__ import annotations

import csv
import importlib
import unicodedata
from collections.abc import Iterable
from pathlib import Path

#: Devanagari consonants (Hunterian, as news writes them).
_CONSONANTS = dict(zip(
    "कखगघङचछजझञटठडढणतथदधनपफबभमयरलळवशषसह",
    ("k", "kh", "g", "gh", "n", "ch", "chh", "j", "jh", "n", "t", "th", "d", "dh", "n", "t", "th", "d",
     "dh", "n", "p", "ph", "b", "bh", "m", "y", "r", "l", "l", "v", "sh", "sh", "s", "h"), strict=True))
#: Consonants with a nukta (precomposed, or base + U+093C).
_NUKTA = {"क": "q", "ख": "kh", "ग": "gh", "ज": "z", "ड": "r", "ढ": "rh", "फ": "f", "य": "y"}
#: Independent vowels and vowel signs, with the variants news writes ("ee", "oo").
_VOWELS: dict[str, tuple[str, ...]] = {
    "अ": ("a",), "आ": ("a",), "इ": ("i",), "ई": ("i", "ee"), "उ": ("u",), "ऊ": ("u", "oo"),
    "ऋ": ("ri",), "ए": ("e",), "ऐ": ("ai",), "ओ": ("o",), "औ": ("au",), "ऍ": ("e",), "ऑ": ("o",),
}
_SIGNS: dict[str, tuple[str, ...]] = {
    "ा": ("a",), "ि": ("i",), "ी": ("i", "ee"), "ु": ("u",), "ू": ("u", "oo"), "ृ": ("ri",),
    "े": ("e",), "ै": ("ai",), "ो": ("o",), "ौ": ("au",), "ॅ": ("e",), "ॉ": ("o",),
}
_VIRAMA, _NUKTA_SIGN, _ANUSVARA, _CHANDRABINDU, _VISARGA = "\u094d", "\u093c", "\u0902", "\u0901", "\u0903"
_LABIALS = frozenset("पफबभम")


def romanise_devanagari(name: str) -> list[str]:
    """The Latin spellings of one Devanagari given name, lower case, plain Hunterian first
    (``"नरेन्द्र"`` → ``["narendra"]``, ``"दीपक"`` → ``["dipak", "deepak"]``): the inherent "a"
    of a consonant is written unless a virama or a vowel sign follows, or it ends the word after
    a single consonant or a cluster other than one ending in r, y or v ("मुकेश" → "mukesh",
    "अरविन्द" → "arvind"; "नरेन्द्र" keeps it); a medial one between a vowel and a consonant
    with a vowel is also dropped, both spellings kept ("कमला" → "kamala", "kamla").

    Raises:
        KeyError: a character of another script."""
    text = unicodedata.normalize("NFD", name).replace("\u200d", "").replace("\u200c", "")
    units: list[tuple[str, tuple[str, ...]]] = []  # ("c", consonant) / ("v", vowel options) / ("m", n)
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in _CONSONANTS:
            if i + 1 < len(text) and text[i + 1] == _NUKTA_SIGN:
                units.append(("c", (_NUKTA.get(ch, _CONSONANTS[ch]),)))
                i += 2
                continue
            units.append(("c", (_CONSONANTS[ch],)))
        elif ch in _VOWELS:
            units.append(("v", _VOWELS[ch]))
        elif ch in _SIGNS:
            units.append(("s", _SIGNS[ch]))
        elif ch == _VIRAMA:
            units.append(("x", ("",)))
        elif ch in (_ANUSVARA, _CHANDRABINDU):
            nxt = text[i + 1] if i + 1 < len(text) else ""
            units.append(("n", ("m",) if nxt in _LABIALS else ("n",)))
        elif ch == _VISARGA:
            units.append(("n", ("h",)))
        else:
            raise KeyError(ch)
        i += 1
    schwa: dict[int, bool] = {}  # consonant index -> its inherent "a" is written
    for k, (kind, _) in enumerate(units):
        if kind != "c":
            continue
        nxt = units[k + 1][0] if k + 1 < len(units) else ""
        if nxt in ("s", "x"):
            continue  # a vowel sign or a virama replaces the inherent vowel
        last = all(u[0] == "n" for u in units[k + 1:])
        # a cluster ending in r, y or v keeps it ("narendra", "aditya"), others not ("arvind")
        cluster = k >= 2 and units[k - 1][0] == "x" and units[k][1][0] in ("r", "y", "v")
        schwa[k] = not (last and not cluster and k > 0)  # "mukesh", but "narendra"
    # the medial schwa Hindi drops between vowel + consonant and consonant + vowel ("shahbaz",
    # "kamla"), right to left: written both ways, as news does ("Kamala", "Kamla")
    medial = dict(schwa)
    for k in sorted(schwa, reverse=True):
        if not medial[k] or k == 0 or k + 2 > len(units) or units[k + 1][0] != "c":
            continue
        before_vowel = units[k - 1][0] in ("v", "s") or medial.get(k - 1, False)
        after_vowel = medial.get(k + 1, False) or (k + 2 < len(units) and units[k + 2][0] == "s")
        if before_vowel and after_vowel:
            medial[k] = False
    out: list[str] = []
    for kept in (schwa, medial):
        spellings = [""]
        for k, (_, options) in enumerate(units):
            spellings = [s + o + ("a" if kept.get(k) else "") for s in spellings for o in options][:8]
        out.extend(spellings)
    return list(dict.fromkeys(out))


def _hepburn(romaji: str) -> list[str]:
    """The wapuro spelling of the dataset and the one news writes without long vowels
    (``"shinzou"`` → ``["shinzou", "shinzo"]``)."""
    plain = romaji.replace("ou", "o").replace("uu", "u").replace("oo", "o").replace("'", "")
    return list(dict.fromkeys((romaji.replace("'", ""), plain)))


def japanese_readings(*, min_spellings: int = 5) -> list[str]:
    """Readings of Japanese given names with ``min_spellings`` or more kanji spellings, in both
    romaji forms (:func:`_hepburn`), from ``japanese-personal-name-dataset``.

    Raises:
        ModuleNotFoundError: the package is not installed."""
    import japanese_personal_name_dataset as jp

    folder = Path(jp.__file__).parent / "dataset"
    out: list[str] = []
    for name in ("first_name_man_org.csv", "first_name_woman_org.csv"):
        with (folder / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                if len(row) >= 2 + min_spellings and row[1].isascii():
                    out.extend(_hepburn(row[1].lower()))
    return out


def devanagari_names() -> list[str]:
    """Romanised given names of Faker's Hindi, Marathi and Nepali lists."""
    import faker.providers.person as people

    out: list[str] = []
    for locale in ("hi_IN", "mr_IN", "ne_NP"):
        provider = importlib.import_module(f"{people.__name__}.{locale}").Provider
        for attr, value in vars(provider).items():
            if attr.startswith("first_names") and isinstance(value, (tuple, list)):
                for name in value:
                    try:
                        out.extend(romanise_devanagari(name))
                    except KeyError:  # a letter of another script
                        continue
    return out


def arabic_script_names(*, min_count: int = 3) -> list[str]:
    """Given names of people of countries writing Arabic script (Iran, Pakistan, Egypt, Iraq,
    Afghanistan, the Maghreb, the Gulf, ...) as Wikidata's labels spell them in Latin letters
    ("Masoud", "Shehbaz", "Anwar"), one word, borne by ``min_count`` or more people: the
    ``units`` table (role ``given``, source ``wikidata``: CC0 1.0) of the name index shipped by
    ``arabic-name-romanizer`` 0.2.0 (PyPI, MIT licence). Its file is read, the package is not
    imported (install it with ``pip install --no-deps arabic-name-romanizer``: its model
    runtime is not needed).

    Raises:
        ModuleNotFoundError: the package is not installed."""
    import importlib.util
    import sqlite3

    from graph.entities.names import ascii_fold

    spec = importlib.util.find_spec("arabic_name_romanizer")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("arabic-name-romanizer is not installed")
    db = Path(next(iter(spec.submodule_search_locations))) / "resources" / "names.sqlite3"
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        rows = conn.execute(
            "SELECT lower(latin), sum(count) FROM units WHERE role = 'given' AND source = 'wikidata' "
            "GROUP BY lower(latin)").fetchall()
    out = []
    for latin, count in rows:
        folded = ascii_fold(latin).lower()
        if count >= min_count and folded.replace("-", "").isalpha() and folded.isascii():
            out.append(folded)
    return out


def guarded(names: Iterable[str], *, known: frozenset[str]) -> list[str]:
    """``names`` less those of :data:`known` and those that could be another word's (see the
    module docstring), sorted."""
    from graph.entities.names import ORGANISATION_WORDS, is_title
    from graph.entities.places import find_city, find_country, find_demonym

    nouns = frozenset(Path(__file__).with_name("common_nouns.txt").read_text(encoding="utf-8").split())
    keep = set()
    for name in set(names) - known:
        if len(name) < 4 or not name.replace("-", "").isalpha() or not name.isascii():
            continue
        if name in nouns or name in ORGANISATION_WORDS or is_title(name):
            continue
        if find_country(name) is not None or find_city(name, alternates=False) is not None \
                or find_demonym(name) is not None:
            continue
        keep.add(name)
    return sorted(keep)


def world_given_names(*, known: frozenset[str]) -> list[str]:
    """Every romanised name above that ``known`` (the other two lists) lacks, guarded."""
    return guarded([*devanagari_names(), *japanese_readings(), *arabic_script_names()],
                   known=known)
