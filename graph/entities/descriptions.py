"""Descriptions that name nobody by their words and whom the article's text binds them to:
"the Russian president" (the one person named with that title), "Director" cut from "Director
of Public Prosecutions Renson Ingonga" (the holder named in the same run), "the businessman"
(the one person named with that role), "the team" of a sports story (the club it opens with),
"the German company" (the one company of that country named before), "China's foreign
ministry" (the country's institution, never its minister). Split from
:mod:`graph.entities.resolver`, which calls :func:`description` and :func:`company_referred_by`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph.entities.candidates import (
    GENERIC_ORG_WORDS,
    Candidate,
    local_candidate,
    organisation_candidate,
)
from graph.entities.companies import NAME_WORD, company_referred
from graph.entities.context import _CAP_RUN, ArticleContext, NamedPerson, name_key
from graph.entities.groups import is_company_description, is_group
from graph.entities.names import fold, strip_possessive, title_key, title_words, words
from graph.entities.persons import NOT_PERSON
from graph.entities.places import Country, find_country, find_demonym
from graph.entities.runs import run_facts
from graph.extract.base import Argument
from graph.extract.lexicon import is_agent_noun
from graph.namespaces import NG, NGR

#: Head nouns of institutions beyond :data:`NOT_PERSON`.
_INSTITUTION_HEADS = words("embassy consulate administration cabinet secretariat presidency kremlin")


def owner_before(arg: Argument, ctx: ArticleContext | None) -> str:
    """The possessive country or demonym written right before ``arg`` that the parser left out
    of it ("China's" before "foreign ministry"; "Peru's public prosecutor's" before "office"),
    as written, or ""."""
    if not in_text(arg, ctx) or ctx is None:
        return ""
    before = ctx.text[max(0, arg.start - 40) : arg.start]
    if not before.endswith((" ", "\t")):
        return ""
    tail = before.split()
    between: list[str] = []  # "China's foreign" before "ministry": lower-case words of its name
    while tail and len(between) < 3 and (bare := strip_possessive(tail[-1].replace("\u2019", "'"))).isalpha() \
            and bare.islower() and bare in GENERIC_ORG_WORDS:
        between.insert(0, tail.pop())  # "Peru's public prosecutor's" before "office"
    for n in (3, 2, 1):
        written = " ".join([*tail[-n:], *between]) if tail else ""
        owner = " ".join(tail[-n:])
        bare = strip_possessive(owner.replace("\u2019", "'"))
        if not owner[:1].isupper():
            continue
        if bare != owner.replace("\u2019", "'") and find_country(bare) is not None:
            return written
        if n == 1 and bare == owner and find_demonym(bare) is not None:
            return written
    return ""


def _person_candidate_of(p: NamedPerson, text: str, label: str, ctx: ArticleContext, why: str) -> Candidate:
    """The candidate of the person ``p`` the article names in full, for the description ``text``."""
    return Candidate(
        iri=NGR[f"person/{name_key(p.name).replace('/', '_')}"], type=NG.Person, name=p.name.full,
        label=label, rank=10 * len(p.name.full.split()) + len(p.name.full), country=p.country,
        extra_labels=(p.name.full,), reason=f"the description '{text}' {why} in article {ctx.article_id}")


def _named_after(arg: Argument, ctx: ArticleContext | None) -> NamedPerson | None:
    """The person named right after the title ``arg`` in the same run of capitalised words
    ("Director" of "Kenya's Director of Public Prosecutions Renson Ingonga": Renson Ingonga), as
    the article names them, or None."""
    if ctx is None or not in_text(arg, ctx):
        return None
    run = _CAP_RUN.match(ctx.text, arg.start)
    if run is None or run.end() <= arg.end:
        return None
    person = run_facts(run.group(0).rstrip("."), False)[3]
    if person is None:
        return None
    key = name_key(person[0])
    return next((p for p in ctx.persons if name_key(p.name) == key), None)


#: What a sports story calls the club it is about.
_TEAM_WORDS = frozenset({"team", "club", "squad"})
_BODY_OPENS = re.compile(r"\s*(?:[-\u2014\u2013]+\s*)?")


def _club_referred(arg: Argument, text: str, ctx: ArticleContext) -> str | None:
    """The club "the team" (or "the club", "the squad") stands for in a sports story (a word of
    games in it): the organisation (labelled so by the recogniser, a name of several words)
    that opens the article's first sentence, its subject ("Real Madrid landed in Tokyo ...
    the team visited Seoul"), as written; else None."""
    from graph.dateline import parse_dateline
    from graph.entities.typevote import _sporty

    if text not in _TEAM_WORDS or not in_text(arg, ctx) \
            or not re.search(r"\b(?:the|The)\s+$", ctx.text[max(0, arg.start - 4) : arg.start]):
        return None
    dateline = parse_dateline(ctx.text)
    start = ctx.text.find(dateline.text) + len(dateline.text) if dateline is not None and dateline.text in ctx.text else 0
    start = _BODY_OPENS.match(ctx.text, start).end()  # type: ignore[union-attr]
    lead = _CAP_RUN.match(ctx.text, start)
    if lead is None or lead.end() > arg.start or fold(lead.group(0)) not in ctx.organisations \
            or not re.match(r"\s+[a-z]", ctx.text[lead.end() : lead.end() + 3]) or not _sporty(ctx.text):
        return None
    return lead.group(0)


