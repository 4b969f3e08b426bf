"""Other names the text itself gives an actor: "X, known (widely) as MBS", "X, also known as
Y", "X (known as Y)", "X, dubbed Y", "X, nicknamed Y".

:func:`stated_aliases` finds them in an article; the resolution
(:meth:`graph.entities.model.Resolution.add`) makes the alias a variant (``skos:altLabel``) of
the entity X resolves to, and an argument written as the alias resolves as X, so that a query
by the alias finds X.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.entities.names import NAME_PARTICLES, fold, is_title

_ALIAS = r"([A-Z][\w.&'\u2019-]*(?:[ \t]+(?:(?:bin|al|de|of|the)[ \t]+)?[A-Z][\w.&'\u2019-]*){0,3})"
#: The statement right after X: ", known widely as", ", also known as", " (known as",
#: ", dubbed", ", nicknamed"; then the alias, capitalised, maybe in quotes.
_STATED = re.compile(
    r"[ \t]*(?:,|\()[ \t]*(?:(?:also|widely|commonly|popularly|better|often|generally|universally|locally|simply"
    r"|sometimes|informally)[ \t]+)*(?:(?:known|referred[ \t]+to)[ \t]+(?:(?:widely|commonly|popularly|locally"
    r"|simply|internationally|informally|by[ \t]+his[ \t]+initials|by[ \t]+her[ \t]+initials)[ \t]+)*as"
    r"|dubbed|nicknamed)[ \t]+(?:the[ \t]+)?[\"'\u201c\u2018]?" + _ALIAS
)
_TRIGGER = re.compile(r"\b(?:known|referred|dubbed|nicknamed)\b")
#: A name run before the statement: capitalised words and name particles.
_NAME_WORD = re.compile(r"[A-Z][\w.'\u2019-]*$")
_SENTENCE_BREAK = re.compile(r"[.!?;:\n\"\u201c\u201d(),]")
_DETERMINERS = frozenset({"the", "The", "a", "A", "an", "An", "its", "Its", "his", "His", "her", "Her"})


@dataclass(frozen=True)
class StatedAlias:
    """``name`` (X, as written at ``start:end`` of the article) is also called ``alias``."""

    name: str
    start: int
    end: int
    alias: str


def _name_before(text: str, end: int) -> tuple[int, str] | None:
    """X: the name or description that ends at ``end`` in ``text``, with its start: a run of
    capitalised words (with name particles: "Mohammed bin Salman"), or a description back to its
    determiner within the clause ("The crown prince"); None when there is neither."""
    lo = max(0, end - 100)
    clause = text[lo:end]
    cut = max((m.end() for m in _SENTENCE_BREAK.finditer(clause)), default=0)
    parts = clause[cut:].split()
    if not parts:
        return None
    taken: list[str] = []
    if _NAME_WORD.match(parts[-1]):
        for word in reversed(parts):
            if _NAME_WORD.match(word) or (taken and fold(word) in NAME_PARTICLES):
                taken.insert(0, word)
            else:
                break
        while taken and fold(taken[0]) in NAME_PARTICLES | {"the", "a", "an"}:
            taken.pop(0)
    else:
        for word in reversed(parts[-5:]):
            taken.insert(0, word)
            if word in _DETERMINERS:
                break
        else:
            return None
    if not taken:
        return None
    start = text.rfind(taken[0], lo, end)
    return (start, text[start:end].strip()) if start >= 0 else None


def stated_aliases(text: str) -> tuple[StatedAlias, ...]:
    """Every "X, known as Y" of ``text`` (an article), in order. The alias is one to four
    capitalised words (an acronym, a nickname: "MBS", "the Iron Lady"), not a title alone and
    not X itself."""
    if _TRIGGER.search(text) is None:
        return ()
    out: list[StatedAlias] = []
    for m in _STATED.finditer(text):
        alias = m.group(1).rstrip(".,'\u2019")
        before = _name_before(text, m.start())
        if before is None or not alias or all(is_title(w) for w in alias.split()):
            continue
        start, name = before
        if fold(name) == fold(alias) or fold(alias) in fold(name).split():
            continue
        out.append(StatedAlias(name=name, start=start, end=start + len(name), alias=alias))
    return tuple(out)
