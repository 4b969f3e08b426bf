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
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

from graph.entities.names import ascii_fold

#: Locales whose lists are too wide to count alone.
WIDE_LISTS = frozenset({"en", "is_IS"})
#: Locales whose names are written family name first.
SURNAME_FIRST_LOCALES = ("zh_", "vi_", "ko_")
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f' -]+$")


def given_names() -> list[str]:
    """The folded given names, sorted."""
    import faker.providers.person as people

    counts: dict[str, set[str]] = {}
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
    return sorted(n for n, where in counts.items() if len(where) > 1 or not where <= WIDE_LISTS)


def main() -> None:
    out = Path(__file__).with_name("given_names.txt")
    out.write_text("\n".join(given_names()) + "\n", encoding="utf-8")
    print(f"{out}: written")


if __name__ == "__main__":
    main()
