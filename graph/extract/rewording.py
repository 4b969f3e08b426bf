"""Rewordings of a sentence that the small spaCy model parses more reliably, each edit mapped
back to the article's characters; used by :mod:`graph.extract.reparse` for its second reading.

An edit is ``(start, end, new)`` in article offsets (or ``(start, end, new, origin)`` for a
stretch moved from ``origin``); :func:`apply_edits` makes a :class:`Variant` of a stretch. The
edit makers read the first reading's tree (a :class:`~spacy.tokens.Span`) and the trigger words
of the extractors that found nothing there:

- :func:`clean_edits`: caption and source markers, a dateline, party tags, curly quotes, glued
  function words, an opening participle made a time clause;
- :func:`headline_edits`: a title-case headline in running-text case;
- :func:`verb_edits`: a caption's "-s" verb the model tagged a noun, in the simple past;
- :func:`pruning_edits`: clauses that part a subject from its verb, cut; a far-off passive agent
  moved next to its verb;
- :func:`defects`: signs of a broken tree, for which the sentence is read on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from graph.extract.lexicon import (
    ACCUSE_VERBS,
    AGREE_VERBS,
    CONDITIONAL_MARKERS,
    IRREALIS_GOVERNORS,
    MEET_GESTURES,
    MEET_VERBS,
    MODAL_AUX,
    TRAVEL_VERBS,
    VISIT_VERBS,
)

__all__ = [
    "Edit",
    "Variant",
    "apply_edits",
    "clean_edits",
    "defects",
    "headline_edits",
    "hung_relatives",
    "is_trigger",
    "past_tense",
    "pruning_edits",
    "stem_in",
    "verb_edits",
]

#: Edits that never change who did what: (pattern, replacement); a replacement of the same length
#: maps character for character, any other maps to the whole edited stretch.
_CLEAN: tuple[tuple[re.Pattern[str], str], ...] = (
    # source and caption brackets: "(AP)", "(Reuters)", "(L)", "(pictured)", "(second from
    # right)"; other brackets ("(UNIFIL)", "(to China)") the model reads well enough
    (re.compile(r"\s*\((?:AP|AFP|Reuters|UPI|Xinhua|CNN|BBC|[LRC]|file|photo|pictured|[a-z]+"
                r"|(?:(?:far|second|third|fourth) )?(?:from )?(?:left|right|center|centre)"
                r"(?: (?:to|from) (?:left|right))?)\)"), ""),
    # caption positions and a U.S. politician's party and state between commas: "A, left,
    # greets B", "A, third from right, and B", "Sen. Bernie Sanders, I-Vt., right, arrives"
    (re.compile(r"(?:\s*,\s*(?:(?:(?:far|second|third|fourth|fifth|hidden at|at|standing|seated) )?(?:from )?"
                r"(?:left|right|center|centre|top|bottom|front|rear|background|foreground)"
                r"(?: (?:from|to) (?:left|right))?|[DRI]-[A-Z][A-Za-z.]{1,12}))+\s*,(?=\s)"), ""),
    # caption and photo markers opening a text: "FILE - ", "FILE PHOTO: "
    (re.compile(r"^\s*(?:FILE(?: PHOTO)?|PHOTO|IMAGE|VIDEO)\s*[-:\u2013\u2014]+\s*"), ""),
)
#: An opening participle and the comma that ends its clause ("Visiting Kyiv on Monday, ...").
_OPENING = re.compile(r"[\s\"'\u201c]*(?:FILE(?: PHOTO)?\s*[-:\u2013\u2014]+\s*)?([A-Z][a-z]+ing)\b"
                      r"(?=[^,.;]{0,80},)")
#: Prepositions that end in "-ing" ("According to the Times, ...").
_ING_PREPOSITIONS = frozenset({"according", "including", "regarding", "concerning", "following",
                               "during", "pending", "excluding", "considering", "barring",
                               "notwithstanding", "excepting", "respecting", "touching"})
#: A function word run into the name after it by a careless feed ("blamed theTamil Tigers").
_GLUED = re.compile(r"\b(the|of|and|with|for|from|by|at|to|in|on)(?=[A-Z][a-z]{2,})")
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'",
                         "\u2019": "'", "\u00ab": '"', "\u00bb": '"'})


@dataclass(frozen=True)
class Variant:
    """A simplified wording of one stretch of an article, mapped back to the article.

    ``starts[i]`` and ``ends[i]`` are the offsets in the article text where character ``i`` of
    ``text`` begins and ends (a replaced stretch maps every one of its characters to the whole
    original stretch). ``unit`` is the ``(start, end)`` of the original stretch; ``recased``
    says that words changed case, so the first reading's named entities do not carry over.
    """

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    unit: tuple[int, int]
    recased: bool = False

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Article offsets of the variant's characters ``start:end`` (``end > start``)."""
        return self.starts[start], self.ends[end - 1]


