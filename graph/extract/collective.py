"""Collective descriptions: "the two countries", "both leaders", "the two sides" resolved to the named
pair they stand for, in their sentence or just before it."""

from __future__ import annotations

from spacy.tokens import Span, Token

#: Head nouns of collective descriptions ("the two countries") and the entity labels they fit.
_COLLECTIVE_LABELS = {
    "country": ("GPE", "NORP"), "nation": ("GPE", "NORP"), "neighbour": ("GPE", "NORP"),
    "neighbor": ("GPE", "NORP"), "state": ("GPE", "NORP"), "government": ("GPE", "ORG"), "capital": ("GPE",), "side": ("GPE", "ORG", "PERSON"),
    "leader": ("PERSON",), "minister": ("PERSON",), "president": ("PERSON",), "man": ("PERSON",),
    "woman": ("PERSON",), "official": ("PERSON",), "diplomat": ("PERSON",), "envoy": ("PERSON",),
    "premier": ("PERSON",), "politician": ("PERSON",), "candidate": ("PERSON",),
    "company": ("ORG",), "firm": ("ORG",), "group": ("ORG",), "party": ("ORG",),
    "organisation": ("ORG",), "organization": ("ORG",), "carrier": ("ORG",), "bank": ("ORG",),
}


def collective(token: Token) -> list[Span]:
    """The named pair a collective description refers to: "the two countries", "both leaders",
    "the two sides" after "... between Egypt and Israel" give Egypt and Israel.

    Looks back from ``token`` (this sentence and the three before) for the nearest two names of
    a fitting entity label coordinated with each other; returns ``[]`` when there is none.
    """
    if token.lower_ == "two" and token.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        # "A met B on Monday and the two agreed to ...": a bare "the two" as a subject
        bare = ("PERSON", "GPE", "ORG")
        sent = token.sent
        named = [e for e in sent.ents if e.end <= token.i and e.label_ in bare]
        if not named and sent.start > 0:
            sent = token.doc[sent.start - 1].sent
            named = [e for e in sent.ents if e.label_ in bare]
        distinct: list[Span] = []
        for ent in named:  # not a venue, whatever the model typed it ("in Siem Reap")
            venue = ent.root.dep_ == "pobj" and ent.root.head.lower_ in _VENUE_PREPOSITIONS
            if not venue and _party(ent, bare) and all(e.text != ent.text for e in distinct):
                distinct.append(ent)
        return distinct if len(distinct) == 2 else []
    labels = _COLLECTIVE_LABELS.get(token.lemma_.lower())
    if labels is None or token.tag_ not in ("NNS", "NNPS"):
        return []
    kids = {c.lower_ for c in token.children if c.dep_ in ("nummod", "det", "predet", "amod")}
    if not ("two" in kids and "the" in kids) and "both" not in kids:
        return []
    doc = token.doc
    start = token.sent.start
    for _ in range(3):
        if start > 0:
            start = doc[start - 1].sent.start
    if "both" in kids or token.lemma_.lower() == "side":
        # "Turkey accused Greece of breaching the accord under which both sides agreed": the two
        # names of the sentence when no coordinated pair names them
        distinct = _two_names(token.sent, labels, before=token.i)
        if distinct:
            return distinct
    for t in reversed(doc[start : token.i]):
        if not t.conjuncts or t.ent_type_ not in labels:
            continue
        first = min([t, *t.conjuncts], key=lambda x: x.i)
        names = [x for x in (first, *first.conjuncts) if x.ent_type_ in labels]
        if len(names) != 2 or any(n.i >= token.i for n in names):
            continue
        spans: list[Span] = []
        for n in names:
            left, right = n.i, n.i + 1
            while left > 0 and doc[left].ent_iob_ == "I":
                left -= 1
            while right < len(doc) and doc[right].ent_iob_ == "I":
                right += 1
            spans.append(doc[left:right])
        return spans
    # "The two leaders agreed to boost trade, the White House said after Obama met Widodo",
    # "... a news conference with Trudeau, where the two leaders said ...": exactly two names of
    # a fitting kind in the sentence
    found = _two_names(token.sent, labels, before=None)
    if found or token.sent.start == 0 or any(e.label_ in labels for e in token.sent.ents
                                            if e.end <= token.i):
        return found
    # "Gentiloni welcomed his Russian counterpart Sergei Lavrov on Monday. The two ministers
    # signed ...": exactly two names of a fitting kind in the sentence before
    return _two_names(doc[token.sent.start - 1].sent, labels, before=None)


def _two_names(sent: Span, labels: tuple[str, ...], *, before: int | None) -> list[Span]:
    """The two distinct names of ``labels`` in ``sent`` (before token ``before``, if given), or
    ``[]`` when there are not exactly two."""
    distinct: list[Span] = []
    for ent in sorted([*sent.ents, *(_untyped_subjects(sent) if "PERSON" in labels else [])],
                      key=lambda e: e.start):
        if (before is None or ent.end <= before) and ent.label_ in labels and _party(ent, labels) and \
                all(e.text != ent.text for e in distinct):
            distinct.append(ent)
    if len(distinct) != 2:
        return []
    if before is not None and any(t.conjuncts for e in distinct for t in e):
        return []
    return distinct


def _untyped_subjects(sent: Span) -> list[Span]:
    """Proper-noun subjects the model left out of every entity ("In Jerusalem, Milei met ..."),
    as person names (a subject that acts, not a place or a date), and a person's surname written
    again alone that the model typed an organisation ("Varga met ..." after "Tomas Varga")."""
    from graph.extract.coref import persons  # here: coref imports this module
    from graph.extract.gazetteer import is_known_place

    out: list[Span] = [Span(sent.doc, ent.start, ent.end, label="PERSON") for ent, _ in persons(sent.doc)
                       if sent.start <= ent.start and ent.end <= sent.end and ent.label_ != "PERSON"]
    for t in sent:
        if t.pos_ == "PROPN" and not t.ent_type_ and t.dep_ in ("nsubj", "nsubjpass") and \
                t.is_title and not is_known_place(t.text):
            left = t.i
            while left > sent.start and t.doc[left - 1].pos_ == "PROPN" and not t.doc[left - 1].ent_type_ \
                    and t.doc[left - 1].head.i == t.i:
                left -= 1
            out.append(Span(t.doc, left, t.i + 1, label="PERSON"))
    return out


#: Prepositions whose object is where something happens, not who takes part ("at Hyderabad House").
_VENUE_PREPOSITIONS = frozenset({"at", "in", "inside", "outside", "near", "on"})


def _party(ent: Span, labels: tuple[str, ...]) -> bool:
    """False for a name that cannot be one side of a pair: a modifier of another name of a
    fitting kind ("Sri Lankan" in "Sri Lankan President Dinesh Perera", whatever the model
    labelled it) or the venue of a prepositional phrase ("at Hyderabad House")."""
    root = ent.root
    head = root
    for _ in range(3):  # "Sri Lankan" -> "President" -> "Perera": a modifier of another name
        if head.dep_ not in ("amod", "compound", "nmod") or head.head.i < ent.end:
            break
        head = head.head
        if head.ent_type_ in labels:
            return False
    return not (root.dep_ == "pobj" and root.head.lower_ in _VENUE_PREPOSITIONS
                and ent.label_ != "PERSON")