def _role_holder(arg: Argument, text: str, ctx: ArticleContext | None) -> NamedPerson | None:
    """The one person the article names with the role ``text`` ("the businessman": one
    lower-case noun of people, no title), or None: written right before the name, after a
    demonym or a lower-case word at most ("charged businessman Peter Kamau Njoroge", "Nigerian
    businessman Olu Adeyemi"), or after it in apposition ("Olu Adeyemi, a Nigerian businessman,")."""
    if ctx is None or not in_text(arg, ctx) or " " in text or not text.isalpha() or not text.islower() \
            or not is_agent_noun(text):
        return None
    if not re.search(r"\b(?:the|The)\s+$", ctx.text[max(0, arg.start - 4) : arg.start]):
        return None  # "a businessman": anyone
    role = re.escape(text)
    keys: dict[str, NamedPerson] = {}
    by_key = {name_key(p.name): p for p in ctx.persons}
    for m in re.finditer(rf"\b{role}\s+({NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}})", ctx.text):
        person = run_facts(m.group(1).rstrip("."), False)[3]
        if person is not None and (p := by_key.get(name_key(person[0]))) is not None:
            keys.setdefault(name_key(p.name), p)
    for p in ctx.persons:
        at = ctx.text.find(p.name.full + ", ")
        if at >= 0 and re.match(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}{role}\b", ctx.text[at + len(p.name.full):]):
            keys.setdefault(name_key(p.name), p)
    return next(iter(keys.values())) if len(keys) == 1 else None


