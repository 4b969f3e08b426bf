"""Entities and the resolution of a batch of articles: names as written → one entity per actor."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from rdflib import RDF, RDFS, SKOS, Literal, URIRef
from rdflib.namespace import OWL

from graph.articles import Article
from graph.entities.aliases import Aliases
from graph.entities.candidates import ALIAS_CLASSES, Candidate, country_candidate, country_iri
from graph.entities.context import ArticleContext
from graph.entities.names import accents, fold
from graph.entities.places import country_by_code
from graph.entities.resolver import NOT_PERSON, _credible_place, candidate
from graph.entities.review import Named, close_pairs, organisation_evidence_in
from graph.entities.stated import StatedAlias, stated_aliases
from graph.entities.typevote import one_label_per_name, relabel
from graph.extract.base import Argument, Mention
from graph.extract.lexicon import ORG_HEADS
from graph.namespaces import NG

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


def clean_text(text: str) -> str:
    """``text`` without control characters (C0, DEL, C1; each run becomes a space) and with its
    white space collapsed: what reaches a label, an alternative label or a note."""
    if text.isprintable():
        return text
    return " ".join(_CONTROL.sub(" ", text).split())


def _better_name(new: str, new_rank: int, old: str, old_rank: int) -> bool:
    """Whether ``new`` should replace ``old`` as an entity's preferred label: the higher rank;
    of two spellings of one name, the one with the text's accents (``Inácio`` over ``Inacio``);
    else the first in code-point order (so that the result is independent of article order)."""
    if new_rank != old_rank:
        return new_rank > old_rank
    if fold(new) == fold(old) and accents(new) != accents(old):
        return accents(new) > accents(old)
    return new < old


@dataclass
class Entity:
    """One resolved real-world actor or place."""

    iri: URIRef
    name: str
    type: URIRef
    labels: set[str] = field(default_factory=set)
    same_as: set[URIRef] = field(default_factory=set)
    country: URIRef | None = None
    merge_reasons: list[str] = field(default_factory=list)
    #: Entities that are probably the same but are not merged (a bare surname of one article
    #: and the one full name of that surname in another): ``skos:closeMatch``, for review.
    close_matches: set[URIRef] = field(default_factory=set)
    see_also: set[URIRef] = field(default_factory=set)
    #: Why an article writes this one-word organisation's or actor's name as an organisation's
    #: (:func:`graph.entities.typevote.organisation_evidence`), over every article resolved;
    #: such an entity is never linked to a person of that surname (graph.entities.review).
    #: Written per article (``skos:scopeNote`` in the article's own graph,
    #: :meth:`Resolution.article_evidence`), so that it goes with the article.
    organisation_evidence: set[str] = field(default_factory=set)
    notation: str | None = None
    country_code: str | None = None
    country_name: str | None = None
    rank: int = 0

    def absorb(self, cand: Candidate) -> None:
        """Add a surface form (and what it says) to this entity, noting why it belongs here: one
        note per form, the least of the reasons given for it (:meth:`_least_note`), whatever
        else the entity already held, so that the notes do not depend on which article came first
        (a store resolves each article on its own, :func:`graph.incremental.article_parts`)."""
        for form in (cand.label, *cand.extra_labels):
            if form:
                self.labels.add(form)
                if cand.reason:
                    self._least_note(form, f"{form!r}: {cand.reason}")
        if _better_name(cand.name, cand.rank, self.name, self.rank):
            self.name, self.rank = cand.name, cand.rank
        self.same_as.update(cand.same_as)
        self.see_also.update(cand.see_also)
        self.notation = self.notation or cand.notation
        if self.country is None and cand.country is not None:
            self.country = country_iri(cand.country)
            self.country_code, self.country_name = cand.country.alpha_2, cand.country.name

    def _least_note(self, form: str, note: str) -> None:
        """Keep ``note`` as the merge note of ``form`` when it has none or ``note`` sorts first:
        a form given by several articles keeps the least of their notes whatever the order the
        articles came in (as a store's join of its builds does, :func:`graph.incremental.join`),
        so a plain build and a store of the same articles agree."""
        prefix = f"{form!r}: "
        for i, kept in enumerate(self.merge_reasons):
            if kept.startswith(prefix):
                if note < kept:
                    self.merge_reasons[i] = note
                return
        self.merge_reasons.append(note)


@dataclass
class Resolution:
    """The entities of the articles seen so far and which argument maps to which.

    Usable incrementally: :meth:`add` one article at a time (``newsgraph extract`` streams), and
    :meth:`iri` resolves an argument never added without article context.
    """

    entities: dict[URIRef, Entity] = field(default_factory=dict)
    aliases: Aliases | None = None
    _by_arg: dict[tuple[str, Argument], URIRef] = field(default_factory=dict, repr=False)
    _any: dict[Argument, URIRef] = field(default_factory=dict, repr=False)
    #: article id -> (entity IRI, note): the organisation evidence that article gives its entities
    _evidence: dict[str, set[tuple[URIRef, str]]] = field(default_factory=dict, repr=False)

    def add(self, article: Article, mentions: Iterable[Mention]) -> None:
        """Resolve every argument of ``mentions``, using what ``article``'s text says."""
        ctx: ArticleContext | None = None
        mentions = list(mentions)
        typed = _typed(mentions, article.text)
        organisations = {
            fold(a.text): a.text for a in typed.values() if (a.label == "ORG" and " " in a.text.strip())
            or _demonym_name(a)}
        # one span that is a visit's place somewhere is a place everywhere ("visited Kiev", which
        # a misread "Kiev" as a person also made a meeting)
        places = {a for m in mentions for a in (m.object if m.predicate == "visited" else None, m.place)
                  if a is not None}
        stated = {fold(s.alias): s for s in stated_aliases(article.text)} if mentions else {}
        for m in mentions:
            roles = ((m.subject, "actor"), (m.object, "place" if m.predicate == "visited" else "actor"),
                     (m.place, "place"))
            for arg, role in roles:
                if arg is not None and arg in places:
                    role = "place"
                if arg is None or (article.id, arg) in self._by_arg:
                    continue
                if ctx is None:
                    ctx = ArticleContext.of(article.id, article.text, organisations=organisations)
                found = self._candidate(typed.get(arg, arg), ctx, role)
                said = stated.get(fold(arg.text))
                if said is not None and role == "actor":  # "MBS" of "The crown prince, known as MBS"
                    found = _prefer(found, self._stated(said, arg, typed, ctx))
                iri = self._register(found)
                note = self._note_organisation(self.entities[iri], arg, article.text)
                if note is not None:
                    self._evidence.setdefault(article.id, set()).add((iri, note))
                self._by_arg[(article.id, arg)] = iri
                self._any.setdefault(arg, iri)
        if stated and ctx is not None:
            named_here = {iri for (aid, _), iri in self._by_arg.items() if aid == article.id}
            for said in stated.values():
                found = self._stated(said, None, typed, ctx)
                if found.iri in named_here:
                    self._register(found)

    def _stated(self, said: StatedAlias, arg: Argument | None, typed: dict[Argument, Argument],
                ctx: ArticleContext) -> Candidate:
        """The alias ``said.alias`` (written as ``arg``, or None for the statement itself) as a
        variant of what its name ``said.name`` resolves to in the article ``ctx``: the name's
        argument label when the name is an argument, else the label spaCy gave ``arg``, else
        none. An alias of a description naming nobody ("The crown prince, known as MBS")
        becomes the entity's label (a name says more than a description)."""
        label = next((a.label for a in typed.values() if a.start == said.start and a.end == said.end),
                     arg.label if arg is not None else "")
        found = self._candidate(Argument(said.name, said.start, said.end, label, "name"), ctx)
        written = arg.text.strip() if arg is not None else said.alias
        named = found.type == NG.Actor and found.rank < 1
        return replace(found, label=written, extra_labels=(),
                       name=written if named else found.name, rank=1 if named else found.rank,
                       reason=f"the text calls '{said.name}' '{said.alias}' in article {ctx.article_id}")

    @staticmethod
    def _note_organisation(entity: Entity, arg: Argument, text: str) -> str | None:
        """Note the article's organisation evidence for a one-word organisation or actor (the
        link rules of :mod:`graph.entities.review` never make such an entity a person); returns
        the note, or None."""
        word = arg.text.strip()
        if entity.type in (NG.Organisation, NG.Actor) and word[:1].isupper() and not word.isupper() \
                and " " not in word:
            reason = organisation_evidence_in(text, word)
            if reason is not None:
                entity.organisation_evidence.add(clean_text(reason))
                return clean_text(reason)
        return None

    def article_evidence(self, article: Article) -> list[tuple[URIRef, str]]:
        """The organisation evidence ``article`` gives the entities it names, as (entity IRI,
        note) pairs sorted: written as ``skos:scopeNote`` into the article's own named graph
        (:func:`graph.rdf.article_triples`), so that removing or replacing the article takes it
        away (a store and a plain build of the remaining articles then link alike)."""
        return sorted(self._evidence.get(article.id, ()))

    def iri(self, arg: Argument, *, article: Article | None = None) -> URIRef:
        """The IRI of the entity ``arg`` names.

        With ``article``, the resolution made when that article was added (or made now, with
        its context); without, the one of the first added article holding an identical
        argument, else a resolution from the name alone.
        """
        if article is not None:
            found = self._by_arg.get((article.id, arg))
            if found is None:
                self.add(article, [Mention("met", arg, arg, "", 0, 0, None, 0.0, "")])
                found = self._by_arg[(article.id, arg)]
            return found
        found = self._any.get(arg)
        if found is None:
            found = self._register(self._candidate(arg, None))
            self._any[arg] = found
        return found

    def suggest(self) -> None:
        """Link the probable duplicates among the entities seen so far with ``skos:closeMatch``
        (both ways), by the rules of :func:`graph.entities.review.close_pairs`: a short form of
        a person's name and the one full name holding it, an acronym and the one name it
        abbreviates, two entities sharing a surface form. Never merges: the IRIs stay
        independent of the batch."""
        for pair in close_pairs(named(e) for e in self.entities.values()):
            a, b = URIRef(pair.a.iri), URIRef(pair.b.iri)
            self.entities[a].close_matches.add(b)
            self.entities[b].close_matches.add(a)

    def _candidate(self, arg: Argument, ctx: ArticleContext | None, role: str = "actor") -> Candidate:
        return candidate(arg, ctx, self.aliases, role=role)

    def _register(self, cand: Candidate) -> URIRef:
        cand = replace(cand, name=clean_text(cand.name), label=clean_text(cand.label), reason=clean_text(cand.reason),
                       extra_labels=tuple(clean_text(x) for x in cand.extra_labels))
        if cand.country is not None and country_iri(cand.country) not in self.entities:
            # no reason, so no note: the text gave no form of that country here
            self._register(country_candidate(cand.country, cand.country.name, ""))
        entity = self.entities.get(cand.iri)
        if entity is None:
            entity = Entity(iri=cand.iri, name=cand.name, type=cand.type, rank=cand.rank)
            self.entities[cand.iri] = entity
        entity.absorb(cand)
        return cand.iri


_KINDS = {v: k for k, v in ALIAS_CLASSES.items()}


def _prefer(own: Candidate, stated: Candidate) -> Candidate:
    """What an argument written as a stated alias resolves to: the stated name's entity
    (``stated``), unless the alias is by itself a country, a GeoNames place or an organisation
    known in every article ("Hamas" of "the group, known as Hamas"), or a person while the
    stated name is a description naming nobody ("the man, known as John Smith"): then ``own``."""
    if own.type in (NG.Country, NG.City) or own.same_as or (own.type == NG.Organisation and own.rank >= 60):
        return own
    if own.type == NG.Person and stated.type == NG.Actor:
        return own
    return stated


def named(entity: Entity) -> Named:
    """What :func:`graph.entities.review.close_pairs` needs of ``entity``."""
    names = tuple(sorted({entity.name, *entity.labels}))
    return Named(iri=str(entity.iri), kind=_KINDS.get(entity.type, "actor"), label=entity.name, names=names,
                 organisation_evidence=bool(entity.organisation_evidence))


Triple = tuple[URIRef, URIRef, URIRef | Literal]


def entity_triples(entity: Entity) -> list[Triple]:
    """The RDF description of one entity.

    Its type, ``rdfs:label`` (preferred name), ``skos:altLabel`` for every other surface form,
    ``owl:sameAs`` GeoNames, ``rdfs:seeAlso`` ISO 3166 and ``skos:notation`` (the ISO code) for
    countries, ``ng:country`` with the country's type, name, code and links (a country's
    ``ng:country`` is itself, so that actors roll up to countries in one step), one
    ``skos:editorialNote`` per merged variant saying why it was merged, and ``skos:closeMatch``
    for probable duplicates left unmerged (see :meth:`Resolution.suggest`).
    """
    out: list[Triple] = [
        (entity.iri, RDF.type, entity.type),
        (entity.iri, RDFS.label, Literal(entity.name)),
    ]
    out += [(entity.iri, SKOS.altLabel, Literal(x)) for x in sorted(entity.labels) if x != entity.name]
    out += [(entity.iri, OWL.sameAs, link) for link in sorted(entity.same_as)]
    out += [(entity.iri, RDFS.seeAlso, link) for link in sorted(entity.see_also)]
    if entity.notation:
        out.append((entity.iri, SKOS.notation, Literal(entity.notation)))
    if entity.type == NG.Country and entity.country is None:
        out.append((entity.iri, NG.country, entity.iri))  # a country's country is itself
    if entity.country is not None:
        out.append((entity.iri, NG.country, entity.country))
        out.append((entity.country, RDF.type, NG.Country))
        if entity.country_name:
            out.append((entity.country, RDFS.label, Literal(entity.country_name)))
        if entity.country_code:
            out.append((entity.country, SKOS.notation, Literal(entity.country_code)))
            country = country_by_code(entity.country_code)
            if country is not None:  # the country's own links, so that it is linked wherever named
                linked = country_candidate(country, country.name, "")
                out += [(entity.country, OWL.sameAs, link) for link in linked.same_as]
                out += [(entity.country, RDFS.seeAlso, link) for link in linked.see_also]
    out += [(entity.iri, SKOS.editorialNote, Literal(note)) for note in entity.merge_reasons]
    out += [(entity.iri, SKOS.closeMatch, other) for other in sorted(entity.close_matches)]
    return out


def _typed(mentions: list[Mention], text: str) -> dict[Argument, Argument]:
    """Every argument of ``mentions`` (one article, ``text``) with the label its article
    supports: the type vote of :func:`graph.entities.typevote.relabel` (``meets``: the name
    is a party to a meeting or the visitor of a visit somewhere in the article, and the model labelled no more of the
    article's arguments organisations than persons) for one word and for names of two to
    four words ("Keir Starmer" ORG with "he said" after it: a person; "Louis Vuitton" PERSON
    with "its shares": an organisation), then :func:`_person_by_surname` (a name whose last
    word is a person's elsewhere in the article), and a one-word ORG that is the surname of a
    name voted a person ("Ishiba" after "Shigeru Ishiba")."""
    args = list(dict.fromkeys(a for m in mentions for a in (m.subject, m.object, m.place) if a is not None))
    meeting = {a.text for m in mentions if m.predicate == "met" for a in (m.subject, m.object) if a is not None}
    # people meet people: a meeting says nothing of one word's kind unless the article names
    # someone else who may be a person (labelled so, or one unlabelled word that meets too): not
    # "Gazprom met Chinese buyers" (graph.entities.typevote.relabel, ``meets``)
    people = {a.text for a in args if a.label == "PERSON" or (a.label == "" and a.text in meeting and " " not in a.text.strip())}
    meeting = {t for t in meeting if " " in t.strip() or people - {t}} \
        | {m.subject.text for m in mentions if m.predicate == "visited"}
    # an article whose named actors are mostly organisations ("Lockheed Martin agreed ...,
    # Raytheon met ..."): a bare unlabelled name there is no person by its shape
    labelled = {(a.text, a.label) for a in args if a.label in ("ORG", "PERSON")}
    if sum(lab == "ORG" for _, lab in labelled) > sum(lab == "PERSON" for _, lab in labelled):
        meeting = set()
    votes: dict[tuple[str, str], tuple[str, str]] = {}
    for a in args:
        if (a.text, a.label) not in votes:
            votes[a.text, a.label] = relabel(a.label, a.text.strip(), text, not_person=NOT_PERSON | ORG_HEADS,
                                             meets=a.text in meeting)
    voted = [replace(a, label=votes[a.text, a.label][0]) if votes[a.text, a.label][0] != a.label else a for a in args]
    voted = one_label_per_name(args, voted, votes)  # "Hartmann" ORG here, GPE there
    surnames = frozenset(fold(a.text.split()[-1]) for a in voted if a.label == "PERSON" and a.text.split())
    places = {m.object for m in mentions if m.predicate == "visited"} | {m.place for m in mentions}
    visitors = {m.subject for m in mentions if m.predicate == "visited"} - places
    persons = [a.text.strip() for a in voted if a.label == "PERSON" and " " in a.text.strip()]
    out: dict[Argument, Argument] = {}
    for a, v in zip(args, voted, strict=True):
        if v.label in ("ORG", "") and _coordinated_with_person(v.text.strip(), persons, text):
            v = replace(v, label="PERSON")  # "Moldova's Maia Sandu and Romania's Nicusor Dan agreed"
        if a in visitors and _visitor_surname(v.text) and (v.label in ("ORG", "") or (
                v.label in ("GPE", "LOC") and not _credible_place(v.text.strip()))):
            # (a "place" GeoNames does not know that visits: "Blinken visited Kyiv" beside "the
            # company said", which alone would make a one-word "place" a company)
            v = replace(v, label="PERSON")  # "Kushner visited Doha": an organisation does not travel
        v = _person_by_surname(v, surnames)
        if v.label in ("ORG", "") and " " not in v.text.strip() and fold(v.text) in surnames \
                and fold(v.text) not in NOT_PERSON | ORG_HEADS and not v.text.isupper():
            v = replace(v, label="PERSON")
        out[a] = v
    return out


#: A possessive country or a demonym that may stand before each side of "A and B".
_OWNER = r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['\u2019]s\s+|[A-Z][a-z]+\s+)?"


def _coordinated_with_person(name: str, persons: list[str], text: str) -> bool:
    """Whether ``name`` (two or three capitalised words, a given name first, no organisation
    word, common noun or evidence of an organisation) is joined by "and" to the full name of a
    person of the article (``persons``), each side after its own country at most ("Moldova's
    Maia Sandu and Romania's Nicusor Dan"): two people, as news coordinates like with like."""
    from graph.entities.evidence import organisation_evidence
    from graph.entities.namelists import _given_first, common_noun

    parts = name.split()
    at = text.find(name)
    if at < 0 or not persons or (" and " not in text[max(0, at - 40) : at] and not text.startswith(" and ", at + len(name))):
        return False
    if not 2 <= len(parts) <= 3 or not all(p[:1].isupper() for p in parts) or not _given_first(parts[0]) \
            or any(fold(p) in NOT_PERSON | ORG_HEADS or common_noun(p) for p in parts[1:]):
        return False
    for other in persons:
        if other == name:
            continue
        pattern = rf"{re.escape(other)}\s+and\s+{_OWNER}{re.escape(name)}\b|{re.escape(name)}\s+and\s+{_OWNER}{re.escape(other)}\b"
        if re.search(pattern, text) and organisation_evidence(text, (name,)) is None:
            return True
    return False


def _demonym_name(arg: Argument) -> bool:
    """Whether ``arg`` is a demonym and a capitalised name the model labelled NORP ("Saudi
    Aramco"): an organisation of that country, no person (titles excluded: "Saudi Crown Prince")."""
    from graph.entities.names import is_title
    from graph.entities.places import find_demonym

    words = arg.text.split()
    return arg.label == "NORP" and len(words) >= 2 and find_demonym(words[0]) is not None \
        and all(w[:1].isupper() and not is_title(w) for w in words[1:])


def _visitor_surname(text: str) -> bool:
    """Whether ``text``, the subject of a visit, reads as a bare surname: one capitalised word,
    no acronym, no known organisation or organisation word, no country or demonym."""
    from graph.entities.orgs import known_organisation
    from graph.entities.places import find_country, find_demonym

    text = text.strip()
    return " " not in text and text[:1].isupper() and not text.isupper() and text.isalpha() \
        and fold(text) not in NOT_PERSON | ORG_HEADS and known_organisation(text) is None \
        and find_country(text) is None and find_demonym(text) is None


def _person_by_surname(arg: Argument, surnames: frozenset[str]) -> Argument:
    """``arg`` relabelled a person when the model called a name of two to four capitalised words
    an organisation (or left it unlabelled) but labelled its last word a person elsewhere in the article ("Gitanas
    Nauseda" ORG beside "Nauseda" PERSON), and no word of it belongs to an organisation's name;
    else ``arg`` unchanged."""
    words = arg.text.split()
    if arg.label not in ("ORG", "") or not 2 <= len(words) <= 4 or fold(words[-1]) not in surnames or any(
            not w[:1].isupper() or fold(w) in NOT_PERSON or fold(w) in ORG_HEADS for w in words):
        return arg
    return replace(arg, label="PERSON")


def resolve(
    batch: Iterable[tuple[Article, list[Mention]]], *, aliases: Aliases | None = None
) -> Resolution:
    """Resolve every argument of every mention in ``batch`` (article by article)."""
    resolution = Resolution(aliases=aliases)
    for article, mentions in batch:
        resolution.add(article, mentions)
    resolution.suggest()
    return resolution
