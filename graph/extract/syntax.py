"""Syntax helpers shared by the rule extractors: argument spans, subjects, objects.

An *argument* is what a relation is about: the name as written ("Sergei Naryshkin"), a noun
phrase that denotes an actor ("Sudanese government", "American officials"), or a pronoun or
description resolved to an earlier name (see :mod:`graph.extract.coref`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from graph.extract import coref
from graph.extract.base import Argument
from graph.extract.datelines import in_dateline
from graph.extract.gazetteer import is_known_place
from graph.extract.lexicon import (
    ACTOR_NOUNS,
    GROUP_NOUNS,
    LIGHT_VERBS,
    MODIFIED_PEOPLE,
    NAME_LABELS,
    ORG_HEADS,
    PART_NOUNS,
    PLACE_LABELS,
    SPEECH_VERBS,
    TITLE_NOUNS,
    is_agent_noun,
    is_place_noun,
    is_vehicle_noun,
    wordnet_class,
)

#: Place nouns that, bare ("the city"), point back to a place named earlier.
ANAPHORIC_PLACES = frozenset({"city", "town", "country", "capital", "region", "area", "state",
                              "province", "village", "island", "nation", "territory"})
from graph.extract.modality import is_irrealis

__all__ = [
    "NAME_LABELS",
    "PLACE_LABELS",
    "agents",
    "argument",
    "arguments",
    "conjuncts",
    "entity_span",
    "is_irrealis",
    "noun_owner",
    "noun_phrase",
    "pobjs",
    "proper_span",
    "span_argument",
    "subjects",
]

RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})
#: Quantifiers that, with an "in"/"of" group, name a part of it ("many in his party").
_QUANTIFIERS = frozenset({"many", "some", "most", "several", "few", "others", "all"})
#: Counts of people ("thousands of protesters").
_MULTITUDES = frozenset({"thousands", "hundreds", "dozens", "scores", "millions", "tens"})
_LEADING_JUNK = frozenset({"the", "a", "an", "file", "-", "file-", "\u2014", "\u2013", ",", '"',
                           "\u201c", "(", "'"})


def entity_span(token: Token) -> Span | None:
    """The named-entity span of an actor or place that ``token`` belongs to, if any."""
    if token.ent_type_ not in NAME_LABELS:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def proper_span(token: Token) -> Span | None:
    """A proper-noun phrase headed by ``token`` (compounds included) when NER missed it."""
    if token.pos_ != "PROPN":
        return None
    left = token.i
    for child in token.lefts:
        if child.dep_ in ("compound", "flat", "nmod") and child.pos_ in ("PROPN", "NOUN", "ADJ"):
            left = min(left, child.left_edge.i)
    return token.doc[left : token.i + 1]


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


def _appos_names(token: Token) -> list[Token]:
    """Names in apposition to ``token`` ("his counterpart, Paolo Gentiloni"), with conjuncts."""
    for child in token.rights:
        if child.dep_ == "appos" and (child.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                      or child.pos_ == "PROPN"):
            if child.ent_type_ == "GPE" and token.ent_type_ in PLACE_LABELS:
                continue
            if child.i > 0 and child.doc[child.i - 1].text == "(":
                continue  # "the Liberian Peace Council (LPC)": an acronym, not a re-description  # "Tehran, Iran": a place and its country, not a re-description
            return [child, *child.conjuncts]
    if _is_title(token):
        # "the director of Russia's Foreign Intelligence Service, Sergei Naryshkin, ...": the
        # parser often hangs the name on the last noun of the title's "of" phrase
        for t in token.subtree:
            if t.dep_ == "appos" and t.ent_type_ == "PERSON" and t.i > token.i:
                return [t]
    return []


#: Plural nouns that end like nouns of people but are not ("orders", "borders").
_NOT_HUMAN = frozenset("""
others orders borders papers numbers matters waters letters layers centers towers filters chambers
headquarters quarters corners reports powers answers members flowers shelters barriers markers
computers servers containers characters ministers registers numbers disasters lists
""".split())  # noqa: SIM905


def _human_noun(token: Token) -> bool:
    """Nouns of people by their ending: "nationalists", "Palestinians", "protesters", "gunmen"."""
    word = token.lower_
    if word in _NOT_HUMAN or len(word) < 6 or token.pos_ != "NOUN":
        return False
    return word.endswith(("ists", "ist", "ians", "ers", "men"))


def _untagged_name(token: Token) -> bool:
    """A sentence-initial name the tagger took for a common word ("Trump met ...", "Naryshkin
    has ..."): capitalised, singular, a subject, with no determiner, in no entity."""
    if token.is_sent_start and token.is_title and not token.ent_type_ and token.pos_ == "ADJ" \
            and token.dep_ in ("nsubj", "nsubjpass") and is_known_place(token.text):
        return True  # "Kyiv blames ...": a capital the tagger took for an adjective
    return (bool(token.is_sent_start) and token.is_title and token.pos_ in ("NOUN", "VERB")
            and token.tag_ in ("NN", "VB", "VBP") and token.dep_ in ("nsubj", "nsubjpass")
            and not token.ent_type_ and token.lower_ not in ACTOR_NOUNS
            and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in token.children))


