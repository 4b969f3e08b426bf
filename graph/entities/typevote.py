"""Person or organisation: a vote from what one article says around a name.

spaCy's small model labels many title-less full names organisations ("Keir Starmer met ...",
"Gustavo Petro met ...") and some eponymous companies persons ("Louis Vuitton accused ...").
:func:`relabel` corrects its label from evidence in the same article only (so that IRIs stay a
function of the article): a personal pronoun or an age after the name, a title or role in
apposition, a family relation through a possessive (person); a corporate suffix, shares, an
"its", a company noun in apposition (organisation). Failing those, a first word that is a
common given name (:func:`is_given_name`) votes person, unless the article speaks of the name,
or of a company by a corporate noun, as an organisation.

Given names come from the person providers of Faker (https://github.com/joke2k/faker, MIT
licence; its lists cite national statistics offices and public name registers): every
Latin-script first-name list of its locales (romanised Japanese, Russian names as Estonia's
register spells them; not Chinese, Korean or Vietnamese ones, written family name first). A name found only in its large generic ``en``
list or in the Icelandic register counts when a second list holds it too, so that words such
as "Wells", "General", "Royal", "China" (in the ``en`` list only) are no given names.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from collections.abc import Iterable, Mapping

from graph.entities.names import TITLE_WORDS, ascii_fold, fold, is_title, words

#: Faker locales whose lists are too wide to count alone (see the module docstring).
_WIDE_LISTS = frozenset({"en", "is_IS"})
#: Locales whose names are written family name first (see :attr:`PersonName.surname_first`).
_SURNAME_FIRST_LOCALES = ("zh_", "vi_", "ko_")
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f' -]+$")


@functools.cache
def given_names() -> frozenset[str]:
    """Folded given names (``"gustavo"``, ``"friedrich"``), about 13,000; see the module docstring.

    Raises nothing: without Faker installed the set is empty (the vote then needs evidence)."""
    try:
        import faker.providers.person as people
    except ImportError:  # pragma: no cover - faker is a dependency
        return frozenset()
    counts: dict[str, set[str]] = {}
    for info in pkgutil.iter_modules(people.__path__):
        provider = importlib.import_module(f"{people.__name__}.{info.name}").Provider
        if info.name.startswith(_SURNAME_FIRST_LOCALES):
            continue
        for attr, value in vars(provider).items():  # its own lists, not those it inherits
            if not (attr.startswith("first_") and "names" in attr and "kana" not in attr):
                continue
            if not isinstance(value, (tuple, list, dict, set, frozenset)):
                continue
            for name in value:
                if isinstance(name, str) and _LATIN.match(name):
                    counts.setdefault(ascii_fold(name).lower(), set()).add(info.name)
    return frozenset(n for n, where in counts.items() if len(where) > 1 or not where <= _WIDE_LISTS)


def is_given_name(word: str) -> bool:
    """Whether ``word`` (any case, accents or not) is a common given name (:func:`given_names`)."""
    return ascii_fold(word).lower() in given_names()


#: Words that make a run of capitalised words an organisation's name, whatever its first word.
_COMPANY_WORDS = words(
    """inc corp corporation co ltd plc llc group holdings ag sa nv se bank bancorp capital partners
    brothers industries motors airlines airways foods energy petroleum pharmaceuticals media
    company companies fund trust insurance securities"""
)
#: Nouns that a company is described by in apposition or as a later subject ("the company said").
_COMPANY_NOUNS = (
    r"company|group|firm|bank|lender|insurer|maker|carmaker|automaker|retailer|brand|label|"
    r"conglomerate|giant|chain|manufacturer|producer|investor|fund|brokerage|broker|house|"
    r"airline|miner|exchange|startup|bank's|company's|firm's"
)
_ORG_POSSESSED = (
    r"shares|stock|chief executive|chief executive officer|ceo|board|brand|profit|profits|revenue|"
    r"sales|stores|products|subsidiary|unit|headquarters|employees|executives|shareholders|"
    r"investors|bonds|earnings|customers|clients|factory|factories|plant|plants"
)
_PERSON_POSSESSED = (
    r"wife|husband|son|daughter|sons|daughters|father|mother|brother|sister|family|spouse|"
    r"children|widow|widower|parents|grandson|granddaughter|girlfriend|boyfriend|lawyer|lawyers"
)
_SPEECH = r"said|says|told|added|wrote|insisted|argued|stated|warned|claimed|denied|believes|thinks"
_PERSONAL = r"he|she|his|her|him|himself|herself"


def _mention(form: str) -> str:
    """A regular expression for ``form`` as a whole name in text."""
    return rf"(?<![\w-]){re.escape(form)}(?![\w-])"


def _titled_apposition(text: str, form: str) -> bool:
    """``Gustavo Petro, the Colombian president,`` / ``prime minister Keir Starmer``."""
    for m in re.finditer(_mention(form) + r",\s+((?:the\s+|a\s+|an\s+)?(?:[\w'\u2019.-]+\s+){0,4}[\w'\u2019.-]+)", text):
        if any(fold(w) in TITLE_WORDS for w in m.group(1).split()):
            return True
    for m in re.finditer(r"(\b[a-z][\w-]*)\s+" + _mention(form), text):
        if fold(m.group(1)) in TITLE_WORDS:
            return True
    return False


def person_evidence(text: str, forms: Iterable[str]) -> str | None:
    """Why the article ``text`` writes one of ``forms`` (a name, its surname) as a person's,
    or None: a title or role in apposition, an age (``Merz, 70,``), a personal pronoun after
    a verb of speech (``Ruto said his government``) or opening the next sentence, a family
    relation (``X's wife``)."""
    for form in forms:
        if not form:
            continue
        name = _mention(form)
        if _titled_apposition(text, form):
            return f"'{form}' has a title or role in apposition"
        if re.search(name + r",\s+\d{1,3},", text):
            return f"'{form}' is given an age"
        if re.search(name + rf"(?:,[^,.]{{1,40}},)?\s+(?:{_SPEECH})\s+(?:that\s+)?(?:{_PERSONAL})\b", text):
            return f"'{form}' is followed by a verb of speech and a personal pronoun"
        if re.search(name + rf"['\u2019]s?\s+(?:{_PERSON_POSSESSED})\b", text):
            return f"'{form}' has a family relation"
        if re.search(r"(?:^|[.!?]\s+)" + name + r"\b[^.!?]{0,120}[.!?]\s+(?:He|She|His|Her)\s", text):
            return f"'{form}' opens a sentence and the next opens with a personal pronoun"
    return None


def organisation_evidence(text: str, forms: Iterable[str]) -> str | None:
    """Why the article ``text`` writes one of ``forms`` as an organisation's, or None: a
    corporate suffix or noun after it (``Charles Schwab Corp``), its shares or executives
    (``Louis Vuitton's shares``), a company noun in apposition, ``its`` after a verb of speech
    or in its own clause (``accused a rival of copying its bags``)."""
    for form in forms:
        if not form:
            continue
        name = _mention(form)
        if re.search(name + r"\s+(?:Inc|Corp|Corporation|Co|Ltd|plc|PLC|LLC|Group|Holdings|AG|SA|NV|SE)\b", text):
            return f"'{form}' is followed by a corporate suffix"
        if re.search(name + rf"(?:['\u2019]s?)?\s+(?:{_ORG_POSSESSED})\b", text, flags=re.IGNORECASE) \
                or re.search(r"\bshares\s+(?:of|in)\s+" + name, text):
            return f"'{form}' has shares, executives or products"
        if re.search(name + rf",\s+(?:the|a|an)\s+(?:[\w'-]+\s+){{0,3}}(?:{_COMPANY_NOUNS})\b", text):
            return f"'{form}' has a company noun in apposition"
        if re.search(name + r"\b[^.!?;]{0,80}?\b(?:its|itself)\b", text) and not re.search(
                name + rf"\b[^.!?;]{{0,80}}?\b(?:{_PERSONAL})\b", text):
            return f"'{form}' is followed by 'its' in its sentence"
    return None


#: First words of companies' names that some name list also holds as given names (Azerbaijani
#: "Röyal"): never a given name here (hand list).
_COMPANY_OPENERS = words("royal imperial united general national urban meta")


def _given_first(first: str) -> bool:
    return is_given_name(first) and fold(first) not in _COMPANY_OPENERS and not is_title(first)


def _corporate_article(text: str) -> bool:
    """Whether the article speaks of a company as a subject ("The bank said it ...")."""
    return re.search(rf"\b[Tt]he\s+(?:{_COMPANY_NOUNS})\s+(?:said|says|added|denied|reported|expects)\b", text) is not None


def _person_like(name: str) -> bool:
    """Two to four capitalised words, none of them a company's or institution's word."""
    parts = name.split()
    return 2 <= len(parts) <= 4 and all(p[:1].isupper() and p.replace("-", "").replace(".", "").isalpha() for p in parts) \
        and not any(fold(p) in _COMPANY_WORDS for p in parts)


def relabel(label: str, name: str, text: str, *, not_person: frozenset[str] = frozenset()) -> tuple[str, str]:
    """The label the article ``text`` supports for ``name`` that the recogniser labelled
    ``label``, and why: ``("PERSON", reason)`` for an ``ORG`` or unlabelled (``""``) name of two to four capitalised
    words with person evidence (:func:`person_evidence`) and no organisation evidence, or with
    a given name first and neither kind of evidence (nor a company spoken of as a subject, nor
    a given name last: "Morgan Stanley"); ``("ORG", reason)`` for a ``PERSON`` name with
    organisation evidence and no person evidence; else ``(label, "")``.

    ``not_person``: folded words that make ``name`` no person's (organisation heads)."""
    if label not in ("ORG", "PERSON", "") or not _person_like(name) or any(fold(p) in not_person for p in name.split()):
        return label, ""
    forms = (name, name.split()[-1])
    org = organisation_evidence(text, forms if label == "PERSON" else forms[:1])
    person = person_evidence(text, forms)
    if label != "PERSON":
        if person is not None and org is None:
            return "PERSON", person
        first, last = name.split()[0], name.split()[-1]
        if person is None and org is None and _given_first(first) and not is_given_name(last) \
                and not _corporate_article(text):
            return "PERSON", f"'{first}' is a given name (Faker's name lists)"
        return label, ""
    if org is not None and person is None:
        return "ORG", org
    return label, ""


def surnames_of(voted: Mapping[str, str]) -> frozenset[str]:
    """The folded last words of the names :func:`relabel` made persons (``name -> label``)."""
    return frozenset(fold(n.split()[-1]) for n, lab in voted.items() if lab == "PERSON")
