"""Scoring entity resolution against annotated clusters: B-cubed precision and recall.

An entity test set is a JSON-lines file, one short article per line::

    {"id": "es-01", "date": "2024-02-12", "text": "...",
     "mentions": [["Ursula von der Leyen", "p:vonderleyen"], ["Chisinau", "c:chisinau", "place"],
                  ["Sandu", "p:sandu", "actor", 1]]}

Each mention is ``[text, cluster]``, optionally followed by its role (``actor``, the default, or
``place``) and which occurrence of ``text`` in the article it is (0 = the first). Mentions with
the same cluster name, in any article, are one real-world entity.

Each mention becomes an :class:`~graph.extract.base.Argument` at its real offsets, labelled as
spaCy's model labels the text there (the label of the entity span covering it, "" when none),
exactly what the extractors hand to resolution; the batch is resolved with
:func:`graph.entities.resolve`. Two clusterings are scored: **strict** (one predicted cluster per
IRI) and **review** (IRIs joined by the ``skos:closeMatch`` links offered for review).

B-cubed (Bagga and Baldwin, 1998): for each mention m, precision is the share of the mentions in
m's predicted cluster that are in m's gold cluster, recall the share of m's gold cluster in m's
predicted cluster; both averaged over all mentions.
"""

from __future__ import annotations

import json
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from graph.articles import Article
from graph.errors import NewsgraphError
from graph.extract.base import Argument, Mention


class EntitySetError(NewsgraphError):
    """An entity test set is missing or malformed (a mention not found in its text, ...)."""


@dataclass(frozen=True)
class GoldMention:
    """One annotated name: where it is and which real-world entity it names."""

    article: str
    text: str
    start: int
    end: int
    cluster: str
    role: str = "actor"


@dataclass
class EntitySet:
    """The articles of an entity test set and their annotated mentions."""

    articles: list[Article] = field(default_factory=list)
    mentions: list[GoldMention] = field(default_factory=list)


