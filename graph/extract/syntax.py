"""Syntax helpers shared by the rule extractors: argument spans, subjects, objects.

An *argument* is what a relation is about: the name as written ("Sergei Naryshkin"), a noun
phrase that denotes an actor ("Sudanese government", "American officials"), or a pronoun or
description resolved to an earlier name (see :mod:`graph.extract.coref`).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from graph.extract import coref
from graph.extract.base import Argument
from graph.extract.bodies import described_person, held_office, own_party
from graph.extract.datelines import in_dateline
from graph.extract.lexicon import (
    ACTOR_NOUNS,
    GROUP_NOUNS,
    MODIFIED_PEOPLE,
    NAME_LABELS,
    PART_NOUNS,
    PLACE_LABELS,
    SPEECH_VERBS,
    TITLE_NOUNS,
    is_agent_noun,
    is_place_noun,
    is_vehicle_noun,
    wordnet_class,
)
from graph.extract.nameruns import (
    and_then_name,
    coordinated_title,
    title_with_name,
    unlabelled_name,
)
from graph.extract.parties import led_by, represented, sent_from
from graph.extract.spans import (
    appos_names,
    entity_span,
    human_noun,
    is_title,
    joined_country,
    named_modifier,
    noun_phrase,
    proper_span,
    span_argument,
    untagged_name,
    whole_name,
)
from graph.extract.tree import conjuncts, pobjs
from graph.extract.unnamed import anaphoric_person

#: Place nouns that, bare ("the city"), point back to a place named earlier.
ANAPHORIC_PLACES = frozenset({"city", "town", "country", "capital", "region", "area", "state",
                              "province", "village", "island", "nation", "territory"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})
#: Quantifiers that, with an "in"/"of" group, name a part of it ("many in his party").
_QUANTIFIERS = frozenset({"many", "some", "most", "several", "few", "others", "all"})
#: Counts of people ("thousands of protesters").
_MULTITUDES = frozenset({"thousands", "hundreds", "dozens", "scores", "millions", "tens"})


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
    appos = appos_names(token)
    ent = entity_span(token)
    if ent is not None and (token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.is_title)) \
            and any(t.dep_ == "cc" for t in ent) and not whole_name(ent):
        # NER glued coordinated names into one entity ("Trump and Pence", "Alcatel and Lucent",
        # the first tagged a noun): take this one's part
        part = proper_span(token) or doc[token.i : token.i + 1]
        return span_argument(doc, part.start, part.end, ent.label_)
    if appos and (ent is None or ent.label_ in ("ORG", "NORP") or is_title(token)):
        found = argument(appos[0], places=places)
        if found is not None:
            return found
    if ent is not None:
        if places and ent.label_ not in PLACE_LABELS and token.pos_ != "PROPN":
            return None
        if not places and ent.label_ == "NORP" and token.pos_ == "ADJ" and token.dep_ != "amod":
            return None
        label = "PERSON" if not places and ent.label_ in ("ORG", "GPE") and \
            coref.named_person_again(doc, ent.start, ent.end) else ent.label_
        return span_argument(doc, ent.start, ent.end, label)
    if token.pos_ == "PROPN":
        described = None if places else described_person(token)  # "Opposition politician X"
        if described is not None:
            return described
        if token.ent_type_:
            return None  # a date, an event, a law...: not an actor or a place
        if token.is_sent_start and token.tag_ == "NNPS" and not places and (
                is_agent_noun(token.lemma_.lower()) or is_agent_noun(token.lower_.rstrip("s"))):
            # "Physicians and engineers ...": a capitalised common noun opening the sentence
            return span_argument(doc, token.i, token.i + 1, "", "noun")
        if places and any(is_title(c) for c in token.lefts if c.dep_ == "compound"):
            return None  # "King Abdullah II" is a person, not a place
        if is_title(token) and not places:
            resolved = coref.description(token)
            if resolved is not None:
                return resolved
        span = proper_span(token)
        assert span is not None
        again = not places and coref.named_person_again(doc, span.start, span.end)
        if len(span) == 1 and token.lower_ in wordnet_class("abstract_nouns") and not again and not any(
                c.dep_ == "appos" and c.pos_ == "NOUN" and is_agent_noun(c.lemma_.lower())
                for c in token.children):
            # "Tragedy visited the village": a capitalised abstraction, no name (but "Coventry,
            # a two-time Olympic champion, met ...": a surname named again or described as a person)
            return None
        label = "PERSON" if again else ""
        return span_argument(doc, span.start, span.end, label)
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
    if untagged_name(token):
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
            and lemma in ACTOR_NOUNS and any(c.dep_ in ("compound", "poss", "det") for c in token.children):
        pass  # "the secretary-general", "Ukraine's military": the head tagged an adjective
    elif token.pos_ != "NOUN":
        return None
    if places:
        if is_place_noun(lemma) or is_place_noun(token.lower_):
            # "the city of Bouake"; "a prison in Charleston", "a camp near Kilis": the named place
            named = [g for g in pobjs(token, ("of", "in", "near", "outside"))
                     if g.pos_ == "PROPN" and g.ent_type_ in PLACE_LABELS | {""}]
            if named:
                return argument(named[0], places=True)
            capital = coref.named_capital(token)  # "the Ukrainian capital" after "Kyiv"
            if capital is not None:
                return capital
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
    body = held_office(token) or own_party(token)  # "the mayor's office", "her party"
    if body is not None:
        return body
    party = represented(token)
    if party is not None:
        # "Lawyers for Rao accused X", "her client blamed X": the party the lawyer acts for (its
        # name: what the lawyer states is a new event, which continues none of the party's own)
        found = argument(party)
        if found is not None:
            return Argument(found.text, found.start, found.end, found.label, "name")
    if lemma in GROUP_NOUNS or token.lower_ in GROUP_NOUNS or sent_from(token):
        for member in pobjs(token, ("of", "from")):
            found = argument(member)
            if found is not None and (found.via == "name" or member.head.lower_ == "of"):
                # "a team from Russia", "a group of Moroccan diplomats"; not "groups from Fallujah"
                return found
    if is_agent_noun(lemma) or is_agent_noun(token.lower_) or human_noun(token) or (
            (is_vehicle_noun(lemma) or lemma in PART_NOUNS) and named_modifier(token)) or (
            lemma in PART_NOUNS and any(c.dep_ == "poss" for c in token.children)) or (
            lemma in MODIFIED_PEOPLE and any(c.dep_ in ("amod", "compound") and c.pos_ != "NUM"
                                             and not c.like_num for c in token.children)):
        resolved = coref.description(token)
        if resolved is not None:
            return resolved
        if anaphoric_person(token, lemma):
            return None
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


def _described_list(noun: Token) -> bool:
    """'accused three Mexican banks, CIBanco, Intercam and Vector, of ...': a plural common noun
    followed by a comma and the names it describes, which the parser makes its conjuncts (a
    count, or two names or more, says a list follows, not one more party)."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return False
    named = [c for c in noun.conjuncts if c.pos_ == "PROPN" and c.i > noun.i]
    if not named or min(c.i for c in named) != noun.i + 2 + sum(
            1 for t in doc[noun.i + 2 : min(c.i for c in named)] if t.dep_ == "compound"):
        return False
    return len(named) >= 2 or any(c.dep_ == "nummod" for c in noun.children)


