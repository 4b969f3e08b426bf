"""Accusations read from word order where the small model's tree misleads: object relatives
("X, which rights groups accuse of ..."), headline comma pairs ("Serbia, Kosovo trade blame",
"Iran slams Israel, accuses it of ..."), parentheticals ("Y, the report alleged, had ..."),
"The rebels charged that ..." taken for a noun phrase, participles after a comma hung on the
wrong clause, late ", by X" agents, object pronouns that continue a clause's target, and the
forms that make an accusation unreal or no accusation at all (yes/no questions, "went on to").
Used by :mod:`graph.extract.accusations`.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.base import Argument
from graph.extract.blame import agents_or_sources
from graph.extract.clauses import subjects
from graph.extract.lexicon import SPEECH_VERBS
from graph.extract.modality import is_irrealis
from graph.extract.spans import is_title, span_argument
from graph.extract.syntax import arguments
from graph.extract.tree import agents, pobjs


def reported_after_comma(token: Token, dobjs: list[Token]) -> bool:
    """'..., a human rights organization charged on Saturday': a reporting use of the verb that
    follows the reported clause, which spaCy parses as a participle modifying its subject."""
    head = token.head
    if token.dep_ != "acl" or dobjs or agents(token) or token.lemma_.lower() not in ("charge", "allege"):
        return False
    left = head.left_edge.i
    return head.dep_ in ("dobj", "npadvmod", "appos", "conj") and left > 0 \
        and token.doc[left - 1].text == ","




def accuser_subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb`` (:func:`subjects`), also through an adjective predicate ("the
    minister was quick to blame X") and in a headline's comma-joined verbs ("Iran slams Israel,
    accuses it of sabotage", where the parser makes the first verb a clause of the second)."""
    head = verb.head
    if verb.dep_ == "conj" and verb.tag_ == "VBD" and head.tag_ == "VBN" and head.dep_ == "ccomp" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            and any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in head.children) \
            and head.head.lemma_.lower() in SPEECH_VERBS:
        # "X said that Y had executed civilians, and accused Moscow of ...": a simple past does
        # not share the reported clause's "had"; it goes on with the speaker's clause
        return subjects(head.head)
    if lifted_participle(verb):
        return subjects(head.head)
    found = subjects(verb)
    if found:
        return found
    if verb.dep_ == "xcomp" and head.dep_ in ("acomp", "attr") and head.pos_ == "ADJ":
        return subjects(head.head)
    first = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i
             and verb.doc[verb.left_edge.i : verb.i].text.rstrip().endswith(",")]
    return [s for c in first for s in c.children if s.dep_ == "nsubj"]


def lifted_participle(verb: Token) -> bool:
    """'Serbia demanded that Kosovo withdraw its police, accusing it of ...': a participle after
    a comma that the parser hung on a reported clause goes with the reporting clause."""
    head = verb.head
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "ccomp" \
        and verb.i > 0 and verb.doc[verb.i - 1].text == "," and head.head.pos_ == "VERB" \
        and any(c.dep_ == "nsubj" for c in head.head.children)


#: Object pronouns and the labels of the names they can stand for.
_OBJECT_PRONOUNS = {"it": ("ORG", "GPE", "NORP", "LOC", ""), "them": ("ORG", "GPE", "NORP", "PERSON", ""),
                    "him": ("PERSON",), "her": ("PERSON",)}


