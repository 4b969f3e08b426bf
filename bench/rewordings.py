"""Rewordings for bench/robustness.py: the transformations that rewrite seeds (sentences with
known triples, :mod:`bench.robustseeds`), keeping the meaning (:data:`TRANSFORMS`, :data:`VERB_REWORDINGS`)
or changing it (:data:`NEGATIVES`, negative controls).

Name pools: common personal names of several origins (Arabic, Chinese, West and East African,
Slavic, Spanish, double names) put together for this bench, not real office holders; countries
and cities from ISO 3166 and GeoNames (:mod:`graph.extract.gazetteer` knows them all). The own
seeds are in :mod:`bench.robustseeds`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from bench.robustseeds import Seed
from graph.evaluate import GoldTriple

#: Personal names by origin (written for this bench; ordinary names, not office holders).
PERSON_NAMES: dict[str, tuple[str, ...]] = {
    "arabic": ("Khalid al-Mansouri", "Abdullah bin Rashid", "Fatima Haddad", "Youssef El Amrani"),
    "chinese": ("Zhang Wei", "Liu Xiaoming", "Chen Jianguo", "Wang Lihua"),
    "african": ("Chinedu Okafor", "Amina Mohammed Yusuf", "Kwame Mensah", "Wanjiru Kamau"),
    "slavic": ("Dmytro Kovalenko", "Agnieszka Nowak", "Sergei Volkov", "Milos Jovanovic"),
    "spanish": ("Maria Fernanda Lopez", "Jose Luis Romero", "Carmen Ortega", "Alejandro Ruiz"),
    "double": ("Jean-Pierre Dubois", "Anne-Marie Lefevre", "Hans-Peter Schmidt", "Mary-Jane Collins"),
}
#: Countries and cities (all names of :mod:`graph.extract.gazetteer`).
COUNTRIES: tuple[str, ...] = ("Kyrgyzstan", "Burkina Faso", "Paraguay", "Mozambique", "Azerbaijan",
                              "Bangladesh")
CITIES: tuple[str, ...] = ("Tashkent", "Dar es Salaam", "Vilnius", "Baku", "Asuncion", "Kinshasa")


@dataclass(frozen=True)
class Variant:
    """A rewritten seed: ``negative`` variants must state none of the seed's triples."""

    kind: str
    text: str
    triples: tuple[GoldTriple, ...]
    negative: bool = False


# --- argument kinds -------------------------------------------------------------------------


def _kind(name: str, doc) -> str:
    """``person``, ``country``, ``city`` or ``other`` for an argument string, from the model's
    entity labels and the gazetteer."""
    from graph.extract.gazetteer import is_known_place

    if is_known_place(name):
        import pycountry

        try:
            pycountry.countries.lookup(name)
            return "country"
        except LookupError:
            return "city"
    for ent in doc.ents:
        if (ent.text == name or name in ent.text) and ent.label_ == "PERSON" and len(name.split()) >= 2:
            return "person"
    return "other"


def _args(seed: Seed) -> list[str]:
    seen: list[str] = []
    for t in seed.triples:
        for a in (t.subject, t.object):
            if a not in seen:
                seen.append(a)
    return seen


def _pick(pool: Sequence[str], key: str, avoid: str, n: int = 1) -> list[str]:
    start = int(hashlib.sha1(key.encode()).hexdigest()[:6], 16)
    return [x for x in (pool[(start + k) % len(pool)] for k in range(len(pool))) if x not in avoid][:n]


def _rename(seed: Seed, mapping: dict[str, str]) -> tuple[str, tuple[GoldTriple, ...]]:
    text = seed.text
    for old in sorted(mapping, key=len, reverse=True):
        text = re.sub(r"(?<!\w)" + re.escape(old) + r"(?!\w)", mapping[old], text)
    triples = tuple(GoldTriple(mapping.get(t.subject, t.subject), t.predicate, mapping.get(t.object, t.object))
                    for t in seed.triples)
    return text, triples


