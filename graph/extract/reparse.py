"""A second reading of sentences the small model misparses.

The extractors are rules over spaCy's dependency parse; the small English model
(``en_core_web_sm``) misparses some sentences in ways that hide a relation the rules would find in
a plainer wording: caption and source markers ("FILE -", "(AP)", ", left,"), a headline in title
case, an opening participle taken for a noun ("Meeting in Warsaw, A and B said"), a caption's
"-s" verb tagged a noun ("A, left, greets B"), a relative clause the main verb was hung on ("A
minister who could be key to ... held a meeting with B"), a clause between commas that took the
sentence's root, a sentence cut after an abbreviation ("the U.S." | "official said").

A stretch of the article (:func:`units`) is read again when an extractor has a trigger word in it
but no mention there, and :func:`simplify` finds something to mend (the rewordings of
:mod:`graph.extract.rewording`, each with a map from every character back to the article). The
variants are parsed with the same model (the first reading's named entities carried over), the
same extractors run on them, and the mentions the first reading lacks are added: every argument
and the sentence of such a mention point into the original article (``text[start:end]``), its
confidence is :data:`SECOND_READING_PENALTY` lower, and arguments found through a pronoun or a
description are not kept (a sentence read alone has lost what they refer to). First-reading
mentions the tree misled are dropped (:func:`misread`, a subject inside a run-on relative clause).

Only stretches that need it are parsed again, in one ``nlp.pipe`` call per article, or per batch of
articles (:func:`graph.extract.extract_docs`, as builds run it: :func:`second_reading_steps` yields
the texts to parse); the cost is measured by ``bench/extraction.py`` (README, "Second reading of
misparsed sentences").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Generator, Iterable, Sequence
from typing import TypeVar

from spacy.tokens import Doc, Token
from spacy.util import filter_spans as spacy_filter_spans

from graph.articles import Article
from graph.extract.base import SYMMETRIC, Argument, Extractor, Mention
from graph.extract.common import trigger_tokens
from graph.extract.rewording import (
    Variant,
    apply_edits,
    clean_edits,
    defects,
    headline_edits,
    hung_relatives,
    modifier_verb_edits,
    pruning_edits,
    stem_in,
    verb_edits,
)
from graph.extract.standins import (
    label_standins,
    name_runs,
    pair_possessive_edits,
    standin_edits,
    trouble,
)
from graph.nlp import doc_text

__all__ = ["SECOND_READING_PENALTY", "misread", "parse_variants", "run_steps",
           "second_reading_steps", "simplify", "units"]

T = TypeVar("T")

#: Confidence taken off a mention found only by the second reading.
SECOND_READING_PENALTY = 0.1

#: Abbreviations after which the small model may end a sentence that goes on
#: ("a senior U.S." | "official said"; "Gen." | "Pervez Musharraf").
_TITLE_ABBREVIATION = re.compile(
    r"\b(?:Gen|Sen|Rep|Gov|Lt|Col|Dr|Mr|Mrs|Ms|Mt|Ft|Capt|Sgt|Maj|Rev|Prof|Adm|Cmdr|Sec|Amb|Pres"
    r"|Rt|Hon|Gens|Sens|Reps|Messrs|St|No|Nos|Jr|Sr|Inc|Corp|Co|Ltd|Bros|Dept|Gov't)\.$")
_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}$")


def units(doc: Doc, text: str) -> list[tuple[int, int]]:
    """The stretches of ``doc`` (whose text is ``text``) read as one sentence each: the model's
    sentences, cut at paragraph breaks, and joined again where the model ended one after an
    abbreviation that the next goes on from ("the U.S." | "official said", "Gen." | "Pervez
    Musharraf")."""
    pieces: list[tuple[int, int]] = []
    for sent in doc.sents:
        start = sent.start_char
        for m in re.finditer(r"\n\s*\n", text[start : sent.end_char]):
            pieces.append((start, sent.start_char + m.start()))
            start = sent.start_char + m.end()
        pieces.append((start, sent.end_char))
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        if not text[s:e].strip():
            continue
        if out:
            ps, pe = out[-1]
            before = text[ps:pe].rstrip()
            gap = text[pe:s]
            after = text[s:e].lstrip()
            if "\n" not in gap and after and (
                    _TITLE_ABBREVIATION.search(before)
                    or (_INITIALS.search(before) and (after[0].islower() or after[0].isdigit()))):
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


def simplify(doc: Doc, text: str, unit: tuple[int, int], triggers: frozenset[str], *,
             body_start: int = 0, misled: bool = False) -> list[Variant]:
    """The simplified variants of one unit of ``doc`` worth reading again, plainest first.

    - the unit cleaned of caption markers, brackets, a dateline, and curly quotes, when there is
      more to clean than quotes, or when the unit is one of several and its tree shows a defect
      (:func:`defects`; read alone, out of its neighbours' context);
    - the cleaned unit with clauses that hold no trigger cut out (:func:`pruning_edits`), when
      there are such clauses.

    ``text`` is ``doc.text``; ``misled`` says the first reading of the unit was dropped as
    misled, so the unit is read alone whatever else. A unit with nothing to mend gives no
    variant: it is not parsed again.
    """
    lo, hi = unit
    span = doc.char_span(lo, hi, alignment_mode="expand")
    if span is None:
        return []
    cleaned = clean_edits(text, lo, hi, body_start, triggers)
    clean = cleaned + verb_edits(span, triggers) + modifier_verb_edits(span, triggers) \
        + pair_possessive_edits(span)
    # a dateline and curly quotes alone are no reason to read again: the first reading's
    # dateline rule and tokenizer already deal with them
    body = body_start if lo < body_start < hi else lo
    substantive = any(len(x[2]) != x[1] - x[0] and x[0] >= body for x in clean)
    one_of_several = len(span) < len(doc) and bool(text[:lo].strip() or text[hi:].strip())
    out: list[Variant] = []
    original = text[lo:hi].strip()
    if substantive or (one_of_several and (
            misled or defects(span, triggers, body_start=body_start))):
        first = apply_edits(text, unit, clean)
        if first.text:
            out.append(first)
    pruning = pruning_edits(span, triggers)
    if pruning:
        pruned = apply_edits(text, unit, clean + pruning)
        if pruned.text and pruned.text != original and all(v.text != pruned.text for v in out):
            out.append(pruned)
    recasing = headline_edits(text, lo, hi, triggers)
    if recasing:
        out.append(apply_edits(text, unit, clean + recasing, recased=True))
    else:
        runs = name_runs(span, triggers, body_start=body_start)
        if trouble(runs):  # names the model stumbles on, replaced by plain ones (standins.py)
            # the verb edits read tags the names may have misled: not taken
            plain = apply_edits(text, unit, cleaned + standin_edits(span, runs))
            if plain.text and all(v.text != plain.text for v in out):
                out.append(plain)
    return out


def _covered(m: Mention, first: list[Mention], unit: tuple[int, int]) -> bool:
    """True when ``first`` has, in the same stretch ``unit``, the same relation between
    overlapping arguments (or arguments written alike)."""
    def overlap(a: Argument, b: Argument) -> bool:
        return a.start < b.end and b.start < a.end or a.text.lower() == b.text.lower()

    for f in first:
        if f.predicate != m.predicate or not unit[0] <= f.start < unit[1]:
            continue
        if overlap(f.subject, m.subject) and overlap(f.object, m.object):
            return True
        if m.predicate in SYMMETRIC and overlap(f.subject, m.object) and overlap(f.object, m.subject):
            return True
    return False


def _back(a: Argument, v: Variant, text: str) -> Argument:
    """``a``, an argument in the variant ``v``, in the article ``text``: as written there, unless
    the extractor composed its text ("North Korean officials" of "North Korean and U.S.
    officials"), which is kept, with the offsets of the stretch it came from."""
    s, e = v.span(a.start, a.end)
    return Argument(text[s:e] if a.text == v.text[a.start : a.end] else a.text, s, e, a.label,
                    a.via)


def _carry_entities(doc: Doc, variant: Variant, vdoc: Doc) -> None:
    """The first reading's named entities, set on the parse of ``variant`` wherever their text
    is kept whole. The entity recogniser is not what misparses; running it again would cost as
    much as tagging and parsing together."""
    at_start = {s: i for i, s in enumerate(variant.starts)}
    at_end = {e: i for i, e in enumerate(variant.ends)}
    spans = []
    for ent in doc.ents:
        i, j = at_start.get(ent.start_char), at_end.get(ent.end_char)
        if i is None or j is None or j < i or variant.text[i : j + 1] != ent.text:
            continue
        span = vdoc.char_span(i, j + 1, label=ent.label_)
        if span is not None:
            spans.append(span)
    vdoc.set_ents(spacy_filter_spans(spans), default="outside")


def misread(first: Iterable[Mention], text: str, *, body_start: int = 0) -> list[Mention]:
    """The first reading's mentions with an argument, taken as written (not resolved through a
    pronoun or a description), in another paragraph than their trigger's sentence, outside the
    dateline: the model ran a sentence across a paragraph break (a headline without a full stop
    and the paragraph under it), so the tree joined words that are not one sentence."""
    out: list[Mention] = []
    for m in first:
        for a in (m.subject, m.object):
            if a.via not in ("name", "noun") or a.start < body_start or m.start <= a.start < m.end:
                continue
            between = text[a.end : m.start] if a.end <= m.start else text[m.end : a.start]
            if re.search(r"\n\s*\n", between):
                out.append(m)
                break
    return out


def _hung_subjects(first: list[Mention], doc: Doc, spans: list[tuple[int, int]],
                   starts: list[int], triggers: frozenset[str]) -> list[Mention]:
    """The mentions of ``first`` whose subject, as written, lies inside a relative clause the
    model ran into the main clause, before the clause's trigger (:func:`hung_relatives`): "A
    former minister who was once tipped as a future chancellor met B" gave met(future
    chancellor, B)."""
    out: list[Mention] = []
    memo: dict[int, list[tuple[Token, Token]]] = {}
    for m in first:
        if m.subject.via not in ("name", "noun"):
            continue
        k = bisect_right(starts, m.start) - 1
        if k < 0:
            continue
        if k not in memo:
            span = doc.char_span(*spans[k], alignment_mode="expand")
            memo[k] = hung_relatives(span, triggers) if span is not None else []
        for tok, later in memo[k]:
            cue = {later.text, *(c.text for c in later.children if c.dep_ in ("dobj", "attr"))}
            if m.trigger in cue and tok.idx <= m.subject.start < later.idx:
                out.append(m)
                break
    return out


def _unused_names(doc: Doc, spans: list[tuple[int, int]], hits: list[tuple[int, Extractor]],
                  starts: list[int], kept: list[Mention], lacking: dict[int, list[Extractor]],
                  every: frozenset[str], body_start: int) -> dict[int, tuple[Variant, list[Extractor]]]:
    """Units that have mentions, but also a name the model stumbled on
    (:func:`graph.extract.standins.trouble`) that no mention of the unit names: read again with
    plain stand-ins, by the extractors with a trigger there ("Sofia Marin and Carmen Ortega
    travelled to ..." gave only Carmen Ortega's visit; "in Uruguay and Burkina Faso", the second
    typed a person, only the first)."""
    out: dict[int, tuple[Variant, list[Extractor]]] = {}
    chosen: dict[int, list[Extractor]] = {}
    for at, e in hits:
        k = bisect_right(starts, at) - 1
        if k < 0 or at >= spans[k][1] or e in lacking.get(k, ()) or e in chosen.get(k, ()):
            continue
        chosen.setdefault(k, []).append(e)
    for k, extractors in chosen.items():
        lo, hi = spans[k]
        mine = [m for m in kept if lo <= m.start < hi]
        if not mine or " and " not in doc_text(doc)[lo:hi]:
            continue  # a name left out beside the mentions is one coordinated with an argument
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is None:
            continue
        runs = name_runs(span, every, body_start=body_start)
        used = [(a.start, a.end) for m in mine for a in (m.subject, m.object)]
        unused = [r for r in runs if (r.odd or r.shape) and not any(
            s < doc[r.end - 1].idx + len(doc[r.end - 1]) and doc[r.start].idx < e for s, e in used)]
        if unused and k in lacking:  # read again anyway (simplify gives the stand-ins)
            lacking[k].extend(extractors)
        elif unused:
            out[k] = (apply_edits(doc_text(doc), (lo, hi), standin_edits(span, runs)), extractors)
    return out


def second_reading_steps(
    doc: Doc,
    text: str,
    article: Article,
    extractors: Sequence[Extractor],
    first: list[Mention],
    *,
    extract: Callable[[Doc, Article, Sequence[Extractor]], list[Mention]],
    cache: dict[str, object] | None = None,
    body_start: int = 0,
    anchor_date: str | None = None,
) -> Generator[list[str], list[Doc], tuple[list[Mention], list[Mention]]]:
    """What a second reading of ``doc`` (whose text is ``text``) changes in ``first``, the first
    reading's mentions: ``(dropped, added)``.

    Dropped are the first reading's mentions the model's tree misled: an argument across a
    paragraph break (:func:`misread`), a subject inside a relative clause the model ran into the
    main clause (:func:`hung_relatives`). A unit (:func:`units`) is then read again when an
    extractor has a trigger word in it but no mention there, and :func:`simplify` finds something
    to mend; only those extractors run on its variants, and only mentions of theirs that the
    first reading lacks are added. ``extract`` runs extractors on a parsed variant (with no
    second reading of its own); ``cache`` is the first reading's
    :attr:`~graph.extract.base.Context.cache` (its word index is reused); ``body_start`` is where
    the article's dateline ends (0: none); ``anchor_date`` dates events when the article has no
    date of its own.

    A generator, so that the variants of many articles are parsed in one call: it yields the
    variant texts to parse (at most once) and is sent their parses (:func:`parse_variants`);
    its return value is ``(dropped, added)``. :func:`run_steps` runs it with parses of its own.

    Raises:
        ModelError: no spaCy model is installed.
    """
    hits: list[tuple[int, Extractor]] = []
    for e in extractors:
        hits.extend((t.idx, e) for t in trigger_tokens(doc, getattr(e, "triggers", frozenset()),
                                                       cache))
    spans = units(doc, text)
    every = frozenset(w for e in extractors for w in getattr(e, "triggers", ()))
    for lo, hi in spans:
        for edit in headline_edits(text, lo, hi, every):
            # a trigger in a title-case headline, which the model may have lemmatised as a name
            hits.extend((edit[0], e) for e in extractors
                        if stem_in(edit[2], getattr(e, "triggers", frozenset())))
    dropped = misread(first, text, body_start=body_start)
    starts = [u[0] for u in spans]
    dropped += _hung_subjects([m for m in first if m not in dropped], doc, spans, starts, every)
    kept = [m for m in first if m not in dropped]
    if not hits:
        return dropped, []
    lacking: dict[int, list[Extractor]] = {}
    for at, e in hits:
        k = bisect_right(starts, at) - 1
        if k < 0 or at >= spans[k][1] or e in lacking.get(k, ()):
            continue
        lo, hi = spans[k]
        if not any(lo <= m.start < hi and m.predicate in e.predicates for m in kept):
            lacking.setdefault(k, []).append(e)
    names_only = _unused_names(doc, spans, hits, starts, kept, lacking, every, body_start)
    todo: list[tuple[Variant, list[Extractor]]] = []
    misled = {bisect_right(starts, m.start) - 1 for m in dropped}
    for k, (variant, chosen) in sorted(names_only.items()):
        todo.append((variant, chosen))
    for k, chosen in sorted(lacking.items()):
        triggers = frozenset(w for e in chosen for w in getattr(e, "triggers", ()))
        todo.extend((v, chosen) for v in simplify(doc, text, spans[k], triggers,
                                                  body_start=body_start, misled=k in misled))
    if not todo:
        return dropped, []
    from graph.nlp import load_model

    nlp = load_model()
    found: list[Mention] = []
    date = anchor_date or article.date  # the dateline's day, when it has one
    disable = ["ner"] if "ner" in nlp.pipe_names else []
    parsed = yield [v.text for v, _ in todo]  # parse_variants, with other articles' variants
    answered: set[tuple[tuple[int, int], str]] = set()  # (unit, predicate) a variant gave
    for (variant, chosen), vdoc in zip(todo, parsed, strict=True):
        if disable and variant.recased:
            vdoc = nlp.get_pipe("ner")(vdoc)
        elif disable:
            _carry_entities(doc, variant, vdoc)
            label_standins(vdoc)
        lo, hi = variant.unit
        raw = text[lo:hi]
        sentence = raw.strip()
        start = lo + (len(raw) - len(raw.lstrip()))
        sub = Article(id=article.id, text=variant.text, date=date, title=article.title)
        given: set[tuple[tuple[int, int], str]] = set()
        for m in extract(vdoc, sub, chosen):
            if m.subject.via in ("pronoun", "description") or m.object.via in (
                    "pronoun", "description"):
                continue  # read alone, the sentence has lost what these refer to
            if (variant.unit, m.predicate) in answered:
                continue  # a plainer variant of the unit already gave this relation
            given.add((variant.unit, m.predicate))
            mention = Mention(
                predicate=m.predicate, subject=_back(m.subject, variant, text),
                object=_back(m.object, variant, text), sentence=sentence, start=start,
                end=start + len(sentence), date=m.date,
                confidence=round(max(0.05, m.confidence - SECOND_READING_PENALTY), 3),
                extractor=m.extractor, trigger=m.trigger,
                place=_back(m.place, variant, text) if m.place is not None else None)
            if not _covered(mention, kept, variant.unit) and \
                    not _covered(mention, found, variant.unit):
                found.append(mention)
        answered |= given
    return dropped, found


def parse_variants(texts: Sequence[str]) -> list[Doc]:
    """``texts`` parsed as the second reading reads its variants: by the model without its
    entity recogniser (the first reading's entities are carried over), in one ``nlp.pipe`` call
    (a call costs per batch as well as per word: the 157 variants of the 200 bench articles took
    0.53 s of CPU in one call, 0.93 s in one call per article; the parses are the same).

    Raises:
        ModelError: no spaCy model is installed.
    """
    if not texts:
        return []
    from graph.nlp import load_model

    nlp = load_model()
    disable = ["ner"] if "ner" in nlp.pipe_names else []
    return list(nlp.pipe(texts, disable=disable))


def run_steps(steps: Generator[list[str], list[Doc], T]) -> T:
    """Run ``steps`` (:func:`second_reading_steps`, :func:`graph.extract.extract_steps`) to its
    end, parsing each list of texts it yields with :func:`parse_variants`; its return value.

    Raises:
        ModelError: no spaCy model is installed.
    """
    try:
        texts = next(steps)
        while True:
            texts = steps.send(parse_variants(texts))
    except StopIteration as stop:
        return stop.value
