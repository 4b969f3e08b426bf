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

from graph.entities.offices import name_part_title, occupation_before_name, office_before_name


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set (for word lists written as text)."""
    return frozenset(text.split())


#: Words that precede a person's name as a title or office in news, besides the general lexicon
#: (:func:`title_words`): offices and national titles that ``nameparser`` lacks.
_NEWS_TITLES: frozenset[str] = words(
    """president vice prime minister foreign defense defence secretary king queen prince
    princess crown sheikh emir chancellor senator sen rep representative governor mayor general
    gen admiral colonel col commander lieutenant lt sergeant sgt captain capt major maj prof
    professor gov adm pres director chief head leader chairman chairwoman chair
    spokesman spokeswoman spokesperson ambassador envoy minister deputy pope cardinal archbishop
    bishop rev reverend mr mrs ms miss dr sir lord lady dame judge justice officer agent
    secretary-general first former late acting interim state interior finance premier ayatollah
    supreme pm taoiseach tanaiste marshal field emira amir caliph shah sultan rajah maharaja
    khan tsar czar kaiser emperor empress pharaoh regent viceroy sheikha hajj haji mullah imam
    mufti rabbi patriarch metropolitan pontiff nuncio cleric pastor priest monk nun bishop
    brigadier corporal private commodore constable inspector superintendent commissioner
    ombudsman speaker whip councillor congressman congresswoman congressperson lawmaker mp mep
    legislator delegate attorney prosecutor counsel minister-president vice-president
    vice-premier deputy-prime co-chair president-elect chancellor-elect premier-elect
    ambassador-designate grand duke duchess earl count countess baron baroness viscount marquis
    crown-prince infanta infante archduke hrh excellency majesty highness eminence holiness
    mister monsieur madame senor senora herr frau signor signora"""
)
#: Words of the general lexicon that are also ordinary parts of organisation or place names
#: ("United States", "National Security Council", "Federal Reserve") or common given names: never titles.
_NOT_TITLES: frozenset[str] = words(
    """british english uk us united states kingdom national federal municipal district army navy
    police security intelligence information military social rock blues radio television
    theater theatre film opera soccer baseball business corporate financial tax credit risk
    marketing software computer discovery knowledge mystery law legal political civil
    criminal strategy travel voice award-winning classical biblical royal high right most
    senior group family flag bench banner air wing warrant st her his me pro model host
    revenue customs division docket master goodman woodman mother father brother sister aunt
    uncle baba guru lama buddha dean sailor player singer actor actress author writer poet
    critic dancer teacher chef pilot ranger saint sainte met expert special staff member
    resident personality celebrity excellent designated heir heiress bearer knowledge"""
)


@functools.lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Folded single words that precede a person's name as a title, rank or office.

    The general lexicon of ``nameparser`` (python-nameparser's ``TITLES``: honorifics, civil,
    military, religious, royal and academic titles, ~800 words in many languages; only plain
    Latin words taken, and none of :data:`_NOT_TITLES`) joined with :data:`_NEWS_TITLES`.
    """
    from nameparser.config.titles import TITLES

    general = {t for t in TITLES if t.isascii() and re.fullmatch(r"[a-z][a-z\-]*", t)}
    return frozenset((general - _NOT_TITLES) | _NEWS_TITLES)


#: Titles only a person bears: a name written after one is a person's, whatever spaCy says
#: ("Cardinal Pietro Parolin", "Field Marshal Khalifa Haftar"). Ranks, royal, religious and
#: national titles; not the ones that also start organisation names ("General", "Chief", "Supreme").
PERSONAL_TITLES: frozenset[str] = words(
    """king queen prince princess president pope sheikh sheikha emir emira amir chancellor
    senator sen governor mayor mr mrs ms dr sir lord lady dame premier ayatollah minister
    secretary taoiseach tanaiste marshal cardinal archbishop bishop rabbi imam mufti mullah
    patriarch pontiff nuncio cleric sultan shah tsar czar emperor empress pharaoh caliph rajah
    maharaja khan admiral colonel col lieutenant lt sergeant sgt captain capt brigadier corporal
    commodore gen adm maj prof professor rev reverend monsignor congressman congresswoman
    lawmaker mp mep ambassador envoy spokesman spokeswoman spokesperson duke duchess earl
    countess baron baroness viscount marquis archduke infanta infante crown-prince herr frau
    monsieur madame senor senora signor signora mister president-elect vice-president
    prime-minister judge justice"""
)
#: Kept for callers that read the words of the news lexicon directly; prefer :func:`is_title`.
TITLE_WORDS: frozenset[str] = _NEWS_TITLES
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
_ROMAN = re.compile(r"(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})")


