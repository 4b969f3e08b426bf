"""Entity defects a new analyst found on fresh news (FINDINGS of "newuser7", items 1.1, 2.3,
2.4, 2.5, 2.6, 4.5), each on sentences written for these tests, not the findings' own.

Arguments are built at their real offsets, with the label spaCy's small model gives such
spans (``""`` and ``via="noun"`` for a common noun the extractors pass as an actor), as the
extractors pass them; the last tests run the real pipeline.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from entity_helpers import art, at, build, iri
from rdflib import SKOS, Literal

from graph.entities.groups import is_company_description, is_group, is_local_actor
from graph.entities.initialisms import spelled_out
from graph.entities.owners import office_country, seat_country
from graph.entities.stated import stated_aliases
from graph.namespaces import NG, NGR

# ------------------------------------------------ 1.1 a plural or numbered description


FRAUD = ("Norway's economic crime unit has charged three former directors of Norvik Shipping with tax fraud. "
         "Former finance director Lars Eide and former operations director Kari Holm deny the charges. "
         "Norvik's former managing director, Per Aasen, was not charged.")


@pytest.mark.parametrize("description", ["three former directors", "former directors"])
def test_a_plural_or_numbered_description_is_never_one_person(description: str) -> None:
    a = art("f1", FRAUD.replace("three former directors", description))
    group, aasen = at(a, description, via="noun"), at(a, "Per Aasen", "PERSON")
    res = build((a, [group, aasen]))
    found = res.entities[iri(res, a, group)]
    assert found.type == NG.Actor and found.name == description
    assert iri(res, a, group) != iri(res, a, aasen)
    assert str(iri(res, a, group)).startswith(str(NGR["actor/"])) and "/person/" not in str(iri(res, a, group))


def test_a_singular_description_still_binds_to_the_one_person_of_that_title() -> None:
    a = art("f2", "Kenyan President William Ruto met Somali leaders in Nairobi. The president said talks went well.")
    ruto, desc = at(a, "William Ruto", "PERSON"), at(a, "president", via="noun")
    res = build((a, [ruto, desc]))
    assert iri(res, a, desc) == iri(res, a, ruto)


def test_the_description_with_every_title_picks_the_one_person_holding_them() -> None:
    a = art("f3", "Jordan's Crown Prince Hussein bin Abdullah hosted Prince Turki bin Faisal in Amman. "
                  "The crown prince, known as HBA, said the talks were useful.")
    hussein, turki = at(a, "Hussein bin Abdullah", "PERSON"), at(a, "Turki bin Faisal", "PERSON")
    desc = at(a, "crown prince", via="noun")
    res = build((a, [hussein, turki, desc]))
    assert iri(res, a, desc) == iri(res, a, hussein) != iri(res, a, turki)


@pytest.mark.parametrize(("text", "group"), [
    ("two former executives", True), ("the three ministers", True), ("both leaders", True),
    ("around 40 Labour backbenchers", True), ("former executives", True), ("the president", False),
    ("the chief executive", False), ("the boss", False)])
def test_groups_by_their_words(text: str, group: bool) -> None:
    assert is_group(text.removeprefix("the ")) is group


# ------------------------------------------------ 2.3 common-noun actors stay in their article


@pytest.mark.parametrize(("sentence", "noun", "via"), [
    ("Lawyers for Holm accused the bank of hiding losses.", "Lawyers", "noun"),
    ("The minister and advisers accused the bank of hiding losses.", "advisers", "noun"),
    ("Her client accused the bank of hiding losses.", "client", "noun"),
    ("Later the team accused the league of bias.", "team", "noun"),
    ("Around 30 Conservative MPs accused the whips of bullying.", "Around 30 Conservative MPs", "noun"),
])
def test_a_common_noun_actor_is_kept_to_its_article(sentence: str, noun: str, via: str) -> None:
    a, b = art("c1", sentence), art("c2", "Tuesday. " + sentence)
    x, y = at(a, noun, via=via), at(b, noun, via=via)
    res = build((a, [x]), (b, [y]))
    assert iri(res, a, x) != iri(res, b, y)
    for art_, arg in ((a, x), (b, y)):
        e = res.entities[iri(res, art_, arg)]
        assert e.type == NG.Actor and e.name == noun


def test_a_named_group_is_still_one_actor_across_articles() -> None:
    a, b = art("g1", "Darfur rebels accused the army of shelling."), art("g2", "Later, Darfur rebels accused Khartoum.")
    x, y = at(a, "Darfur rebels"), at(b, "Darfur rebels")
    res = build((a, [x]), (b, [y]))
    assert iri(res, a, x) == iri(res, b, y)


@pytest.mark.parametrize(("text", "opens", "local"), [
    ("Lawyers", True, True), ("client", False, True), ("advisers", False, True),
    ("around 40 Labour backbenchers", False, True), ("Darfur rebels", False, False),
    ("Lawyers", False, False), ("Glencore", True, False)])
def test_local_actors_by_their_words(text: str, opens: bool, local: bool) -> None:
    assert is_local_actor(text, opens_sentence=opens) is local


# ------------------------------------------------ 2.5 a country with a generic head


def test_a_company_described_by_its_country_only_is_kept_to_its_article() -> None:
    a = art("d1", "Siemens agreed to supply turbines, and Alstom said it was in talks with the Dutch company.")
    b = art("d2", "Shell accused the Dutch company of copying its design.")
    x, y = at(a, "Dutch company", via="noun"), at(b, "Dutch company", via="noun")
    res = build((a, [x]), (b, [y]))
    assert iri(res, a, x) != iri(res, b, y)
    for art_, arg in ((a, x), (b, y)):
        e = res.entities[iri(res, art_, arg)]
        assert e.type == NG.Organisation and e.name == "Dutch company" and e.country_code == "NL"


@pytest.mark.parametrize(("core", "company"), [
    ("company", True), ("firm", True), ("sensor maker", True), ("state-owned lender", True),
    ("foreign ministry", False), ("government", False), ("Authority", False), ("Railways", False)])
def test_company_descriptions_by_their_words(core: str, company: bool) -> None:
    assert is_company_description(core) is company


def test_a_proper_name_keeps_its_demonym_in_its_label() -> None:
    a = art("p1", "Israeli officials accused the Palestinian Authority of incitement.")
    x = at(a, "Palestinian Authority", "ORG")
    res = build((a, [x]))
    e = res.entities[iri(res, a, x)]
    assert e.name == "Palestinian Authority" and e.country_code == "PS" and e.type == NG.Organisation


def test_an_institution_with_its_country_stays_one_entity_across_articles() -> None:
    a = art("i1", "Belarus's Foreign Ministry accused Lithuania of provocation.")
    b = art("i2", "Vilnius said the Belarusian Foreign Ministry had accused it of provocation.")
    c = art("i3", "The Israeli government accused Iran of arming militias.")
    d = art("i4", "Hamas accused the Israeli government of stalling.")
    x, y = at(a, "Belarus's Foreign Ministry", "ORG"), at(b, "Belarusian Foreign Ministry", "ORG")
    u, v = at(c, "Israeli government", via="noun"), at(d, "Israeli government", via="noun")
    res = build((a, [x]), (b, [y]), (c, [u]), (d, [v]))
    assert iri(res, a, x) == iri(res, b, y) and res.entities[iri(res, a, x)].country_code == "BY"
    assert iri(res, c, u) == iri(res, d, v) == NGR["organisation/il/government"]


def test_a_nation_inside_a_country_keeps_its_own_institutions() -> None:
    a = art("n1", "The Scottish government accused ministers in London of neglect.")
    b = art("n2", "The British government accused Brussels of delay.")
    c = art("n3", "Plaid Cymru accused the Welsh Labour leadership and the Scottish National Party of timidity.")
    d = art("n4", "The British National Party accused the media of bias.")
    x, y = at(a, "Scottish government", via="noun"), at(b, "British government", via="noun")
    snp, bnp = at(c, "Scottish National Party", "ORG"), at(d, "British National Party", "ORG")
    res = build((a, [x]), (b, [y]), (c, [snp]), (d, [bnp]))
    assert iri(res, a, x) != iri(res, b, y) == NGR["organisation/gb/government"]
    assert iri(res, c, snp) != iri(res, d, bnp)
    assert res.entities[iri(res, a, x)].country_code == "GB"


# ------------------------------------------------ 2.4 an acronym and its name in one article


FCA = ("The Financial Conduct Authority on Tuesday fined Halvard Bank 12 million pounds. "
       "The bank's chairman, Tom Reid, accused the FCA of moving the goalposts.")


def test_an_acronym_and_its_name_in_one_article_are_one_organisation() -> None:
    a = art("a1", FCA)
    full, short = at(a, "Financial Conduct Authority", "ORG"), at(a, "FCA", "ORG")
    res = build((a, [full, short]))
    assert iri(res, a, full) == iri(res, a, short)
    e = res.entities[iri(res, a, short)]
    assert e.name == "Financial Conduct Authority" and "FCA" in e.labels
    assert any("initials" in note for note in e.merge_reasons)


@pytest.mark.parametrize("text", [
    FCA.replace("Halvard Bank", "Halvard Bank, whose lawyers met the Federal Communications Agency,"),  # two fit
    FCA.replace("FCA", "FcA"),  # not all capitals
    FCA.replace("Financial Conduct Authority", "Financial Authority"),  # initials differ
])
def test_an_acronym_is_not_merged_when_the_guard_fails(text: str) -> None:
    a = art("a2", text)
    short = at(a, "FCA" if "FCA" in text else "FcA", "ORG")
    full_name = "Financial Conduct Authority" if "Financial Conduct Authority" in text else "Financial Authority"
    full = at(a, full_name, "ORG")
    res = build((a, [full, short]))
    assert iri(res, a, full) != iri(res, a, short)


@pytest.mark.parametrize(("text", "acronym"), [
    ("Prime Minister Anna Lind said on Monday that the PM would resign.", "PM"),
    ("Representative Alexandria Ocasio-Cortez spoke. Critics accused AOC of grandstanding.", "AOC"),
])
def test_initials_of_a_title_or_a_person_are_no_organisation(text: str, acronym: str) -> None:
    a = art("a3", text)
    short = at(a, acronym, "ORG")
    res = build((a, [short]))
    e = res.entities[iri(res, a, short)]
    assert not (e.type == NG.Organisation and e.name != acronym)  # no organisation spelled out


@pytest.mark.parametrize(("acronym", "text", "expected"), [
    ("SFO", "Britain's Serious Fraud Office charged him. The SFO said so.", "Serious Fraud Office"),
    ("OSCE", "The Organization for Security and Co-operation in Europe met. The OSCE said.",
     "Organization for Security and Co-operation in Europe"),
    ("UK", "The United Kingdom said. The UK said.", None),  # a country's code
    ("AB", "Anna Berg met Alan Bright. AB said.", None),  # two fit
    ("NATO", "The alliance met. NATO said.", None),  # nothing fits
    ("WHO", "World Health Organization staff met.", None),  # the acronym is not written
])
def test_spelled_out(acronym: str, text: str, expected: str | None) -> None:
    assert spelled_out(acronym, text) == expected


# ------------------------------------------------ 2.6 aliases the text states


def test_an_alias_the_text_states_is_a_variant_and_resolves_to_the_name() -> None:
    a = art("s1", "Mexican drug lord Joaquin Archivaldo Guzman, known widely as El Chapo, was extradited in 2017. "
                  "Prosecutors accused El Chapo of running the Sinaloa cartel.")
    name = at(a, "Joaquin Archivaldo Guzman", "PERSON")
    alias = at(a, "El Chapo", "PERSON", nth=1)
    res = build((a, [name, alias]))
    assert iri(res, a, alias) == iri(res, a, name)
    e = res.entities[iri(res, a, name)]
    assert e.name == "Joaquin Archivaldo Guzman" and "El Chapo" in e.labels
    assert any("calls" in note for note in e.merge_reasons)


def test_an_alias_becomes_a_variant_even_when_only_the_name_acts() -> None:
    a = art("s2", "Former Prime Minister Margaret Thatcher, also known as the Iron Lady, accused the unions of "
                  "holding the country to ransom.")
    name = at(a, "Margaret Thatcher", "PERSON")
    res = build((a, [name]))
    assert "Iron Lady" in res.entities[iri(res, a, name)].labels


def test_an_alias_of_a_description_naming_nobody_names_it() -> None:
    a = art("s3", "The emir's brother, dubbed Abu Faris, arrived in Doha on Monday.")
    desc = at(a, "emir's brother", via="noun")
    res = build((a, [desc]))
    e = res.entities[iri(res, a, desc)]
    assert e.name == "Abu Faris" and e.type == NG.Actor


def test_an_alias_known_everywhere_keeps_its_own_entity() -> None:
    a = art("s5", "The group, known as Hamas, said it would talk. Israel accused Hamas of delay.")
    x = at(a, "Hamas", "ORG", nth=1)
    res = build((a, [x]))
    assert iri(res, a, x) == NGR["organisation/hamas"]


def test_an_alias_not_stated_is_no_variant() -> None:
    a = art("s4", "Joaquin Guzman was extradited. El Chapo is a film.")
    name = at(a, "Joaquin Guzman", "PERSON")
    res = build((a, [name]))
    assert "El Chapo" not in res.entities[iri(res, a, name)].labels


@pytest.mark.parametrize(("text", "expected"), [
    ("The crown prince, known widely as MBS, arrived.", [("The crown prince", "MBS")]),
    ("Vladimir Ilyich Ulyanov (known as Lenin) died.", [("Vladimir Ilyich Ulyanov", "Lenin")]),
    ("The raid, dubbed Operation Sandstorm, began.", [("The raid", "Operation Sandstorm")]),
    ("He is known as a hardliner.", []),
    ("Kim Jong Un, known as Supreme Leader, spoke.", []),  # titles only
])
def test_stated_aliases(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.name, s.alias) for s in stated_aliases(text)] == expected
    for s in stated_aliases(text):
        assert text[s.start : s.end] == s.name


# ------------------------------------------------ 4.5 countries the text gives


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Japan's chief cabinet secretary Yoshimasa Hayashi accused Beijing of coercion.", "Yoshimasa Hayashi", "JP"),
    ("White House press secretary Karoline Leavitt accused Democrats of lying.", "Karoline Leavitt", "US"),
    ("Kremlin aide Yuri Ushakov accused Kyiv of stalling.", "Yuri Ushakov", "RU"),
    ("The Turkish foreign ministry spokesman Oncu Keceli accused Athens of provocation.", "Oncu Keceli", "TR"),
    ("Putin's spokesman Dmitry Peskov accused Kyiv of stalling.", "Dmitry Peskov", None),
    ("Airbus chief executive Guillaume Faury accused Boeing of dumping.", "Guillaume Faury", None),
    ("China accused Japan. Spokesperson Lin Jian said so.", "Lin Jian", None),  # another sentence
])
def test_office_country(text: str, name: str, code: str | None) -> None:
    found = office_country(name, text)
    assert (found.alpha_2 if found else None) == code


def test_a_spokesperson_gets_the_country_of_the_office() -> None:
    a = art("o1", "Iran's foreign ministry spokesman Esmaeil Baghaei accused Washington of hypocrisy.")
    x = at(a, "Esmaeil Baghaei", "PERSON")
    res = build((a, [x]))
    e = res.entities[iri(res, a, x)]
    assert e.type == NG.Person and e.country_code == "IR"


def test_a_seat_of_government_gets_its_country() -> None:
    a = art("o2", "Downing Street accused Moscow of lying.")
    x = at(a, "Downing Street", "ORG")
    res = build((a, [x]))
    assert res.entities[iri(res, a, x)].country_code == "GB"
    assert seat_country("the Kremlin").alpha_2 == "RU"  # type: ignore[union-attr]
    assert seat_country("Kremlin Palace Hotel") is None


# ------------------------------------------------ the real pipeline


def test_the_pipeline_gives_these_nodes(tmp_path: Path) -> None:
    from graph.pipeline import build_graph
    from graph.query import rows_as_dicts, run_named

    items = [
        {"id": "e1", "date": "2026-03-04", "text":
            "Norway's economic crime unit has charged two former directors of Norvik Shipping with fraud. "
            "Lawyers for the former chairman, Per Aasen, accused the unit of leaking documents."},
        {"id": "e2", "date": "2026-03-05", "text":
            "Lawyers for the shipping company accused the Norwegian government of delaying the case."},
        {"id": "e3", "date": "2026-03-06", "text":
            "Saudi Crown Prince Mohammed bin Salman, known widely as MBS, met French President Emmanuel Macron "
            "in Riyadh on Tuesday."},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    result = build_graph([src])
    g = result.dataset
    lawyers = {s for s, _, o in g.triples((None, None, Literal("Lawyers")))}
    assert len(lawyers) == 2, lawyers  # one per article, never one global node
    assert not any(str(s).endswith("/actor/lawyers") for s in lawyers)
    assert not list(g.triples((None, SKOS.altLabel, Literal("two former directors"))))
    mbs = set(g.subjects(SKOS.altLabel, Literal("MBS")))
    assert len(mbs) == 1 and "/person/" in str(next(iter(mbs)))
    rows = rows_as_dicts(run_named(g, "dossier", {"actor": "MBS"}))
    assert rows and any("Macron" in json.dumps(r) for r in rows)