#: Article offsets ``start, end`` and the text put in their place; a fourth element, when given,
#: is where the text put in stands in the article (a stretch moved: "accused [by B] of ...").
Edit = tuple[int, int, str] | tuple[int, int, str, int]


def apply_edits(text: str, unit: tuple[int, int], edits: Iterable[Edit], *,
                recased: bool = False) -> Variant:
    """The variant of ``text[unit[0]:unit[1]]`` with ``edits`` applied (an edit overlapping an
    earlier one is dropped), leading and trailing blanks trimmed."""
    lo, hi = unit
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = lo
    for s, e, new, *moved in sorted(edits):
        if s < at or e > hi:
            continue
        for i in range(at, s):
            out.append(text[i])
            starts.append(i)
            ends.append(i + 1)
        same_length = len(new) == e - s
        for k, ch in enumerate(new):
            out.append(ch)
            if moved:
                starts.append(moved[0] + k)
                ends.append(moved[0] + k + 1)
            else:
                starts.append(s + k if same_length else s)
                ends.append(s + k + 1 if same_length else e)
        at = e
    for i in range(at, hi):
        out.append(text[i])
        starts.append(i)
        ends.append(i + 1)
    joined = "".join(out)
    left = len(joined) - len(joined.lstrip())
    right = len(joined.rstrip())
    return Variant(joined[left:right], tuple(starts[left:right]), tuple(ends[left:right]), unit,
                   recased)


def clean_edits(text: str, lo: int, hi: int, body_start: int,
                 triggers: frozenset[str]) -> list[Edit]:
    """Edits that leave who did what as it was: a dateline, caption markers, source brackets and
    politicians' party tags cut; a space put between a function word and the name run into it;
    curly quotes straightened; an opening participle of a trigger, which the model takes for a
    noun subject ("Meeting in Warsaw, A and B said ..."), made a time clause ("While meeting in
    Warsaw, A and B said ...")."""
    edits: list[Edit] = []
    if lo < body_start < hi:
        edits.append((lo, body_start, ""))  # the dateline: "KABUL (Reuters) - "
    chunk = text[lo:hi]
    opening = _OPENING.match(text, max(lo, body_start if body_start < hi else lo), hi)
    if opening is not None:
        word = opening.group(1)
        stem = word[:-3].lower()
        if word.lower() not in _ING_PREPOSITIONS and (stem in triggers or stem + "e" in triggers or (
                len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in triggers)):
            at = opening.start(1)
            edits += [(at, at, "While "), (at, at + len(word), word.lower())]
    for pattern, new in _CLEAN:
        for m in pattern.finditer(chunk):
            if m.end() > m.start():
                edits.append((lo + m.start(), lo + m.end(), new))
    for m in _GLUED.finditer(chunk):
        edits.append((lo + m.end(1), lo + m.end(1), " "))  # "theTamil Tigers": a space put in
    for m in re.finditer(r"[\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb]", chunk):
        edits.append((lo + m.start(), lo + m.end(), m.group(0).translate(_QUOTES)))
    return edits


_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
#: Words a headline in title case capitalises that running text keeps in lower case.
_MINOR = frozenset("""
a an the and or but nor of to in on at for with by as from over after before amid into onto
upon about against across via than says say said is are was were be been
""".split())  # noqa: SIM905