def _joined_country(token: Token) -> Argument | None:
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


def _whole_name(ent: Span) -> bool:
    """A name with "and" or "&" inside that is one thing: a known country ("Bosnia and
    Herzegovina", "Trinidad and Tobago"), or an organisation ("Procter & Gamble", "Organization
    for Security and Co-operation in Europe"); not two people or two places glued together."""
    text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
    if is_known_place(text):
        return True
    return ent.label_ in ("ORG", "FAC") and (
        any(t.text == "&" for t in ent) or any(t.lower_ in ("of", "for", "on") for t in ent)
        or ent[-1].lemma_.lower() in ORG_HEADS)


def _named_modifier(token: Token) -> bool:
    """True when a modifier of ``token`` names whose it is: "Chinese coast guard vessels",
    "Turkey's trade envoy", "Pentagon analyst"."""
    return any(t.ent_type_ in ("NORP", "GPE", "ORG") or t.pos_ == "PROPN"
               for c in token.lefts if c.dep_ in ("amod", "compound", "nmod", "poss")
               for t in c.subtree)


def _is_title(token: Token) -> bool:
    return token.lemma_.lower() in TITLE_NOUNS or token.lower_ in TITLE_NOUNS


def argument(token: Token, *, places: bool = False) -> Argument | None:
    """The argument named by ``token`` (the head of a subject, object or prepositional object).

    Tries, in order: a relative pronoun's antecedent; a personal pronoun's antecedent; a name in
    apposition to a title or description; the named entity; a proper-noun phrase; a group noun's
    members ("a team from X" gives X); a common noun denoting an actor (resolved to an earlier
    name when it is a description like "the SVR chief"); for places, a place noun.
    """
    doc = token.doc
    if in_dateline(token):
        # "LIMA, Peru, March 3 - Minister Rosa Vega accused ...": the parser hangs the subject
        # on the dateline's place
        for child in token.children:
            if child.dep_ == "appos" and not in_dateline(child):
                return argument(child, places=places)
        return None
    if token.lower_ in RELATIVE_PRONOUNS and token.tag_ in ("WP", "WDT", "WP$"):
        head = token.head
        while head.dep_ in ("prep", "pcomp") and head.head != head:
            head = head.head
        if head.dep_ == "relcl" and head.head != head:
            return argument(head.head, places=places)
        return None
    if token.lower_ in _MULTITUDES and not places:
        # "thousands of protesters", "dozens of lawmakers": the people counted
        group = [g for g in pobjs(token, ("of",)) if g.pos_ == "NOUN"]
        found = argument(group[0]) if group else None
        if found is None or found.via != "noun":
            return found
        return span_argument(doc, token.i, group[0].i + 1, "", "noun")
    if token.lower_ in _QUANTIFIERS and not places and token.dep_ in ("nsubj", "nsubjpass") \
            and pobjs(token, ("in", "of", "within")):
        # "many in his party say ...", "some of the officials said ...": a part of a group
        return span_argument(doc, token.i, token.right_edge.i + 1, "", "noun")
    if token.pos_ == "PRON":
        return None if places else (coref.speaker(token) or coref.pronoun(token)
                                    or coref.thing(token) or _quoted_speaker(token))
    appos = _appos_names(token)
    ent = entity_span(token)
    if ent is not None and (token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.is_title)) \
            and any(t.dep_ == "cc" for t in ent) and not _whole_name(ent):
        # NER glued coordinated names into one entity ("Trump and Pence", "Alcatel and Lucent",
        # the first tagged a noun): take this one's part
        part = proper_span(token) or doc[token.i : token.i + 1]
        return span_argument(doc, part.start, part.end, ent.label_)
    if appos and (ent is None or ent.label_ in ("ORG", "NORP") or _is_title(token)):
        found = argument(appos[0], places=places)
        if found is not None:
            return found
    if ent is not None:
        if places and ent.label_ not in PLACE_LABELS and token.pos_ != "PROPN":
            return None
        if not places and ent.label_ == "NORP" and token.pos_ == "ADJ" and token.dep_ != "amod":
            return None
        return span_argument(doc, ent.start, ent.end, ent.label_)
    if token.pos_ == "PROPN":
        if token.ent_type_:
            return None  # a date, an event, a law...: not an actor or a place
        if token.is_sent_start and token.tag_ == "NNPS" and not places and (
                is_agent_noun(token.lemma_.lower()) or is_agent_noun(token.lower_.rstrip("s"))):
            # "Physicians and engineers ...": a capitalised common noun opening the sentence
            return span_argument(doc, token.i, token.i + 1, "", "noun")
        if places and any(_is_title(c) for c in token.lefts if c.dep_ == "compound"):
            return None  # "King Abdullah II" is a person, not a place
        if _is_title(token) and not places:
            resolved = coref.description(token)
            if resolved is not None:
                return resolved
        span = proper_span(token)
        assert span is not None
        if len(span) == 1 and token.lower_ in wordnet_class("abstract_nouns"):
            return None  # "Tragedy visited the village": a capitalised abstraction, no name
        return span_argument(doc, span.start, span.end, "")
    if token.i > 0 and (token.is_title or doc[token.i - 1].text == "-"):
        # a name the parser split: "Moon Jae-in" (head "in"), "Bashar al-Assad"
        prev = doc[token.i - 2] if doc[token.i - 1].text == "-" and token.i > 1 else doc[token.i - 1]
        ent = entity_span(prev)
        if ent is not None and (prev.head == token or prev.dep_ == "compound") and (
                not places or ent.label_ in PLACE_LABELS):
            return span_argument(doc, ent.start, token.i + 1, ent.label_)
    if token.i > 1 and doc[token.i - 1].text == "/" and not doc[token.i - 2].whitespace_ \
            and not doc[token.i - 1].whitespace_ and doc[token.i - 2].pos_ == "PROPN" \
            and (token.is_upper or token.pos_ == "PROPN") and not places:
        # "the SPLM/A", tagged a name, a slash and a noun: one name
        before = proper_span(doc[token.i - 2])
        start = before.start if before is not None else token.i - 2
        return span_argument(doc, start, token.i + 1, "ORG")
    if _untagged_name(token):
        return span_argument(doc, token.i, token.i + 1, "")
    if token.pos_ == "NOUN" and token.is_title and not token.is_sent_start and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == token.i - 1 for c in token.children):
        # a name the tagger took for a common noun: "her counterpart Pablo Soto" ("soto", NOUN)
        left = token.i - 1
        while left > 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].head.i == token.i:
            left -= 1
        return span_argument(doc, left, token.i + 1, "PERSON")
    lemma = token.lemma_.lower()
    if token.pos_ == "ADJ" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
            and lemma in ACTOR_NOUNS and any(c.dep_ == "compound" for c in token.children):
        pass  # "the secretary-general", its head tagged an adjective
    elif token.pos_ != "NOUN":
        return None
    if places:
        if is_place_noun(lemma) or is_place_noun(token.lower_):
            # "the city of Bouake"; "a prison in Charleston", "a camp near Kilis": the named place
            named = [g for g in pobjs(token, ("of", "in", "near", "outside"))
                     if g.pos_ == "PROPN" and g.ent_type_ in PLACE_LABELS | {""}]
            if named:
                return argument(named[0], places=True)
            start, end = noun_phrase(token)
            if start == token.i and lemma in ANAPHORIC_PLACES:
                return None  # "the city": which one is for coreference, not for a triple
            if token.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod")
                                              for c in token.children):
                return None  # "came to office", "went to court": an institution, not a place
            if token.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in token.children):
                return None  # "a tour of early-voting states": places in general, none named
            return span_argument(doc, start, end, "FAC", "noun")
        return None
    if lemma in GROUP_NOUNS or token.lower_ in GROUP_NOUNS:
        for member in pobjs(token, ("of", "from")):
            found = argument(member)
            if found is not None and (found.via == "name" or member.head.lower_ == "of"):
                # "a team from Russia", "a group of Moroccan diplomats"; not "groups from Fallujah"
                return found
    if is_agent_noun(lemma) or is_agent_noun(token.lower_) or _human_noun(token) or (
            (is_vehicle_noun(lemma) or lemma in PART_NOUNS) and _named_modifier(token)) or (
            lemma in PART_NOUNS and any(c.dep_ == "poss" for c in token.children)) or (
            lemma in MODIFIED_PEOPLE and any(c.dep_ in ("amod", "compound") and c.pos_ != "NUM"
                                             and not c.like_num for c in token.children)):
        resolved = coref.description(token)
        if resolved is not None:
            return resolved
        start, end = noun_phrase(token)
        return span_argument(doc, start, end, "", "noun")
    return None


