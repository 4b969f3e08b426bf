"""Collective descriptions: "the two countries", "both leaders", "the two sides" resolved to the named
pair they stand for, in their sentence or just before it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from graph.extract.cataphora import named_next
from graph.extract.lexicon import TITLE_NOUNS, is_agent_noun
from graph.extract.meeting_pair import coordinated_meeting
from graph.extract.spans import entity_span

#: Head nouns of collective descriptions ("the two countries") and the entity labels they fit.
_COLLECTIVE_LABELS = {
    "country": ("GPE", "NORP"), "nation": ("GPE", "NORP"), "neighbour": ("GPE", "NORP"),
    "neighbor": ("GPE", "NORP"), "state": ("GPE", "NORP"), "government": ("GPE", "ORG"), "capital": ("GPE",), "side": ("GPE", "ORG", "PERSON"),
    "leader": ("PERSON",), "minister": ("PERSON",), "president": ("PERSON",), "man": ("PERSON",),
    "woman": ("PERSON",), "official": ("PERSON",), "diplomat": ("PERSON",), "envoy": ("PERSON",),
    "premier": ("PERSON",), "politician": ("PERSON",), "candidate": ("PERSON",),
    "executive": ("PERSON",), "chief": ("PERSON",), "ambassador": ("PERSON",),
    "lawmaker": ("PERSON",), "senator": ("PERSON",), "commander": ("PERSON",),
    "negotiator": ("PERSON",), "chancellor": ("PERSON",), "king": ("PERSON",),
    "company": ("ORG",), "firm": ("ORG",), "group": ("ORG",), "party": ("ORG",),
    "organisation": ("ORG",), "organization": ("ORG",), "carrier": ("ORG",), "bank": ("ORG",),
}


def collective(token: Token) -> list[Span]:
    """The named members a collective description refers to (:func:`_collective`), checked
    against the office the description names: "Chilean President A met Peruvian President B.
    Their foreign ministers, C and D, attended. The two presidents signed ...": a pair the article
    gave another office is not "the two presidents" when exactly as many persons before it hold
    that office (in its sentence and the :data:`_PAIR_SENTENCES` before); those are."""
    found = _collective(token)
    office = _OFFICES.get(token.lemma_.lower()) if token.tag_ in ("NNS", "NNPS") else None
    if office is None or not found or all(_holds(span, office) for span in found):
        return found
    holders = _holders_before(token, office, len(found))
    return holders or found


#: Offices a collective of persons can name, each with the titles that hold it ("the two
#: ministers" for a foreign minister and a secretary of state); generic collectives ("the two
#: leaders", "the two officials") fit anyone and are not checked.
_OFFICES: dict[str, frozenset[str]] = {
    "president": frozenset({"president"}),
    "minister": frozenset({"minister", "secretary", "premier"}),
    "premier": frozenset({"premier", "minister"}),
    "chancellor": frozenset({"chancellor"}),
    "king": frozenset({"king", "queen", "monarch"}),
    "ambassador": frozenset({"ambassador", "envoy"}),
    "envoy": frozenset({"envoy", "ambassador"}),
    "senator": frozenset({"senator", "lawmaker"}),
    "commander": frozenset({"commander", "general"}),
}
#: Title words that say no office (they go with any): not evidence against a member.
_NO_OFFICE = frozenset({"leader", "head", "chief", "official", "diplomat", "counterpart",
                        "predecessor", "successor", "spokesman", "spokeswoman", "ruler", "director"})


def _titles(span: Span) -> frozenset[str] | None:
    """The office titles the article gave the person of ``span`` (by its last word), or ``None``
    when the article does not name them as a person."""
    from graph.extract.coref import persons  # here: coref imports this module

    last = span.text.split()[-1].lower() if span.text.split() else ""
    out: set[str] = set()
    known = False
    for ent, words in persons(span.doc):
        if ent.text.split() and ent.text.split()[-1].lower() == last:
            known = True
            out |= {w for w in words if w in TITLE_NOUNS and w not in _NO_OFFICE}
    return frozenset(out) if known else None


def _holds(span: Span, office: frozenset[str]) -> bool:
    """False only when the article gave the person of ``span`` office titles, none of them
    ``office``'s."""
    titles = _titles(span)
    return not titles or bool(titles & office)