def _pos(text: str, name: str) -> int:
    m = re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)
    return m.start() if m else -1


def _bare_before(text: str, at: int) -> bool:
    """True when nothing title-like precedes position ``at``: the sentence start or a lower-case word."""
    before = text[:at].rstrip()
    if not before:
        return True
    last = before.split()[-1]
    return last.islower() and last.isalpha() and last not in ("the", "a", "an")


def _subject_person(seed: Seed, doc, kinds: tuple[str, ...] = ("person",)) -> str | None:
    """An argument of ``kinds`` that opens a clause: a bare name followed directly by its verb."""
    for t in seed.triples:
        a = t.subject
        at = _pos(seed.text, a)
        if at < 0 or _kind(a, doc) not in kinds or not _bare_before(seed.text, at):
            continue
        tok = doc.char_span(at, at + len(a), alignment_mode="expand")
        if tok is None or tok.end >= len(doc):
            continue
        nxt = doc[tok.end]
        if nxt.pos_ in ("VERB", "AUX") and nxt.idx == at + len(a) + 1:
            return a
    return None


# --- transformations ------------------------------------------------------------------------

Transform = Callable[[Seed, object], "Variant | None"]


def _swap_person(origin: str) -> Transform:
    def run(seed: Seed, doc) -> Variant | None:
        people = [a for a in _args(seed) if _kind(a, doc) == "person"]
        if not people:
            return None
        names = _pick(PERSON_NAMES[origin], seed.id, seed.text, len(people))
        text, triples = _rename(seed, dict(zip(people, names)))
        return Variant(f"name:{origin}", text, triples)
    return run


def _swap_place(seed: Seed, doc) -> Variant | None:
    mapping: dict[str, str] = {}
    for a in _args(seed):
        kind = _kind(a, doc)
        if kind in ("country", "city"):
            pool = COUNTRIES if kind == "country" else CITIES
            mapping[a] = next(x for x in _pick(pool, seed.id + a, seed.text, len(pool))
                              if x not in mapping.values())
    if not mapping:
        return None
    text, triples = _rename(seed, mapping)
    return Variant("name:place", text, triples)


def _insert(seed: Seed, at: int, words: str, kind: str) -> Variant:
    return Variant(kind, seed.text[:at] + words + seed.text[at:], seed.triples)


def _title(seed: Seed, doc) -> Variant | None:
    for a in _args(seed):
        at = _pos(seed.text, a)
        if at >= 0 and _kind(a, doc) == "person" and _bare_before(seed.text, at):
            return _insert(seed, at, "Foreign Minister ", "title")
    return None


def _possessive(seed: Seed, doc) -> Variant | None:
    for a in _args(seed):
        at = _pos(seed.text, a)
        if at >= 0 and _kind(a, doc) == "person" and _bare_before(seed.text, at):
            country = _pick(COUNTRIES, seed.id, seed.text)[0]
            return _insert(seed, at, f"{country}'s president ", "possessive")
    return None


def _after_subject(words: str, kind: str, kinds: tuple[str, ...] = ("person",)) -> Transform:
    def run(seed: Seed, doc) -> Variant | None:
        a = _subject_person(seed, doc, kinds)
        if a is None:
            return None
        said = words
        if _kind(a, doc) != "person":
            said = said.replace("who", "which")
        return _insert(seed, _pos(seed.text, a) + len(a), said, kind)
    return run


def _object_appositive(seed: Seed, doc) -> Variant | None:
    """A person object followed by a preposition, a comma or the full stop gets an appositive."""
    for t in seed.triples:
        a = t.object
        at = _pos(seed.text, a)
        if at < 0 or _kind(a, doc) != "person":
            continue
        rest = seed.text[at + len(a):]
        m = re.match(r"( (of|for|with|at|in|on|to|over|about|before|after)\b|[.,])", rest)
        if m:
            word = ", a veteran lawmaker" + ("," if not rest.startswith((".", ",")) else "")
            return _insert(seed, at + len(a), word, "appositive:object")
    return None


