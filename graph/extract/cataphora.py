"""Counted descriptions that the next sentence names: "X charged two former executives with
bribery. Former sales director A, 61, and regional manager B, 48, will appear in court." """

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["named_next"]


def named_next(token: Token, count: int, labels: tuple[str, ...]) -> list[Span]:
    """The ``count`` names of ``labels`` coordinated as the subject of the sentence right after
    ``token``'s, when ``token`` is an indefinite counted plural ("two former executives", no
    determiner, no name of its own) and that subject is exactly those names; ``[]`` otherwise.
    News introduces people by number, then names them at the start of the next sentence."""
    if count < 2 or any(c.dep_ in ("det", "poss", "appos") for c in token.children):
        return []
    doc = token.doc
    end = token.sent.end
    if end >= len(doc):
        return []
    sent = doc[end].sent
    root = sent.root
    # (the parser may hang each of "A, 61, and B, 48" on the verb as a subject of its own)
    heads = [h for c in root.children if c.dep_ in ("nsubj", "nsubjpass") for h in (c, *c.conjuncts)]
    found: list[Span] = []
    for head in heads:
        ent = next((e for e in sent.ents if e.start <= head.i < e.end), None)
        if ent is None or ent.label_ not in labels or ent.root.i != head.i:
            return []
        found.append(ent)
    distinct = {span.start: span for span in found}
    return sorted(distinct.values(), key=lambda span: span.start) if len(distinct) == count else []