def _holders_before(token: Token, office: frozenset[str], count: int) -> list[Span]:
    """The persons named before ``token`` (its sentence and the :data:`_PAIR_SENTENCES` before)
    whose titles hold ``office``, when there are exactly ``count`` (by surname); else ``[]``."""
    from graph.extract.coref import persons  # here: coref imports this module

    doc = token.doc
    start = token.sent.start
    for _ in range(_PAIR_SENTENCES):
        if start > 0:
            start = doc[start - 1].sent.start
    found: list[Span] = []
    for ent, words in persons(doc):
        if ent.start < start or ent.end > token.i or not words & office:
            continue
        if all(not _same_name(ent.text, f.text) for f in found):
            found.append(ent)
    return found if len(found) == count else []


def _only_speaker(ent: Span) -> bool:
    """The person of ``ent`` is (one of) the subject(s) of a verb of saying in its sentence."""
    from graph.extract.lexicon import SPEECH_VERBS

    root = ent.root
    while root.dep_ in ("conj", "appos", "compound") and root.head is not root:
        root = root.head
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS and any(
        c.dep_ in ("ccomp", "parataxis") for c in root.head.children)


def _acting_pair(sent: Span) -> list[Span]:
    """The two persons of the sentence before ``sent`` when that sentence tells them acting
    together (:func:`_pair_continued`'s test: one the subject and the other the object of one
    verb, or two coordinated subjects); ``[]`` otherwise."""
    if sent.start == 0:
        return []
    before = sent.doc[sent.start - 1].sent
    pair = _people_before(before[-1], ("PERSON",), 2)
    if len(pair) != 2:
        return []
    a, b = (p.root for p in pair)
    verb = _verb_of(a)
    return pair if b in a.conjuncts or (verb is not None and verb == _verb_of(b)) else []


def _collective(token: Token) -> list[Span]:
    """The named members a collective description refers to: "the two countries", "both
    leaders", "the two sides" after "... between Egypt and Israel" give Egypt and Israel; "the
    three countries" the three coordinated names before; "the three leaders" and "the pair" the
    persons named (or referred to by a pronoun) just before (:func:`_people_before`).

    Looks back from ``token`` (this sentence and the three before) for the nearest names of a
    fitting entity label coordinated with each other; returns ``[]`` when there is none.
    """
    if token.lower_ == "they" and token.dep_ in ("nsubj", "nsubjpass"):
        return _pair_continued(token)
    if token.lemma_.lower() in _PAIR_NOUNS and token.tag_ == "NN" and any(
            c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children):
        return _people_before(token, ("PERSON",), 2)  # "the pair agreed": the two just named
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
        if len(distinct) == 2 and sent.start < token.sent.start and all(_only_speaker(e) for e in distinct):
            # "A met B on Monday. Economists C and D said the talks could help. The two agreed
            # ...": two who only commented are not the two who acted, told just before them
            acted = _acting_pair(sent)
            if acted:
                return acted
        return distinct if len(distinct) == 2 else coordinated_meeting(token, _MEETING_VERBS)
    labels = _COLLECTIVE_LABELS.get(token.lemma_.lower())
    if labels is None or token.tag_ not in ("NNS", "NNPS"):
        return []
    kids = {c.lower_ for c in token.children if c.dep_ in ("nummod", "det", "predet", "amod")}
    many = next((_COUNTS[k] for k in kids if k in _COUNTS), None)
    if many is not None and ("the" in kids or "all" in kids):
        if labels == ("PERSON",):
            return _people_before(token, labels, many)
        return _coordinated_before(token, labels, many)  # "the three countries"
    if not kids & {"the", "all", "both", "these", "those"} and (many or "two" in kids or "2" in kids):
        return named_next(token, many or 2, labels)  # "charged two executives. A and B will appear"
    if kids == {"the"} and labels == ("PERSON",) and token.dep_ in ("nsubj", "nsubjpass"):
        # "X hosted Y on Monday. The ministers agreed ...": the plural of a person's title with
        # no count stands for the persons just named when they are exactly two
        return _people_before(token, labels, 2)
    if not ("two" in kids and "the" in kids) and "both" not in kids:
        return []
    doc = token.doc
    if "both" in kids or token.lemma_.lower() == "side":
        # "Turkey accused Greece of breaching the accord under which both sides agreed": the two
        # names of the sentence when no coordinated pair names them
        distinct = _two_names(token.sent, labels, before=token.i)
        if distinct:
            return distinct
    if token.lemma_.lower() == "side":
        # "Kenya and Uganda signed a deal. Kenyan President A and Foreign Minister B attended.
        # The two sides agreed ...": sides are the parties (countries, bodies) named as a pair,
        # not two people who may be of one side
        parties = _coordinated_before(token, ("GPE", "ORG"), 2) or _meeting_sides(token)
        if parties:
            return parties
    own = _two_names(token.sent, labels, before=token.i) if labels == ("PERSON",) and token.dep_ in (
        "nsubj", "nsubjpass") else []  # "A toured X with B, and the two men held talks": A and B
    if own:
        return own
    spans = _coordinated_before(token, labels, 2)
    if spans:
        return spans
    # "The two leaders agreed to boost trade, the White House said after Obama met Widodo",
    # "... a news conference with Trudeau, where the two leaders said ...": exactly two names of
    # a fitting kind in the sentence
    found = _two_names(token.sent, labels, before=None)
    if found or token.sent.start == 0:
        return found
    if any(e.label_ in labels for e in token.sent.ents if e.end <= token.i):
        # "Neri accused the two ministers of ...": the verb's own subject is not one of them;
        # the persons of the sentence before are, when exactly two
        return _people_before(token, labels, 2) if labels == ("PERSON",) else []
    # "Gentiloni welcomed his Russian counterpart Sergei Lavrov on Monday. The two ministers
    # signed ...": exactly two names of a fitting kind in the sentence before
    return _two_names(doc[token.sent.start - 1].sent, labels, before=None)