def _decap(text: str, doc) -> str:
    first = doc[0]
    if first.pos_ == "PROPN" or first.ent_type_ or first.text == "I" or first.text.isupper():
        return text
    return text[0].lower() + text[1:]


_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{2,}(\s*\(|,|\s+-|\s*--|:)")


def _opener(doc) -> str:
    """What the sentence opens with: ``dateline``, ``quote``, ``phrase`` (a preposition,
    conjunction or adverb before the subject) or ``subject``."""
    text = doc.text
    if _DATELINE.match(text) or re.match(r"^[A-Z]\w+(,| -|:)", text) and doc[0].ent_type_ == "GPE":
        return "dateline"
    if text[0] in "\"'\u201c\u2018":
        return "quote"
    if doc[0].pos_ in ("ADP", "SCONJ", "ADV", "PUNCT", "VERB", "CCONJ"):
        return "phrase"
    return "subject"


def _prefix(words: str, kind: str, *, openers: tuple[str, ...] = ("subject", "phrase"),
            decap: bool = True) -> Transform:
    """``words`` before the sentence (its first word lower-cased unless a name, or ``decap`` is
    off: a dateline keeps the sentence's capital)."""
    def run(seed: Seed, doc) -> Variant | None:
        if _opener(doc) not in openers:
            return None
        return Variant(kind, words + (_decap(seed.text, doc) if decap else seed.text), seed.triples)
    return run


def _report_suffix(seed: Seed, doc) -> Variant | None:
    if not seed.text.endswith(".") or re.search(r"\b(said|says|told|according)\b|[\"\u201c\u201d]", seed.text):
        return None
    return Variant("report:suffix", seed.text[:-1] + ", the ministry said.", seed.triples)


def _trailing(seed: Seed, doc) -> Variant | None:
    if not seed.text.endswith(".") or re.search(r"[\"\u201c\u201d]", seed.text):
        return None
    words = " on Monday" if any(t.predicate == "visited" for t in seed.triples) else " in Geneva on Monday"
    if re.search(r"\b(on|last|this) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", seed.text):
        words = " in Geneva" if "visited" not in words else ""
    if not words:
        return None
    return Variant("place+date", seed.text[:-1] + words + ".", seed.triples)


_AGREE = {"has": "have", "is": "are", "was": "were", "says": "say"}


def _coordinate(seed: Seed, doc) -> Variant | None:
    a = _subject_person(seed, doc)
    if a is None:
        return None
    other = _pick(PERSON_NAMES["spanish"] + PERSON_NAMES["african"], seed.id, seed.text)[0]
    at = _pos(seed.text, a) + len(a)
    rest = seed.text[at:]
    m = re.match(r" (\w+)", rest)
    if m and m.group(1) in _AGREE:
        rest = " " + _AGREE[m.group(1)] + rest[m.end():]
    text = seed.text[:at] + " and " + other + rest
    extra = tuple(GoldTriple(other, t.predicate, t.object) for t in seed.triples if t.subject == a)
    return Variant("coordination", text, seed.triples + extra)


def _passive(seed: Seed, doc) -> Variant | None:
    for t in seed.triples:
        if t.predicate != "accused":
            continue
        m = re.search(re.escape(t.subject) + r" (accused|blamed) " + re.escape(t.object) + r"\b", seed.text)
        if m:
            text = seed.text[:m.start()] + f"{t.object} was {m.group(1)} by {t.subject}" + seed.text[m.end():]
            if text[0].islower():
                text = text[0].upper() + text[1:]
            return Variant("passive", text, seed.triples)
    return None


def _trigger_verb(seed: Seed, doc, triggers: dict[str, str]):
    """The past-tense trigger verb of the seed's mention: (token, aux or None)."""
    for tok in doc:
        if tok.text in triggers.values() and tok.tag_ in ("VBD", "VBN") and tok.pos_ == "VERB":
            aux = [c for c in tok.children if c.dep_ == "aux" and c.lower_ in ("has", "have", "had")]
            if tok.tag_ == "VBN" and not aux:
                continue
            return tok, (aux[0] if aux else None)
    return None


def _negative(kind: str) -> Callable[[Seed, object, dict[str, str]], Variant | None]:
    def run(seed: Seed, doc, triggers: dict[str, str]) -> Variant | None:
        found = _trigger_verb(seed, doc, triggers)
        if found is None:
            return None
        verb, aux = found
        lemma = verb.lemma_
        start = aux.idx if aux is not None else verb.idx
        if aux is not None and aux.i != verb.i - 1:
            return None
        end = verb.idx + len(verb.text)
        if kind == "negation":
            new = f"{aux.text} not {verb.text}" if aux is not None else f"did not {lemma}"
        elif kind == "future":
            new = f"will {lemma}"
        else:
            new = f"plans to {lemma}" if not seed.text[:start].rstrip().endswith(" and") else None
            if new is None:
                return None
        preds = {p for p, w in triggers.items() if w == verb.text}
        return Variant(kind, seed.text[:start] + new + seed.text[end:],
                       tuple(t for t in seed.triples if t.predicate in preds), negative=True)
    return run


_PARTICIPLES = {"flew": "flown", "went": "gone", "shook": "shaken", "took": "taken", "gave": "given",
                "came": "come", "saw": "seen", "spoke": "spoken", "wrote": "written", "drove": "driven"}


def _verb_rewording(kind: str) -> Callable[[Seed, object, dict[str, str]], Variant | None]:
    """Rewordings at the trigger verb that keep the event: the present perfect ("has met"), an
    adverb before it ("also met"), a time phrase between subject and verb ("on Monday met")."""
    def run(seed: Seed, doc, triggers: dict[str, str]) -> Variant | None:
        found = _trigger_verb(seed, doc, triggers)
        if found is None:
            return None
        verb, aux = found
        if kind == "perfect":
            if aux is not None or verb.tag_ != "VBD":
                return None
            subj = [c for c in verb.children if c.dep_ == "nsubj"]
            plural = any(c.tag_ in ("NNS", "NNPS") or any(g.dep_ == "conj" for g in c.children) for c in subj)
            if not subj or subj[0].lower_ in ("i", "you", "we", "they"):
                return None
            new = ("have " if plural else "has ") + _PARTICIPLES.get(verb.text, verb.text)
            return Variant(kind, seed.text[:verb.idx] + new + seed.text[verb.idx + len(verb.text):], seed.triples)
        at = verb.idx
        if kind == "time:mid":
            if aux is not None or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
                return None
            if re.search(r"\b(on|last|this) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
                         seed.text):
                return None
            return Variant(kind, seed.text[:at] + "on Monday " + seed.text[at:], seed.triples)
        if doc[verb.i - 1].pos_ == "ADV":
            return None
        return Variant(kind, seed.text[:at] + "also " + seed.text[at:], seed.triples)
    return run


#: Rewordings at the trigger verb (they need the seed's trigger), by name.
VERB_REWORDINGS: dict[str, Callable[[Seed, object, dict[str, str]], Variant | None]] = {
    k: _verb_rewording(k) for k in ("perfect", "adverb", "time:mid")
}


def _object_coordination(seed: Seed, doc) -> Variant | None:
    """A person or country object coordinated with another of its kind: both triples expected."""
    for t in seed.triples:
        a = t.object
        at = _pos(seed.text, a)
        kind = _kind(a, doc)
        if at < 0 or kind not in ("person", "country") or at == 0:
            continue
        if re.match(r" (and|or)\b", seed.text[at + len(a):]) or re.search(r"\b(and|or|between) $", seed.text[:at]):
            continue
        pool = PERSON_NAMES["slavic"] + PERSON_NAMES["arabic"] if kind == "person" else COUNTRIES
        other = _pick(pool, seed.id + "obj", seed.text)[0]
        extra = tuple(GoldTriple(x.subject, x.predicate, other) for x in seed.triples if x.object == a)
        text = seed.text[:at + len(a)] + " and " + other + seed.text[at + len(a):]
        return Variant("coordination:object", text, seed.triples + extra)
    return None


#: Meaning-preserving rewordings, by name.
TRANSFORMS: dict[str, Transform] = {
    **{f"name:{o}": _swap_person(o) for o in PERSON_NAMES},
    "name:place": _swap_place,
    "title": _title,
    "possessive": _possessive,
    "appositive": _after_subject(", a former diplomat,", "appositive"),
    "relative": _after_subject(", who took office last year,", "relative", ("person", "country", "city")),
    "appositive:object": _object_appositive,
    "dateline": _prefix("NAIROBI, May 3 (Reuters) - ", "dateline", openers=("subject", "phrase", "quote"),
                        decap=False),
    "adverbial:day": _prefix("On Tuesday, ", "adverbial:day", openers=("subject",)),
    "adverbial:month": _prefix("Earlier this month, ", "adverbial:month", openers=("subject",)),
    "report:prefix": _prefix("Officials said ", "report:prefix", openers=("subject",)),
    "report:suffix": _report_suffix,
    "coordination": _coordinate,
    "coordination:object": _object_coordination,
    "passive": _passive,
    "place+date": _trailing,
}
def _compose(first: str, second: str) -> Transform:
    """``first`` then ``second`` (the first's output parsed again), named ``first+second``."""
    def run(seed: Seed, doc) -> Variant | None:
        from graph.nlp import load_model

        a = TRANSFORMS[first](seed, doc)
        if a is None or a.text == seed.text:
            return None
        b = TRANSFORMS[second](Seed(seed.id, a.text, a.triples), load_model()(a.text))
        if b is None or b.text == a.text:
            return None
        return Variant(f"{first}+{second}", b.text, b.triples)
    return run


#: Two rewordings at once: an argument's wording and the sentence's frame.
COMBINED: tuple[tuple[str, str], ...] = (
    ("relative", "adverbial:day"), ("appositive", "dateline"), ("possessive", "report:suffix"),
    ("title", "appositive:object"), ("name:arabic", "relative"), ("name:chinese", "appositive"),
    ("name:african", "title"), ("name:slavic", "possessive"), ("coordination", "adverbial:month"),
    ("appositive:object", "report:prefix"), ("name:place", "place+date"), ("relative", "report:suffix"),
)
TRANSFORMS.update({f"{a}+{b}": _compose(a, b) for a, b in COMBINED})

#: Rewordings that change the meaning: no seed triple may come out.
NEGATIVES: dict[str, Callable[[Seed, object, dict[str, str]], Variant | None]] = {
    k: _negative(k) for k in ("negation", "future", "plan")
}


def variants_of(seed: Seed, triggers: dict[str, str] | None = None,
                kinds: Iterable[str] | None = None) -> list[Variant]:
    """Every applicable variant of ``seed`` (``triggers``: predicate -> trigger word of the
    seed's own mentions, for the negative controls)."""
    from graph.nlp import load_model

    doc = load_model()(seed.text)
    wanted = set(kinds) if kinds is not None else None
    out: list[Variant] = []
    for name, make in TRANSFORMS.items():
        if wanted is None or name in wanted:
            v = make(seed, doc)
            if v is not None and v.text != seed.text:
                out.append(v)
    for name, make in VERB_REWORDINGS.items():
        if triggers and (wanted is None or name in wanted):
            v = make(seed, doc, triggers)
            if v is not None:
                out.append(v)
    for name, make in NEGATIVES.items():
        if triggers and (wanted is None or name in wanted):
            v = make(seed, doc, triggers)
            if v is not None:
                out.append(v)
    return out