def previous_target(verb: Token, dobjs: list[Token], accusers: list[Argument]) -> list[Argument]:
    """'North Korea lashed out at Seoul, accusing it of ...', 'Iran slams Israel, accuses it of
    ...': an object pronoun of the accusing verb that coreference left open stands for the
    target of the clause it continues (its object or "at" phrase), never for the accuser."""
    pronouns = [d for d in dobjs if d.lower_ in _OBJECT_PRONOUNS]
    if not pronouns or not accusers:
        return []
    clause = verb.head if verb.dep_ in ("advcl", "conj") else None
    if clause is not None and lifted_participle(verb):
        clause = clause.head
    if clause is None:
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if clause is None or clause.pos_ not in ("VERB", "AUX"):
        return []
    targets = [c for c in clause.children if c.dep_ == "dobj"] + pobjs(clause, ("at", "on")) + [
        s for c in clause.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
    person = pronouns[0].lower_ in ("him", "her")
    found = [a for t in targets for a in arguments([t])
             if (a.label in _OBJECT_PRONOUNS[pronouns[0].lower_] or (person and is_title(t)))
             and all(a.text != b.text for b in accusers)]
    return found[:1]


def headline_traders(noun: Token) -> list[Argument]:
    """'Serbia, Kosovo trade blame over border clash': a headline that opens with two names
    parted by a comma or "and" and then "trade" / "exchange", which the tagger takes for a
    noun compound: the two names accuse each other."""
    doc = noun.doc
    verb = noun.i - 1
    if verb <= noun.sent.start or doc[verb].lower_ not in ("trade", "trades", "exchange", "exchanges"):
        return []
    ents = [e for e in doc.ents if noun.sent.start <= e.start and e.end <= verb]
    if len(ents) != 2 or ents[0].start != noun.sent.start or ents[1].end != verb \
            or any(e.label_ not in ("GPE", "ORG", "NORP", "PERSON") for e in ents):
        return []
    between = doc[ents[0].end : ents[1].start]
    if len(between) != 1 or between[0].lower_ not in (",", "and"):
        return []
    found = [span_argument(doc, e.start, e.end, e.label_) for e in ents]
    return [a for a in found if a is not None]


def parenthetical(token: Token) -> bool:
    """'Y, the report alleged, had recruited children': a verb of charging between commas that
    the parser made a participle of its subject, itself made a second subject of the clause."""
    head = token.head
    doc = token.doc
    return token.dep_ == "acl" and token.lemma_.lower() in ("allege", "charge") \
        and head.dep_ == "nsubj" and head.left_edge.i > 0 and doc[head.left_edge.i - 1].text == "," \
        and token.i + 1 < len(doc) and doc[token.i + 1].text == "," \
        and not any(c.dep_ in ("dobj", "agent") for c in token.children)


def charged_that_root(token: Token) -> bool:
    """'The rebels charged that ...' parsed as a noun phrase with a participle ("rebels" the
    root): the verb of saying, with its subject the noun it hangs on."""
    head = token.head
    return token.dep_ == "acl" and token.lemma_.lower() in ("charge", "allege") \
        and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") \
        and not any(c.dep_ in ("dobj", "agent") for c in token.children)


#: Auxiliaries that open a yes/no question ("Did X accuse Y?", "Has X blamed Y?").
_QUESTION_OPENERS = frozenset({"did", "does", "do", "has", "have", "had", "is", "are", "was", "were",
                               "will", "would", "could", "can", "should", "may", "might", "shall"})


def yes_no_question(token: Token) -> bool:
    """True when ``token``'s sentence is a yes/no question: it opens with an auxiliary and ends
    with a question mark (a wh-question, "Why did X blame Y?", takes the blame as given)."""
    sent = token.sent
    words = [t for t in sent if not t.is_space]
    return len(words) > 2 and words[-1].text == "?" and words[0].lower_ in _QUESTION_OPENERS


#: Words that may stand between the subject of an object relative clause and its verb.
_BETWEEN = frozenset({"has", "have", "had", "long", "repeatedly", "also", "often", "previously",
                      "frequently", "openly", "has long"})
#: Forms of the accusing verbs that take "of" / "for" after an object relative pronoun.
_RELATIVE_FORMS = frozenset({"accuse", "accuses", "accused", "blame", "blames", "blamed"})


def object_relative(token: Token) -> tuple[list[Argument], list[Argument]] | None:
    """'Myanmar's junta, which rights groups accuse of war crimes, ...': an object relative
    clause, read from the word order (the small model often tags the verb a noun after a bare
    plural or a possessive): the relative pronoun after a comma stands for the phrase before
    it (the accused), the noun phrase between pronoun and verb is the accuser, and "of"/"for"
    follows. ``None`` when the words are not in that order."""
    doc = token.doc
    if token.lower_ not in _RELATIVE_FORMS or token.i + 1 >= len(doc) \
            or doc[token.i + 1].lower_ not in ("of", "for"):
        return None
    start = token.sent.start
    i = token.i - 1
    while i > start and doc[i].lower_ in _BETWEEN:
        i -= 1
    end = i  # last word of the accuser's phrase
    while i > start and (doc[i].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "PART", "NUM")
                         or doc[i].tag_ == "POS"):
        i -= 1
    if end <= i or doc[i].lower_ not in ("which", "whom") or i < 2 or doc[i - 1].text != ",":
        return None
    before = doc[i - 2]
    heads = [t for t in doc[i + 1 : end + 1] if t.pos_ in ("NOUN", "PROPN")]
    if not heads or before.pos_ not in ("NOUN", "PROPN"):
        return None
    accuser = heads[-1]
    first = i + 1
    while doc[first].pos_ == "DET":
        first += 1
    found = agents_or_sources([accuser])
    if not found:
        return None
    if found[0].via in ("name", "noun") and first < accuser.i:
        # the phrase as written ("rights groups", "Mali's junta"), which a broken tree may cut
        label = found[0].label if found[0].via == "name" else ""
        whole = span_argument(doc, first, accuser.i + 1, label, found[0].via)
        found = [whole] if whole is not None else found
    accusers = found
    accused = arguments([before])
    if not accusers or not accused or is_irrealis(token):
        return None
    return accusers, accused


def went_on(verb: Token) -> bool:
    """'X went on to accuse Y': an infinitive after "go on" tells what happened next."""
    head = verb.head
    return verb.dep_ in ("advcl", "xcomp") and head.lemma_.lower() == "go" and any(
        c.dep_ == "prt" and c.lower_ == "on" for c in head.children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def late_agents(verb: Token) -> list[Token]:
    """'Aristide has been accused of misusing funds, much of it believed embezzled, by Haitian
    officials': a sentence-final ", by X" set off by a comma after a parenthetical, which the
    parser hangs on a verb of the parenthetical, is the agent of the passive before it."""
    sent = verb.sent
    last = sent.end - 1
    while last > verb.i and sent.doc[last].is_punct:
        last -= 1
    for by in sent.doc[verb.i + 1 : last]:
        if by.lower_ == "by" and by.dep_ in ("prep", "agent") and sent.doc[by.i - 1].text == ",":
            found = [g for g in by.children if g.dep_ == "pobj" and g.right_edge.i == last]
            if found:
                return found
    return []