_FIRST_PERSON = frozenset({"i", "me", "we", "us"})
_QUOTES = frozenset({'"', "\u201c", "\u201d", "''", "``"})


def _quoted_speaker(token: Token) -> Argument | None:
    """'"... many people hold me responsible," Blatter said': a first-person pronoun in a quote
    is the person (or body) to whom a verb of saying attributes the quote."""
    if token.lower_ not in _FIRST_PERSON or not any(t.text in _QUOTES for t in token.sent):
        return None
    current = token
    for _ in range(8):
        head = current.head
        if head is current:
            return None
        if current.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in SPEECH_VERBS:
            said = [c for c in head.children if c.dep_ == "nsubj"]
            if len(said) != 1 or said[0].pos_ == "PRON":
                return None
            found = argument(said[0])
            if found is None or (token.lower_ in ("i", "me") and found.label not in ("PERSON", "")):
                return None
            return Argument(found.text, found.start, found.end, found.label, "pronoun")
        current = head
    return None


def _split_coordinated_modifiers(token: Token) -> list[Argument]:
    """'U.S. and Cuban delegations' gives 'U.S. delegations' and 'Cuban delegations'."""
    mods = [c for c in token.lefts if c.dep_ in ("amod", "nmod", "compound")]
    ccs = [c for c in token.doc[token.left_edge.i : token.i] if c.dep_ == "cc" and c.lower_ == "and"]
    if not mods or not ccs:
        return []
    cc = ccs[0]
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].text == "-":
        # "between Trump and Chinese vice-premier Liu He": the head is half of a hyphenated title
        # of the name after it; the named modifier is a party of its own
        first = argument(cc.head) if cc.head.i < cc.i and cc.head.pos_ == "PROPN" else None
        return [first] if first is not None else []
    if cc.i + 1 >= token.i:
        return []
    between = token.dep_ == "pobj" and token.head.lower_ in ("between", "among")
    modifier_pair = not between and cc.head.i < cc.i and cc.head.head == token and \
        cc.head.dep_ in ("amod", "compound", "nmod")
    if doc[cc.i + 1].pos_ != "ADJ" and not modifier_pair:
        # "between Iran and world powers": a named party, then a described one
        first = argument(cc.head) if cc.head.i < cc.i and cc.head.pos_ == "PROPN" else None
        second = span_argument(doc, cc.i + 1, token.i + 1, "", "noun")
        return [first, second] if first is not None and second is not None else []
    start, _ = noun_phrase(token)
    left = span_argument(doc, start, cc.i, "", "noun")
    right = span_argument(doc, cc.i + 1, token.i + 1, "", "noun")
    if left is None or right is None:
        return []
    if cc.head.pos_ == "NOUN" and token.tag_ == "NNS" and (cc.head.tag_ == "NNS" or (
            cc.head.tag_ == "NN" and is_agent_noun(cc.head.lemma_.lower()))):
        # "Colombia's government and FARC rebels", "farmers and truck drivers": an actor of its
        # own, not a kind of rebels or of drivers
        return [left, right]
    head = token.text
    left = Argument(f"{left.text} {head}", left.start, token.idx + len(token), "", "noun")
    return [left, right]


