"""The pair of a meeting a bare "the two" stands for when its verb is coordinated with the
meeting's verb ("Ruto met Museveni in Kampala, and the two signed a pact")."""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["coordinated_meeting"]


def coordinated_meeting(token: Token, meeting_verbs: frozenset[str]) -> list[Span]:
    """'Ruto met Museveni in Kampala, and the two signed a pact': the subject and object of the
    meeting verb (a lemma of ``meeting_verbs``) the collective's verb is coordinated with, when
    both are proper names (however the model typed them); ``[]`` otherwise."""
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj" \
            or verb.head.lemma_.lower() not in meeting_verbs:
        return []
    meeting = verb.head
    sides: list[Span] = []
    for dep in ("nsubj", "dobj"):
        found = [c for c in meeting.children if c.dep_ == dep]
        if len(found) != 1 or found[0].pos_ != "PROPN":
            return []
        t = found[0]
        ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
        if ent is not None and ent.label_ in ("PERSON", "ORG", "GPE") and ent.root.i == t.i:
            sides.append(ent)
        elif ent is None:
            start = t.i
            while start > 0 and t.doc[start - 1].dep_ == "compound" and t.doc[start - 1].pos_ == "PROPN":
                start -= 1
            sides.append(Span(t.doc, start, t.i + 1, label="PERSON"))
        else:
            return []
    return sides
