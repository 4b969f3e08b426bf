"""Articles written for the cross-article linking tests (tests/data/linking-articles.jsonl) and
their hand annotation: which people each bare or short name means."""

from __future__ import annotations

import functools
from pathlib import Path

from rdflib import Dataset

LINKING_ARTICLES = Path(__file__).resolve().parent / "data" / "linking-articles.jsonl"

#: Pairs of labels that name one person (annotated by hand against the articles): every link
#: the rules propose on the set must be one of these.
SAME: frozenset[frozenset[str]] = frozenset(map(frozenset, [
    ("Lula", "Luiz Inacio Lula da Silva"), ("Modi", "Narendra Modi"), ("Trump", "Donald Trump"),
    ("Biden", "Joe Biden"), ("Erdogan", "Recep Tayyip Erdogan"), ("Blinken", "Antony Blinken"),
    ("Macron", "Emmanuel Macron"), ("Netanyahu", "Benjamin Netanyahu"), ("Putin", "Vladimir Putin"),
    ("Scholz", "Olaf Scholz"), ("Xi", "Xi Jinping"), ("Zelensky", "Volodymyr Zelensky"),
]))
#: Pairs the set holds as traps: never one person, or not knowable from the name (two Bushes,
#: two Clintons, two Kings; a given name; a regnal numeral; a father's name; a dotted abbreviation).
TRAPS: frozenset[frozenset[str]] = frozenset(map(frozenset, [
    ("William", "William Ruto"), ("U.N. panel", "Kim Jong Un"), ("Abdullah", "Abdullah bin Abdul Aziz"),
    ("Abdullah II", "Abdullah bin Abdul Aziz"), ("Salman", "Mohammed bin Salman"),
    ("George W. Bush", "George H. W. Bush"), ("Bush", "George W. Bush"), ("Bush", "George H. W. Bush"),
    ("Clinton", "Hillary Clinton"), ("Clinton", "Bill Clinton"),
    ("Biden administration", "Joe Biden"), ("Trump campaign", "Donald Trump"),
    ("Martin Luther King Jr.", "Stephen King"), ("Ford", "Harrison Ford"), ("Tesla", "Nikola Tesla"),
]))


@functools.cache
def linked_dataset() -> Dataset:
    """The plain build of :data:`LINKING_ARTICLES` (built once per test session)."""
    from graph.pipeline import build_graph

    return build_graph([LINKING_ARTICLES]).dataset
