"""Relations that only the article as a whole makes: what one sentence says, read in the light of
what the article said before.

- **Talks during a visit**: "X said at the end of a brief visit here ... he had discussed possible
  deals with French companies A, B and C": a visitor who "discussed" something "with" someone
  held talks with them (met), since the article has him on a visit. Without a visit in the article
  "discussed with" stays open (it may be by phone or letter).

:func:`article_mentions` runs after the sentence extractors (:func:`graph.extract.extract_doc`)
and sees their mentions.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from graph.extract.base import Argument, Context, Mention
from graph.extract.common import RuleExtractor, trigger_tokens
from graph.extract.lexicon import REMOTE_WORDS
from graph.extract.modality import is_irrealis
from graph.extract.syntax import arguments, pobjs, subjects

#: Verbs of talking something over with someone ("discussed the deal with X").
DISCUSS_VERBS = frozenset({"discuss", "negotiate", "review"})


class _ArticleRules(RuleExtractor):
    """Builds the mentions of the article-level rules (date and confidence as the others)."""

    name = "discourse"
    predicates: tuple[str, ...] = ("met",)


_RULES = _ArticleRules()


def _same_actor(a: Argument, b: Argument) -> bool:
    """'Murakhovsky' and 'Vsevolod Murakhovsky': the same name, or one's last word ending the other."""
    x, y = a.text.lower().split(), b.text.lower().split()
    return bool(x and y) and (x == y or x[-1] == y[-1])


def _remote(token: Token) -> bool:
    """'discussed it by phone with X', 'in a telephone call': not in person."""
    return any(g.lower_ in REMOTE_WORDS for c in token.children if c.dep_ in ("prep", "npadvmod")
               for g in c.subtree)


def _talks_during_visit(doc: Doc, found: Sequence[Mention], context: Context) -> Iterator[Mention]:
    visitors = [m.subject for m in found if m.predicate == "visited"]
    if not visitors:
        return
    for token in trigger_tokens(doc, DISCUSS_VERBS, context.cache):
        if token.pos_ != "VERB" or _remote(token) or is_irrealis(token):
            continue
        talkers = [a for a in arguments(subjects(token)) if any(_same_actor(a, v) for v in visitors)]
        if not talkers:
            continue
        # "discussed deals with A", "discussed X with A, Y with B and Z with C"
        objects = [c for c in token.children if c.dep_ == "dobj"]
        objects += [g for o in objects for g in o.conjuncts]
        # "a variety of possible deals with French companies A, B and C": the "with" phrase the
        # parser hangs inside the object
        holders = [token] + [t for o in objects for t in o.subtree
                             if t.pos_ == "NOUN" and t.dep_ in ("dobj", "pobj", "conj")]
        others = [a for a in arguments([g for h in holders for g in pobjs(h, ("with",))])
                  if a.label not in ("LOC", "FAC", "DATE", "TIME", "MONEY")]
        for talker in talkers:
            for other in others:
                if not _same_actor(talker, other):
                    yield _RULES.mention("met", talker, other, token, context, confidence=0.65)


def article_mentions(doc: Doc, found: Sequence[Mention], context: Context,
                     predicates: frozenset[str]) -> list[Mention]:
    """The mentions the article-level rules add to ``found`` (the sentence extractors' mentions of
    the same document), for the ``predicates`` asked for."""
    out: list[Mention] = []
    if "met" in predicates:
        out.extend(_talks_during_visit(doc, found, context))
    return out
