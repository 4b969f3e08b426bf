"""Seeds for bench/robustness.py: sentences with known triples that :mod:`bench.rewordings`
rewrites. Two sources: :data:`OWN_SEEDS`, sentences written for this bench (not dev text), and
:func:`dev_seeds`, the one-sentence train-split items of the dev files (the check split is never
read).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from graph.evaluate import GoldTriple, load_gold, split_of


@dataclass(frozen=True)
class Seed:
    """One sentence and the triples it states."""

    id: str
    text: str
    triples: tuple[GoldTriple, ...]


#: Sentences written for this bench (not dev text): (id, text, [(subject, predicate, object)]).
OWN_SEEDS: tuple[tuple[str, str, tuple[tuple[str, str, str], ...]], ...] = (
    ("own-met-1", "Peter Hollis met Sandra Okoye at the embassy.", (("Peter Hollis", "met", "Sandra Okoye"),)),
    ("own-met-2", "Daniel Moreau met with Ibrahim Sesay to discuss the border dispute.",
     (("Daniel Moreau", "met", "Ibrahim Sesay"),)),
    ("own-met-3", "Helen Carter held talks with Rashid Karimov about trade.", (("Helen Carter", "met", "Rashid Karimov"),)),
    ("own-met-4", "Thomas Berg received Luisa Ferreira at his office.", (("Thomas Berg", "met", "Luisa Ferreira"),)),
    ("own-agr-1", "Peru and Chile signed an agreement on fishing rights.", (("Peru", "agreed", "Chile"),)),
    ("own-agr-2", "Norway agreed with Iceland to share the quota.", (("Norway", "agreed", "Iceland"),)),
    ("own-agr-3", "Martin Kessler reached a deal with Grace Adeyemi over the pipeline.",
     (("Martin Kessler", "agreed", "Grace Adeyemi"),)),
    ("own-vis-1", "Robert Lang visited Ghana to open a new school.", (("Robert Lang", "visited", "Ghana"),)),
    ("own-vis-2", "Sofia Marin travelled to Vietnam for trade talks.", (("Sofia Marin", "visited", "Vietnam"),)),
    ("own-vis-3", "Anna Lindqvist arrived in Jordan for a two-day stay.", (("Anna Lindqvist", "visited", "Jordan"),)),
    ("own-acc-1", "George Whitfield accused Omar Nasser of taking bribes.",
     (("George Whitfield", "accused", "Omar Nasser"),)),
    ("own-acc-2", "Ethiopia accused Eritrea of arming the rebels.", (("Ethiopia", "accused", "Eritrea"),)),
    ("own-acc-3", "Laura Keane blamed Victor Hale for the failed talks.", (("Laura Keane", "accused", "Victor Hale"),)),
    ("own-acc-4", "Brazil accused Venezuela of violating its airspace.", (("Brazil", "accused", "Venezuela"),)),
    ("own-met-5", "Olivia Grant sat down with Tariq Hussain for two hours.", (("Olivia Grant", "met", "Tariq Hussain"),)),
    ("own-met-6", "Marcus Webb and Elena Petrova met in a hotel near the airport.",
     (("Marcus Webb", "met", "Elena Petrova"),)),
    ("own-met-7", "Simon Clarke hosted Nadia Benali for dinner at his residence.",
     (("Simon Clarke", "met", "Nadia Benali"),)),
    ("own-met-8", "Paul Hendricks shook hands with Kenji Watanabe before the talks.",
     (("Paul Hendricks", "met", "Kenji Watanabe"),)),
    ("own-agr-4", "Kenya and Tanzania agreed to reopen their shared border.", (("Kenya", "agreed", "Tanzania"),)),
    ("own-agr-5", "Ecuador signed a trade pact with Colombia.", (("Ecuador", "agreed", "Colombia"),)),
    ("own-agr-6", "Richard Moss and Yasmin Farouk struck a deal on water rights.",
     (("Richard Moss", "agreed", "Yasmin Farouk"),)),
    ("own-vis-4", "Claire Dumont flew to Senegal to meet farmers.", (("Claire Dumont", "visited", "Senegal"),)),
    ("own-vis-5", "Henry Walsh toured Cambodia with a delegation of engineers.",
     (("Henry Walsh", "visited", "Cambodia"),)),
    ("own-vis-6", "Julia Brenner spent three days in Uruguay.", (("Julia Brenner", "visited", "Uruguay"),)),
    ("own-acc-5", "Lucas Fontaine charged Miriam Adler with fraud.", (("Lucas Fontaine", "accused", "Miriam Adler"),)),
    ("own-acc-6", "Serbia accused Croatia of stirring up tension.", (("Serbia", "accused", "Croatia"),)),
    ("own-acc-7", "Nigeria blamed Cameroon for the attack on the border post.", (("Nigeria", "accused", "Cameroon"),)),
    ("own-acc-8", "Philip Rowe accused Hana Suzuki of lying to parliament.",
     (("Philip Rowe", "accused", "Hana Suzuki"),)),
)


def own_seeds() -> list[Seed]:
    """:data:`OWN_SEEDS` as :class:`Seed` objects."""
    return [Seed(i, text, tuple(GoldTriple(s, p, o) for s, p, o in ts)) for i, text, ts in OWN_SEEDS]


def dev_seeds(paths: Iterable[Path]) -> list[Seed]:
    """Train-split items of ``paths`` that are one sentence with required triples whose subject and
    object occur verbatim in the text; the check split is never read."""
    out: list[Seed] = []
    for path in paths:
        for item in load_gold(path):
            if split_of(item.id) != "train" or not item.triples or item.optional:
                continue
            if len(re.split(r"(?<=[.!?])[\"']?\s+(?=[\"A-Z])", item.text.strip())) != 1:
                continue
            if all(t.subject in item.text and t.object in item.text for t in item.triples):
                out.append(Seed(item.id, item.text.strip(), item.triples))
    return out