def arguments(tokens: Iterable[Token], *, places: bool = False) -> list[Argument]:
    """The arguments of ``tokens`` and of everything coordinated or in apposition with them."""
    out: list[Argument] = []
    for tok in tokens:
        doc = tok.doc
        if tok.lower_ == "they" and tok.dep_ in ("nsubj", "nsubjpass"):
            # "the two leaders said they had agreed": all the reporters, not one of them
            said = coref.speaker_token(tok)
            reporters = arguments([said]) if said is not None else []
            if reporters:
                out.extend(a for a in reporters if all(a.text != b.text for b in out))
                continue
        if in_dateline(tok):
            # "OSLO, Dec 3: Norway and Sweden have agreed": the subject hung on the dateline
            hung = [c for c in tok.children if c.dep_ == "appos" and not in_dateline(c)]
            if not hung:
                continue
            tok = hung[0]
        if not places and tok.pos_ == "PROPN":
            # "President Donald Trump and Saudi King Salman ... have agreed": the parser hangs the
            # first name, with its "and", on the second as a modifier
            for mod in tok.lefts:
                if mod.dep_ in ("nmod", "compound") and mod.ent_type_ in ("PERSON", "ORG", "GPE") \
                        and any(c.dep_ == "cc" and c.lower_ == "and" for c in mod.children) \
                        and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in mod.children):
                    first = argument(mod)
                    if first is not None and all(a.text != first.text for a in out):
                        out.append(first)
        if not places:
            # "The state of Maine, Rite Aid Corp., and Community Pharmacy LP have agreed": the
            # parser hangs the other parties on the "of" place; organisations or persons are not
            # more places
            for of in pobjs(tok, ("of",)):
                if of.ent_type_ in ("GPE", "LOC"):
                    for c in of.conjuncts:
                        if c.ent_type_ in ("ORG", "PERSON"):
                            found = argument(c)
                            if found is not None and all(a.text != found.text for a in out):
                                out.append(found)
        joined = _joined_country(tok)
        if joined is not None:
            if all(a.text != joined.text for a in out):
                out.append(joined)
            continue
        for conj in conjuncts(tok):
            if places and conj.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in conj.children) \
                    and any(c.pos_ == "PROPN" for c in conj.conjuncts):
                continue  # "three cities, Lyon, Lille and Nantes": the named ones
            if not places and conj.pos_ == "NOUN":
                split = _split_coordinated_modifiers(conj)
                if split:
                    out.extend(a for a in split if a not in out)
                    continue
            names: list[Token] = []
            if places:
                if is_place_noun(conj.lemma_.lower()):
                    names = [g for p in pobjs(conj, ("of",)) if p.pos_ == "PROPN" for g in conjuncts(p)]
                    # "three cities, Lyon, Lille and Nantes": the named places, not "three cities"
                    names += [g for a in conj.children if a.dep_ == "appos" and a.pos_ == "PROPN"
                              for g in conjuncts(a)]
            elif conj.pos_ == "NOUN" or _is_title(conj):
                names = _appos_names(conj)
                if not names and conj.lemma_.lower() in GROUP_NOUNS:
                    # "the foreign ministers of Russia, Turkey and Iran"
                    names = [g for p in pobjs(conj, ("of", "from")) if p.pos_ == "PROPN"
                             for g in conjuncts(p)]
                    if not names:
                        # "officials of the two countries": the named pair
                        for p in pobjs(conj, ("of", "from")):
                            for span in coref.collective(p):
                                member = Argument(span.text, span.start_char, span.end_char,
                                                  span.label_, "description")
                                if all(a.text != member.text for a in out):
                                    out.append(member)
                        if any(a.via == "description" for a in out):
                            continue
            pair = coref.collective(conj) if not places and not names else []
            for span in pair:
                member = Argument(span.text, span.start_char, span.end_char, span.label_ or
                                  span.root.ent_type_, "description")
                if all(a.text != member.text for a in out):
                    out.append(member)
            if pair:
                continue
            for t in names or [conj]:
                arg = argument(t, places=places)
                if arg is None and places and out and t.ent_type_ in NAME_LABELS:
                    # "Lesbos, Kos and Chios": coordinated with a place, so a place
                    ent = entity_span(t)
                    arg = span_argument(doc, ent.start, ent.end, "GPE") if ent is not None else None
                elif arg is not None and places and t is not tok and arg.label in ("ORG", "NORP") \
                        and any(a.label in PLACE_LABELS for a in out):
                    arg = Argument(arg.text, arg.start, arg.end, "GPE", arg.via)
                if arg is not None and t is not tok:
                    arg = _title_with_name(arg, doc)  # "Zarif and Saudi Foreign Minister al-Jubeir"
                if arg is not None and all(a.text != arg.text for a in out):
                    out.append(arg)
    return out