#: How many sentences back a collective looks for the names coordinated before it.
_PAIR_SENTENCES = 5


def _coordinated_before(token: Token, labels: tuple[str, ...], count: int) -> list[Span]:
    """The nearest ``count`` names of ``labels`` coordinated with each other before ``token``
    (its sentence and the :data:`_PAIR_SENTENCES` before): "between Egypt and Israel", "the foreign ministers of
    South Korea, Japan and China"; ``[]`` when there is none."""
    doc = token.doc
    start = token.sent.start
    for _ in range(_PAIR_SENTENCES):
        if start > 0:
            start = doc[start - 1].sent.start
    for t in reversed(doc[start : token.i]):
        if not t.conjuncts or t.ent_type_ not in labels:
            continue
        first = min([t, *t.conjuncts], key=lambda x: x.i)
        group = (first, *first.conjuncts)
        names = [x for x in group if x.ent_type_ in labels or _surname_like(x, group, labels)]
        if len(names) != count or any(n.i >= token.i for n in names):
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
    return []


def _surname_like(token: Token, group: tuple[Token, ...], labels: tuple[str, ...]) -> bool:
    """'Vucic and Kurti met ... the two leaders agreed': a bare proper name the model typed an
    organisation (or left untyped), coordinated with a person's name, counts as a person for a
    collective of people, unless it is a known place or a name of more than two words."""
    from graph.extract.gazetteer import is_known_place

    if labels != ("PERSON",) or token.pos_ != "PROPN" or token.ent_type_ not in ("ORG", ""):
        return False
    if not any(x.ent_type_ == "PERSON" for x in group if x is not token):
        return False
    doc = token.doc
    left = token.i
    while left > 0 and doc[left].ent_iob_ == "I":
        left -= 1
    return token.i - left < 2 and not is_known_place(doc[left : token.i + 1].text)


def _two_names(sent: Span, labels: tuple[str, ...], *, before: int | None) -> list[Span]:
    """The two distinct names of ``labels`` in ``sent`` (before token ``before``, if given), or
    ``[]`` when there are not exactly two."""
    distinct: list[Span] = []
    for ent in sorted([*sent.ents, *(_untyped_subjects(sent) if "PERSON" in labels else [])],
                      key=lambda e: e.start):
        if (before is None or ent.end <= before) and ent.label_ in labels and _party(ent, labels) and \
                all(e.text != ent.text for e in distinct):
            distinct.append(ent)
    if len(distinct) != 2 or (distinct[0].label_ == "PERSON") != (distinct[1].label_ == "PERSON"):
        return []  # (a person and a city are no two sides: "a visit to Berlin by Chen")
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


#: Slots of a plural noun that "they" in the next sentence could stand for.
_PLURAL_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})


