"""Write ``given_names.txt`` beside this module from Faker's person providers.

Run ``python -m graph.entities.data.make_given_names`` (needs ``faker``, the project's test extra;
written with Faker 40.63.0). Source: https://github.com/joke2k/faker, MIT licence (copied to
``FAKER-LICENSE`` beside this module); its lists cite national statistics offices and public
name registers. The file holds one folded (ASCII, lower-case) given name a line: every name of
the Latin-script first-name lists of its locales (romanised Japanese, Russian names as
Estonia's register spells them), less the locales that write the family name first (Chinese,
Korean, Vietnamese). A name found only in the large generic ``en`` list or in the Icelandic
register is kept when a second locale lists it too, so that words such as "Wells", "General",
"China" (in the ``en`` list only) are no given names.

The Cyrillic, Greek and Georgian lists (Ukrainian, Russian, Bulgarian, Macedonian, Greek,
Georgian) are romanised as news writes them (:func:`romanise`): Ukraine's national system for
Ukrainian ("Volodymyr", "Oleksandr", "Dmytro"), with the common variants of a letter that wire
copy spells two ways ("Andriy" and "Andrii", "Sergey" and "Sergei", "Aleksey" and "Alexey"),
Bulgaria's and Macedonia's official systems for theirs, ELOT 743 for Greek ("Kyriakos",
"Giorgos"), Georgia's national system ("Irakli", "Mikheil"); a romanised spelling that is a WordNet common noun
(``common_nouns.txt``, made first by ``make_common_nouns``) is left out ("Agent", "Slav").
They are written apart, to ``given_names_romanised.txt``: a word of theirs opens a person's
name, but, unlike a name of the Latin lists, does not make a name's last word a given name
("Gustavo Petro": Petro is also Ukrainian).

A third file, ``given_names_world.txt``, holds the given names of other scripts and lists
(Devanagari, Japanese, Yoruba), romanised and guarded against common nouns and places:
see :mod:`graph.entities.data.make_world_names`.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from pathlib import Path

from graph.entities.names import ascii_fold

#: Locales whose lists are too wide to count alone.
WIDE_LISTS = frozenset({"en", "is_IS"})
#: Locales whose names are written family name first.
SURNAME_FIRST_LOCALES = ("zh_", "vi_", "ko_")
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f' -]+$")


#: Letters every Cyrillic locale romanises alike.
_COMMON = dict(zip("абвгдежзклмнопрстуфцчшьъ'- ", ["a", "b", "v", "g", "d", "e", "zh", "z", "k", "l", "m",
                                                    "n", "o", "p", "r", "s", "t", "u", "f", "ts", "ch", "sh",
                                                    "", "", "", "-", " "], strict=True))
#: Each locale's own letters, with the variants news writes (first the official one).
_LOCAL: dict[str, dict[str, str | tuple[str, ...]]] = {
    "uk": {"г": ("h",), "ґ": ("g",), "и": ("y",), "і": ("i",), "ї": ("i", "yi"), "й": ("i", "y"),
           "є": ("ie", "ye"), "ю": ("iu", "yu"), "я": ("ia", "ya"), "х": ("kh",), "щ": ("shch",)},
    "ru": {"и": ("i",), "й": ("y", "i"), "ы": ("y",), "э": ("e",), "е": ("e",), "ё": ("e", "yo"),
           "ю": ("yu",), "я": ("ya",), "х": ("kh",), "щ": ("shch",), "ий": ("iy", "y", "i"), "кс": ("ks", "x")},
    "bg": {"и": ("i",), "й": ("y",), "х": ("h",), "щ": ("sht",), "ъ": ("a",), "ю": ("yu",), "я": ("ya",)},
    "mk": {"и": ("i",), "ј": ("j",), "х": ("h",), "ѓ": ("gj",), "ќ": ("kj",), "љ": ("lj",), "њ": ("nj",),
           "џ": ("dzh",), "ѕ": ("dz",)},
    # Greek: ELOT 743 (Greece's standard), accents dropped first; "ch"/"h" for chi as news writes
    "el": {**dict(zip("αβγδεζηικλμνξοπρσςτυφωθψ", ("a", "v", "g", "d", "e", "z", "i", "i", "k", "l", "m", "n",
                                                   "x", "o", "p", "r", "s", "s", "t", "y", "f", "o", "th", "ps"))),
           "χ": ("ch", "h"), "αι": ("ai",), "ει": ("ei",), "οι": ("oi",), "ου": ("ou",), "αυ": ("av", "af"),
           "ευ": ("ev", "ef"), "μπ": ("mp", "b"), "ντ": ("nt", "d"), "γγ": ("ng",), "γκ": ("gk", "g"),
           "τζ": ("tz",), "-": ("-",), " ": (" ",)},
    # Georgian: the national system of 2002
    "ka": {**dict(zip("აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
                      ("a", "b", "g", "d", "e", "v", "z", "t", "i", "k", "l", "m", "n", "o", "p", "zh", "r", "s",
                       "t", "u", "p", "k", "gh", "q", "sh", "ch", "ts", "dz", "ts", "ch", "kh", "j", "h"))),
           "-": ("-",), " ": (" ",)},
}
#: Locales whose letters fall back on :data:`_COMMON` (Cyrillic).
_CYRILLIC_LOCALES = frozenset({"uk", "ru", "bg", "mk"})


def romanise(name: str, locale: str) -> list[str]:
    """The Latin spellings of one Cyrillic given name of ``locale`` (``uk``, ``ru``, ``bg``,
    ``mk``), lower case, official first (``"андрій"``, ``"uk"`` → ``["andrii", "andriy"]``).

    Raises:
        KeyError: a letter the locale's table lacks."""
    table = _LOCAL[locale]
    spellings = [""]
    low = name.lower()
    if locale == "el":  # Greek accents dropped (not Cyrillic й, ї, ё: letters of their own)
        low = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
    i = 0
    while i < len(low):
        pair = low[i : i + 2]
        if pair in table and (pair != "ий" or i + 2 == len(low)):  # "-ий" only at the end
            options, i = table[pair], i + 2
        elif low[i] in table:
            options, i = table[low[i]], i + 1
        elif locale in _CYRILLIC_LOCALES:
            options, i = (_COMMON[low[i]],), i + 1
        else:
            raise KeyError(low[i])
        options = (options,) if isinstance(options, str) else options
        spellings = [s + o for s in spellings for o in options][:8]
    return list(dict.fromkeys(spellings))


