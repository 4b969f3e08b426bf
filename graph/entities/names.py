"""Name normalisation: folding, person-name keys tolerant of transliteration, titles, slugs.

Everything here is a pure function of a name, so keys (and the IRIs made from them) do not
depend on which other articles are in a build.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set (for word lists written as text)."""
    return frozenset(text.split())


#: Words that precede a person's name as a title or office; stripped before keying the name.
TITLE_WORDS: frozenset[str] = words(
    """president vice prime minister foreign defense defence secretary king queen prince
    princess crown sheikh emir chancellor senator sen rep representative governor mayor general
    gen admiral colonel col commander lieutenant lt sergeant sgt captain capt major maj prof
    professor gov adm pres director chief head leader chairman chairwoman chair
    spokesman spokeswoman spokesperson ambassador envoy minister deputy pope cardinal archbishop
    bishop rev reverend mr mrs ms miss dr sir lord lady dame judge justice officer agent
    secretary-general first former late acting interim state interior finance premier ayatollah
    supreme pm"""
)
#: Abbreviated titles and the word they stand for ("Gen. James Mattis" is "the general").
TITLE_ABBREVIATIONS: dict[str, str] = {
    "gen": "general", "sen": "senator", "rep": "representative", "col": "colonel",
    "gov": "governor", "adm": "admiral", "pres": "president", "lt": "lieutenant",
    "sgt": "sergeant", "capt": "captain", "maj": "major", "prof": "professor", "pm": "prime",
}


def title_key(word: str) -> str:
    """The folded title ``word`` stands for (``Gen.`` → ``general``)."""
    w = fold(word)
    return TITLE_ABBREVIATIONS.get(w, w)


#: Name parts that follow a surname and belong to it.
SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})
#: Particles that start a compound surname ("al-Abadi", "bin Salman", "van der Leyen").
PARTICLES: frozenset[str] = frozenset({"al", "el", "bin", "ibn", "van", "von", "der", "de", "da", "di", "la", "le"})
_VOWELS = frozenset("aeiouy")