def is_suffix(token: str) -> bool:
    """Whether ``token`` follows a surname as part of it: Jr., Sr., or a regnal or generational
    numeral written in capitals (II, VI, XIV: Felipe VI is not Felipe V)."""
    return fold(token).replace(" ", "") in SUFFIXES or (
        token.isupper() and len(token) <= 6 and _ROMAN.fullmatch(token) is not None)

#: Particles that start a compound surname ("al-Abadi", "bin Salman", "van der Leyen").
#: Words that make a name an organisation's, a building's or an institution's, never a person's
#: (one list for the person scan of :mod:`graph.entities.context`, :mod:`graph.entities.persons`
#: and the type vote of :mod:`graph.entities.typevote`, which had three overlapping copies).
ORGANISATION_WORDS: frozenset[str] = words(
    """service ministry committee council union party agency office court house department
    federation republic government army forces commission bank university tower palace state
    states church school news times post press association organization organisation nations
    affairs authority without against beyond lines airlines airways shipping motors holdings
    group industries systems technologies partners capital brothers corporation corp inc ltd plc
    llc company companies co bancorp insurance energy petroleum telecom airline records studios
    pictures media network foundation institute ag sa nv se foods pharmaceuticals fund trust
    securities international worldwide global club society league alliance front movement
    coalition initiative forum team brigade productions entertainment communications electronics
    laboratories enterprises ventures resources solutions"""
)

PARTICLES: frozenset[str] = frozenset({"al", "el", "bin", "ibn", "van", "von", "der", "de", "da", "di", "la", "le"})
#: Every particle a person's name may hold, which is no surname of its own ("Lula da Silva",
#: "bin Hamad Al Thani", "Ursula von der Leyen").
NAME_PARTICLES: frozenset[str] = PARTICLES | frozenset({
    "bint", "ben", "ould", "das", "do", "dos", "du", "den", "del", "della"})
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


#: Symbols that tell names apart ("AT&T" is not "AT T", "C++ Group" not "C Group"): spelled out
#: in slugs, so that names differing by one never share an IRI (``&`` and "and" are the same).
_SYMBOL_WORDS: dict[str, str] = {
    "&": "and", "+": "plus", "@": "at", "#": "sharp", "%": "percent", "$": "dollar",
    "\u20ac": "euro", "\u00a3": "pound", "\u00a5": "yen",
}
_SYMBOLS = re.compile("|".join(re.escape(k) for k in _SYMBOL_WORDS))


def slug(text: str) -> str:
    """A URL-safe slug of a folded name; a name in another script (``Лукашенко``) gets a hash,
    so that two such names never share a slug. Symbols are spelled out (``AT&T`` → ``at-and-t``,
    ``C++`` → ``c-plus-plus``), so names that differ by one do not share a slug either."""
    folded = fold(_SYMBOLS.sub(lambda m: f" {_SYMBOL_WORDS[m.group(0)]} ", text))
    out = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    if not folded:
        return "unnamed"
    if not out or not folded.isascii():
        digest = hashlib.sha1(folded.encode()).hexdigest()[:12]
        return f"{out}-{digest}" if out else f"u-{digest}"
    return out


@functools.lru_cache(maxsize=1 << 14)
def skeleton(word: str, *, pinyin: bool = False) -> str:
    """A spelling-tolerant key of one name part: transliteration variants share it.

    ``Sergei``/``Sergey`` → ``srg``; ``Aleksandr``/``Alexander``/``Alyaksandr`` → ``alxndr``;
    ``Lukashenko``/``Lukashenka`` → ``lkshnk``; ``Moqtada``/``Moktada`` → ``mktd``;
    ``Iyad``/``Eyad``/``Ayad`` → ``ad``. The first letter is kept (an opening vowel as ``a``:
    transliterations disagree on it), later vowels dropped, doubled letters collapsed, and a
    few transliteration pairs unified (ks/x, ph/f, ck/k, kh/h, q/k). With ``pinyin`` (the parts
    of a name written surname first, :attr:`PersonName.surname_first`) q stays apart from k:
    there they are two sounds (``Qiang``, ``Kang``).
    """
    w = _transliterated(word, pinyin=pinyin)
    if not w:
        return ""
    head, tail = ("a" if w[0] in "aeiou" else w[0]), "".join(c for c in w[1:] if c not in _VOWELS)
    out = head
    for c in tail:
        if c != out[-1]:
            out += c
    return out


