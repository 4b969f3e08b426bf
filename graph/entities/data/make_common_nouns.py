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

_WORD = re.compile(r"^[a-z][a-z-]*[a-z]$")


def common_nouns(wordnet: Path) -> list[str]:
    """The lemmas (see the module docstring), sorted: those with a sense that is no named
    individual, as :func:`graph.extract.data.make_lexicons.read_nouns` reads WordNet."""
    from graph.extract.data.make_lexicons import read_nouns

    synsets, senses = read_nouns(wordnet)
    return sorted(lemma for lemma, offsets in senses.items()
                  if _WORD.match(lemma) and len(lemma) >= 3 and any(not synsets[o][3] for o in offsets))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    words = common_nouns(Path(args[0] if args else "/usr/share/wordnet"))
    out = Path(__file__).with_name("common_nouns.txt")
    out.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{out}: {len(words)} nouns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