def headline_edits(text: str, lo: int, hi: int, triggers: frozenset[str]) -> list[Edit]:
    """A headline in title case ("Putin Meets Erdogan in Sochi Amid Tensions"), where the model
    tags every word a proper noun, in running-text case: trigger words ("Meets", "Visits",
    "Signed") and minor words ("Amid", "Over") in lower case, the length kept. No edits when the
    stretch is not a headline in title case (at least four words, nearly all of its content
    words capitalised, not in capitals throughout)."""
    chunk = text[lo:hi]
    if chunk.count(" ") > 24 or sum(1 for w in chunk.split() if w[:1].islower()) > 6:
        return []  # a headline is short, and its few lower-case words are minor ones
    words = list(_WORD.finditer(text, lo, hi))
    content = [w for w in words if w.group(0).lower() not in _MINOR]
    if len(words) < 4 or len(content) < 3:
        return []
    capital = sum(w.group(0)[0].isupper() for w in content)
    upper = sum(w.group(0).isupper() and len(w.group(0)) > 1 for w in content)
    if capital < 0.85 * len(content) or upper > 0.5 * len(content):
        return []
    edits: list[Edit] = []
    for w in words:
        word = w.group(0)
        low = word.lower()
        if word == low or (word.isupper() and len(word) > 1):
            continue
        if low in _MINOR or stem_in(low, triggers):
            edits.append((w.start(), w.end(), low))
    return edits


def stem_in(word: str, triggers: frozenset[str]) -> bool:
    """True when a lower-case ``word`` or it less one or two final letters is a trigger ("meets",
    "signed")."""
    return any(word[: len(word) - k] in triggers for k in (0, 1, 2))


def is_trigger(token_lower: str, lemma: str, triggers: frozenset[str]) -> bool:
    return token_lower in triggers or lemma in triggers


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children)


def pruning_edits(span: Span, triggers: frozenset[str]) -> list[Edit]:
    """Clauses that part a subject from its verb, where the model then lost the subject, cut:

    - an apposition or relative clause between commas, holding no trigger, after which comes a
      verb the model gave no subject ("Quiznos Sub, the third-largest US sandwich chain, said");
    - a restrictive relative clause on a noun, up to the next finite verb that is or governs a
      trigger, when the model gave that verb no subject or one inside the relative clause ("A
      minister who could be key to keeping order after a pullout held a meeting with B").
    """
    doc = span.doc
    edits: list[Edit] = []
    # one pass to see which of the rules can apply at all
    tags = {t.tag_ for t in span}
    deps = {t.dep_ for t in span}
    commas = sum(1 for t in span if t.text == ",")
    if commas >= 2 and deps & {"appos", "relcl", "acl"}:
        edits += _apposition_edits(span, triggers)
    if tags & {"WP", "WDT"}:
        for tok, later in hung_relatives(span, triggers):
            before = doc[later.i - 1]
            edits.append((doc[tok.i - 1].idx + len(doc[tok.i - 1].text),
                          before.idx + len(before.text), ""))  # "who ... ruling" cut
    if commas >= 2:
        edits += _interruption_edits(span, triggers)
    if commas:
        edits += _opening_phrase_edits(span, triggers)
    if "VBN" in tags and "auxpass" in deps:
        edits += _agent_edits(span, triggers)
    return edits


def _apposition_edits(span: Span, triggers: frozenset[str]) -> list[Edit]:
    doc = span.doc
    edits: list[Edit] = []
    for tok in span:
        if tok.dep_ not in ("appos", "relcl", "acl") or tok.head.i >= tok.i:
            continue
        sub = list(tok.subtree)
        first, last = sub[0].i, sub[-1].i
        if first - 1 < span.start or last + 2 >= span.end:
            continue
        if any(is_trigger(t.lower_, t.lemma_.lower(), triggers) for t in sub):
            continue
        after = doc[last + 2]
        verb = after.head if after.dep_ in ("aux", "auxpass") else after  # "will pay", "was met"
        if doc[first - 1].text == "," and doc[last + 1].text == "," and \
                after.tag_ in ("VBD", "VBZ", "VBP", "MD") and not _has_subject(verb):
            edits.append((doc[first - 1].idx, doc[last + 1].idx + 1, ""))
    return edits


