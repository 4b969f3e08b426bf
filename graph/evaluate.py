"""Scoring the extractors against hand-annotated sentences.

The gold format is that of ``../shared/dev/gold-dev.jsonl``: one JSON object per line with ``id``,
``text`` and ``triples`` (``subject``, ``predicate``, ``object``, optional ``subject_alt`` /
``object_alt`` lists), optionally ``optional_triples``, ``tags``, ``notes`` and ``date``.

Matching rules (the same as the development set's ``score.py``): the predicate must be equal;
``met`` and ``agreed`` are symmetric; a name matches when, after normalisation (lower-case, no
punctuation or quotes, no leading article, no possessive ``'s``), the predicted name equals the gold
name or one of its alternatives, or one contains the other on word boundaries (``...`` in a gold
name is a wildcard). A prediction matching an optional triple, or a gold triple that an earlier
prediction already matched, is neither a hit nor a false positive.

>>> gold = load_gold("gold.jsonl")
>>> evaluation = score(gold, predict(gold))
>>> print(evaluation.table())
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import EvaluationError
from graph.extract.base import PREDICATES, SYMMETRIC, Argument, Extractor

#: A predicted triple: at least ``subject``, ``predicate`` and ``object``.
Predicted = Mapping[str, object]


@dataclass(frozen=True)
class GoldTriple:
    """One annotated relation with the alternative spans that also count."""

    subject: str
    predicate: str
    object: str
    subject_alt: tuple[str, ...] = ()
    object_alt: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldItem:
    """One annotated sentence or passage."""

    id: str
    text: str
    triples: tuple[GoldTriple, ...]
    optional: tuple[GoldTriple, ...] = ()
    tags: tuple[str, ...] = ()
    date: str | None = None
    title: str | None = None
    dates: tuple[str | None, ...] = ()  # the event date of each required triple (articles)


@dataclass(frozen=True)
class ItemOutcome:
    """What went wrong on one item: predictions that hit nothing, gold triples never found."""

    id: str
    false_positives: tuple[tuple[str, str, str], ...]
    misses: tuple[tuple[str, str, str], ...]
    negative: bool
    #: Matched gold triples whose date was not judged correct: (subject, predicate, object,
    #: gold date, predicted date or ``None``, judgement: ``coarser``, ``wrong`` or ``missing``).
    date_errors: tuple[tuple[str, str, str, str, str | None, str], ...] = ()


@dataclass
class Evaluation:
    """Counts per predicate, micro-averaged figures and the per-item outcomes."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    items: list[ItemOutcome] = field(default_factory=list)
    #: Judgements of the dates of matched gold triples that carry a date: ``correct``,
    #: ``coarser``, ``wrong`` or ``missing`` (as ``../shared/dev/score_dates.py`` judges them).
    dates: Counter[str] = field(default_factory=Counter)

    def date_accuracy(self) -> float | None:
        """Share of matched dated gold triples whose predicted date is right; ``None`` when no
        matched gold triple carries a date."""
        total = sum(self.dates.values())
        return round(self.dates["correct"] / total, 3) if total else None

    def merge(self, other: Evaluation) -> Evaluation:
        """A new evaluation pooling this one's counts and items with ``other``'s."""
        return Evaluation(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn,
                          [*self.items, *other.items], self.dates + other.dates)

    @property
    def negative_items(self) -> int:
        """Items with no required triple."""
        return sum(1 for o in self.items if o.negative)

    @property
    def negatives_with_false_positive(self) -> list[str]:
        """Ids of negative items on which at least one triple was predicted."""
        return [o.id for o in self.items if o.negative and o.false_positives]

    def figures(self, predicate: str | None = None) -> dict[str, float | int]:
        """TP, FP, FN, precision, recall and F1 of one predicate, or micro-averaged (``None``)."""
        keys = [predicate] if predicate else self._predicates()
        tp = sum(self.tp[k] for k in keys)
        fp = sum(self.fp[k] for k in keys)
        fn = sum(self.fn[k] for k in keys)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3),
                "f1": round(f1, 3)}

    def _predicates(self) -> list[str]:
        extra = sorted(set(self.fp) - set(PREDICATES))
        return list(PREDICATES) + extra

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready summary: per-predicate and micro figures, negatives, per-item errors."""
        return {
            "predicates": {k: self.figures(k) for k in self._predicates()},
            "micro": self.figures(),
            "negative_items": self.negative_items,
            "negative_items_with_false_positive": self.negatives_with_false_positive,
            "dates": dict(self.dates),
            "date_accuracy": self.date_accuracy(),
            "errors": [
                {"id": o.id, "false_positives": [list(t) for t in o.false_positives],
                 "misses": [list(t) for t in o.misses],
                 "date_errors": [dict(zip(("subject", "predicate", "object", "gold_date", "predicted_date",
                                           "judgement"), t, strict=True)) for t in o.date_errors]}
                for o in self.items if o.false_positives or o.misses or o.date_errors
            ],
        }

    def table(self, *, details: bool = False) -> str:
        """A plain-text report: one row per predicate, the micro row and the negative items."""
        lines = [f"{'predicate':10s} {'TP':>5s} {'FP':>5s} {'FN':>5s} {'P':>6s} {'R':>6s} {'F1':>6s}"]
        for name in [*self._predicates(), None]:
            f = self.figures(name)
            lines.append(f"{name or 'micro':10s} {f['tp']:5d} {f['fp']:5d} {f['fn']:5d} "
                         f"{f['precision']:6.3f} {f['recall']:6.3f} {f['f1']:6.3f}")
        bad = self.negatives_with_false_positive
        lines.append(f"items without required triples: {self.negative_items}; "
                     f"of these with >=1 false positive: {len(bad)}")
        for item_id in bad:
            lines.append(f"  false positive on negative item {item_id}")
        if details:
            for o in self.items:
                for t in o.false_positives:
                    lines.append(f"  FP {o.id}: {t[0]} {t[1]} {t[2]}")
                for t in o.misses:
                    lines.append(f"  FN {o.id}: {t[0]} {t[1]} {t[2]}")
                for d in o.date_errors:
                    lines.append(f"  DATE {o.id}: {d[0]} {d[1]} {d[2]}: gold {d[3]}, predicted {d[4] or '-'} ({d[5]})")
        return "\n".join(lines)


def normalise_name(name: str) -> str:
    """A name as the matcher compares it: lower-case, no quotes or punctuation, no article."""
    s = name.lower().replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"[\"\u201c\u201d`]", " ", s)
    s = re.sub(r"[^\w\s'.-]", " ", s)
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"\s+", " ", s).strip(" .-")
    return re.sub(r"^(the|a|an) ", "", s)


def name_matches(predicted: str, gold: str, alternatives: Iterable[str] = ()) -> bool:
    """True when ``predicted`` names the same thing as ``gold`` or one of its alternatives."""
    p = normalise_name(predicted)
    if not p:
        return False
    for g in [gold, *alternatives]:
        if "..." in g:
            rx = r".*".join(re.escape(normalise_name(x)) for x in g.split("..."))
            if re.search(rx, p):
                return True
            continue
        n = normalise_name(g)
        if not n:
            continue
        if p == n or re.search(r"(^|\s)" + re.escape(n) + r"($|\s)", p) \
                or re.search(r"(^|\s)" + re.escape(p) + r"($|\s)", n):
            return True
    return False


def triple_matches(predicted: Predicted, gold: GoldTriple) -> bool:
    """True when a predicted triple matches a gold one (symmetric predicates either way)."""
    if predicted.get("predicate") != gold.predicate:
        return False
    s, o = _names(predicted.get("subject", "")), _names(predicted.get("object", ""))

    def ok(names: list[str], g: str, alts: Iterable[str]) -> bool:
        return any(name_matches(n, g, alts) for n in names)

    if ok(s, gold.subject, gold.subject_alt) and ok(o, gold.object, gold.object_alt):
        return True
    if gold.predicate not in SYMMETRIC:
        return False
    return ok(o, gold.subject, gold.subject_alt) and ok(s, gold.object, gold.object_alt)


def _names(value: object) -> list[str]:
    """A predicted argument's names: one string, or (names as resolved) the names that each
    stand for its entity."""
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def _gold_triple(raw: object, where: str) -> GoldTriple:
    if not isinstance(raw, dict) or not all(isinstance(raw.get(k), str) for k in ("subject", "predicate", "object")):
        raise EvaluationError(f"{where}: a triple needs string fields subject, predicate, object")
    if raw["predicate"] not in PREDICATES:
        raise EvaluationError(f"{where}: unknown predicate {raw['predicate']!r}; available: {', '.join(PREDICATES)}")
    date = raw.get("date")
    if date is not None and not (isinstance(date, str) and _calendar_date(date)):
        raise EvaluationError(f"{where}: a triple's date must be YYYY, YYYY-MM or YYYY-MM-DD (or null), not {date!r}")
    return GoldTriple(raw["subject"], raw["predicate"], raw["object"],
                      tuple(raw.get("subject_alt") or ()), tuple(raw.get("object_alt") or ()))


def load_gold(path: str | Path) -> list[GoldItem]:
    """Read an annotated JSON-lines file.

    Raises:
        EvaluationError: the file is missing or unreadable, a line is not a JSON object, an
            item lacks ``id``, ``text`` or a well-formed ``triples`` list, an id comes twice, a
            predicate is not one of :data:`~graph.extract.base.PREDICATES`, or a date is no
            calendar date (an item's: YYYY-MM-DD; a triple's: YYYY, YYYY-MM or YYYY-MM-DD).
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"cannot read gold file {path}: {exc}") from None
    items: list[GoldItem] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvaluationError(f"{where}: not JSON ({exc.msg})") from None
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) \
                or not isinstance(raw.get("text"), str) or not isinstance(raw.get("triples"), list):
            raise EvaluationError(f"{where}: an item needs 'id', 'text' and a 'triples' list")
        if raw["id"] in seen:
            raise EvaluationError(f"{where}: id {raw['id']!r} again (first at line {seen[raw['id']]}): ids must be unique")
        seen[raw["id"]] = number
        date = raw.get("date")
        if date is not None and not (isinstance(date, str) and _calendar_date(date) and len(date) == 10):
            raise EvaluationError(f"{where}: the item's date must be YYYY-MM-DD (or absent), not {date!r}")
        items.append(GoldItem(
            id=raw["id"], text=raw["text"],
            triples=tuple(_gold_triple(t, where) for t in raw["triples"]),
            optional=tuple(_gold_triple(t, where) for t in raw.get("optional_triples") or ()),
            tags=tuple(raw.get("tags") or ()),
            date=raw.get("date") if isinstance(raw.get("date"), str) else None,
            title=raw.get("title") if isinstance(raw.get("title"), str) else None,
            dates=tuple(t.get("date") if isinstance(t, dict) and isinstance(t.get("date"), str)
                        else None for t in raw["triples"]),
        ))
    if not items:
        raise EvaluationError(f"{path}: no annotated items")
    return items


