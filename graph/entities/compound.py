"""Names that hold "and", "&" or "for ... in": the whole name an argument was cut from.

An extractor (or spaCy) may cut "Bosnia and Herzegovina" into two places, "Procter & Gamble"
into two organisations, "Organization for Security and Co-operation in Europe" before "in
Europe", or split "U.S. Commission on International Religious Freedom and Economic Affairs" at
"and". :func:`whole_name` looks at the article text around the argument and returns the whole
name when the pieces belong together:

- the joined name is a country of ISO 3166 / GeoNames (``pycountry`` lists the compound names:
  Bosnia and Herzegovina, Trinidad and Tobago, Antigua and Barbuda, Saint Kitts and Nevis);
- an ampersand joins capitalised words (``Procter & Gamble``, ``Johnson & Johnson``, ``AT&T``):
  news writes "&" inside company names, "and" between separate actors;
- the words after the argument, joined by "and"/"for"/"of"/"on"/"in", end in an organisation's
  head noun (Commission, Organization, Council, ...): the argument was the front of that name;
  a lone word after "and" inside such a run (``... Freedom and Economic Affairs``) belongs to it.

Days and months never extend a name ("the Security Council on Friday").
"""

from __future__ import annotations

import re

from graph.entities.names import fold, words
from graph.entities.places import find_country
from graph.extract.lexicon import ORG_HEADS