def arguments(tokens: Iterable[Token], *, places: bool = False) -> list[Argument]:
    """The arguments of ``tokens`` and of everything coordinated or in apposition with them."""
    out: list[Argument] = []
    for tok in tokens:
        doc = tok.doc
        if tok.lower_ == "they" and tok.dep_ in ("nsubj", "nsubjpass"):
            # "the two leaders said they had agreed": all the reporters, not one of them
            said = coref.speaker_token(tok)
            reporters = arguments([said]) if said is not None else []
            if len(reporters) == 1 and said is not None and (
                    reporters[0].label == "PERSON" or said.tag_ == "NNP" or said.lower_ in ("he", "she")):
                reporters = []  # "They agreed ..., Blinken said": one person is not "they"
            if reporters:
                out.extend(a for a in reporters if all(a.text != b.text for b in out))
                continue
            main = _time_clause_subjects(tok)
            if main:
                # "A and B were greeted by C as they began a state visit to Japan": the subject
                # of a time clause continues its main clause's coordinated subject
                out.extend(a for a in main if all(a.text != b.text for b in out))
                continue
        if in_dateline(tok):
            # "OSLO, Dec 3: Norway and Sweden have agreed": the subject hung on the dateline
            hung = [c for c in tok.children if c.dep_ == "appos" and not in_dateline(c)]
            if not hung:
                continue
            tok = hung[0]
        if tok.pos_ == "PROPN":
            # "President Donald Trump and Saudi King Salman ... have agreed", "talks with Rashid
            # Karimov and Dmytro Kovalenko", "visiting Romania and Burkina Faso": the parser hangs
            # the first name, with its "and", on the second as a modifier ("Pemex and U.S. firm
            # Talos Energy signed": on the second one's title, with no conjunct of its own)
            labels = ("GPE", "LOC") if places else ("PERSON", "ORG", "GPE")
            titled = [m for t in tok.lefts if t.pos_ == "NOUN" for m in t.lefts]
            for mod in [*tok.lefts, *titled]:
                if mod.dep_ not in ("nmod", "compound") or not any(
                        c.dep_ == "cc" and c.lower_ == "and" for c in mod.children):
                    continue
                named_conj = any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in mod.children)
                if mod.head == tok:
                    is_hung = (mod.ent_type_ in labels and named_conj
                               or (mod.ent_type_ in labels or (not places and unlabelled_name(mod)))
                               and and_then_name(mod, tok))
                else:
                    is_hung = (not places and mod.ent_type_ in labels
                               and (named_conj or not any(c.dep_ == "conj" for c in mod.children)))
                if is_hung:
                    first = argument(mod, places=places)
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
        joined = joined_country(tok)
        if joined is not None:
            if all(a.text != joined.text for a in out):
                out.append(joined)
            continue
        for conj in conjuncts(tok):
            if not places and coordinated_title(conj):
                continue  # "Chairman and Chief Executive Bruce Nelson": one person
            cut = entity_span(doc[conj.i + 1]) if conj.i + 1 < len(doc) and doc[conj.i + 1].ent_iob_ == "B" \
                and doc[conj.i + 1].ent_type_ == "PERSON" else None
            if not places and cut is not None and conj.dep_ == "conj" and not conj.ent_type_ and (
                    is_title(conj) or is_agent_noun(conj.lower_)) and cut.root.head in (tok, *tok.conjuncts):
                # "A, Chair B and County Manager C D": a title the parser cut from its name, the
                # name hung on the list as one more member
                conj = cut.root
            if places and conj.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in conj.children) \
                    and any(c.pos_ == "PROPN" for c in conj.conjuncts):
                continue  # "three cities, Lyon, Lille and Nantes": the named ones
            if not places and _described_list(conj):
                continue  # "three Mexican banks, CIBanco, Intercam and Vector": the named ones
            if not places and conj.pos_ == "NOUN":
                split = _split_coordinated_modifiers(conj)
                if split:
                    out.extend(a for a in split if a not in out)
                    continue
            names: list[Token] = []
            if places:
                # a common place noun ("three cities, Lyon, ..."), not a city's own name, which
                # WordNet also lists ("Vilnius, Lithuania": Vilnius, not its country)
                if conj.pos_ != "PROPN" and is_place_noun(conj.lemma_.lower()):
                    names = [g for p in pobjs(conj, ("of",)) if p.pos_ == "PROPN" for g in conjuncts(p)]
                    # "three cities, Lyon, Lille and Nantes": the named places, not "three cities"
                    names += [g for a in conj.children if a.dep_ == "appos" and a.pos_ == "PROPN"
                              for g in conjuncts(a)]
            elif conj.pos_ == "NOUN" or is_title(conj):
                names = appos_names(conj)
                if not names:
                    names = led_by(conj)  # "a consortium led by PIF and Silver Lake"
                if not names and (conj.lemma_.lower() in GROUP_NOUNS or sent_from(conj) or (
                        conj.tag_ == "NNS" and conj.lemma_.lower() in TITLE_NOUNS)):
                    # "the foreign ministers of Russia, Turkey and Iran"
                    names = [g for p in pobjs(conj, ("of", "from")) if p.pos_ == "PROPN"
                             for g in conjuncts(p)]
                    if len(names) > 1 and conj.tag_ == "NNS":
                        # "hosted the presidents of A, B and C": the persons named just before
                        # when as many are, else the countries
                        held = coref.people_before(conj, ("PERSON",), len(names))
                        if held:
                            out.extend(Argument(span.text, span.start_char, span.end_char, "PERSON",
                                                "description") for span in held
                                       if all(a.text != span.text for a in out))
                            continue
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
                    arg = title_with_name(arg, doc)  # "Zarif and Saudi Foreign Minister al-Jubeir"
                if arg is not None and all(a.text != arg.text for a in out):
                    out.append(arg)
    return out


_TIME_MARKERS = frozenset({"as", "when", "while", "after", "before", "once"})


def _time_clause_subjects(they: Token) -> list[Argument]:
    """The two or more coordinated parties that "they", subject of a time clause ("as they
    began", "when they arrived"), continues from its main clause's subject; ``[]`` when that
    subject is not coordinated."""
    clause = they.head
    if they.dep_ != "nsubj" or clause.dep_ != "advcl" or not any(
            c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKERS for c in clause.children):
        return []
    main = [c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
    if len(main) != 1 or not main[0].conjuncts and not any(
            True for t in conjuncts(main[0]) if t.i != main[0].i):
        return []
    found = arguments(main)
    if len(found) < 2 or not all(a.label in ("PERSON", "ORG", "GPE", "NORP", "") for a in found):
        return []
    return [Argument(a.text, a.start, a.end, a.label, "pronoun") for a in found]