def ascii_fold(text: str) -> str:
    """``text`` without accents (NFKD, combining marks dropped) and with straight apostrophes."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
        text = text.replace("\u2019", "'").replace("\u2018", "'")
    return text.replace("`", "'")


def strip_possessive(text: str) -> str:
    """``text`` without a trailing possessive (``Naryshkin's`` → ``Naryshkin``)."""
    return _TRAILING_POSSESSIVE.sub("", text.strip())


_TRAILING_POSSESSIVE = re.compile(r"(?<=\w)['\u2019]s?$")
_POSSESSIVE = re.compile(r"(?<=\w)'s?\b")
_INITIAL_DOT = re.compile(r"(?<=\b[a-z])\.(?=[a-z]\.|\s|$)")
_PUNCT = re.compile(r"[^\w\s-]")
_ARTICLE = re.compile(r"^(the|a|an)\s+")
_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, strip accents, possessives, quotes and a leading article."""
    text = ascii_fold(text).lower()
    if "'" in text:
        text = _POSSESSIVE.sub("", text)
    if "." in text:
        text = _INITIAL_DOT.sub("", text)  # u.s. -> us
    text = _PUNCT.sub(" ", text)
    text = _ARTICLE.sub("", text.strip())
    return _SPACES.sub(" ", text).strip()


def slug(text: str) -> str:
    """A URL-safe slug of a folded name; a name in another script (``Лукашенко``) gets a hash,
    so that two such names never share a slug."""
    folded = fold(text)
    out = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    if not folded:
        return "unnamed"
    if not out or not folded.isascii():
        digest = hashlib.sha1(folded.encode()).hexdigest()[:12]
        return f"{out}-{digest}" if out else f"u-{digest}"
    return out


@functools.lru_cache(maxsize=1 << 14)
def skeleton(word: str) -> str:
    """A spelling-tolerant key of one name part: transliteration variants share it.

    ``Sergei``/``Sergey`` → ``srg``; ``Aleksandr``/``Alexander``/``Alyaksandr`` → ``alxndr``;
    ``Lukashenko``/``Lukashenka`` → ``lkshnk``. The first letter is kept, later vowels dropped,
    doubled letters collapsed, and a few transliteration pairs unified (ks/x, ph/f, ck/k, kh/h).
    """
    w = re.sub(r"[^a-z]", "", ascii_fold(word).lower())
    if not w:
        return ""
    w = w.replace("ks", "x").replace("ph", "f").replace("ck", "k").replace("kh", "h")
    w = w.replace("ts", "c").replace("tz", "c").replace("dzh", "j").replace("zh", "j")
    if len(w) > 2 and w.startswith("ye"):  # Yevgeny / Evgeny, Yelena / Elena
        w = w[1:]
    head, tail = w[0], "".join(c for c in w[1:] if c not in _VOWELS)
    out = head
    for c in tail:
        if c != out[-1]:
            out += c
    return out


@dataclass(frozen=True)
class PersonName:
    """A person's name split into the parts used for keying."""

    given: str  # first given name as written ("" when only one name part is known)
    surname: str  # last name part(s) as written, with particles and suffixes
    full: str  # the name without titles
    initials: str = ""  # middle initials, lower-case ("w" of George W. Bush)

    @property
    def key(self) -> str:
        """``surname-skeleton/given-skeleton``; only the surname skeleton when no given name.

        A generational suffix stays in the surname part (Abdullah II is not King Abdullah) and
        middle initials in the given part (George W. Bush is not George H.W. Bush).
        """
        words = re.split(r"[\s-]+", self.surname)
        parts = [skeleton(p) for p in words if fold(p) not in PARTICLES | SUFFIXES]
        suffix = [fold(p) for p in words if fold(p) in SUFFIXES]
        sur = "-".join(s for s in parts if s) or skeleton(self.surname)
        sur = "-".join([sur, *suffix])
        if not self.given:
            return sur
        return f"{sur}/{skeleton(self.given)}" + (f"-{self.initials}" if self.initials else "")

    @property
    def surname_key(self) -> str:
        """The surname part of :attr:`key`."""
        return self.key.split("/")[0]


_NAME_TOKEN = re.compile(r"[^\s]+")


def is_title(token: str) -> bool:
    """Whether ``token`` is a title or office word (``President``, ``Mr.``)."""
    return fold(token).replace(" ", "") in TITLE_WORDS or fold(token) in TITLE_WORDS


def person_name(text: str, *, strip_leading: frozenset[str] = frozenset()) -> PersonName | None:
    """Split a person's name as written into given name and surname, dropping titles.

    ``strip_leading`` holds extra folded words (demonyms, country names) to drop at the front.
    Returns None when nothing name-like is left.
    """
    text = strip_possessive(ascii_fold(text))
    tokens = [t.strip(",;:") for t in _NAME_TOKEN.findall(text)]
    tokens = [t for t in tokens if t]
    while tokens and (is_title(tokens[0]) or fold(tokens[0]) in strip_leading or fold(tokens[0]) in ("the", "a", "an")):
        tokens.pop(0)
    tokens = [t for t in tokens if re.search(r"[A-Za-z]", t)]
    tail: list[str] = []
    while len(tokens) > 1 and fold(tokens[-1]).replace(" ", "") in SUFFIXES:
        tail.insert(0, tokens.pop())
    # the name is the run of capitalised words at the end, after any title or description
    # ("U.N. humanitarian chief Valerie Amos", "U.S. Defense Secretary Jim Mattis"); a title
    # word that ends the text is a surname ("Erik Prince", "Martin Luther King Jr.")
    start = len(tokens)
    while start > 0:
        word = tokens[start - 1]
        particle = fold(word.split("-")[0]) in PARTICLES  # bin, al-Aziz
        title = is_title(word) and start < len(tokens)
        if title or re.search(r"'s?$", word) or not (word[:1].isupper() or particle):
            break
        start -= 1
    if 0 < start < len(tokens):
        tokens = tokens[start:]
    if not tokens:
        return None
    if len(tokens) == 1 or fold(tokens[0]) in PARTICLES:  # "bin Salman": a surname alone
        return PersonName(given="", surname=" ".join(tokens + tail), full=" ".join(tokens + tail))
    # surname: last token plus any particles right before it
    i = len(tokens) - 1
    while i > 1 and fold(tokens[i - 1]) in PARTICLES:
        i -= 1
    surname = " ".join(tokens[i:] + tail)
    initials = "".join(
        t.replace(".", "").lower() for t in tokens[1:i] if re.fullmatch(r"(?:[A-Z]\.)+|[A-Z]", t)
    )
    return PersonName(given=tokens[0], surname=surname, full=" ".join(tokens + tail), initials=initials)