_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _calendar_date(text: str) -> bool:
    """Whether ``text`` is YYYY, YYYY-MM or YYYY-MM-DD of a real calendar day ("2026-02-30" is not)."""
    if not _DATE.match(text):
        return False
    year, month, day = (int(p) for p in (text.split("-") + ["1", "1"])[:3])
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def judge_date(gold: str, predicted: object) -> str:
    """``correct`` (agrees at the gold's precision), ``coarser`` (a less precise prefix),
    ``wrong`` or ``missing``: the judgement of ``../shared/dev/score_dates.py``."""
    if not predicted:
        return "missing"
    p = str(predicted)[:10]
    if not _DATE.match(p):
        return "wrong"
    if p[: len(gold)] == gold:
        return "correct"
    if gold[: len(p)] == p:
        return "coarser"
    return "wrong"


def score(gold: Sequence[GoldItem], predictions: Mapping[str, Sequence[Predicted]], *,
          predicates: Collection[str] | None = None) -> Evaluation:
    """Compare predictions (keyed by item id) with the gold items.

    The date of the prediction assigned to a gold triple that carries a date is judged by
    :func:`judge_date` (counted in :attr:`Evaluation.dates`). With ``predicates`` (those of
    the extractors scored: ``eval --extractor``), a gold triple of another predicate is no
    miss; an item stays negative only if it has no gold triple at all.
    """
    ev = Evaluation()
    for item in gold:
        used = [False] * len(item.triples)
        fps: list[tuple[str, str, str]] = []
        date_errors: list[tuple[str, str, str, str, str | None, str]] = []
        for p in predictions.get(item.id, ()):
            pred = str(p.get("predicate", "?"))
            hit = next((i for i, g in enumerate(item.triples) if not used[i] and triple_matches(p, g)), None)
            if hit is not None:
                used[hit] = True
                ev.tp[pred] += 1
                gold_date = item.dates[hit] if hit < len(item.dates) else None
                if gold_date:
                    verdict = judge_date(gold_date, p.get("date"))
                    ev.dates[verdict] += 1
                    if verdict != "correct":
                        g = item.triples[hit]
                        date_errors.append((g.subject, g.predicate, g.object, gold_date,
                                            str(p["date"]) if p.get("date") else None, verdict))
                continue
            if any(triple_matches(p, g) for g in (*item.triples, *item.optional)):
                continue
            ev.fp[pred] += 1
            fps.append((_names(p.get("subject", ""))[0], pred, _names(p.get("object", ""))[0]))
        misses = [(g.subject, g.predicate, g.object) for i, g in enumerate(item.triples)
                  if not used[i] and (predicates is None or g.predicate in predicates)]
        for m in misses:
            ev.fn[m[1]] += 1
        ev.items.append(ItemOutcome(item.id, tuple(fps), tuple(misses), negative=not item.triples,
                                    date_errors=tuple(date_errors)))
    return ev