def _transliterated(word: str, *, pinyin: bool = False) -> str:
    """``word`` folded to lower-case ASCII letters with the transliteration pairs of
    :func:`skeleton` unified."""
    w = re.sub(r"[^a-z]", "", ascii_fold(word).lower())
    w = w.replace("ks", "x").replace("ph", "f").replace("ck", "k").replace("kh", "h")
    w = w.replace("ts", "c").replace("tz", "c").replace("dzh", "j").replace("zh", "j")
    if not pinyin:
        w = w.replace("q", "k")
    if len(w) > 2 and w.startswith("ye"):  # Yevgeny / Evgeny, Yelena / Elena
        w = w[1:]
    return w


@functools.lru_cache(maxsize=1 << 14)
def part_key(word: str, *, pinyin: bool = False) -> str:
    """The key of one name part in a person's key: its :func:`skeleton`, the number of its vowel
    groups and the class of its first vowel after a consonant (``a`` for a, e, i, y; ``o`` for
    o, u). The skeleton alone joins transliterations but also different names of the same
    consonants: Mahmoud and Mohammed (``mhmd``), Hussein, Hassan and Hasina (``hsn``), Amr and
    Omar; the vowels' count and class keep those apart (``mhmd2a`` / ``mhmd3o``; ``hsn2o``,
    ``hsn2a``, ``hsn3a``) while Sergei/Sergey (``srg2a``), Aleksandr/Alexander/Alyaksandr
    (``alxndr3a``), Mohammed/Muhammad/Mohamed (``mhmd3o``), Lukashenko/Lukashenka, Iyad/Eyad
    stay together. A gendered form of a Slavic surname has one vowel group more (Navalny,
    Navalnaya). Pinyin parts (``pinyin``) are their folded letters, which pinyin spells one way
    only (Wang Yi is not Wang Yu).
    """
    w = _transliterated(word, pinyin=pinyin)
    if pinyin:
        return w
    if re.search(r"[^aeiouy]er$", w):
        w = w[:-2] + "r"  # Alexander / Aleksandr, Peter / Petr
    groups = 0
    first_class = ""
    after_consonant = previous_vowel = False
    for i, c in enumerate(w):
        vowel = c in "aeiou" or (c == "y" and i > 0 and w[i + 1 : i + 2] not in tuple("aeiou"))
        if vowel and not previous_vowel:
            groups += 1
            if after_consonant and not first_class:
                first_class = "o" if c in "ou" else "a"
        after_consonant = after_consonant or not vowel
        previous_vowel = vowel
    return f"{skeleton(word)}{groups}{first_class}"


#: Words that join a given name to the father's ("Mohammed bin Salman", "Ahmed ould Abdallah"):
#: the name after one tells people of the same given and family name apart.
PATRONYMIC_PARTICLES: frozenset[str] = frozenset({"bin", "ibn", "bint", "binti", "ben", "ould", "bar", "ap"})
#: Common family names of China (pinyin and Wade-Giles) and Korea that are written first
#: ("Xi Jinping", "Kim Jong Un", "Tsai Ing-wen"); the given name after one must be made of
#: Chinese or Korean syllables (:func:`_syllabic`) for the name to be read surname-first.
SURNAME_FIRST: frozenset[str] = words(
    """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng
    liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye
    cheng wei su lu ding ren shen yao jin fu zhong cui tan qin xi wen qian kong bai mao dai shi
    meng hou xiong jia lei fang gu qiu yan xue duan lai ni niu mo zhai tsai chiang hsu ko chu
    kim lee park pak choi chung jung kang cho yoon yun jang lim oh seo shin kwon hwang ahn an
    jeon hong moon yang son bae baek heo nam roh noh"""
)
_SYLLABLE = (
    r"(?:zh|ch|sh|hs|ts|kk|tt|pp|ss|jj|[bpmfdtnlgkhjqxrzcsywj])?"
    r"(?:iang|iong|uang|ueng|yeo|yeol|yeon|yeong|yae|wae|ian|iao|ing|ang|eng|ong|uai|uan|ai|ei|ao|ou|an|en"
    r"|er|ia|ie|iu|in|ua|uo|ui|un|ue|ve|eo|eu|ae|oe|wa|wo|we|wi|yu|ya|ye|yo|ee|oo|a|o|e|i|u|v)"
    r"(?:ng|ck|[kntlmp])?"
)
_SYLLABIC = re.compile(rf"(?:{_SYLLABLE}){{1,2}}")


def _syllabic(token: str) -> bool:
    """Whether ``token`` reads as one or two Chinese or Korean syllables per hyphenated part."""
    parts = [p for p in ascii_fold(token).lower().replace("'", "").split("-") if p]
    return bool(parts) and all(_SYLLABIC.fullmatch(p) for p in parts)


