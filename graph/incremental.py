"""Writing articles into a store so that its content does not depend on how builds were cut.

A store is filled by many builds: a first batch, an article added later, a build resumed after
a kill. Its content must be the same as one clean build of all its articles, whatever the
order and the batching (issue 14). Three things make that so:

1. **Each article is resolved on its own** (:func:`article_parts`): its graph and the
   descriptions of the entities it names depend only on the article (entity IRIs already do).
2. **Descriptions are joined, not appended** (:func:`join`): when an article is written, the
   stored description of each entity it names is merged with the article's by a rule that is
   commutative, associative and idempotent, so any order of writes gives the same result:
   every property is the union of the values seen, except ``rdfs:label`` (one preferred label:
   the most complete one, see :func:`preferred`; the others become ``skos:altLabel``),
   ``ng:country`` (one country: the first IRI in code-point order) and ``skos:editorialNote``
   (one note per merged form, the first in code-point order: the notes of an organisation
   named in a thousand articles do not grow with them).
3. **``skos:closeMatch`` is recomputed** at the end of each build
   (:func:`refresh_close_matches`): the rules of :func:`graph.entities.review.close_pairs` over
   the entities of the store, as :meth:`graph.entities.Resolution.suggest` runs them over a
   batch, but only for the entities that share a name, a word of a name or an acronym with an
   entity the build (or a removal) touched: each article write records those keys
   (:func:`link_keys`) in the bookkeeping graph :data:`PENDING_GRAPH`, in its own transaction,
   and the refresh clears them in its own (so a killed build's keys wait for the next one).
   Only such entities' links can change (see :func:`refresh_close_matches`).

Each article (its graph, and the joined descriptions of its entities) is written in one SPARQL
update, one Oxigraph transaction: a killed build leaves whole articles only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from graph.articles import Article
from graph.entities import Aliases, fold, resolve
from graph.entities.names import accents
from graph.entities.review import Named, close_pairs, folded, initials, token_keys
from graph.errors import StoreError
from graph.extract.base import Mention
from graph.namespaces import NG, NGR
from graph.rdf import ENTITIES_GRAPH, article_iri, build_dataset

Triple = tuple[Node, Node, Node]
_ENT = ox.NamedNode(str(ENTITIES_GRAPH))
#: Bookkeeping graph: the link keys (:func:`link_keys`) of the entities written since the last
#: :func:`refresh_close_matches` (``<PENDING_GRAPH> ng:searchKey "w:bush"``); empty after a
#: completed build or removal.
PENDING_GRAPH = NGR["graph/pending-links"]
_PENDING = ox.NamedNode(str(PENDING_GRAPH))


def article_parts(
    article: Article, mentions: list[Mention], *, salt: str, aliases: Aliases | None
) -> tuple[Graph, Graph]:
    """The named graph of ``article`` and the descriptions of the entities it names, resolved
    from this article alone (``skos:closeMatch`` links left to :func:`refresh_close_matches`,
    which computes them over the whole store)."""
    resolution = resolve([(article, mentions)], aliases=aliases)
    ds: Dataset = build_dataset([(article, mentions)], resolution, salt=salt, events=False)
    graph = ds.graph(article_iri(article))
    entities = ds.graph(ENTITIES_GRAPH)
    entities.remove((None, SKOS.closeMatch, None))
    return graph, entities


def preferred(labels: Iterable[str]) -> str:
    """The preferred one of several preferred labels of one entity: the most complete (most
    words, then most characters); of two spellings of one name, the one with the text's
    accents ("Erdoğan" over "Erdogan", as a plain build chooses); then the first in code-point
    order."""
    return min(labels, key=lambda x: (-len(x.split()), -len(x), fold(x), -accents(x), x))


def join(triples: Iterable[Triple]) -> set[Triple]:
    """The joined description of the subjects of ``triples`` (stored and new together): the
    union of everything, but one ``rdfs:label`` per subject (:func:`preferred`; the others
    become ``skos:altLabel``), one ``ng:country`` (the least IRI) and one ``skos:editorialNote``
    per merged form (the least)."""
    out: set[Triple] = set()
    labels: dict[Node, set[str]] = {}
    countries: dict[Node, set[Node]] = {}
    notes: dict[tuple[Node, str], str] = {}
    for s, p, o in triples:
        if p == RDFS.label:
            labels.setdefault(s, set()).add(str(o))
        elif p == NG.country:
            countries.setdefault(s, set()).add(o)
        elif p == SKOS.scopeNote:
            continue  # organisation evidence lives in the article graphs (older stores: dropped)
        elif p == SKOS.editorialNote:
            key = (s, _note_form(str(o)))
            notes[key] = min(notes.get(key, str(o)), str(o))
        else:
            out.add((s, p, _plain(o)))
    out.update((s, SKOS.editorialNote, Literal(note)) for (s, _form), note in notes.items())
    for s, names in labels.items():
        best = preferred(names)
        out.add((s, RDFS.label, Literal(best)))
        out.discard((s, SKOS.altLabel, Literal(best)))
        out.update((s, SKOS.altLabel, Literal(x)) for x in names if x != best)
    for s, values in countries.items():
        out.add((s, NG.country, min(values, key=str)))
    return out


_NOTE_FORM = re.compile(r"""^('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"): """)


def _note_form(note: str) -> str:
    """The form a merge note is about (``'SVR': acronym of ...`` → ``'SVR'``)."""
    match = _NOTE_FORM.match(note)
    return match.group(1) if match else note


def _plain(term: Node) -> Node:
    """An ``xsd:string`` literal as a plain one (Oxigraph gives them typed, rdflib untyped)."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def _rdflib(term: object) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value) if datatype == str(XSD.string) else Literal(term.value, datatype=URIRef(datatype))
    raise StoreError(f"unexpected term in the entities graph: {term!r}")


def stored_descriptions(store: ox.Store, subjects: Iterable[Node]) -> set[Triple]:
    """The triples of the entities graph of ``store`` about ``subjects``."""
    return _stored(store, subjects)


def _stored(store: ox.Store, subjects: Iterable[Node]) -> set[Triple]:
    out: set[Triple] = set()
    for s in subjects:
        for q in store.quads_for_pattern(ox.NamedNode(str(s)), None, None, _ENT):
            out.add((URIRef(q.subject.value), URIRef(q.predicate.value), _rdflib(q.object)))  # type: ignore[union-attr]
    return out


def _data(triples: Iterable[Triple]) -> str:
    return "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in triples)  # type: ignore[attr-defined]


def write_article(store: ox.Store, graph: Graph, entities: Graph) -> None:
    """Replace ``graph`` (an article's named graph) in ``store``, join ``entities`` into the
    stored descriptions (:func:`join`), recompute the events of the keys it touches in the
    derived events graph (:func:`graph.derived.store_update`) and remove the descriptions of the entities the article's
    previous version named that no graph names any more (``graph.store``'s collection), in one
    transaction.

    Raises:
        StoreError: the write failed.
    """
    name = graph.identifier
    if not isinstance(name, URIRef):
        raise StoreError(f"a stored graph needs an IRI as its name, not {name!r}")
    from graph.store import _collect_update, named_in_graph

    before = named_in_graph(store, name)  # what the article's previous version named
    new = {(s, p, _plain(o)) for s, p, o in entities}
    stored = _stored(store, {s for s, _p, _o in new})
    joined = join(stored | new)
    # the link keys of every entity this write may change, before and after (the refresh
    # recomputes the links of the entities sharing one)
    was = _stored(store, before) | stored
    was |= _stored(store, {o for _s, p, o in was if p == NG.country and isinstance(o, URIRef)})
    names: dict[Node, set[str]] = {}
    orgs = {s for s, p, o in was | joined if p == RDF.type and o in (NG.Organisation, NG.Actor)}
    for s, p, o in was | joined:
        if p in (RDFS.label, SKOS.altLabel):
            names.setdefault(s, set()).add(str(o))
    keys = set().union(*(_keys(forms, words=True, acronyms=s in orgs) for s, forms in names.items()))
    # the names this article gives its entities, in its own graph: the link rules read them
    # there (stored_entities), so that they go with the article (the joined labels do not)
    forms: set[Triple] = {(s, NG.surfaceForm, Literal(str(o))) for s, p, o in new if p in (RDFS.label, SKOS.altLabel)}
    forms |= {(s, NG.preferredForm, Literal(str(o))) for s, p, o in new if p == RDFS.label}
    update = (f"DROP SILENT GRAPH {name.n3()} ;\nINSERT DATA {{ GRAPH {name.n3()} {{\n{_data(graph)}\n"
              f"{_data(forms)}\n}} }}")
    # the entities the previous version named keep only the names some article still gives
    # them (their label, alternative labels, merge notes and search keys recomputed)
    others = before - {s for s, _p, _o in new}
    base = stored | {t for t in was if t[0] in others}
    target = _renamed(store, name, before, joined | {t for t in was if t[0] in others}, forms)
    gone, added = base - target, target - base
    if gone:
        update += f" ;\nDELETE DATA {{ GRAPH {ENTITIES_GRAPH.n3()} {{\n{_data(gone)}\n}} }}"
    if added:
        update += f" ;\nINSERT DATA {{ GRAPH {ENTITIES_GRAPH.n3()} {{\n{_data(added)}\n}} }}"
    # the derived events graph in step (graph.derived), computed from the store as it is now
    from graph.derived import store_update

    update += store_update(store, graph)
    if keys:
        update += (f" ;\nINSERT DATA {{ GRAPH {PENDING_GRAPH.n3()} {{\n"
                   + "\n".join(f"{PENDING_GRAPH.n3()} {NG.searchKey.n3()} {Literal(k).n3()} ." for k in sorted(keys))
                   + "\n} }")
    # then the entities the previous version named that no graph names any more are removed
    # (graph.store's collection, as replace_graph does it)
    update += _collect_update(before, store)
    try:
        store.update(update)
    except (OSError, SyntaxError, RuntimeError, ValueError) as exc:
        raise StoreError(f"cannot write graph {name} to the store: {exc}") from None


def link_keys(names: Iterable[str]) -> set[str]:
    """What the link rules of :func:`graph.entities.review.close_pairs` compare entities by,
    for names ``names``: each folded name (``n:``, the same-name rule), each folded word
    (``w:``, :func:`graph.entities.review.token_keys`: the short-name rule), each acronym and
    each name's initials (``a:``, the acronym rule). Two entities one rule may decide about
    together share a key."""
    return _keys(names, words=True, acronyms=True)


def _keys(names: Iterable[str], *, words: bool, acronyms: bool) -> set[str]:
    keys: set[str] = set()
    for x in names:
        if n := folded(x):
            keys.add("n:" + n)
        if words:
            keys.update("w:" + w for w in token_keys(x))
        if acronyms:
            if len(x.split()) > 1 and not x.isupper():
                keys.add("a:" + initials(x))
            bare = x.replace(".", "")
            if bare.isupper() and bare.isalpha():
                keys.add("a:" + bare)
    return keys


def rule_keys(entity: Named) -> set[str]:
    """The keys of :func:`link_keys` the rules read for ``entity``: its names (``n:``) always;
    its words (``w:``) for a person or a one-word organisation or actor (the short-name rule
    reads no others); its acronyms and initials (``a:``) for an organisation or actor (the
    acronym rule reads no others)."""
    org = entity.kind in ("organisation", "actor")
    return _keys(entity.names, words=entity.kind == "person" or (org and all(" " not in n.strip() for n in entity.names)),
                 acronyms=org)


#: What :func:`_renamed` recomputes of an entity's description from its articles' names.
_NAMING = frozenset({RDFS.label, SKOS.altLabel, SKOS.editorialNote, NG.searchKey})


def _renamed(store: ox.Store, name: URIRef, entities: set[URIRef], described: set[Triple],
             forms: set[Triple]) -> set[Triple]:
    """``described`` with the names of ``entities`` (the ones an article's previous version
    named) recomputed from the names the store's articles other than ``name`` give them and
    ``forms`` (what the article ``name`` gives now): ``rdfs:label`` the most complete of their
    preferred forms (:func:`preferred`), the other forms ``skos:altLabel``, the merge notes of
    forms still given (the one kept of a form's several notes may still be the removed
    article's), the search keys of these names. An entity no article gives a name
    (a store written before surface forms, or one nobody names any more) is left as it is."""
    from graph.search import search_keys

    graph = ox.NamedNode(str(name))
    out = set(described)
    for e in entities:
        given: dict[URIRef, set[str]] = {NG.surfaceForm: set(), NG.preferredForm: set()}
        for prop, values in given.items():
            for q in store.quads_for_pattern(ox.NamedNode(str(e)), ox.NamedNode(str(prop)), None, None):
                if q.graph_name != graph:
                    values.add(q.object.value)  # type: ignore[union-attr]
            values.update(str(o) for s, p, o in forms if s == e and p == prop)
        if not given[NG.surfaceForm]:
            continue
        label = preferred(given[NG.preferredForm] or given[NG.surfaceForm])
        names = given[NG.surfaceForm] | {label}
        quoted = {repr(x) for x in names}
        keep = {(s, p, o) for s, p, o in out if s == e and (
            p not in _NAMING or (p == SKOS.editorialNote and _note_form(str(o)) in quoted))}
        out = {t for t in out if t[0] != e} | keep
        out.add((e, RDFS.label, Literal(label)))
        out.update((e, SKOS.altLabel, Literal(x)) for x in names - {label})
        out.update((e, NG.searchKey, Literal(k)) for k in search_keys(names))
    return out


def close_matches(entities: Iterable[Named], *, focus: set[str] | None = None) -> set[tuple[str, str]]:
    """``skos:closeMatch`` pairs (both ways, as IRIs) among ``entities``: every pair
    :func:`graph.entities.review.close_pairs` finds, as :meth:`graph.entities.Resolution.suggest`
    links a batch (a bare surname and the one full name of that surname, a one-word
    organisation or actor and that full name, an acronym and its name, a shared name);
    ``focus``: only the pairs of two of these IRIs (see :func:`close_pairs`)."""
    pairs: set[tuple[str, str]] = set()
    for pair in close_pairs(entities, focus=focus):
        pairs |= {(pair.a.iri, pair.b.iri), (pair.b.iri, pair.a.iri)}
    return pairs


#: Entity class IRI -> the kind :class:`graph.entities.review.Named` wants, most specific first.
_KINDS: dict[str, str] = {str(NG.City): "city", str(NG.Country): "country", str(NG.Person): "person",
                          str(NG.Organisation): "organisation", str(NG.Place): "place", str(NG.Actor): "actor"}


def stored_entities(store: ox.Store) -> list[Named]:
    """Every typed entity of the store's entities graph, as the linking rules read it: IRI,
    most specific kind, ``rdfs:label`` (the least, if several), every name the stored articles
    give it (``ng:surfaceForm`` in their own graphs, so that a name only a removed or replaced
    article gave is gone; else, for an entity no article graph names so, its labels and
    ``skos:altLabel`` in the entities graph), and whether an article gave organisation evidence (``skos:scopeNote`` in
    that article's own graph, so that it goes with the article); sorted by IRI."""
    rank = {k: i for i, k in enumerate(_KINDS)}
    kinds: dict[str, str] = {}
    for q in store.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), None, _ENT):
        cls = q.object.value  # type: ignore[union-attr]
        if cls in _KINDS and isinstance(q.subject, ox.NamedNode):
            old = kinds.get(q.subject.value)
            if old is None or rank[cls] < rank[old]:
                kinds[q.subject.value] = cls
    labels: dict[str, set[str]] = {}
    names: dict[str, set[str]] = {}
    evidence: dict[str, set[str]] = {}
    forms: dict[str, set[str]] = {}  # the names the stored articles give (their own graphs)
    for q in store.quads_for_pattern(None, ox.NamedNode(str(NG.surfaceForm)), None, None):
        forms.setdefault(q.subject.value, set()).add(q.object.value)  # type: ignore[union-attr]
    for prop, into, graph in ((RDFS.label, labels, _ENT), (SKOS.altLabel, names, _ENT),
                              (SKOS.scopeNote, evidence, None)):  # evidence: in the article graphs
        for q in store.quads_for_pattern(None, ox.NamedNode(str(prop)), None, graph):
            if q.subject.value in kinds:  # type: ignore[union-attr]
                into.setdefault(q.subject.value, set()).add(q.object.value)  # type: ignore[union-attr]
    out = []
    for iri in sorted(kinds):
        label = min(labels.get(iri, ()), default=iri)
        every = tuple(sorted(forms.get(iri) or labels.get(iri, set()) | names.get(iri, set()))) or (label,)
        out.append(Named(iri=iri, kind=_KINDS[kinds[iri]], label=label, names=every,
                         organisation_evidence=iri in evidence))
    return out


def refresh_close_matches(store: ox.Store, *, full: bool = False) -> int:
    """Make the store's ``skos:closeMatch`` links exactly :func:`close_matches` of all its
    entities (:func:`stored_entities`), in one transaction; returns how many links changed.

    Only the links among the entities that share a link key (:func:`link_keys`) with the
    entities written since the last refresh (the keys in :data:`PENDING_GRAPH`) are
    recomputed, and the keys are cleared: a rule decides about two entities from the entities
    sharing a name, a word or an acronym with them, so a pair whose decision may have changed
    has both entities among those, and every other pair is decided as before (tested against
    the full recompute over random sequences of builds and removals,
    ``tests/test_incremental.py``). ``full``: recompute every link. So a store filled by
    several builds, its exported graph and one plain build of the same articles hold the same
    links.

    Raises:
        StoreError: the update failed.
    """
    pending = {q.object.value for q in store.quads_for_pattern(None, None, None, _PENDING)}  # type: ignore[union-attr]
    if not full and not pending:
        return 0
    entities = stored_entities(store)
    have = {(q.subject.value, q.object.value)  # type: ignore[union-attr]
            for q in store.quads_for_pattern(None, ox.NamedNode(str(SKOS.closeMatch)), None, _ENT)
            if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.NamedNode)}
    if full:
        wanted = close_matches(entities)
    else:
        focus = {e.iri for e in entities if not pending.isdisjoint(rule_keys(e))}
        wanted = close_matches(entities, focus=focus)
        wanted |= {(a, b) for a, b in have if a not in focus or b not in focus}
    gone, added = have - wanted, wanted - have
    link = SKOS.closeMatch.n3()
    parts = []
    if pending:
        parts.append(f"DROP SILENT GRAPH {PENDING_GRAPH.n3()}")
    if gone:
        parts.append(f"DELETE DATA {{ GRAPH {ENTITIES_GRAPH.n3()} {{\n"
                     + "\n".join(f"<{a}> {link} <{b}> ." for a, b in sorted(gone)) + "\n} }")
    if added:
        parts.append(f"INSERT DATA {{ GRAPH {ENTITIES_GRAPH.n3()} {{\n"
                     + "\n".join(f"<{a}> {link} <{b}> ." for a, b in sorted(added)) + "\n} }")
    if not parts:
        return 0
    try:
        store.update(" ;\n".join(parts))
    except (OSError, SyntaxError, RuntimeError, ValueError) as exc:
        raise StoreError(f"cannot update closeMatch links in the store: {exc}") from None
    return len(gone) + len(added)