def _agent_edits(span: Span, triggers: frozenset[str]) -> list[Edit]:
    """A passive trigger with no agent of its own, and a "by" phrase naming someone further on
    that the model hung elsewhere, not on a passive participle of its own ("A has been accused
    of misusing funds in 2019 by current officials"): the phrase moved to follow the trigger
    ("A has been accused by current officials of misusing funds in 2019")."""
    doc = span.doc
    for verb in span:
        if verb.tag_ != "VBN" or not is_trigger(verb.lower_, verb.lemma_.lower(), triggers):
            continue
        kids = [c.dep_ for c in verb.children]
        if "auxpass" not in kids or "agent" in kids:
            continue
        for by in doc[verb.i + 2 : span.end]:
            if by.lower_ != "by" or by.head == verb or by.head.tag_ == "VBN" or \
                    by.head.pos_ not in ("VERB", "AUX") or not any(
                    c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") for c in by.children):
                continue
            last = max(t.i for t in by.subtree)
            before = doc[by.i - 1]
            if before.whitespace_ != " ":
                return []
            phrase = doc[by.i : last + 1].text
            end = by.idx + len(phrase)
            after_verb = verb.idx + len(verb.text)
            return [(after_verb, after_verb, " " + phrase, by.idx - 1),
                    (before.idx + len(before.text), end, "")]
        return []
    return []


def hung_relatives(span: Span, triggers: frozenset[str]) -> list[tuple[Token, Token]]:
    """Restrictive relative clauses the model ran into the main clause: pairs of a relative
    pronoun on a noun ("minister who ...") and the next finite verb that is or governs a trigger,
    which the model made an adverbial clause inside the relative clause or left without a subject
    of its own, outside the clause ("A minister who could be key to keeping order after a
    pullout held a meeting with B": "held" under "keeping", with "pullout" for its subject)."""
    doc = span.doc
    out: list[tuple[Token, Token]] = []
    for tok in span:
        if tok.lower_ not in ("who", "which", "that") or tok.tag_ not in ("WP", "WDT"):
            continue
        head = tok.i - 1  # the noun the clause is on, after a closing quote or bracket
        while head > span.start and doc[head].is_punct and doc[head].text != ",":
            head -= 1
        if head < span.start or doc[head].pos_ not in ("NOUN", "PROPN"):
            continue
        for later in doc[tok.i + 2 : span.end]:
            if later.tag_ not in ("VBD", "VBZ", "VBP") or later.dep_ in ("aux", "auxpass") or \
                    later == tok.head:
                continue
            if not any(is_trigger(t.lower_, t.lemma_.lower(), triggers) for t in (
                    later, *(c for c in later.children if c.dep_ in ("dobj", "attr")))):
                continue
            subjects = [c for c in later.children if c.dep_ in ("nsubj", "nsubjpass")]
            inside = tok.head in later.ancestors  # the main verb put under the relative clause
            if later.dep_ in ("advcl", "ROOT", "dep", "parataxis") and (
                    not subjects or (inside and all(tok.i <= c.i < later.i for c in subjects))):
                out.append((tok, later))
            break
    return out


def _plain(tokens: Iterable[Token], triggers: frozenset[str]) -> bool:
    """True when a stretch holds no trigger, negation or word of modality, so cutting it leaves
    the meaning of the rest as it was."""
    return not any((is_trigger(t.lower_, t.lemma_.lower(), triggers)
                    and t.dep_ not in ("aux", "auxpass")) or t.dep_ == "neg"
                   or t.lemma_.lower() in IRREALIS_GOVERNORS or t.lower_ in MODAL_AUX
                   or t.lower_ in CONDITIONAL_MARKERS for t in tokens)


def _interruption_edits(span: Span, triggers: frozenset[str]) -> list[Edit]:
    """A stretch between commas that took the sentence's root from the clause it interrupts
    ("A has been accused of misusing funds, much of it believed to have been embezzled, by B"),
    with a trigger outside it: the stretch and its commas cut."""
    doc = span.doc
    commas = [t.i for t in span if t.text == ","]
    out: list[Edit] = []
    for root in span:
        if root.dep_ != "ROOT" or is_trigger(root.lower_, root.lemma_.lower(), triggers):
            continue
        left = max((c for c in commas if c < root.i), default=None)
        right = min((c for c in commas if c > root.i), default=None)
        if left is None or right is None or right + 1 >= span.end or left == span.start:
            continue
        if doc[right + 1].pos_ != "ADP" or not _plain(doc[left + 1 : right], triggers):
            continue  # the interrupted clause goes on with a preposition: "..., by officials"
        if doc[left - 1].is_quote or doc[left + 1].is_quote:
            continue  # a reporting clause: '"...," said Kerry, who ...'
        if not any(t.pos_ in ("VERB", "AUX") for t in doc[left + 1 : right]):
            continue  # a place or a name, not a clause: "in Irvine, California, saying"
        if any(is_trigger(t.lower_, t.lemma_.lower(), triggers) for t in span
               if not left < t.i < right):
            out.append((doc[left].idx, doc[right].idx + 1, ""))
    return out


#: Words opening a sentence whose clause makes the main clause conditional or unreal.
_UNREAL_OPENERS = frozenset({"if", "unless", "whether", "should", "lest"})


def _opening_phrase_edits(span: Span, triggers: frozenset[str]) -> list[Edit]:
    """An opening prepositional phrase ending in a comma, when the main verb is a trigger the
    model gave no subject ("With the signing of a Memorandum of Understanding on ..., the
    government and the rebels have agreed to ..."): the phrase cut, the next word capitalised."""
    doc = span.doc
    opener = span[0]
    if opener.tag_ != "IN" or opener.lower_ in _UNREAL_OPENERS:
        return []
    for verb in span:
        if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or _has_subject(verb):
            continue
        if not is_trigger(verb.lower_, verb.lemma_.lower(), triggers):
            continue
        comma = max((t.i for t in doc[opener.i + 1 : verb.i] if t.text == ","), default=None)
        if comma is None or comma + 1 >= verb.i:
            continue
        nxt = doc[comma + 1]
        return [(opener.idx, nxt.idx, ""), (nxt.idx, nxt.idx + 1, nxt.text[0].upper())]
    return []


#: Verbs of the four relations (graph.extract.lexicon) whose present "-s" form the model may tag
#: a plural noun in a caption ("Mario Conti greets Luis Vega in Rome").
_VERBS = frozenset(VISIT_VERBS | set(TRAVEL_VERBS) | MEET_VERBS | set(MEET_GESTURES)
                   | AGREE_VERBS | ACCUSE_VERBS)
_IRREGULAR_PAST = {"meet": "met", "shake": "shook", "fly": "flew", "come": "came", "go": "went",
                   "strike": "struck", "hold": "held", "seek": "sought"}


def past_tense(verb: str) -> str:
    """The simple past of a lower-case verb lemma ("greet" -> "greeted", "hug" -> "hugged",
    "ratify" -> "ratified", "meet" -> "met")."""
    if verb in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[verb]
    if verb.endswith("e"):
        return verb + "d"
    if len(verb) > 2 and verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    if len(verb) <= 4 and re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", verb):
        return verb + verb[-1] + "ed"
    return verb + "ed"


def verb_edits(span: Span, triggers: frozenset[str]) -> list[Edit]:
    """A trigger verb in its "-s" form that the model tagged a plural noun, in a stretch with no
    finite verb besides ("Mario Conti greets Luis Vega before a meeting in Rome"), in the simple
    past, which the model reads as a verb ("... greeted Luis Vega ..."); a caption's present
    tells of a past event."""
    edits: list[Edit] = []
    finite = [t for t in span if t.tag_ in ("VBD", "VBZ", "VBP", "MD")]
    if finite:
        return []
    for t in span:
        low = t.lower_
        if t.tag_ != "NNS" or not low.endswith("s") or t.i == span.start:
            continue
        if any(c.dep_ in ("poss", "det", "nummod") for c in t.children):
            continue  # "the minister's visits", "two visits": a noun after all
        lemma = low[:-2] if low.endswith("es") and low[:-2] in _VERBS else low[:-1]
        if lemma in _VERBS and lemma in triggers:
            past = past_tense(lemma)
            edits.append((t.idx, t.idx + len(t.text), past if t.text.islower() else past.title()))
    return edits


def modifier_verb_edits(span: Span, triggers: frozenset[str]) -> list[Edit]:
    """A trigger in the simple past that the model hung on a noun as a modifier, in a stretch
    with no verb at its root ("Ruto hosted Museveni in Nairobi": "hosted" an amod of the name
    after it): "then" before the verb, which the model reads as a clause's; and a role noun
    between an accusing verb and the name it describes ("charged businessman X with fraud"),
    left out."""
    if any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in span):
        return []
    doc = span.doc
    edits: list[Edit] = []
    for t in span:
        if t.tag_ not in ("VBD", "VBN") or t.dep_ not in ("amod", "compound", "nmod") \
                or t.i == span.start or not t.lower_.endswith("ed") or t.i + 1 >= span.end \
                or not is_trigger(t.lower_, t.lemma_.lower(), triggers):
            continue
        if doc[t.i - 1].pos_ != "PROPN" and not doc[t.i - 1].like_num and doc[t.i - 1].ent_type_ != "DATE":
            continue  # a name (or "on Monday") before the verb: its subject; not "the alleged plot"
        edits.append((t.idx, t.idx + len(t.text), "then " + t.text))
        role = doc[t.i + 1] if t.i + 2 < span.end else None
        if role is not None and role.pos_ == "NOUN" and role.is_lower and role.dep_ == "compound" \
                and doc[t.i + 2].ent_type_ == "PERSON" and doc[t.i + 2].ent_iob_ == "B":
            edits.append((role.idx, doc[t.i + 2].idx, ""))  # "charged businessman X" -> "charged X"
    return edits