@dataclass(frozen=True)
class PersonName:
    """A person's name split into the parts used for keying."""

    given: str  # first given name as written ("" when only one name part is known)
    surname: str  # last name part(s) as written, with particles and suffixes
    full: str  # the name without titles, with the text's accents
    initials: str = ""  # middle initials, lower-case ("w" of George W. Bush)
    patronymic: str = ""  # the father's name after bin/ibn/ben ("Hamad" of Mohammed bin Hamad Al Thani)
    surname_first: bool = False  # written family name first ("Xi Jinping"): given = all the rest

    @functools.cached_property
    def key(self) -> str:
        """``surname-key/given-key`` of :func:`part_key`; only the surname's when no given name
        (computed once per name).

        A generational suffix stays in the surname part (Abdullah II is not King Abdullah),
        middle initials (George W. Bush is not George H.W. Bush) and the patronymic after
        "bin"/"ibn"/"ben" (``-bn-hmd``) in the given part. A surname-first name is keyed by its
        family name and its whole given name, spelled as pinyin spells it (Kim Jong Un is not
        Kim Jong Il, Wang Yi is not Wang Yu).
        """
        words = re.split(r"[\s-]+", self.surname)
        pinyin = self.surname_first
        parts = [part_key(p) for p in words if fold(p) not in PARTICLES and not is_suffix(p)]
        suffix = [fold(p) for p in words if is_suffix(p)]
        sur = "-".join(s for s in parts if s) or part_key(self.surname)
        sur = "-".join([sur, *suffix])
        if not self.given:
            return sur
        given = part_key(self.given.replace(" ", ""), pinyin=True) if pinyin else part_key(self.given)
        key = f"{sur}/{given}" + (f"-{self.initials}" if self.initials else "")
        if self.patronymic:
            key += "-bn-" + "-".join(part_key(p) for p in self.patronymic.split())
        return key

    @property
    def surname_key(self) -> str:
        """The surname part of :attr:`key`."""
        return self.key.split("/")[0]

    @functools.cached_property
    def parts(self) -> tuple[str, ...]:
        """The name's words, folded, without particles and suffixes (``Luiz Inácio Lula da Silva``
        → ``luiz``, ``inacio``, ``lula``, ``silva``): what a short form may repeat."""
        return tuple(
            w for w in (fold(x) for x in re.split(r"[\s]+", self.full))
            if w and w not in PARTICLES and w not in PATRONYMIC_PARTICLES and w not in SUFFIXES
            and not _ROMAN.fullmatch(w.upper())
        )


_NAME_TOKEN = re.compile(r"[^\s]+")


def is_title(token: str) -> bool:
    """Whether ``token`` is a title or office word (``President``, ``Mr.``, ``Taoiseach``)."""
    folded = fold(token)
    titles = title_words()
    return folded in titles or folded.replace(" ", "") in titles or folded.replace(" ", "-") in titles


def _has_letter(token: str) -> bool:
    """Whether ``token`` holds a Latin letter (names in other scripts are keyed as organisations' are, by a hash)."""
    return re.search(r"[A-Za-z]", ascii_fold(token)) is not None


#: Arabic name openers that make a given name with the word after them ("Abu Bakr", "Umm
#: Kulthum", "Abdul Aziz"): alone they tell nobody apart.
_KUNYA = frozenset({"abu", "abou", "umm", "abd", "abdel", "abdul", "abdol"})
#: Words of direction that open the names of regions, never a given name.
_COMPASS = frozenset({"north", "northern", "south", "southern", "east", "eastern", "west", "western",
                      "central", "upper", "lower", "northeast", "northwest", "southeast", "southwest"})


#: Letters with dots and nothing else ("U.N.", "U.S.", "E.U."): an abbreviation, not initials
#: when nothing follows.
_DOTTED_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}")


