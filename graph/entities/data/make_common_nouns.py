"""Write ``common_nouns.txt`` beside this module from Princeton WordNet 3.0.

Run ``python -m graph.entities.data.make_common_nouns [WORDNET_DIR]`` (default
``/usr/share/wordnet``, Debian's ``wordnet-base`` package). The file holds one lower-case word a
line: every single-word lemma (letters and hyphens, three letters or more) of a noun synset that
names a kind of thing, not one individual (no instance hypernym: "Paris", "Gandhi" and
"Lincoln" are left out; "trump", "arsenal", "brotherhood", "Kurd", "Democrat" are kept). A
capitalised word that is one of them, or the plural of one, is no bare surname by its shape
(:func:`graph.entities.typevote.common_noun`).

WordNet 3.0 is (c) Princeton University under the WordNet License (BSD-like), which allows
redistribution of derived data with the notice; see ``graph/extract/data/WORDNET-LICENSE``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_WORD = re.compile(r"^[A-Za-z][A-Za-z-]*[A-Za-z]$")


def common_nouns(wordnet: Path) -> list[str]:
    """The folded lemmas (see the module docstring), sorted."""
    out: set[str] = set()
    for line in (wordnet / "data.noun").open(encoding="latin-1"):
        if line.startswith("  "):
            continue
        parts = line.split(" | ")[0].split()
        count = int(parts[3], 16)
        rest = parts[4 + 2 * count:]
        pointers = rest[1 : 1 + 4 * int(rest[0])]
        if "@i" in pointers[0::4] and "@" not in pointers[0::4]:
            continue  # a named individual
        for i in range(count):
            word = re.sub(r"\(.*\)$", "", parts[4 + 2 * i])
            if _WORD.match(word) and len(word) >= 3:
                out.add(word.lower())
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    words = common_nouns(Path(args[0] if args else "/usr/share/wordnet"))
    out = Path(__file__).with_name("common_nouns.txt")
    out.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{out}: {len(words)} nouns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