#: Every how-many-th item, by a hash of its id, belongs to the check split (see :func:`split_of`).
CHECK_EVERY = 5


def split_of(item_id: str) -> str:
    """``"check"`` for the fixed check split (every fifth item by the SHA-1 of its id), which is
    only ever scored, never read while writing rules; ``"train"`` for the rest."""
    digest = hashlib.sha1(item_id.encode("utf-8")).hexdigest()
    return "check" if int(digest[:8], 16) % CHECK_EVERY == 0 else "train"


def select(gold: Sequence[GoldItem], split: str) -> list[GoldItem]:
    """The items of ``split``: ``all``, ``train`` or ``check`` (see :func:`split_of`).

    Raises:
        EvaluationError: an unknown split name.
    """
    if split == "all":
        return list(gold)
    if split not in ("train", "check"):
        raise EvaluationError(f"unknown split {split!r}; available: all, train, check")
    return [i for i in gold if split_of(i.id) == split]


def predict(
    gold: Sequence[GoldItem], *, extractors: Sequence[Extractor] | None = None, resolved: bool = False
) -> dict[str, list[dict[str, object]]]:
    """Run the extractors over the gold texts: predicted triples keyed by item id.

    With ``resolved``, each argument is named as the graph names it: the label of the entity it
    resolves to (:func:`graph.entities.resolve` over all of ``gold``, as one build of them
    would), so that a wrong merge ("a grand jury" resolved to a company), a bare common noun left
    as an actor, or a pronoun bound to the wrong person counts as an error, and a pronoun or
    surname bound to the right person counts as that person.

    Raises:
        ModelError: no spaCy model is installed.
    """
    from graph.articles import Article
    from graph.extract import extract_articles

    articles = [Article(id=i.id, text=i.text, date=i.date, title=i.title) for i in gold]
    batch = list(extract_articles(articles, extractors=extractors))
    if not resolved:
        return {
            article.id: [{"subject": m.subject.text, "predicate": m.predicate, "object": m.object.text,
                          "date": m.date}
                         for m in mentions]
            for article, mentions in batch
        }
    from graph.entities import resolve
    from graph.entities.names import ascii_fold
    from graph.entities.review import initials

    res = resolve(batch)

    def name(arg: Argument, article: Article) -> list[str]:
        entity = res.entities[res.iri(arg, article=article)]
        names = [entity.name, ascii_fold(entity.name)]  # "Bouaké" is "Bouake"
        acronym = arg.text.replace(".", "")
        if entity.same_as or (len(acronym) >= 2 and acronym.isupper() and acronym == initials(entity.name)):
            # a gazetteer's name ("Beijing" for "Peking", "United Kingdom" for "Britain") or
            # an acronym's expansion (OSCE): the link is the resolution, either name is the entity's
            names.append(arg.text)
        return list(dict.fromkeys(names))

    return {
        article.id: [{"subject": name(m.subject, article), "predicate": m.predicate,
                      "object": name(m.object, article), "date": m.date}
                     for m in mentions]
        for article, mentions in batch
    }