def defects(span: Span, triggers: frozenset[str], *, body_start: int = 0) -> list[str]:
    """Signs that the model's tree of ``span`` is broken, which a reading of the sentence on its
    own (out of its neighbours' context) may mend: a word left unattached ("dep") or attached as
    punctuation, "to" before a name taken for an infinitive's ("Trip of Year to N.M."), a trigger whose tag contradicts its role ("Meeting" as a noun heading an
    adverbial clause, a finite verb as a subject or modifier), a trigger tagged a proper noun
    (headline case). Words before ``body_start`` (a dateline) are not looked at."""
    found: list[str] = []
    for t in span:
        if t.is_space or t.is_punct or t.idx < body_start:
            continue
        if t.dep_ == "dep" or (t.dep_ == "punct" and t.is_alpha):
            found.append(f"unattached {t.text}")
        elif t.lower_ == "to" and t.dep_ == "aux" and t.head.pos_ == "PROPN":
            found.append(f"'to' before the name {t.head.text} taken for an infinitive's")
        if not is_trigger(t.lower_, t.lemma_.lower(), triggers):
            continue
        if t.tag_ in ("NNP", "NNPS"):
            found.append(f"trigger {t.text} tagged {t.tag_}")
        elif t.pos_ == "NOUN" and t.dep_ in ("advcl", "ccomp", "xcomp", "relcl", "acl", "pcomp"):
            found.append(f"noun trigger {t.text} as {t.dep_}")
        elif t.tag_ in ("VBD", "VBZ", "VBP") and t.dep_ in (
                "nsubj", "nsubjpass", "dobj", "pobj", "compound", "amod", "appos", "attr"):
            found.append(f"verb trigger {t.text} as {t.dep_}")
    return found