def description(text: str, label: str, ctx: ArticleContext | None, *, owner: str = "",
                 arg: Argument | None = None) -> Candidate:
    """``the Russian president``: the one person the article names with that title, if any;
    a title cut from the run that names its holder ("Director" of "Director of Public
    Prosecutions Renson Ingonga": :func:`_named_after`) is that holder, and a role without a
    title ("the businessman") the one person the article names with it (:func:`_role_holder`).

    ``owner``: a possessive country or demonym written right before the span and left out of
    it by the parser (see :func:`_owner_before`)."""
    if arg is not None and ctx is not None:
        holder = _named_after(arg, ctx)
        if holder is not None:
            return _person_candidate_of(holder, text, label, ctx, f"is cut from the run naming '{holder.name.full}'")
        run_by = _owner_of_collective(arg, text, ctx)
        if run_by is not None:
            found = organisation_candidate(run_by, label, ctx)
            return replace(found, extra_labels=(*found.extra_labels, run_by),
                           reason=f"'{text}' of '{run_by}' stands for it in article {ctx.article_id}")
        party = _party_referred(arg, text, ctx)
        if party is not None:
            found = organisation_candidate(party, label, ctx)
            return replace(found, extra_labels=(*found.extra_labels, party),
                           reason=f"'{text}' is '{party}', the one party named in article {ctx.article_id}")
        club = _club_referred(arg, text, ctx)
        if club is not None:
            return replace(organisation_candidate(club, label, ctx), extra_labels=(club,),
                           reason=f"'the {text}' of a sports story is '{club}', the organisation that opens article {ctx.article_id}")
    words = fold(text).split()
    titles = {title_key(w) for w in words if w in title_words()}
    if words and strip_possessive(words[-1]) not in title_words():
        titles = set()  # "federal grand jury": a jury, no one titled "Grand"
    country = next((c for w in words if (c := find_demonym(w) or find_country(w)) is not None), None)
    if words and strip_possessive(words[-1]) in NOT_PERSON | _INSTITUTION_HEADS:
        # "China's foreign ministry", "the defence ministry": an institution, never the person
        # holding its office ("Foreign Minister Wang Yi")
        if country is None and owner:
            return replace(organisation_candidate(f"{owner} {text}", label, ctx),
                           reason=f"'{owner} {text}' as written in article {ctx.article_id if ctx else ''}")
        if country is not None:
            return organisation_candidate(text, label, ctx)
        return local_candidate(text, label, ctx, "a description of an institution with no country in its article")
    if is_group(text):
        # "two former executives", "the three ministers": a group, never the one person the
        # article names with that title
        return local_candidate(text, label, ctx, "a plural or numbered description: a group, no one person")
    if ctx is not None and titles:
        people = ctx.titled(titles, country)
        keys = list(dict.fromkeys(name_key(p.name) for p in people))
        if len(keys) > 1 and len(titles) > 1:
            # "the crown prince": the one person named with every title of the description
            # (Crown Prince Mohammed bin Salman, not Prince Faisal bin Farhan)
            people = [p for p in people if titles <= p.titles]
            keys = list(dict.fromkeys(name_key(p.name) for p in people))
        if len(keys) == 1:
            p = people[0]
            return Candidate(
                iri=NGR[f"person/{name_key(p.name).replace('/', '_')}"], type=NG.Person, name=p.name.full,
                label=label, rank=10 * len(p.name.full.split()) + len(p.name.full), country=p.country,
                extra_labels=(p.name.full,),
                reason=f"the description '{text}' fits only '{p.name.full}', named with that title in article {ctx.article_id}",
            )
    titled_several = ctx is not None and bool(titles) and len({name_key(p.name) for p in ctx.titled(titles, country)}) > 1
    if arg is not None and ctx is not None and not titled_several and (holder := _role_holder(arg, text, ctx)) is not None:
        # (not "the minister" of an article naming two: the title is ambiguous, whatever is written in lower case)
        return _person_candidate_of(holder, text, label, ctx, f"fits only '{holder.name.full}', named with that role")
    if arg is not None and ctx is not None and country is not None and (holder := _leader_of(arg, words, country, ctx)):
        return _person_candidate_of(holder, text, label, ctx, f"fits only '{holder.name.full}', who leads {country.name}")
    return local_candidate(text, label, ctx, "a description that names nobody in its article")


#: The people who run an organisation, written for it ("blamed the refinery's management").
_COLLECTIVES = frozenset({"management", "leadership", "board", "bosses"})
_POSSESSOR = re.compile(r"([A-Z][\w&.-]*(?:\s+[A-Za-z][\w&.-]*){0,3})['\u2019]s?\s+$")


def _owner_of_collective(arg: Argument, text: str, ctx: ArticleContext) -> str | None:
    """The organisation whose management ``arg`` is ("the Dangote refinery's management": the
    Dangote refinery, as written), or None: a possessive name of one to four words opened by
    a capital letter right before it, no person the article names, no country."""
    if text not in _COLLECTIVES or not in_text(arg, ctx):
        return None
    m = _POSSESSOR.search(ctx.text[max(0, arg.start - 60) : arg.start])
    if m is None:
        return None
    owner = re.sub(r"^(?:The|the)\s+", "", m.group(1))
    if not owner or find_country(owner) is not None or find_demonym(owner) is not None \
            or any(p.name.surname == owner.split()[-1] for p in ctx.persons):
        return None
    return owner


_PARTY = re.compile(r"\b((?:[A-Z][\w'\u2019-]*\s+){1,4}Party)\b")


