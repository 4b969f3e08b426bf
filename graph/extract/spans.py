"""Spans of names and noun phrases: where a mention starts and ends, and the tests on a
token that decide whether it heads a name, a title or a human noun.

Used by :mod:`graph.extract.syntax` to build arguments.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from graph.extract.base import Argument
from graph.extract.datelines import in_dateline
from graph.extract.gazetteer import is_known_place
from graph.extract.lexicon import (
    ACTOR_NOUNS,
    NAME_LABELS,
    ORG_HEADS,
    PLACE_LABELS,
    TITLE_NOUNS,
)

_LEADING_JUNK = frozenset({"the", "a", "an", "file", "-", "file-", "\u2014", "\u2013", ",", '"',
                           "\u201c", "(", "'"})


def entity_span(token: Token) -> Span | None:
    """The named-entity span of an actor or place that ``token`` belongs to, if any.

    The small model's spans are trimmed at both ends where they cannot be a name: an adverb
    that opens the sentence ("Later Goldman", "Meanwhile Moscow") and an "of" followed only by
    lower-case words ("Barclays of fraud" in "accused Barclays of fraud"). None when ``token``
    is in a trimmed part.
    """
    if token.ent_type_ not in NAME_LABELS:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    while (token.ent_type_ == "PERSON" and start > 0 and doc[start - 1].ent_type_ == "PERSON"
           and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end):
        # one name the model cut in two ("Hassan Sheikh" + "Mohamud"): the part before is a
        # compound of this one
        start -= 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
    while end - start > 1 and doc[start].is_sent_start and doc[start].pos_ == "ADV" \
            and doc[start].tag_ in ("RB", "RBR") and doc[start].is_title:
        start += 1
    cut = next((t.i for t in doc[start + 1 : end] if t.lower_ == "of"
                and all(w.is_lower and w.is_alpha for w in doc[t.i + 1 : end])), end)
    end = cut
    if not start <= token.i < end:
        return None
    return Span(doc, start, end, label=token.ent_type_)


def proper_span(token: Token) -> Span | None:
    """A proper-noun phrase headed by ``token`` (compounds included) when NER missed it."""
    if token.pos_ != "PROPN":
        return None
    left = token.i
    for child in token.lefts:
        if child.dep_ in ("compound", "flat", "nmod") and child.pos_ in ("PROPN", "NOUN", "ADJ"):
            left = min(left, child.left_edge.i)
    tail = hyphen_tail(token)  # "Willem-Alexander"
    return token.doc[left : (tail.i if tail is not None else token.i) + 1]


def _clean(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop leading determiners, "FILE -" caption prefixes and trailing possessives."""
    while start < end and doc[start].lower_ in _LEADING_JUNK:
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    return start, end


def span_argument(doc: Doc, start: int, end: int, label: str = "", via: str = "name") -> Argument | None:
    """An :class:`Argument` for tokens ``start:end`` (cleaned), or ``None`` when nothing is left
    or the tokens are the article's dateline (a place and date, never an actor)."""
    start, end = _clean(doc, start, end)
    if start >= end or in_dateline(doc[start]):
        return None
    span = doc[start:end]
    return Argument(span.text, span.start_char, span.end_char, label, via)


def noun_phrase(token: Token) -> tuple[int, int]:
    """Token range of a common-noun phrase: its adjectives, compounds and named possessor."""
    left = token.i
    for child in token.lefts:
        if child.dep_ in ("amod", "compound", "nmod", "nummod") or (
            child.dep_ == "poss" and child.pos_ == "PROPN"
        ):
            left = min(left, child.left_edge.i)
    return left, token.i + 1


def hyphen_tail(token: Token) -> Token | None:
    """The second half of a hyphenated proper name that the parser hung on the first as an
    apposition ("King Willem-Alexander": "Alexander" on "Willem"), written with no space around
    the hyphen; ``None`` otherwise."""
    doc = token.doc
    nxt = token.i + 1
    if token.pos_ != "PROPN" or nxt + 1 >= len(doc) or doc[nxt].text != "-" \
            or token.whitespace_ or doc[nxt].whitespace_:
        return None
    tail = doc[nxt + 1]
    if tail.head == token and tail.dep_ in ("appos", "compound", "flat") and tail.pos_ == "PROPN" \
            and tail.is_title:
        return tail
    return None


