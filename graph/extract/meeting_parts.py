"""Parts of ``met`` split out of :mod:`graph.extract.meetings` (kept under the project's 500-line
limit): photo captions ("X, left, greets Y"), calling on someone ("called on Chairman X"), and a
meeting verb the parser took for a modifier after "and" ("..., and hosted community leaders at
the White House")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from graph.extract.base import Argument
from graph.extract.clauses import subjects
from graph.extract.lexicon import is_agent_noun
from graph.extract.spans import is_title, span_argument
from graph.extract.syntax import arguments
from graph.extract.tree import pobjs

#: Verbs of photo captions that, in the present tense with "with", show people together.
#: Caption verbs of people together ("greets", "shakes hands with", "speaks with").
_CAPTION_MEETING = frozenset({"greet", "meet", "welcome", "receive", "shake", "embrace", "hug",
                              "talk", "speak", "chat", "walk", "confer", "laugh", "pose"})
#: Where a person stands in a photo caption ("X, left, greets Y").
_POSITIONS = frozenset({"left", "right", "center", "centre", "front", "rear", "back"})


def _name_span(doc: Doc, start: int, step: int) -> Span | None:
    """The person's name that ends (``step`` -1) or starts (+1) at token ``start``."""
    t = doc[start]
    if t.ent_type_ not in ("PERSON", "ORG", "NORP") and t.pos_ != "PROPN":
        return None
    left = right = start
    while left > 0 and doc[left].ent_iob_ == "I":
        left -= 1
    while left - 1 >= 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].text != ",":
        left -= 1
    while right + 1 < len(doc) and doc[right + 1].pos_ == "PROPN":
        right += 1
    span = doc[left : right + 1]
    names = [x for x in span if x.ent_type_ == "PERSON"]
    if not names:
        return None
    first = names[0].i
    while first - 1 >= left and doc[first - 1].ent_iob_ == "I":
        first -= 1
    return doc[first : names[-1].i + 1]


def caption_pair(token: Token) -> tuple[Argument, Argument] | None:
    """Photo captions, which the parser often mangles: "X, left, greets Y", "X, right, shakes
    hands with Y", "X, center, speaks with Y": the named person before the position and the
    first named person after the verb."""
    doc = token.doc
    i = token.i
    lemma = token.lemma_.lower()
    if i < 4 or lemma not in _CAPTION_MEETING or not (
            doc[i - 1].text == "," and doc[i - 2].lower_ in _POSITIONS and doc[i - 3].text == ","):
        return None
    left = _name_span(doc, i - 4, -1)
    if left is None:
        return None
    for j in range(i + 1, min(len(doc), i + 6)):
        if doc[j].ent_type_ == "PERSON":
            right = _name_span(doc, j, 1)
            if right is None:
                return None
            return (Argument(left.text, left.start_char, left.end_char, "PERSON"),
                    Argument(right.text, right.start_char, right.end_char, "PERSON"))
        if doc[j].lower_ not in ("with", "hands", "hand", "the", "his", "her", "visiting") \
                and doc[j].pos_ != "PROPN":
            return None
    return None


def called_on(token: Token) -> tuple[list[Argument], list[Argument]]:
    """'the Philippine leader called on National Assembly Chairman X': calling on a named person
    (not a bare title: "activists called on the president" asks something of him) is visiting them, unless one calls on them to do something ("called on
    Iran to release ..."). Returns (callers, called), empty when this is not such a call."""
    if token.lemma_.lower() != "call" or token.pos_ != "VERB":
        return [], []
    called = [g for g in pobjs(token, ("on", "upon"))
              if g.ent_type_ == "PERSON" or (g.pos_ == "PROPN" and any(is_title(c) for c in g.lefts))]
    if not called or any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in token.children) or any(
            d.dep_ in ("acl", "relcl", "xcomp") or d.tag_ == "TO" for g in called for d in g.subtree):
        return [], []
    return arguments(subjects(token)), arguments(called)