def given_names() -> tuple[list[str], list[str]]:
    """The folded given names of the Latin-script lists, and the romanised Cyrillic ones that
    those lack, each sorted."""
    import faker.providers.person as people

    nouns = frozenset(Path(__file__).with_name("common_nouns.txt").read_text(encoding="utf-8").split())
    counts: dict[str, set[str]] = {}
    romanised: set[str] = set()
    for info in pkgutil.iter_modules(people.__path__):
        if info.name.startswith(SURNAME_FIRST_LOCALES):
            continue
        provider = importlib.import_module(f"{people.__name__}.{info.name}").Provider
        for attr, value in vars(provider).items():  # its own lists, not those it inherits
            if not (attr.startswith("first_") and "names" in attr and "kana" not in attr):
                continue
            if not isinstance(value, (tuple, list, dict, set, frozenset)):
                continue
            for name in value:
                if isinstance(name, str) and _LATIN.match(name):
                    counts.setdefault(ascii_fold(name).lower(), set()).add(info.name)
                elif isinstance(name, str) and info.name[:2] in _LOCAL:
                    try:
                        spellings = romanise(name, info.name[:2])
                    except KeyError:  # a letter of another script
                        continue
                    # "агент", "слав": no "Agent", "Slav"
                    romanised.update(s for s in spellings if s not in nouns and s.isascii())
    latin = sorted(n for n, where in counts.items() if len(where) > 1 or not where <= WIDE_LISTS)
    return latin, sorted(romanised - set(latin))


def main() -> None:
    from graph.entities.data.make_world_names import world_given_names

    latin, romanised = given_names()
    world = world_given_names(known=frozenset(latin) | frozenset(romanised))
    for name, names in (("given_names.txt", latin), ("given_names_romanised.txt", romanised),
                        ("given_names_world.txt", world)):
        out = Path(__file__).with_name(name)
        out.write_text("\n".join(names) + "\n", encoding="utf-8")
        print(f"{out}: {len(names)} names")


if __name__ == "__main__":
    main()