def appos_names(token: Token) -> list[Token]:
    """Names in apposition to ``token`` ("his counterpart, Paolo Gentiloni"), with conjuncts."""
    tail = hyphen_tail(token)
    for child in token.rights:
        if tail is not None and child.i == tail.i:
            continue
        if child.dep_ == "appos" and (child.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                      or child.pos_ == "PROPN"):
            if child.ent_type_ == "GPE" and token.ent_type_ in PLACE_LABELS:
                continue
            if child.i > 0 and child.doc[child.i - 1].text == "(":
                continue  # "the Liberian Peace Council (LPC)": an acronym, not a re-description  # "Tehran, Iran": a place and its country, not a re-description
            if not child.conjuncts and child.ent_type_ == "PERSON" and any(
                    c.dep_ == "cc" and c.lower_ == "and" for c in child.children):
                # "Japan's Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol
                # met": the parser hangs both names (and the title between) on the first title
                return [child, *(c for c in token.rights if c.dep_ == "appos" and c.i > child.i
                                 and c.ent_type_ == "PERSON")]
            hung = [m for m in child.lefts if m.dep_ in ("nmod", "compound") and m.ent_type_ == "PERSON"
                    and entity_span(m) != entity_span(child) and any(c.dep_ == "cc" for c in m.children)]
            # ("the presidents of A and B, C D and E F": the first name hung on the second)
            return [*hung, child, *child.conjuncts]
    doc = token.doc
    if token.dep_ == "dobj" and token.i + 2 < len(doc) and doc[token.i + 1].text == "," \
            and doc[token.i + 2].ent_type_ == "PERSON" and doc[token.i + 2].ent_iob_ == "B":
        # "blamed the referee, Nic Berry, for ...": the name the parser hung on the verb
        name = entity_span(doc[token.i + 2])
        if name is not None and name.root.head == token.head and name.root.dep_ in ("npadvmod", "dep", "appos") \
                and name.end < len(doc) and doc[name.end].text == ",":
            return [name.root]
    if is_title(token):
        # "the director of Russia's Foreign Intelligence Service, Sergei Naryshkin, ...": the
        # parser often hangs the name on the last noun of the title's "of" phrase
        for t in token.subtree:
            if t.dep_ == "appos" and t.ent_type_ == "PERSON" and t.i > token.i:
                return [t]
        doc = token.doc
        if token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "B" and \
                doc[token.i + 1].ent_type_ == "PERSON" and token.dep_ == "conj":
            # "Witkoff and Russian envoy Kirill Dmitriev": the name right after a coordinated
            # title, which the parser hung elsewhere
            end = token.i + 2
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            return [doc[token.i + 1 : end].root]
    return []


#: Plural nouns that end like nouns of people but are not ("orders", "borders").
_NOT_HUMAN = frozenset("""
others orders borders papers numbers matters waters letters layers centers towers filters chambers
headquarters quarters corners reports powers answers members flowers shelters barriers markers
computers servers containers characters ministers registers numbers disasters lists
""".split())  # noqa: SIM905


def human_noun(token: Token) -> bool:
    """Nouns of people by their ending: "nationalists", "Palestinians", "protesters", "gunmen"."""
    word = token.lower_
    if word in _NOT_HUMAN or len(word) < 6 or token.pos_ != "NOUN":
        return False
    return word.endswith(("ists", "ist", "ians", "ers", "men"))


def untagged_name(token: Token) -> bool:
    """A sentence-initial name the tagger took for a common word ("Trump met ...", "Naryshkin
    has ..."): capitalised, singular, a subject, with no determiner, in no entity."""
    if token.is_sent_start and token.is_title and not token.ent_type_ and token.pos_ == "ADJ" \
            and token.dep_ in ("nsubj", "nsubjpass") and is_known_place(token.text):
        return True  # "Kyiv blames ...": a capital the tagger took for an adjective
    return (bool(token.is_sent_start) and token.is_title and token.pos_ in ("NOUN", "VERB")
            and token.tag_ in ("NN", "VB", "VBP") and token.dep_ in ("nsubj", "nsubjpass")
            and not token.ent_type_ and token.lower_ not in ACTOR_NOUNS
            and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in token.children))


def joined_country(token: Token) -> Argument | None:
    """'Trinidad and Tobago' tagged as two coordinated places: one country when the whole is a
    known place name (ISO 3166 / GeoNames)."""
    conj = [c for c in token.children if c.dep_ == "conj"]
    if len(conj) != 1 or token.pos_ != "PROPN" or conj[0].pos_ != "PROPN":
        return None
    doc = token.doc
    left = entity_span(token) or doc[token.i : token.i + 1]
    right = entity_span(conj[0]) or doc[conj[0].i : conj[0].i + 1]
    if right.start <= left.end or right.start - left.end > 2:
        return None
    whole = doc[left.start : right.end]
    if not is_known_place(whole.text):
        return None
    return span_argument(doc, whole.start, whole.end, "GPE")


def whole_name(ent: Span) -> bool:
    """A name with "and" or "&" inside that is one thing: a known country ("Bosnia and
    Herzegovina", "Trinidad and Tobago"), or an organisation ("Procter & Gamble", "Organization
    for Security and Co-operation in Europe"); not two people or two places glued together."""
    text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
    if is_known_place(text):
        return True
    return ent.label_ in ("ORG", "FAC") and (
        any(t.text == "&" for t in ent) or any(t.lower_ in ("of", "for", "on") for t in ent)
        or ent[-1].lemma_.lower() in ORG_HEADS)


def named_modifier(token: Token) -> bool:
    """True when a modifier of ``token`` names whose it is: "Chinese coast guard vessels",
    "Turkey's trade envoy", "Pentagon analyst"."""
    return any(t.ent_type_ in ("NORP", "GPE", "ORG") or t.pos_ == "PROPN"
               for c in token.lefts if c.dep_ in ("amod", "compound", "nmod", "poss")
               for t in c.subtree)


def is_title(token: Token) -> bool:
    return token.lemma_.lower() in TITLE_NOUNS or token.lower_ in TITLE_NOUNS