def party_named(text: str) -> str | None:
    """The one political party ``text`` (an article) names ("the Progressive Liberal Party
    (PLP)": a run of capitalised words ending in "Party"), as first written, or None."""
    found = {re.sub(r"^(?:The|A)\s+", "", m.group(1)) for m in _PARTY.finditer(text)}
    found = {f for f in found if len(f.split()) > 1}
    return next(iter(found)) if len(found) == 1 else None


def _party_referred(arg: Argument, text: str, ctx: ArticleContext) -> str | None:
    """The party "his party", "her party" or "Davis's party" stands for: the one party the
    article names (:func:`party_named`), or None."""
    if fold(text.split()[-1]) != "party" or not in_text(arg, ctx):
        return None
    owned = len(text.split()) > 1 or re.search(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+$", ctx.text[max(0, arg.start - 8) : arg.start])
    return party_named(ctx.text) if owned else None


#: Titles of a head of state or government: "the Somali leader" is the one person the article
#: names with one of them and that country.
_HEAD_TITLES = frozenset({"president", "prime", "premier", "chancellor", "king", "queen", "emir", "sultan",
                          "taoiseach", "monarch"})


def _leader_of(arg: Argument, words_: list[str], country: Country, ctx: ArticleContext) -> NamedPerson | None:
    """The one person the article names as head of state or government of ``country``
    (:data:`_HEAD_TITLES`), for "the Brazilian leader" (definite) or "a Somali head of state"
    (``words_``: the description, folded), or None."""
    if not words_ or find_demonym(words_[0]) is None:
        return None
    after = ctx.text[arg.end : arg.end + 20]
    definite = re.search(r"\b(?:the|The)\s+$", ctx.text[max(0, arg.start - 4) : arg.start]) is not None
    if not ((words_[-1] == "leader" and definite) or (words_[-1] == "head" and re.match(r"\s+of\s+(?:state|government)\b", after))):
        return None
    return head_of(country, ctx)


def head_of(country: Country, ctx: ArticleContext) -> NamedPerson | None:
    """The one person the article names as head of state or government of ``country``
    (a title of :data:`_HEAD_TITLES` and that country), or None."""
    people = {name_key(p.name): p for p in ctx.persons
              if p.country is not None and p.country.alpha_2 == country.alpha_2 and p.titles & _HEAD_TITLES}
    return next(iter(people.values())) if len(people) == 1 else None


def country_owned(text: str, label: str, ctx: ArticleContext | None) -> Candidate | None:
    """What a country's possessive and a lower-case description stand for ("Sri Lanka's
    army": the country's organisation; "South Korea's leader": the one head of state or
    government the article names for it), or None (``text`` unlabelled by the model)."""
    m = re.match(r"^(.+?)['\u2019]s?\s+([a-z][a-z -]*)$", text)
    country = find_country(m.group(1)) if m is not None else None
    if m is None or country is None:
        return None
    rest = m.group(2).split()
    if all(fold(w) in GENERIC_ORG_WORDS for w in rest):
        return organisation_candidate(text, label, ctx)
    if rest == ["leader"] and ctx is not None and (holder := head_of(country, ctx)) is not None:
        return _person_candidate_of(holder, text, label, ctx, f"fits only '{holder.name.full}', who leads {country.name}")
    return None


def company_referred_by(arg: Argument, text: str, ctx: ArticleContext | None) -> str | None:
    """The company a definite description by country refers back to ("the German company",
    "the Dutch bank": ``text`` without its "the"), as first written, or None: the one company
    of that country the article named before ``arg`` (:func:`graph.entities.companies.company_referred`)."""
    if ctx is None or not in_text(arg, ctx):
        return None
    written = ctx.text[max(0, arg.start - 4) : arg.start]
    if not (re.match(r"(?:the|The)\s", arg.text) or re.search(r"\b(?:the|The)\s+$", written)):
        return None  # "a German company": any one
    parts = text.split()
    if len(parts) < 2 or find_demonym(parts[0]) is None or not is_company_description(" ".join(parts[1:])):
        return None
    return company_referred(ctx.text, arg.start, find_demonym(parts[0]), ctx.companies)  # type: ignore[arg-type]


def in_text(arg: Argument, ctx: ArticleContext | None) -> bool:
    return ctx is not None and 0 <= arg.start < arg.end <= len(ctx.text) and ctx.text[arg.start : arg.end] == arg.text