def _pair_continued(token: Token) -> list[Span]:
    """'Netanyahu met Blinken in Jerusalem on Monday. They agreed ...': a "they" subject that
    opens its sentence continues the pair the sentence before told acting together, its subject
    and the person it acted with (or two coordinated subjects), when that sentence names exactly
    two persons and has no plural noun that "they" could stand for; ``[]`` otherwise."""
    doc = token.doc
    sent = token.sent
    if sent.start == 0 or any(t.pos_ in ("PROPN", "NOUN") for t in doc[sent.start : token.i]
                              if t.dep_ not in ("npadvmod", "pobj") and t.ent_type_ != "DATE"):
        return []
    before = doc[sent.start - 1].sent
    if any(t.tag_ in ("NNS", "NNPS") and t.dep_ in _PLURAL_SLOTS and not t.ent_type_
           and is_agent_noun(t.lemma_.lower()) for t in before):
        return []  # "Protesters met the mayor ... They agreed": the plural noun
    pair = _people_before(doc[before.end - 1], ("PERSON",), 2)
    if len(pair) != 2:
        # "China and India held talks in Kazan. They agreed ...": the two coordinated subjects
        subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1 or len(subjects[0].conjuncts) != 1:
            return []
        names = [entity_span(t) for t in (subjects[0], *subjects[0].conjuncts)]
        return [n for n in names if n is not None and n.label_ in ("GPE", "ORG")] \
            if all(n is not None and n.label_ in ("GPE", "ORG") for n in names) else []
    a, b = (p.root for p in pair)
    verb = _verb_of(a)
    if b in a.conjuncts or (verb is not None and verb == _verb_of(b)):
        return pair
    return []


def _verb_of(token: Token) -> Token | None:
    """The verb ``token`` is the subject, the object or a prepositional object of."""
    while token.dep_ in ("appos", "compound", "conj") and token.head is not token:
        token = token.head
    if token.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ == "with":
        head = token.head.head
        return head if head.pos_ in ("VERB", "AUX") else (head.head if head.dep_ == "dobj" else None)
    return None


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


#: Singular nouns of two people ("the pair agreed", "the duo met").
_PAIR_NOUNS = frozenset({"pair", "duo"})

#: Counts of a collective of more than two ("the three leaders", "all four ministers").
_COUNTS = {"three": 3, "four": 4, "five": 5, "3": 3, "4": 4, "5": 5}