#: Meeting verbs the parser takes for a participle modifying their object after "and".
_HOSTING_FORMS = frozenset({"hosted", "received", "welcomed", "greeted"})


def hosted_after_and(token: Token) -> tuple[list[Argument], list[Argument]]:
    """'Biden spoke by phone with X, and hosted community leaders at the White House': "hosted"
    parsed as a modifier of its object, the object coordinated with the first verb. The
    first verb's subject hosted the object. Returns (hosts, guests) or empty lists."""
    doc = token.doc
    noun = token.head
    if token.lower_ not in _HOSTING_FORMS or token.dep_ != "amod" or token.i == 0 \
            or doc[token.i - 1].lower_ != "and" or noun.dep_ != "conj" or noun.head.pos_ != "VERB":
        return [], []
    guest = span_argument(doc, token.i + 1, noun.i + 1, "", "noun")
    return arguments(subjects(noun.head)), [guest] if guest is not None and is_agent_noun(
        noun.lemma_.lower()) else arguments([noun])


#: Caption verbs that, with two people named before them, show the two together ("X, left, and Y
#: walk together", "X, left, and Y shake hands", "X, right, and Y talk").
_TOGETHER_VERBS = frozenset({"walk", "talk", "chat", "pose", "shake", "embrace", "hug", "speak",
                             "meet", "confer", "laugh", "smile", "arrive", "attend", "listen"})


def caption_and_pair(token: Token) -> tuple[Argument, Argument] | None:
    """'X, left, and Y walk together in Warsaw': a caption's "name, position, and name" before a
    verb of people together (which the parser often hangs on the position word). The verb must
    say they are together: "together", "shake hands", or a meeting verb with no object."""
    doc = token.doc
    lemma = token.lemma_.lower()
    if lemma not in _TOGETHER_VERBS or token.tag_ not in ("VB", "VBP", "VBZ"):
        return None
    together = any(c.lower_ == "together" for c in token.children) or (
        lemma == "shake" and any(c.lemma_.lower() == "hand" for c in token.children)) or (
        lemma in ("meet", "confer", "talk", "embrace", "hug") and not any(
            c.dep_ in ("dobj", "prep") and c.lower_ not in ("in", "at", "on", "during", "before", "after")
            for c in token.children))
    subject = [c for c in token.children if c.dep_ == "nsubj" and c.i < token.i]
    if not together or not subject:
        return None
    right = _name_span(doc, max(c.i for c in subject), -1)
    if right is None:
        return None
    i = right.start
    while i > 0 and doc[i - 1].pos_ in ("PROPN", "ADJ") and doc[i - 1].ent_type_ != "PERSON":
        i -= 1  # the title before the second name ("Polish President")
    if i < 5 or doc[i - 1].lower_ != "and" or doc[i - 2].text != "," or \
            doc[i - 3].lower_ not in _POSITIONS or doc[i - 4].text != ",":
        return None
    left = _name_span(doc, i - 5, -1)
    if left is None:
        return None
    return (Argument(left.text, left.start_char, left.end_char, "PERSON"),
            Argument(right.text, right.start_char, right.end_char, "PERSON"))


def attendees(noun: Token) -> list[Argument]:
    """'a meeting at City Hall attended by Keller, Commission Chair A B and County Manager C D E':
    every person named in the "by" phrase of "attended" on a meeting noun, however the parser
    split the titles from the names in a long list; ``[]`` when there is no such phrase."""
    doc = noun.doc
    out: list[Argument] = []
    for verb in noun.children:
        if verb.dep_ not in ("acl", "relcl") or verb.lemma_.lower() != "attend":
            continue
        for by in verb.children:
            if by.dep_ != "agent":
                continue
            start, end = by.i + 1, by.right_edge.i + 1
            for ent in doc.ents:
                if start <= ent.start and ent.end <= end and ent.label_ == "PERSON":
                    found = span_argument(doc, ent.start, ent.end, "PERSON")
                    if found is not None and all(found.text != a.text for a in out):
                        out.append(found)
    return out