_CALENDAR = words(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december"""
)
_WORD = r"[A-Z](?:[\w'\u2019\-]|\.(?=[\w-]))*"
#: Connectors of long formal names; "the" may follow "of" ("Bank of the South").
_JOIN = r"(?:and|&|for|on|in|de|of(?:[ \t]+the)?)"
_RIGHT = re.compile(rf"(?:[ \t]*&[ \t]*|[ \t]+{_JOIN}[ \t]+)({_WORD}(?:[ \t]+{_WORD})*)")
_FOLLOW = re.compile(rf"(?:[ \t]+{_WORD})+")
_LEFT = re.compile(
    rf"({_WORD}(?:[ \t]+(?:(?:for|of|on|in|and)[ \t]+)?{_WORD})*)(?:[ \t]*&[ \t]*|[ \t]+(?:and|&|for|of|on|in)[ \t]+)$"
)


def _clean(run: str) -> str:
    """``run`` cut before the first day or month name."""
    kept: list[str] = []
    for w in run.split():
        if fold(w) in _CALENDAR:
            break
        kept.append(w)
    return " ".join(kept)


def _right(text: str, end: int) -> list[str]:
    """The joined continuations after ``end``: [" and Herzegovina", " and Herzegovina in X", ...]."""
    out: list[str] = []
    pos = end
    while True:
        m = _RIGHT.match(text, pos)
        if m is None:
            return out
        words_ = _clean(m.group(1))
        if not words_:
            return out
        stop = m.start(1) + len(words_)
        out.append(text[end:stop])
        if words_ != m.group(1):
            return out
        pos = stop


def _left(text: str, start: int) -> str:
    """The joined words right before ``start`` ("Bosnia and "), or ""."""
    lo = max(0, start - 120)
    m = _LEFT.search(text[lo:start])
    return m.group(0) if m else ""


def whole_name(text: str, start: int, end: int, *, single_ok: bool = True) -> tuple[str, str] | None:
    """The whole name that ``text[start:end]`` was cut from, and why; None when it stands alone.

    ``single_ok``: whether the argument may be absorbed into an organisation's name that runs
    through it (false for an argument that is a name of its own, such as a person the article
    names in full).
    """
    piece = text[start:end]
    if not piece[:1].isupper():  # only names are cut: "the director of ..." is a description
        return None
    rights = _right(text, end)
    left = _left(text, start)
    # a country written with "and"/"&" (Bosnia and Herzegovina, Trinidad & Tobago)
    for right in rights[:1] or [""]:
        for lead in ([left, ""] if left else [""]):
            if not (lead or right):
                continue
            for lw in _suffixes(lead):
                whole = lw + piece + right
                if find_country(whole.replace("&", "and")) is not None and find_country(piece) is None:
                    return whole, "the whole country name as written"
    # an ampersand joins capitalised words into one company's name
    if rights and rights[0].lstrip().startswith("&"):
        return piece + rights[0], "'&' joins the words of one name"
    if left.rstrip().endswith("&"):
        lead = _last_words(left)
        return lead + piece, "'&' joins the words of one name"
    # a bare head noun ("Organization") is the front of the name after it
    if rights and all(fold(w) in ORG_HEADS for w in piece.split()) and rights[0].split()[0] in ("for", "of", "on"):
        return piece + rights[-1], "the rest of the organisation's name follows it"
    # the front of an organisation's long name: the run after it ends with a head noun
    standalone = find_country(piece) is not None or not single_ok
    for right in reversed(rights):
        last = fold(right.split()[-1]) if right.split() else ""
        joined_by_and = right.split()[0] == "and"
        if last in ORG_HEADS and fold(piece.split()[-1]) not in ORG_HEADS and not (joined_by_and and standalone):
            return _lead(text, start) + piece + right, "the rest of the organisation's name follows it"
    if rights and any(fold(w) in ORG_HEADS for w in piece.split()) and len(piece.split()) > 1:
        head = rights[0].split()
        if head and head[0] == "in" and re.search(r"\b(for|and|of)\b", piece):
            return piece + rights[0], "the rest of the organisation's name follows it"
    # a word cut out of an organisation's name at "and" (... Freedom and Economic Affairs)
    if single_ok and left and re.search(r"\band\s*$", left) and find_country(piece) is None:
        lead = _last_words(left)
        if any(fold(w) in ORG_HEADS for w in lead.split()):
            follow = _FOLLOW.match(text, end)
            tail = _clean(follow.group(0)) if follow else ""
            tail = (" " + tail) if tail else ""
            more = _right(text, end + len(follow.group(0)) if follow and tail else end)
            return lead + piece + tail + (more[-1] if more else ""), "a part of the organisation's name around it"
    return None


#: Capitalised words that open a sentence or a clause rather than a name.
_OPENERS = words("the a an on in at but and for as by with from to after before when while if")
_LEAD = re.compile(rf"((?:{_WORD}[ \t]+)+)$")


def _lead(text: str, start: int) -> str:
    """The capitalised words right before ``start`` with nothing between ("U.S.-China " before
    "Economic and Security Review Commission"), without a sentence opener ("The")."""
    m = _LEAD.search(text[max(0, start - 80) : start])
    if m is None:
        return ""
    lead = m.group(1).split()
    while lead and fold(lead[0]) in _OPENERS | _CALENDAR:
        lead.pop(0)
    return " ".join(lead) + " " if lead else ""


def _suffixes(lead: str) -> list[str]:
    """``lead`` and its shorter tails, longest first ("Saint Kitts and " → also "Kitts and ")."""
    if not lead:
        return [""]
    parts = lead.split(" ")
    return [" ".join(parts[i:]) for i in range(len(parts))] + [""]


def _last_words(left: str) -> str:
    """``left`` from its capitalised run on (what :data:`_LEFT` matched, as it is)."""
    return left


#: Capitalised words ending in a possessive right before a head: "Attorney General's ",
#: "Kenya's Attorney General's ", "Prime Minister's ".
_OWNER_RUN = re.compile(rf"((?:(?:[A-Z]\.(?:[A-Z]\.)+|{_WORD})[ \t]+)*{_WORD}['\u2019]s?)[ \t]+$")  # "U.S. Attorney's"


def possessive_owner(text: str, start: int) -> str:
    """The run of capitalised words ending in a possessive written right before ``start`` in
    ``text`` ("the Attorney General's Office" → "Attorney General's"), within its sentence;
    "" when there is none. A sentence's opening "The" is not part of it."""
    m = _OWNER_RUN.search(text[max(0, start - 80) : start])
    if m is None:
        return ""
    run = m.group(1).split()
    while run and run[0] in ("The", "A", "An"):
        run.pop(0)
    return " ".join(run)