def _people_before(token: Token, labels: tuple[str, ...], count: int) -> list[Span]:
    """'On Tuesday he joined Chancellor A and President B in Berlin, where the three leaders
    agreed ...': the people a collective of ``count`` stands for are the persons its sentence
    names (or refers to by a personal pronoun) before it, when there are exactly that many; else
    those of the sentence before, under the same condition. ``[]`` otherwise."""
    from graph.extract.coref import description, persons, pronoun  # here: coref imports this module

    doc = token.doc
    sentences = [token.sent]
    while len(sentences) < 3 and sentences[-1].start > 0:
        sentences.append(doc[sentences[-1].start - 1].sent)
    # the article's persons, with their surnames written again however the model typed them
    named = {ent.start: ent for ent, _ in persons(doc)} if "PERSON" in labels else {}
    # the subject of the verb the collective is an object of is not one of its members
    verb = token.head if token.dep_ in ("dobj", "pobj", "dative") else None
    if verb is not None and verb.dep_ == "prep":
        verb = verb.head
    own = {t.i for c in (verb.children if verb is not None else ()) if c.dep_ == "nsubj"
           for t in c.subtree}
    partial: list[Span] = []
    for k, sent in enumerate(sentences):
        if k == 2 and not partial:
            break  # (two sentences back only for the members named since: see below)
        found: list[Span] = []
        end = token.i if sent.start == token.sent.start else sent.end
        for t in doc[sent.start : end]:
            span: Span | None = None
            if t.i in named:
                span = named[t.i] if _party(named[t.i], labels) else None
            elif t.ent_type_ in labels and t.ent_iob_ == "B" and t.ent_type_ != "PERSON":
                ent = next((e for e in sent.ents if e.start == t.i), None)
                if ent is not None and ent.label_ in labels and _party(ent, labels):
                    span = ent
            elif "PERSON" in labels and t.pos_ == "PROPN" and t.ent_type_ == "" and any(
                    c.dep_ == "compound" and c.lower_ in TITLE_NOUNS for c in t.children):
                span = doc[t.i : t.i + 1]  # "Premier Ana Costa", a titled name the model missed
            elif t.pos_ == "PRON" and t.lower_ in ("he", "she", "him", "her") and "PERSON" in labels:
                arg = pronoun(t)
                if arg is not None:
                    span = doc.char_span(arg.start, arg.end, label="PERSON", alignment_mode="expand")
            elif "PERSON" in labels and t.pos_ == "NOUN" and t.tag_ == "NN" and t.lower_ in TITLE_NOUNS \
                    and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and any(
                        c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                # "The Brazilian leader met Xi and the two presidents signed ...": a description
                # of a person named before
                arg = description(t)
                if arg is not None:
                    span = doc.char_span(arg.start, arg.end, label="PERSON", alignment_mode="expand")
            if span is not None and any(t.i in own for t in span):
                continue
            if span is not None and all(not _same_name(span.text, f.text) for f in found):
                found.append(span)
        if partial and len(found) == count:
            # "A welcomed B. B arrived on Monday and the pair held talks.": fewer named since,
            # all of them among the persons named before
            named_since = all(any(_same_name(p.text, f.text) for f in found) for p in partial)
            return found if named_since else []
        if len(found) == count and not partial:
            return found
        if len(found) > count and sent.start == token.sent.start:
            pair = _coordinated_group(found, count)
            if pair:
                return pair
        if found and len(found) < count:
            partial += [f for f in found if all(not _same_name(p.text, f.text) for p in partial)]
            continue
        if found:
            return []  # the sentence names others: not the ones before it
    # "A and B agreed ... . C stayed away. X hosted all three men": as many named over the sentences
    return sorted(partial, key=lambda span: span.start) if count > 2 and len(partial) == count else []


def person_collective(lemma: str) -> bool:
    """Whether a plural of ``lemma`` ("the three men", "both presidents") stands for persons the
    text named (a head of :data:`_COLLECTIVE_LABELS` that fits persons only)."""
    return _COLLECTIVE_LABELS.get(lemma) == ("PERSON",)


def people_before(token: Token, labels: tuple[str, ...], count: int) -> list[Span]:
    """Public form of :func:`_people_before` (the ``count`` persons named just before ``token``)."""
    return _people_before(token, labels, count)


#: Verbs of meeting whose subject and object are the two sides of what they then report.
_MEETING_VERBS = frozenset({"meet", "host", "receive", "welcome"})


def _meeting_sides(token: Token) -> list[Span]:
    """'X met Minister Y, who told reporters the two sides had agreed to ...': "the two sides"
    reported in a clause on one party of a meeting are the meeting's subject and object, when
    both are names; ``[]`` otherwise."""
    clause = token.head
    for _ in range(4):
        if clause.dep_ == "relcl" or clause.head == clause:
            break
        clause = clause.head
    if clause.dep_ != "relcl":
        return []
    party = clause.head
    verb = party.head
    if party.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _MEETING_VERBS:
        return []
    subject = [c for c in verb.children if c.dep_ == "nsubj"]
    sides: list[Span] = []
    for t in (*subject, party):
        ent = next((e for e in t.doc.ents if e.start <= t.i < e.end and e.label_ in ("PERSON", "ORG", "GPE")), None)
        if ent is None or ent.root.i != t.i:
            return []
        sides.append(ent)
    return sides if len(sides) == 2 else []


def _coordinated_group(found: list[Span], count: int) -> list[Span]:
    """'X welcomed A and B in Abu Dhabi, and the two men signed ...': of more persons than the
    collective counts, the one group of exactly ``count`` names coordinated with each other
    ("A and B"); ``[]`` when there is none or more than one."""
    groups: list[list[Span]] = []
    for span in found:
        root = span.root
        members = [f for f in found if f.root == root or f.root in root.conjuncts]
        if len(members) == count and all(not any(m is g[0] for m in members) for g in groups):
            groups.append(members)
    return groups[0] if len(groups) == 1 else []


def _same_name(a: str, b: str) -> bool:
    """'Emmanuel Macron' and 'Macron': the same name, or one's last word ending the other."""
    x, y = a.lower().split(), b.lower().split()
    return bool(x and y) and x[-1] == y[-1]