@functools.lru_cache(maxsize=1 << 15)
def person_name(text: str, *, strip_leading: frozenset[str] = frozenset()) -> PersonName | None:
    """Split a person's name as written into given name and surname, dropping titles.

    The parts keep the text's spelling (accents included); keys fold them. ``strip_leading``
    holds extra folded words (demonyms, country names) to drop at the front. Returns None when
    nothing name-like is left.
    """
    text = strip_possessive(text.replace("\u2019", "'").replace("`", "'"))
    tokens = [t.strip(",;:") for t in _NAME_TOKEN.findall(text)]
    tokens = [t for t in tokens if t]
    while tokens and (is_title(tokens[0]) or fold(tokens[0]) in strip_leading or fold(tokens[0]) in ("the", "a", "an")
                      or occupation_before_name(tokens) or office_before_name(tokens)):
        tokens.pop(0)
    tokens = [t for t in tokens if _has_letter(t)]
    popped = False
    while (len(tokens) > 1 and not tokens[-1][:1].isupper() and not is_suffix(tokens[-1])
           and not (fold(tokens[-1].split("-")[0]) in PARTICLES and "-" in tokens[-1])):
        tokens.pop()  # "Dodik later": a name ends with a name part
        popped = True
    if popped and re.search(r"['\u2019]s?$", tokens[-1]):
        return None  # "Li Keqiang's widow", "Abbas' aide": someone else, named by the one before
    tail: list[str] = []
    while len(tokens) > 1 and is_suffix(tokens[-1]):
        tail.insert(0, tokens.pop())
    # the name is the run of capitalised words at the end, after any title or description
    # ("U.N. humanitarian chief Valerie Amos", "U.S. Defense Secretary Jim Mattis"); a title
    # word that ends the text is a surname ("Erik Prince", "Martin Luther King Jr.")
    start = len(tokens)
    while start > 0:
        word = tokens[start - 1]
        particle = fold(word.split("-")[0]) in PARTICLES | PATRONYMIC_PARTICLES  # bin, al-Aziz
        title = is_title(word) and start < len(tokens) and not name_part_title(tokens, start - 1)
        if title or re.search(r"'s?$", word) or not (word[:1].isupper() or particle):
            break
        start -= 1
    if 0 < start < len(tokens):
        tokens = tokens[start:]
        while office_before_name(tokens):  # "Secretary of Homeland Security Kristi Noem"
            tokens.pop(0)
    if not tokens:
        return None
    if len(tokens) > 1 and fold(tokens[0]) in _COMPASS:
        return None  # "Northern Ireland", "South Sudan", "West Bank": a region, no person
    if all(_DOTTED_ABBREVIATION.fullmatch(t) for t in tokens):
        return None  # "U.N. panel", "the U.S.": an abbreviation left alone is no one's name
    full = " ".join(tokens + tail)
    if len(tokens) == 1 or fold(tokens[0]) in PARTICLES:  # "bin Salman": a surname alone
        return PersonName(given="", surname=full, full=full)
    if (
        not tail and 2 <= len(tokens) <= 3 and fold(tokens[0]) in SURNAME_FIRST
        and all(_syllabic(t) for t in tokens[1:])
    ):  # "Xi Jinping", "Kim Jong Un", "Tsai Ing-wen"
        return PersonName(given=" ".join(tokens[1:]), surname=tokens[0], full=full, surname_first=True)
    # surname: last token plus any particles right before it
    i = len(tokens) - 1
    while i > 1 and fold(tokens[i - 1]) in PARTICLES:
        i -= 1
    surname = " ".join(tokens[i:] + tail)
    kunya = fold(tokens[0]) in _KUNYA and i >= 2  # "Abu Bakr al-Baghdadi" is not "Abu Omar al-Baghdadi"
    given = f"{tokens[0]} {tokens[1]}" if kunya else tokens[0]
    middle = tokens[2:i] if kunya else tokens[1:i]
    patronymic: list[str] = []
    for j, t in enumerate(middle):
        if fold(t) in PATRONYMIC_PARTICLES and (t.islower() or fold(t) != "ben") and j + 1 < len(middle):
            patronymic.append(middle[j + 1])
    initials = "".join(
        t.replace(".", "").lower() for t in middle if re.fullmatch(r"(?:[A-Z]\.)+|[A-Z]", t)
    )
    return PersonName(given=given, surname=surname, full=full, initials=initials,
                      patronymic=" ".join(patronymic))


def fathers_name(short: PersonName, full: PersonName) -> bool:
    """Whether ``short`` ("King Salman", "Salman") is only the father's name in ``full``
    ("Mohammed bin Salman"): the name after "bin" is another man's, and a short form names
    the son only with the particle ("bin Salman")."""
    parts = full.surname.split()
    if not parts or fold(parts[0]) not in PATRONYMIC_PARTICLES:
        return False
    own = short.surname.split()
    return not (own and fold(own[0]) in PATRONYMIC_PARTICLES) and not short.given


def accents(text: str) -> int:
    """How many letters of ``text`` carry accents (non-ASCII): of two spellings of one name,
    the label keeps the one with more ("Erdoğan" over "Erdogan")."""
    return sum(1 for c in text if not c.isascii())