def load_entity_set(path: str | Path) -> EntitySet:
    """Read an entity test set (format above).

    Raises:
        EntitySetError: the file is missing, a line is not valid, or a mention's text does not
            occur (that often) in its article.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EntitySetError(f"{path}: cannot read entity set ({exc})") from None
    out = EntitySet()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            item = json.loads(line)
            article = Article(id=str(item["id"]), text=item["text"], date=item.get("date"))
            spec = item["mentions"]
        except (ValueError, KeyError, TypeError) as exc:
            raise EntitySetError(f"{where}: not an entity-set line ({exc})") from None
        out.articles.append(article)
        for m in spec:
            if not (isinstance(m, list) and 2 <= len(m) <= 4 and all(isinstance(x, str) for x in m[:2])):
                raise EntitySetError(f"{where}: a mention must be [text, cluster, role?, occurrence?]: {m!r}")
            text, cluster = m[0], m[1]
            role = m[2] if len(m) > 2 else "actor"
            nth = int(m[3]) if len(m) > 3 else 0
            start = -1
            for _ in range(nth + 1):
                start = article.text.find(text, start + 1)
                if start < 0:
                    raise EntitySetError(f"{where}: mention {text!r} (occurrence {nth}) not in the text")
            out.mentions.append(GoldMention(article.id, text, start, start + len(text), cluster, role))
    return out


K = TypeVar("K", bound=Hashable)


def bcubed(gold: Mapping[K, str], predicted: Mapping[K, str]) -> tuple[float, float]:
    """B-cubed (precision, recall) of ``predicted`` clusters against ``gold`` ones, both given
    as mention → cluster name over the same mentions.

    Raises:
        ValueError: the two do not cover the same mentions.
    """
    if set(gold) != set(predicted):
        raise ValueError("gold and predicted clusterings must cover the same mentions")
    if not gold:
        return 1.0, 1.0
    by_gold: dict[str, set[K]] = {}
    by_pred: dict[str, set[K]] = {}
    for m, c in gold.items():
        by_gold.setdefault(c, set()).add(m)
    for m, c in predicted.items():
        by_pred.setdefault(c, set()).add(m)
    p = r = 0.0
    for m in gold:
        g, s = by_gold[gold[m]], by_pred[predicted[m]]
        both = len(g & s)
        p += both / len(s)
        r += both / len(g)
    return p / len(gold), r / len(gold)


@dataclass
class Score:
    """B-cubed figures of one run over an entity set, and the errors behind them."""

    mentions: int
    clusters: int
    precision: float
    recall: float
    review_precision: float
    review_recall: float
    #: gold clusters split over several IRIs: cluster → the IRIs and the texts that got each
    splits: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    #: IRIs holding mentions of several gold clusters: IRI → cluster → texts
    merges: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    #: mentions whose IRI is of another kind than their cluster's prefix says ("p:" person,
    #: "o:" organisation, "k:" country, "c:" city or place): "article: text -> IRI"
    wrong_kinds: list[str] = field(default_factory=list)

    @property
    def f1(self) -> float:
        """The harmonic mean of (strict) precision and recall."""
        s = self.precision + self.recall
        return 2 * self.precision * self.recall / s if s else 0.0


def _labels(articles: Iterable[Article]) -> dict[str, list[tuple[int, int, str]]]:
    """spaCy's entity spans (start, end, label) of each article."""
    from graph.nlp import load_model

    nlp = load_model()
    arts = list(articles)
    return {
        a.id: [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        for a, doc in zip(arts, nlp.pipe([a.text for a in arts]), strict=True)
    }


def _label(spans: list[tuple[int, int, str]], start: int, end: int) -> str:
    """The label of the spaCy entity covering (or else overlapping most of) ``start:end``."""
    best, overlap = "", 0
    for s, e, label in spans:
        if s <= start and end <= e:
            return label
        common = min(e, end) - max(s, start)
        if common > overlap:
            best, overlap = label, common
    return best


def score(entity_set: EntitySet) -> Score:
    """Resolve the mentions of ``entity_set`` and score them (strict and review clusterings)."""
    from graph.entities import resolve

    labels = _labels(entity_set.articles)
    args: dict[GoldMention, Argument] = {}
    batch = []
    by_article: dict[str, list[GoldMention]] = {}
    for m in entity_set.mentions:
        by_article.setdefault(m.article, []).append(m)
    for article in entity_set.articles:
        mentions = []
        for m in by_article.get(article.id, []):
            a = Argument(m.text, m.start, m.end, _label(labels[article.id], m.start, m.end))
            args[m] = a
            # a visit carries a place as its object; anything else an actor
            pred = "visited" if m.role == "place" else "met"
            mentions.append(Mention(pred, a, a, "", 0, 0, None, 1.0, "entity-set"))
        batch.append((article, mentions))
    resolution = resolve(batch)
    articles = {a.id: a for a in entity_set.articles}
    predicted = {m: str(resolution.iri(args[m], article=articles[m.article])) for m in entity_set.mentions}
    gold = {m: m.cluster for m in entity_set.mentions}
    p, r = bcubed(gold, predicted)
    component = _components({str(i): {str(o) for o in e.close_matches} for i, e in resolution.entities.items()})
    review = {m: component.get(iri, iri) for m, iri in predicted.items()}
    rp, rr = bcubed(gold, review)
    result = Score(len(gold), len(set(gold.values())), p, r, rp, rr)
    for m, iri in predicted.items():
        result.splits.setdefault(m.cluster, {}).setdefault(iri, []).append(f"{m.article}: {m.text}")
        result.merges.setdefault(iri, {}).setdefault(m.cluster, []).append(f"{m.article}: {m.text}")
    for m, iri in predicted.items():
        kinds = _KINDS.get(m.cluster.split(":")[0])
        if kinds is not None and iri.split("/id/")[-1].split("/")[0] not in kinds:
            result.wrong_kinds.append(f"{m.article}: {m.text} -> {iri}")
    result.splits = {c: v for c, v in result.splits.items() if len(v) > 1}
    result.merges = {i: v for i, v in result.merges.items() if len(v) > 1}
    return result


#: The IRI kinds (the path's first part) a gold cluster's prefix allows.
_KINDS = {"p": ("person",), "o": ("organisation",), "k": ("country",), "c": ("place",)}


def _components(links: Mapping[str, set[str]]) -> dict[str, str]:
    """Each node of ``links`` → the smallest node of its connected component."""
    out: dict[str, str] = {}
    for start in sorted(links):
        if start in out:
            continue
        stack, seen = [start], {start}
        while stack:
            node = stack.pop()
            for nxt in links.get(node, ()):
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        root = min(seen)
        for node in seen:
            out[node] = root
    return out
