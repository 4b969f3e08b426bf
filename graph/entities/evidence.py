"""Evidence of a person or an organisation in what one article says around a name.

:func:`person_evidence`: a personal pronoun or an age after the name, a title or role in
apposition, a family relation through a possessive, a personal pronoun coordinated with it;
:func:`organisation_evidence`: a corporate suffix, shares, an "its", a company noun in
apposition or before it, a role only a company has after it, "The company said" in the next
sentence. (Split from :mod:`graph.entities.typevote`, which re-exports these names.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from graph.entities.namelists import _given_first
from graph.entities.names import (
    ORGANISATION_WORDS,
    PERSONAL_TITLES,
    TITLE_WORDS,
    fold,
    words,
)
from graph.entities.places import find_demonym

#: Words that make a run of capitalised words an organisation's name, whatever its first word.
_COMPANY_WORDS = ORGANISATION_WORDS
#: Nouns that a company is described by in apposition or as a sentence's subject
#: ("Foxconn, the Taiwanese manufacturer", "The company said ..."): the one list of the type
#: vote and of the link rules of :mod:`graph.entities.review` (two overlapping copies before,
#: merged with no change on the type, entity and typing3 sets).
COMPANY_NOUNS: frozenset[str] = words(
    """company group firm bank lender insurer maker carmaker automaker drugmaker chipmaker
    retailer brand label conglomerate giant chain manufacturer producer investor fund brokerage
    broker house airline miner exchange startup supplier distributor provider utility studio
    publisher broadcaster network"""
)
#: Of :data:`COMPANY_NOUNS`, those that also describe a person by trade or a group that is no
#: company ("investor Warren Buffett", "producer Harvey Weinstein", "group Hamas"): no company
#: evidence right before a name.
_NOT_BEFORE = words("group brand label producer investor fund brokerage broker house exchange studio "
                    "publisher broadcaster network")


def _alternation(nouns: frozenset[str]) -> str:
    """A regular-expression alternation of ``nouns``, longest first."""
    return "|".join(sorted((re.escape(n) for n in nouns), key=lambda n: (-len(n), n)))


#: :data:`COMPANY_NOUNS`, and their possessives, as a regular-expression alternation
COMPANY_NOUN_PATTERN = rf"(?:{_alternation(COMPANY_NOUNS)})(?:['\u2019]s)?"
#: and of clubs ("The club said"), which a person's sentence may be followed by too
#: ("Mourinho agreed a deal. The club posted ..."): the link rules' list only
CLUB_NOUN_PATTERN = rf"(?:{_alternation(COMPANY_NOUNS | words('club team'))})(?:['\u2019]s)?"
_COMPANY_NOUNS = COMPANY_NOUN_PATTERN
_ORG_POSSESSED = (
    r"shares|stock|chief executive|chief executive officer|ceo|board|brand|profit|profits|revenue|"
    r"sales|stores|products|subsidiary|unit|headquarters|employees|executives|shareholders|"
    r"investors|bonds|earnings|customers|clients|factory|factories|plant|plants"
)
_PERSON_POSSESSED = (
    r"wife|husband|son|daughter|sons|daughters|father|mother|brother|sister|family|spouse|"
    r"children|widow|widower|parents|grandson|granddaughter|girlfriend|boyfriend|lawyer|lawyers|"
    r"government|administration|cabinet|aide|aides|spokesman|spokeswoman|spokesperson|supporters|"
    r"allies|visit|trip|speech|remarks|resignation|re-election|predecessor|successor|mother-in-law"
)
#: Nouns a company is described by right before its name ("carmaker Toyota", "French companies
#: Rhone-Poulenc, Pechiney and Imec"): :data:`COMPANY_NOUNS` less those that also describe a
#: person by trade ("investor", "producer", "broker"), in the singular and the plural, and a
#: few that describe a company only before its name ("powerhouse Pfizer").
_COMPANY_NOUNS_BEFORE = _alternation(frozenset(
    form for noun in (COMPANY_NOUNS - _NOT_BEFORE) | words("powerhouse subsidiary multinational corporation start-up")
    for form in (noun, noun[:-1] + "ies" if noun.endswith("y") else noun + "s")))
#: Roles that a company has and a person does not, written right after its name ("Foxconn
#: chairman Young Liu", "Medarex Chief Executive Donald Drakeman", "Lazio coach Marco Bellini").
_ORG_ROLES = r"chairman|chairwoman|chair|founder|co-founder|coach|manager|shareholders|executives"
_SPEECH = r"said|says|told|added|wrote|insisted|argued|stated|warned|claimed|denied|believes|thinks"
_PERSONAL = r"he|she|his|her|him|himself|herself"


def _occurrences(text: str, form: str) -> list[tuple[str, str]]:
    """(up to 80 characters before, up to 160 after) each whole-word occurrence of ``form``."""
    out: list[tuple[str, str]] = []
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")) and \
                (end == len(text) or not (text[end].isalnum() or text[end] == "-")):
            out.append((text[max(0, at - 80) : at], text[end : end + 160]))
        at = text.find(form, at + 1)
    return out


_APPOSITION = re.compile(r",\s+((?:the\s+|a\s+|an\s+)?(?:[\w'\u2019.-]+\s+){0,4}[\w'\u2019.-]+)")
_WORD_BEFORE = re.compile(r"(\b[a-z][\w-]*)\s+$")
_CAPITAL_BEFORE = re.compile(r"\b([A-Z][a-z]+\.?)\s+$")
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "president", "premier", "chancellor"})
_AGE = re.compile(r",\s+\d{1,3},")
_SPEECH_PRONOUN = re.compile(rf"(?:,[^,.]{{1,40}},)?\s+(?:{_SPEECH})\s+(?:that\s+)?(?:{_PERSONAL})\b")
_FAMILY = re.compile(rf"['\u2019]s?\s+(?:{_PERSON_POSSESSED})\b")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\"'\u201d]?\s+|\)\s+[-\u2013\u2014]\s+)$")
_NEXT_PRONOUN = re.compile(r"[^.!?]{0,120}[.!?]\s+(?:He|She|His|Her)\s")
_SUFFIX = re.compile(r"\s+(?:Inc|Corp|Corporation|Co|Ltd|plc|PLC|LLC|Group|Holdings|AG|SA|NV|SE)\b")
_POSSESSED = re.compile(rf"(?:['\u2019]s?)?\s+(?:{_ORG_POSSESSED})\b", re.IGNORECASE)
_ATTRIBUTIVE = re.compile(rf"\s+(?:{_ORG_POSSESSED})\b", re.IGNORECASE)
_SHARES_OF = re.compile(r"\bshares\s+(?:of|in)\s+$")
_COMPANY_APPOSITION = re.compile(rf",\s+(?:the|a|an)\s+(?:[\w'-]+\s+){{0,3}}(?:{_COMPANY_NOUNS})\b")
_WHO = re.compile(r",\s+who(?:se|m)?\b")
_WHICH = re.compile(r",\s+which\b")
_CLAUSE = re.compile(r"[^.!?;]{0,80}")
_ITS = re.compile(r"\b(?:its|itself)\b")
_ROLE_AFTER = re.compile(rf"\s+(?:{_ORG_ROLES})\b", re.IGNORECASE)
#: Members and places of a sports club ("the striker", "its captain", "its fans").
_SQUAD = (r"players?|strikers?|wingers?|midfielders?|defenders?|goalkeepers?|keepers?|forwards?|"
          r"captain|coach|manager|squad|fans|supporters|stadium|academy|youth team")
#: What a club does with its players, in the clause after its name ("agreed to sign the
#: Brazilian striker", "was fined for fielding an ineligible player", "tapping up its captain",
#: "sacked its coach"): a person signs or fields no player (a manager's doing is written as the
#: club's in news, and his name is seldom without a title or role nearby).
_CLUB_ACT = re.compile(
    r"[^.!?;]{0,60}?\b(?:sign|signs|signed|signing|field|fields|fielded|fielding|sell|sells|sold|selling|"
    r"loan|loans|loaned|loaning|buy|buys|bought|buying|sack|sacks|sacked|sacking|appoint|appoints|appointed|"
    r"poach|poached|poaching|tap|taps|tapped|tapping|release|releases|released|recruit|recruited)"
    rf"(?:\s+up)?\s+(?:(?:the|a|an|its|their|two|three|new|[a-z][\w'-]*|[A-Z][a-z]+)\s+){{0,3}}(?:{_SQUAD})\b")
#: What a company does, in the clause after its name: results ("reported higher sales",
#: "posted a record profit"), recalls, deliveries and openings counted in goods or outlets
#: ("recalled 5,000 cars", "agreed to supply 1,500 buses", "opened 30 new showrooms"): a person
#: reports no sales and recalls no cars (her company does, and news writes the company).
_CORPORATE_ACT = re.compile(
    r"[^.!?;]{0,40}?\b(?:(?:reported|reports|posted|posts|booked|forecast|forecasts)\s+(?:an?\s+)?"
    r"(?:[\w%$.,-]+\s+){0,3}?(?:profits?|loss|losses|sales|revenues?|earnings|turnover)\b"
    r"|(?:recall|recalls|recalled|recalling|supply|supplies|supplied|deliver|delivers|delivered|ship|ships|shipped|"
    r"open|opens|opened|close|closes|closed)\s+(?:about\s+|nearly\s+|some\s+|more\s+than\s+)?\d[\d,.]*\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?(?:cars|vehicles|trucks|buses|aircraft|jets|planes|phones|devices|units|"
    r"stores|shops|showrooms|branches|outlets|plants|factories|restaurants|hotels|mines)\b)")
_ITS_SQUAD = re.compile(rf"[^.!?;]{{0,60}}?\bits\s+(?:[a-z][\w'-]*\s+)?(?:{_SQUAD})\b")
#: a company noun, then (in a list) other names, right before the name
_COMPANY_BEFORE = re.compile(
    rf"\b(?i:{_COMPANY_NOUNS_BEFORE})\s+(?:[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){{0,3}}(?:,\s+(?:and\s+)?|\s+and\s+))*$")
#: a plural company noun, a comma and a list of names ending with the name ("three Mexican
#: banks, CIBanco, Intercam and Vector"): the list is the noun's apposition
_COMPANIES_LISTED = re.compile(
    rf"\b(?i:{_alternation(frozenset(n[:-1] + 'ies' if n.endswith('y') else n + 's' for n in COMPANY_NOUNS - _NOT_BEFORE))}),"
    rf"\s+(?:[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){{0,3}}(?:,\s+(?:and\s+)?|\s+and\s+))+$")
#: the next sentence opens with a company noun as its subject ("The company said ...")
_NEXT_COMPANY = re.compile(rf"[^.!?]{{0,160}}[.!?][\"'\u201d]?\s+(?:The|the)\s+(?:{_COMPANY_NOUNS})\s+[a-z]")
#: coordinated with a personal pronoun: "Tsvangirai and his party", "he and Trump agreed"
_AND_PERSONAL = re.compile(r"\s+and\s+(?:he|she|his|her)\b")
_PERSONAL_AND = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+and\s+$")
_PERSONAL_WORD = re.compile(rf"\b(?:{_PERSONAL})\b")
_HIS_RELATION = re.compile(rf"\b(?:his|her)\s+(?:{_PERSON_POSSESSED})\b")


#: Roles of people in companies and courts that no title list holds, written in lower case
#: right before a name ("chief executive T.V. Narendran", "defence lawyer Ann Kim"); not
#: "partner" or "rival", which companies are too.
ROLE_NOUNS = words(
    """executive lawyer attorney counsel barrister solicitor adviser advisor spokesperson aide
    analyst economist founder co-founder cofounder chairwoman chairperson ceo cfo"""
)
#: "His lawyer, Cecilia Wambui,": a person's role, owned by a personal possessive, in
#: apposition before the name.
_ROLE_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*),\s+$")


def _titled(before: str, after: str) -> bool:
    """A title or role in apposition after or before ("His lawyer, Cecilia Wambui,"), a
    lower-case title or role (:data:`ROLE_NOUNS`) right before, or a personal title or
    honorific right before ("Mr Starmer", "President Petro")."""
    m = _APPOSITION.match(after)
    if m is not None and any(fold(w) in TITLE_WORDS for w in m.group(1).split()):
        return True
    m = _WORD_BEFORE.search(before)
    if m is not None and fold(m.group(1)) in TITLE_WORDS | ROLE_NOUNS:
        return True
    m = _ROLE_BEFORE.search(before)
    if m is not None:
        from graph.extract.lexicon import is_agent_noun

        if fold(m.group(1)) in TITLE_WORDS | ROLE_NOUNS or is_agent_noun(m.group(1)):
            return True
    m = _CAPITAL_BEFORE.search(before)
    return m is not None and (fold(m.group(1)) in PERSONAL_TITLES or fold(m.group(1)).rstrip(".") in _HONORIFICS)


def person_evidence(text: str, forms: Iterable[str]) -> str | None:
    """Why the article ``text`` writes one of ``forms`` (a name, its surname) as a person's,
    or None: a title or role in apposition (``Gustavo Petro, the Colombian president``) or a
    lower-case title before it, an age (``Merz, 70,``), a personal pronoun after a verb of
    speech (``Ruto said his government``), a family relation (``X's wife``), a sentence it opens
    followed by one opening with He, She, His or Her, a relative clause opened by "who", a
    personal pronoun coordinated with it (``Tsvangirai and his party``, ``he and Trump``),
    "his"/"her" and a relation only a person has in its clause (:func:`_his_relation`)."""
    for form in forms:
        for before, after in _occurrences(text, form) if form else ():
            if _titled(before, after):
                return f"'{form}' has a title or role in apposition"
            if _AGE.match(after):
                return f"'{form}' is given an age"
            if _SPEECH_PRONOUN.match(after):
                return f"'{form}' is followed by a verb of speech and a personal pronoun"
            if _FAMILY.match(after):
                return f"'{form}' has a family relation"
            if _WHO.match(after):
                return f"'{form}' is followed by ', who'"
            if _AND_PERSONAL.match(after) or _PERSONAL_AND.search(before):
                return f"'{form}' is coordinated with a personal pronoun"
            if _SENTENCE_OPENS.search(before) and _NEXT_PRONOUN.match(after):
                return f"'{form}' opens a sentence and the next opens with a personal pronoun"
            if _his_relation(after):
                return f"'{form}' is followed by 'his' or 'her' and a relation in its clause, with no one else before it"
    return None


def _his_relation(after: str) -> bool:
    """Whether the clause after a name holds "his"/"her" and a relation only a person has
    (``laid the blame at the feet of his predecessor``), with no other name and no noun of
    people or groups before it that the pronoun could stand for (not ``sued the former
    executive and his wife``): the mirror of the ``its`` evidence."""
    from graph.entities.places import find_city, find_country
    from graph.extract.lexicon import is_agent_noun

    clause = _CLAUSE.match(after).group(0)  # type: ignore[union-attr]
    m = _HIS_RELATION.search(clause)
    if m is None:
        return False
    for w in re.findall(r"[\w'\u2019-]+", clause[: m.start()]):
        if w[:1].isupper() and find_demonym(w) is None and find_country(w) is None \
                and find_city(w, alternates=False) is None:
            return False
        low = w.lower()
        if _PERSONAL_WORD.fullmatch(low) or is_agent_noun(low) or (low.endswith("s") and is_agent_noun(low[:-1])):
            return False
    return True


def organisation_evidence(text: str, forms: Iterable[str], *, discourse: bool = True,
                          possessive: bool = True) -> str | None:
    """Why the article ``text`` writes one of ``forms`` as an organisation's, or None: a
    corporate suffix or noun after it (``Charles Schwab Corp``), its shares or executives
    (``Louis Vuitton's shares``), a role only a company has right after it (``Foxconn
    chairman``, ``Lazio coach``), a company noun in apposition or right before it (``carmaker
    Toyota``, ``French companies Rhone-Poulenc, Pechiney and Imec``), a relative clause opened
    by "which", a sentence it opens with no other name in it followed by one whose subject is a
    company noun (``Berkshire Hathaway sued a manager. The company said ...``: the one name
    the company can be; "Elon Musk cut jobs. The company said ..." reads the same and is
    taken the same way; these three for the first form only, the name as written, not a
    surname: "the company Musk founded"), and ``its`` in its own clause with no
    other name or personal pronoun before it (``accused a Chinese rival of copying its bags``;
    not ``led India to its independence``). Without ``discourse``, neither of the last two (what
    the sentences around a name say: for one word, which may be a surname the article never
    writes in full); without ``possessive``, shares or executives count
    only written right after the name ("Pfizer shares", not "Trump's brand of politics")."""
    for n, form in enumerate(forms):
        for before, after in _occurrences(text, form) if form else ():
            if _SUFFIX.match(after):
                return f"'{form}' is followed by a corporate suffix"
            if (_POSSESSED if possessive else _ATTRIBUTIVE).match(after) or _SHARES_OF.search(before):
                return f"'{form}' has shares, executives or products"
            if n == 0 and _ROLE_AFTER.match(after):
                return f"'{form}' is followed by a role only a company or club has"
            if _COMPANY_APPOSITION.match(after) or (n == 0 and (_COMPANY_BEFORE.search(before)
                                                                or (before.endswith((", ", " and "))
                                                                    and _COMPANIES_LISTED.search(before)))):
                return f"'{form}' has a company noun in apposition"
            if n == 0 and _described_company(text, form) and not (" " in form and _given_first(form.split()[0])):
                # (not "Chilean miner Mario Sepulveda": a person of that trade)
                return f"'{form}' is named after a country and a company noun"
            if _WHICH.match(after):
                return f"'{form}' is followed by ', which'"
            if n == 0 and club_evidence(after) and not (" " in form and _given_first(form.split()[0])):
                # a full name opened by a given name is a manager's ("Jose Mourinho signed the striker")
                return f"'{form}' signs, fields or sacks players or a coach, or has its own (a club)"
            if n == 0 and corporate_act(after):
                return f"'{form}' reports sales or profits, or recalls, supplies or opens goods or outlets by number"
            if not discourse:
                continue
            if n == 0 and _SENTENCE_OPENS.search(before) and _NEXT_COMPANY.match(after) and _alone_in_sentence(after):
                return f"'{form}' opens a sentence and the next opens with a company noun as its subject"
            clause = _CLAUSE.match(after).group(0)  # type: ignore[union-attr]
            pronoun = _ITS.search(clause)
            if pronoun is not None and not _PERSONAL_WORD.search(clause) and not any(
                    w[:1].isupper() and find_demonym(w) is None for w in clause[: pronoun.start()].split()):
                return f"'{form}' is followed by 'its' in its clause, with no other name before it"
    return None


def _described_company(text: str, form: str) -> bool:
    """Whether ``text`` names ``form`` right after a country and a company noun ("Danish
    shipping group A.P. Moller-Maersk": :func:`graph.entities.companies.described_companies`)."""
    from graph.entities.companies import (
        described_names,  # here: companies imports this module's nouns
    )

    return form in described_names(text)


def club_evidence(after: str) -> bool:
    """Whether the clause ``after`` a name says what a sports club does or has
    (:data:`_CLUB_ACT`: "agreed to sign the Brazilian striker"; "its captain", "its fans"),
    with no other name, personal pronoun or possessive before it that the act or "its" could
    belong to (not "accused Porto of tapping up its captain": that is Porto's)."""
    m = _CLUB_ACT.match(after) or _ITS_SQUAD.match(after)
    if m is None:
        return False
    return _unshared(m.group(0))


def corporate_act(after: str) -> bool:
    """Whether the clause ``after`` a name says what a company does (:data:`_CORPORATE_ACT`:
    "reported higher sales", "recalled 5,000 cars", "agreed to supply 1,500 buses"), with no
    other name (a demonym aside) or personal pronoun before it."""
    m = _CORPORATE_ACT.match(after)
    return m is not None and _unshared(m.group(0))


def _unshared(act: str) -> bool:
    """Whether the words of a clause up to an act name no one else it could be the act of: no
    personal pronoun, no capitalised word other than a demonym."""
    return not _PERSONAL_WORD.search(act) and all(
        find_demonym(w) is not None for w in re.findall(r"[\w'\u2019-]+", act) if w[:1].isupper())


_MONTHS_DAYS = words(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday"""
)


def _alone_in_sentence(after: str) -> bool:
    """Whether the rest of a sentence (``after`` a name, to its first full stop) names no one
    else: no capitalised word other than a country, demonym, city, month or weekday."""
    from graph.entities.places import find_city, find_country

    rest = re.split(r"[.!?]", after, maxsplit=1)[0]
    return not any(
        w[:1].isupper() and fold(w) not in _MONTHS_DAYS and find_demonym(w) is None
        and find_country(w) is None and find_city(w, alternates=False) is None
        for w in re.findall(r"[\w'\u2019-]+", rest))


def _corporate_article(text: str) -> bool:
    """Whether the article speaks of a company as a subject ("The bank said it ...")."""
    return re.search(rf"\b[Tt]he\s+(?:{_COMPANY_NOUNS})\s+(?:said|says|added|denied|reported|expects)\b", text) is not None