def _title_with_name(arg: Argument, doc: Doc) -> Argument:
    """'Foreign Minister' as an argument of its own when the name follows it ("... and Saudi
    Foreign Minister Adel al-Jubeir", cut by the parser): the name it titles."""
    if arg.via != "name" or arg.label:
        return arg
    span = doc.char_span(arg.start, arg.end, alignment_mode="expand")
    if span is None or any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in span):
        return arg
    if not (span[-1].lemma_.lower() in TITLE_NOUNS or span[-1].lower_ in TITLE_NOUNS):
        return arg
    if span.end >= len(doc) or doc[span.end].ent_type_ != "PERSON":
        return arg
    name = entity_span(doc[span.end])
    if name is None:
        return arg
    return Argument(name.text, name.start_char, name.end_char, "PERSON", "name")


def conjuncts(token: Token) -> Iterator[Token]:
    """``token`` and the tokens coordinated with it ("X and Y")."""
    yield token
    yield from token.conjuncts


def pobjs(token: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the prepositions ``preps`` attached to ``token`` (through "of"-less chains)."""
    wanted = set(preps)
    out: list[Token] = []
    for c in token.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in wanted:
            out.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
            # "charges against Conrad Black and his deputy, David Radler, moving to bar ...": the
            # parser makes the object the subject of a following participle
            out.extend(s for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
                       for s in g.children if s.dep_ == "nsubj" and s.left_edge.i == c.i + 1
                       and s.pos_ in ("PROPN", "NOUN"))
    return out


def subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb``, inherited through xcomp/conj/advcl/pcomp/acl when it has none.

    A participle modifying an actor noun ("officials accusing Moscow") takes that noun.
    """
    current: Token | None = verb
    for _ in range(6):
        if current is None:
            break
        found = [c for c in current.children if c.dep_ in ("nsubj", "csubj")]
        if current != verb and not found:
            found = [c for c in current.children if c.dep_ == "nsubjpass"]
        if not found:
            # captions: "Joe Biden, left, shakes hands with ..." (parsed as "Biden left")
            found = [s for c in current.children if c.dep_ in ("advcl", "npadvmod", "ccomp")
                     and c.lower_ in ("left", "right", "center", "centre") and c.i < current.i
                     for s in c.children if s.dep_ == "nsubj"]
        if current == verb:
            found = _headline_pair(verb, found)
        if found:
            return found
        if current == verb and verb.dep_ == "csubj" and verb.tag_ == "VBG" and verb.i > 1 \
                and verb.doc[verb.i - 1].text == ",":
            # "Serbia lodged a protest, charging its neighbour with ...": a participle after a
            # comma, which the parser made the subject of a later verb, takes the subject of
            # the clause before it
            for t in reversed(verb.doc[verb.sent.start : verb.i - 1]):
                if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj", "ccomp"):
                    found = [c for c in t.children if c.dep_ == "nsubj"]
                    if found:
                        return found
        if current == verb and verb.dep_ == "ROOT" and verb.i > 0:
            # "In a partnership hailed as a boost to ties, Egypt and Israel signed ...": the
            # parser hangs the subject on the opening phrase as an apposition
            left = verb.doc[verb.i - 1]
            while left.dep_ == "conj" and left.head.i < left.i:
                left = left.head
            if left.dep_ == "appos" and left.ent_type_ in NAME_LABELS and left.head.i < left.i:
                return [left]
        head = current.head
        if head == current:
            break
        if current.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and argument(head) is not None:
            return [head]
        if current.dep_ == "pcomp" and head.lower_ == "as" and head.head.pos_ == "VERB":
            # "Kyodo quoted Nakasone as telling reporters after meeting the envoy": the object
            # of the quoting verb does what the "as" phrase says
            objects = [c for c in head.head.children if c.dep_ == "dobj"]
            if objects:
                return objects
        if current.dep_ in ("xcomp", "conj", "advcl", "acl", "pcomp", "prep", "pobj") or (
                current.dep_ == "dobj" and current != verb):
            current = head
        else:
            break
    return []


def agents(verb: Token) -> list[Token]:
    """The by-phrase of a passive verb ("was accused by X")."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def is_passive(verb: Token) -> bool:
    """True when ``verb`` is a passive form ("was accused", "accused by")."""
    return any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ == "acl")


def noun_owner(noun: Token) -> list[Token]:
    """Whose event a nominal trigger is: its possessor, else the subject of the verb it hangs on.

    "his visit to X" gives "his"; "during a visit to X, Y said" and "Y held talks with X" give Y.
    """
    poss = [c for c in noun.children if c.dep_ == "poss"
            and c.lower_ not in ("their", "its", "our", "your", "my")]
    if poss:
        return poss
    current = noun
    for _ in range(5):
        head = current.head
        if head is current:
            return []
        if current.dep_ in ("pobj", "prep", "dobj", "attr", "npadvmod", "pcomp", "conj", "appos"):
            current = head
            if current.pos_ in ("VERB", "AUX"):
                return subjects(current) or [c for c in current.children if c.dep_ == "nsubjpass"] \
                    or agents(current)
            if any(c.dep_ == "nsubj" for c in current.children):
                return [c for c in current.children if c.dep_ == "nsubj"]
        else:
            return []
    return []


def light_verb(noun: Token) -> Token | None:
    """The light verb whose object ``noun`` is ("held talks", "engaged in talks"), if any."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "into"):
        head = head.head
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    return head if head.pos_ == "VERB" and head.lemma_.lower() in LIGHT_VERBS else None


def event_place(trigger: Token) -> Argument | None:
    """Where an event took place: a named place in an "in"/"at" phrase of the trigger (or, for a
    nominal trigger, of the verb it hangs on): "met in Geneva", "talks in Sochi"."""
    holders = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.head.pos_ in ("VERB", "AUX"):
        holders.append(trigger.head)
    for holder in holders:
        for target in pobjs(holder, ("in", "at")):
            if target.ent_type_ in PLACE_LABELS:
                found = argument(target, places=True)
                if found is not None:
                    return found
    return None


def _headline_pair(verb: Token, found: list[Token]) -> list[Token]:
    """Headlines join two names with a comma: in "Pakistan, Afghanistan agree to reopen the
    crossing" or "Putin, Xi meet in Moscow" the clause opens with exactly two names parted by
    one comma and then the verb in its plural (or bare) present form, which shows that both
    are its subjects, however the parser hung them. Else ``found`` unchanged."""
    if verb.tag_ not in ("VBP", "VB") or len(found) > 1:
        return found
    doc = verb.doc
    before = doc[verb.sent.start : verb.i]
    commas = [t.i for t in before if t.text == ","]
    if len(commas) != 1:
        return found
    parts = (doc[verb.sent.start : commas[0]], doc[commas[0] + 1 : verb.i])
    heads: list[Token] = []
    for part in parts:
        if not len(part) or part[0].ent_iob_ != "B" or part[0].ent_type_ not in NAME_LABELS \
                or any(t.ent_iob_ != "I" for t in part[1:]) or any(t.pos_ != "PROPN" for t in part) \
                or (part.end < len(doc) and doc[part.end].ent_iob_ == "I"):
            return found
        heads.append(part[-1])
    return heads
