"""Syndication: near-identical articles (wire copy carried by several outlets) are one source.

Each article's text gets a MinHash signature (datasketch, :data:`PERMUTATIONS` permutations,
fixed seed) over its word :data:`SHINGLE`-shingles, the words being the text's ``\\w+`` runs,
case-folded. The signature is cut into :data:`BANDS` bands of :data:`ROWS` values; an article
graph stores the signature (``ng:minHash``, base64) and one ``ng:lshBand`` literal per band
(``"b07:9f3c..."``), so the articles sharing a band with a new one are found through the
store's index. Two articles are **near-identical** when they share a band and their estimated
Jaccard similarity is at least :data:`THRESHOLD`; near-identical articles are linked
transitively into **syndication clusters** whose representative is the earliest article
(``dcterms:date``, undated last, ties by ``dcterms:identifier``, then IRI). Everything here is a
pure function of the articles, so a plain build and an incremental store agree.

With 16 bands of 8 rows, a pair at Jaccard 0.8 becomes a candidate with probability 0.95, a
pair at 0.5 with 0.06 (``1 - (1 - J**8)**16``).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

PERMUTATIONS = 128
BANDS = 16
ROWS = PERMUTATIONS // BANDS
SHINGLE = 5
THRESHOLD = 0.8
SEED = 1

_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[bytes]:
    """The word ``SHINGLE``-shingles of ``text`` (case-folded ``\\w+`` words, joined by a space,
    UTF-8); a text of fewer words gives one shingle of all its words, an empty text none."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if not words:
        return set()
    if len(words) < SHINGLE:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature of ``text`` (``PERMUTATIONS`` unsigned 32-bit values), or ``None``
    for a text without words."""
    from datasketch import MinHash

    grams = shingles(text)
    if not grams:
        return None
    mh = MinHash(num_perm=PERMUTATIONS, seed=SEED)
    mh.update_batch(sorted(grams))
    return np.asarray(mh.hashvalues, dtype=np.uint32)


def encode(sig: np.ndarray) -> str:
    """A signature as base64 text (little-endian 32-bit values)."""
    return base64.b64encode(sig.astype("<u4").tobytes()).decode("ascii")


def decode(text: str) -> np.ndarray:
    """The signature :func:`encode` wrote; ``ValueError`` when the text is not one."""
    raw = base64.b64decode(text.encode("ascii"), validate=True)
    if len(raw) != 4 * PERMUTATIONS:
        raise ValueError("not a MinHash signature of this Newsgraph")
    return np.frombuffer(raw, dtype="<u4").astype(np.uint32)


def bands(sig: np.ndarray) -> list[str]:
    """The LSH band keys of a signature: ``b<band>:<hash of its rows>``."""
    out = []
    for b in range(BANDS):
        chunk = sig[b * ROWS:(b + 1) * ROWS].astype("<u4").tobytes()
        out.append(f"b{b:02d}:{hashlib.sha1(chunk).hexdigest()[:16]}")
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the shingle sets of two signatures (0-1)."""
    return float(np.count_nonzero(a == b)) / PERMUTATIONS


def near_identical(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether two signatures are of near-identical texts (:data:`THRESHOLD`)."""
    return similarity(a, b) >= THRESHOLD


@dataclass(frozen=True)
class Doc:
    """What syndication needs of an article: its IRI, date, id, signature and band keys."""

    iri: str
    date: str | None
    id: str
    sig: np.ndarray | None
    bands: tuple[str, ...]

    @property
    def order(self) -> tuple[bool, str, str, str]:
        """Sort key: the earliest first (undated last), then id, then IRI."""
        return (self.date is None, self.date or "", self.id, self.iri)


def edges(docs: Mapping[str, Doc]) -> dict[str, set[str]]:
    """The near-identical neighbours of each of ``docs`` among ``docs`` (candidates by shared
    band, confirmed by :func:`near_identical`)."""
    buckets: dict[str, list[str]] = {}
    for d in docs.values():
        for key in d.bands:
            buckets.setdefault(key, []).append(d.iri)
    out: dict[str, set[str]] = {iri: set() for iri in docs}
    for members in buckets.values():
        if len(members) < 2:
            continue
        for i, x in enumerate(members):
            for y in members[i + 1:]:
                if y in out[x]:
                    continue
                sx, sy = docs[x].sig, docs[y].sig
                if sx is not None and sy is not None and near_identical(sx, sy):
                    out[x].add(y)
                    out[y].add(x)
    return out


def clusters(docs: Mapping[str, Doc], neighbours: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """``{article IRI: representative IRI}`` for the articles of non-trivial clusters (connected
    components of ``neighbours`` restricted to ``docs``), the representative mapped to itself;
    articles alone in their cluster are left out."""
    seen: set[str] = set()
    out: dict[str, str] = {}
    for start in sorted(docs):
        if start in seen:
            continue
        component = {start}
        stack = [start]
        while stack:
            x = stack.pop()
            for y in neighbours.get(x, ()):
                if y in docs and y not in component:
                    component.add(y)
                    stack.append(y)
        seen |= component
        if len(component) > 1:
            rep = min(component, key=lambda iri: docs[iri].order)
            out.update((iri, rep) for iri in component)
    return out
