"""Relation extraction: run registered extractors over parsed articles.

The built-in extractors, one module per relation family, register themselves on import:
:mod:`~graph.extract.visits`, :mod:`~graph.extract.meetings`, :mod:`~graph.extract.agreements`,
:mod:`~graph.extract.accusations`. They share :mod:`~graph.extract.syntax` (arguments), with
:mod:`~graph.extract.spans` (name and noun-phrase spans), :mod:`~graph.extract.clauses`
(subjects, event owners and places) and :mod:`~graph.extract.tree` (dependency walks),
:mod:`~graph.extract.coref` (pronouns, descriptions; antecedents from :mod:`~graph.extract.antecedents`), :mod:`~graph.extract.modality`,
:mod:`~graph.extract.lexicon` (with the WordNet classes of :mod:`~graph.extract.data`),
:mod:`~graph.extract.gazetteer` (known places), :mod:`~graph.extract.datelines` and
:mod:`~graph.extract.dates`.

>>> from graph.extract import extract_articles
>>> for article, mentions in extract_articles(articles): ...
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterable, Iterator, Sequence
from itertools import islice
from typing import cast

from spacy.tokens import Doc

from graph.articles import Article
from graph.dateline import Dateline, parse_dateline
from graph.extract import accusations as _accusations  # each module registers
from graph.extract import agreements as _agreements  # noqa: F401   its built-in extractor)
from graph.extract import meetings as _meetings  # noqa: F401
from graph.extract import visits as _visits  # noqa: F401
from graph.extract.antecedents import PERSONS_CACHE_KEY
from graph.extract.base import (
    PREDICATES,
    SYMMETRIC,
    Argument,
    Context,
    Extractor,
    Mention,
    Registry,
    registry,
)
from graph.extract.common import ANCHOR_DATE_KEY
from graph.extract.datelines import DATELINE_END_KEY, story_date
from graph.extract.gazetteer import is_known_place
from graph.extract.reparse import parse_variants, run_steps, second_reading_steps
from graph.nlp import doc_text, load_model, parse_pairs

__all__ = [
    "PREDICATES",
    "SYMMETRIC",
    "Argument",
    "Context",
    "Extractor",
    "Mention",
    "Registry",
    "extract_articles",
    "extract_doc",
    "extract_docs",
    "extract_steps",
    "make_extractors",
    "registry",
]


def make_extractors(names: Sequence[str] | None = None) -> list[Extractor]:
    """Instantiate the extractors named (default: every registered one).

    Raises:
        ExtractorError: a name is not registered.
    """
    return [registry.create(n) for n in (names or registry.names())]


def extract_doc(doc: Doc, article: Article, extractors: Sequence[Extractor], *,
                reread: bool = True) -> list[Mention]:
    """All mentions the extractors find in one parsed article, in text order.

    With ``reread`` (the default), sentences where an extractor's trigger gave no mention of its
    relation and the model's tree shows something to mend are read a second time in simpler
    wordings, and first-reading mentions the tree misled are dropped
    (:mod:`graph.extract.reparse`); ``reread=False`` gives the first reading alone.
    :func:`extract_docs` gives the same for many articles, faster.
    """
    return run_steps(extract_steps(doc, article, extractors, reread=reread))


def extract_docs(docs: Sequence[Doc], articles: Sequence[Article],
                 extractors: Sequence[Extractor], *, isolate: bool = False
                 ) -> list[list[Mention] | Exception]:
    """:func:`extract_doc` of each parsed article (``docs[i]`` the parse of ``articles[i]``),
    the same mentions, in order; the sentences the second readings of all of them read again
    are parsed in one call (:func:`graph.extract.reparse.parse_variants`).

    With ``isolate``, an article whose extraction raises gets the exception in place of its
    mentions and the others are unaffected; without, the exception propagates.

    Raises:
        ModelError: no spaCy model is installed.
    """
    out: list[list[Mention] | Exception] = [[] for _ in docs]
    waiting: list[tuple[int, Generator[list[str], list[Doc], list[Mention]], list[str]]] = []

    def advance(i: int, steps: Generator[list[str], list[Doc], list[Mention]],
                parsed: list[Doc] | Exception | None) -> None:
        try:
            if parsed is None:
                texts = next(steps)
            elif isinstance(parsed, Exception):
                texts = steps.throw(parsed)
            else:
                texts = steps.send(parsed)
        except StopIteration as stop:
            out[i] = stop.value
        # An isolation boundary (as in graph.parallel.extract_batch): a bug in an extractor
        # on one odd article must not lose the batch.
        except Exception as exc:
            if not isolate:
                raise
            out[i] = exc
        else:
            waiting.append((i, steps, texts))

    for i, (doc, article) in enumerate(zip(docs, articles, strict=True)):
        # a generator: nothing runs (nor raises) before advance's first next()
        advance(i, extract_steps(doc, article, extractors), None)
    while waiting:
        batch = list(waiting)
        waiting.clear()
        try:
            parsed = parse_variants([t for _, _, texts in batch for t in texts])
        except Exception:  # the isolation boundary above: each article parsed alone
            if not isolate:
                raise
            for i, steps, texts in batch:
                try:
                    alone: list[Doc] | Exception = parse_variants(texts)
                except Exception as exc:  # noqa: BLE001
                    alone = exc
                advance(i, steps, alone)
            continue
        at = 0
        for i, steps, texts in batch:
            advance(i, steps, parsed[at : at + len(texts)])
            at += len(texts)
    return out


def extract_steps(doc: Doc, article: Article, extractors: Sequence[Extractor], *,
                  reread: bool = True) -> Generator[list[str], list[Doc], list[Mention]]:
    """:func:`extract_doc` as a generator that yields the texts its second reading parses
    again and is sent their parses (:func:`graph.extract.reparse.second_reading_steps`); its
    return value is the mentions. :func:`extract_docs` runs many at once."""
    context = Context(article=article)
    text = doc_text(doc)  # joins every token: once per document
    dateline = parse_dateline(text[:400], published=article.date)
    if dateline is not None:
        # a dateline gives the article's place and date, never an actor (issue 11, kind 5)
        doc.user_data[DATELINE_END_KEY] = dateline.body_start
    # relative dates count from the dateline's day, else the publication's (issue 11, kind 9)
    anchor = story_date(article.date, dateline.date if dateline is not None else None, text[:200])
    if anchor is not None and anchor != article.date:
        context.cache[ANCHOR_DATE_KEY] = anchor
    found: dict[tuple[str, str, str, int], Mention] = {}
    try:
        for extractor in extractors:
            for mention in extractor(doc, context):
                key = mention.key()
                if key not in found or found[key].confidence < mention.confidence:
                    found[key] = mention
        if reread:
            for mention in _capitals_mentions(text, article, extractors):
                found.setdefault(mention.key(), mention)
            dropped, added = yield from second_reading_steps(
                doc, text, article, extractors, list(found.values()), extract=_extract_once,
                cache=context.cache, body_start=dateline.body_start if dateline is not None else 0,
                anchor_date=str(context.cache.get(ANCHOR_DATE_KEY) or "") or None)
            for mention in dropped:  # misread: the first reading's tree joined the wrong words
                found.pop(mention.key(), None)
            for mention in added:
                found.setdefault(mention.key(), mention)
    finally:
        doc.user_data.pop(PERSONS_CACHE_KEY, None)  # the coreference index holds Spans of doc
        doc.user_data.pop(DATELINE_END_KEY, None)
    return _read_whole(doc, article, extractors, context, dateline if reread else None,
                       list(found.values()))


def _extract_once(doc: Doc, article: Article, extractors: Sequence[Extractor]) -> list[Mention]:
    return extract_doc(doc, article, extractors, reread=False)


_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019]*")
#: Words a headline in capitals keeps in lower case when it is re-cased for parsing.
_HEADLINE_LOWER = frozenset("""
a an the and or of to in on for with at by as from over after before amid into says said say
""".split())  # noqa: SIM905


def _recase(word: str, *, triggers: frozenset[str], second_clause: bool) -> str:
    """A word of a headline in capitals as a mixed-case headline would write it."""
    low = word.lower()
    if low in _HEADLINE_LOWER or any(low[: len(low) - k] in triggers for k in (0, 1, 2)):
        return low  # function words and trigger words ("VISITS", "MEETS", "SIGNED")
    if second_clause and not is_known_place(word):
        return low  # "..., PLEDGES MORE AIR DEFENCE": a second clause of the headline
    return word if len(word) <= 2 else word[0] + word[1:].lower()


def _pieces(text: str) -> list[tuple[int, str]]:
    """``text`` cut into words and what lies between them, each with its offset."""
    out: list[tuple[int, str]] = []
    at = 0
    for m in _WORD.finditer(text):
        if m.start() > at:
            out.append((at, text[at : m.start()]))
        out.append((m.start(), m.group(0)))
        at = m.end()
    if at < len(text):
        out.append((at, text[at:]))
    return out


def _shift(a: Argument, text: str, base: int) -> Argument:
    """An argument of a re-cased line, pointing at the original text."""
    return Argument(text[base + a.start : base + a.end], base + a.start, base + a.end, a.label, a.via)


def _capitals_mentions(doc_text: str, article: Article, extractors: Sequence[Extractor]
                       ) -> list[Mention]:
    """Headlines in capitals ("MACRON VISITS KYIV, PLEDGES AIR DEFENCE"), which the model cannot
    tag, re-cased (trigger words and function words in lower case, other words capitalised, the
    length kept) and parsed on their own; the mentions point back at the original text."""
    out: list[Mention] = []
    triggers: frozenset[str] | None = None
    for line in re.finditer(r"[^\n]+", doc_text):
        raw = line.group(0)
        if sum(map(str.isupper, raw)) < 0.9 * sum(map(str.isalpha, raw)):
            continue  # fewer capitals than the test below asks of the letters (a quick pass)
        letters = [c for c in raw if c.isalpha()]
        if len(letters) < 12 or sum(c.isupper() for c in letters) < 0.9 * len(letters):
            continue
        if triggers is None:
            triggers = frozenset(w for e in extractors for w in getattr(e, "triggers", ()))
        comma = raw.find(",")
        text = "".join(
            _recase(piece, triggers=triggers, second_clause=0 <= comma < at) if piece[:1].isalpha()
            else piece
            for at, piece in _pieces(raw))
        sub = load_model()(text)
        base = line.start()
        for m in extract_doc(sub, Article(id=article.id, text=text, date=article.date,
                                          title=article.title), extractors, reread=False):
            out.append(Mention(
                predicate=m.predicate, subject=_shift(m.subject, doc_text, base),
                object=_shift(m.object, doc_text, base), sentence=raw.strip(), start=base,
                end=line.end(), date=m.date, confidence=round(m.confidence - 0.1, 3),
                extractor=m.extractor, trigger=m.trigger,
                place=_shift(m.place, doc_text, base) if m.place is not None else None))
    return out


def extract_articles(
    articles: Iterable[Article],
    *,
    extractors: Sequence[Extractor] | None = None,
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[tuple[Article, list[Mention]]]:
    """Parse and extract each article, yielding ``(article, mentions)`` in input order.

    Raises:
        ModelError: no spaCy model is installed.
    """
    nlp = load_model()
    chosen = list(extractors) if extractors is not None else make_extractors()
    pairs = ((a.text, a) for a in articles)
    parsed = parse_pairs(nlp, pairs, batch_size=batch_size, n_process=n_process)
    while batch := list(islice(parsed, max(1, batch_size))):
        docs = [doc for doc, _ in batch]
        done = [a for _, a in batch]
        for article, mentions in zip(done, extract_docs(docs, done, chosen), strict=True):
            yield article, cast(list[Mention], mentions)  # not isolated: an error propagates


def _dateline_sentence_mentions(doc: Doc, article: Article, extractors: Sequence[Extractor],
                                body_start: int, found: list[Mention], *, date: str | None
                                ) -> list[Mention]:
    """The sentence a dateline opens, parsed again without it: the model hangs the subject on
    the dateline's place ("GENEVA, Jan 20 - Iranian Foreign Minister Javad Zarif and John Kerry
    met on Sunday" makes Zarif a conjunct of GENEVA). The mentions point back at the original
    text; those the whole document already gave for the sentence are not repeated. Only a
    sentence with a trigger word and no mention yet is parsed again (a parse costs more than
    every rule)."""
    from graph.extract.datelines import dateline_sentence

    span = dateline_sentence(doc, body_start)
    if span is None:
        return []
    start, end = span
    if any(start <= m.start < end or m.start <= start < m.end for m in found):
        return []
    triggers = frozenset(w for e in extractors for w in getattr(e, "triggers", ()))
    body = doc.char_span(start, end, alignment_mode="expand")
    if body is None or not any(t.lower_ in triggers or t.lemma_.lower() in triggers for t in body):
        return []
    last = doc[-1]
    # the article's own text when the document is its parse (doc.text joins every token)
    text = article.text if len(article.text) == last.idx + len(last.text_with_ws) else doc_text(doc)
    sub = load_model()(text[start:end])
    seen = {(m.predicate, m.subject.text, m.object.text) for m in found if m.start < end}
    out: list[Mention] = []
    for m in extract_doc(sub, Article(id=article.id, text=sub.text, date=date, title=None),
                         extractors):
        if (m.predicate, m.subject.text, m.object.text) in seen:
            continue
        out.append(Mention(
            predicate=m.predicate, subject=_shift(m.subject, text, start),
            object=_shift(m.object, text, start), sentence=m.sentence, start=start + m.start,
            end=start + m.end, date=m.date, confidence=m.confidence, extractor=m.extractor,
            trigger=m.trigger, place=_shift(m.place, text, start) if m.place is not None else None))
    return out


def _read_whole(doc: Doc, article: Article, extractors: Sequence[Extractor], context: Context,
                dateline: Dateline | None, found: list[Mention]) -> list[Mention]:
    """The sentence extractors' ``found`` mentions of ``doc`` read as one article, in text order:
    with those of the sentence a dateline opens, parsed again without it, and with what only the
    whole article says (:func:`graph.extract.discourse.read_article`)."""
    from graph.extract.discourse import read_article  # here: it imports this package's modules
    from graph.extract.gender import GENDER_CACHE_KEY

    if dateline is not None:
        doc.user_data[DATELINE_END_KEY] = dateline.body_start
    try:
        if dateline is not None:
            keys = {m.key() for m in found}
            found += [m for m in _dateline_sentence_mentions(
                doc, article, extractors, dateline.body_start, found,
                date=str(context.cache.get(ANCHOR_DATE_KEY) or "") or article.date or dateline.date)
                if m.key() not in keys]
        asked = frozenset(p for e in extractors for p in e.predicates)
        found = read_article(doc, found, context, asked)
    finally:
        doc.user_data.pop(PERSONS_CACHE_KEY, None)
        doc.user_data.pop(GENDER_CACHE_KEY, None)
        doc.user_data.pop(DATELINE_END_KEY, None)
    # a span one visited is no one one met: "Lavrov visited Kiev" with "Kiev" misread as a person
    visited = {(m.subject.text, m.object.start, m.object.end) for m in found if m.predicate == "visited"}
    found = _without_restated_headlines(doc_text(doc), found)
    return sorted({m.key(): m for m in found if not _with_itself(m) and not _accusations.one_side(doc, m) and not (
        m.predicate == "met" and ((m.subject.text, m.object.start, m.object.end) in visited
                                  or (m.object.text, m.subject.start, m.subject.end) in visited))}.values(),
                  key=lambda m: (m.start, m.subject.start, m.predicate))


_SINGLE_BREAK = re.compile(r"[ \t\r]*\n(?![ \t\r]*\n)")


def _without_restated_headlines(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` without the mentions of a headline on its own line (no full stop, a single line
    break after it: a live-blog entry's "Kremlin blames Kyiv for drone strike") whose relation
    the body line under it states again ("Kremlin spokesman X blamed Ukraine ..."): one event,
    told by the body with its actual actors, not a second one."""
    out: list[Mention] = []
    for m in found:
        brk = _SINGLE_BREAK.match(text, m.end)
        if brk is not None and not m.sentence.rstrip("\"'\u201d\u2019 ").endswith((".", "!", "?")):
            body_end = text.find("\n", brk.end())
            body_end = len(text) if body_end < 0 else body_end
            if any(n.predicate == m.predicate and brk.end() <= n.start < body_end for n in found):
                continue
        out.append(m)
    return out


def _with_itself(mention: Mention) -> bool:
    """Whether a meeting or an agreement pairs one person with itself: the same name, or a name
    and its own last words ("Sergei Lavrov" and "Lavrov", when the parser read "talks in Moscow,
    with Lavrov likening ..." as talks with Lavrov); places and organisations are left alone."""
    if mention.predicate not in SYMMETRIC or is_known_place(mention.subject.text) \
            or is_known_place(mention.object.text):
        return False  # "Sudan" and "South Sudan" are two countries
    a, b = (mention.subject.text.casefold().split(), mention.object.text.casefold().split())
    short, long = sorted((a, b), key=len)
    return bool(short) and long[len(long) - len(short):] == short \
        and mention.subject.text[:1].isupper() and mention.object.text[:1].isupper()
