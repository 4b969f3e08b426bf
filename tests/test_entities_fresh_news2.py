"""Entity defects a second new analyst found on fresh news (FINDINGS of "newuser8", items 4.1-4.7,
4.9-4.11, 4.13, 5.1, 6.1), each on sentences written for these tests, not the findings' own.

Arguments are built at their real offsets, with the label spaCy's small model gives such spans,
as the extractors pass them; the last test runs the real pipeline.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from entity_helpers import art, at, build, iri
from rdflib import RDFS, Literal

from graph.entities.context import ArticleContext
from graph.entities.orgs import strip_legal_form
from graph.entities.owners import office_country
from graph.entities.places import nation_within, settle_ambiguous
from graph.entities.review import Named, close_pairs
from graph.namespaces import NG, NGR
from graph.search import lookup_key

# ------------------------------------------------ 4.10 a nation inside a state in an office


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Northern Ireland Secretary Hilary Benn flew to Belfast.", "Hilary Benn", "GB"),
    ("Scotland Secretary Ian Murray met farmers in Perth.", "Ian Murray", "GB"),
    ("Wales Secretary Jo Stevens opened the bridge.", "Jo Stevens", "GB"),
    ("Irish Foreign Minister Helen McEntee met him in Dublin.", "Helen McEntee", "IE"),
])
def test_a_nation_inside_a_state_gives_the_state_to_the_office(text: str, name: str, code: str) -> None:
    a = art("n1", text)
    x = at(a, name, "PERSON")
    res = build((a, [x]))
    assert res.entities[iri(res, a, x)].country_code == code


def test_nation_within_and_the_office_rule() -> None:
    assert nation_within(["Northern", "Ireland", "Secretary"]).alpha_2 == "GB"  # type: ignore[union-attr]
    assert nation_within(["Ireland's", "Foreign", "Minister"]) is None
    found = office_country("Hilary Benn", "the Northern Ireland secretary Hilary Benn said")
    assert found is not None and found.alpha_2 == "GB"


# ------------------------------------------------ 4.11 "Congo" settled by the article's cities


KIN = ("KINSHASA, Congo (AP) — Congo's Foreign Minister Aline Mbuyi Kasongo met Rwanda's Foreign Minister "
       "Jean-Paul Habimana in Luanda on Friday. Congo accused Rwanda of arming the rebels.")


def test_congo_is_the_republic_the_articles_cities_lie_in() -> None:
    a = art("c1", KIN)
    minister, congo = at(a, "Aline Mbuyi Kasongo", "PERSON"), at(a, "Congo", "GPE", nth=2)
    res = build((a, [minister, congo]))
    assert res.entities[iri(res, a, minister)].country_code == "CD"
    assert str(iri(res, a, congo)).endswith("/country/cd")


def test_congo_stays_the_republic_of_the_congo_by_brazzaville_or_without_cities() -> None:
    assert settle_ambiguous("Congo's", "BRAZZAVILLE, Congo - Congo's president spoke.").alpha_2 == "CG"  # type: ignore[union-attr]
    assert settle_ambiguous("Congo", "Congo's president spoke in a radio address.") is None
    assert settle_ambiguous("Kenya", KIN) is None
    a = art("c2", "Congo's Foreign Minister Aline Mbuyi Kasongo spoke on the radio.")
    x = at(a, "Aline Mbuyi Kasongo", "PERSON")
    res = build((a, [x]))
    assert res.entities[iri(res, a, x)].country_code == "CG"  # nothing settles it: the default


# ------------------------------------------------ 5.1 a legal form is no part of a key


@pytest.mark.parametrize(("name", "bare"), [
    ("Tata Steel Ltd", "Tata Steel"), ("Siemens AG", "Siemens"), ("Bosch GmbH", "Bosch"),
    ("Charles Schwab Corp.", "Charles Schwab"), ("Volvo AB", "Volvo"), ("Johnson & Johnson", "Johnson & Johnson"),
    ("Ltd", "Ltd"),
])
def test_strip_legal_form(name: str, bare: str) -> None:
    assert strip_legal_form(name) == bare


def test_a_company_with_and_without_its_legal_form_in_one_article_is_one() -> None:
    a = art("t1", "India's Hindalco Steel Ltd said on Thursday it would buy a mill in Rayong. "
                  "Separately, Hindalco Steel signed a supply deal with Vale.")
    full, short = at(a, "Hindalco Steel Ltd", "ORG"), at(a, "Hindalco Steel", "ORG", nth=1)
    res = build((a, [full, short]))
    assert iri(res, a, full) == iri(res, a, short)
    assert res.entities[iri(res, a, full)].country_code == "IN"


def test_review_lists_a_company_with_and_without_its_legal_form_across_articles() -> None:
    with_form = Named(iri="https://w3id.org/newsgraph/id/organisation/in/hindalco-steel", kind="organisation",
                      label="Hindalco Steel Ltd", names=("Hindalco Steel Ltd",))
    without = Named(iri="https://w3id.org/newsgraph/id/organisation/hindalco-steel", kind="organisation",
                    label="Hindalco Steel", names=("Hindalco Steel",))
    pairs = close_pairs([with_form, without])
    assert len(pairs) == 1 and "legal form" in pairs[0].evidence


# ------------------------------------------------ 4.1-4.6 kinds


def test_a_role_in_apposition_before_a_name_makes_a_person() -> None:
    a = art("k1", "Prosecutor Moses Otieno charged Paul Kibet Mwangi with fraud. "
                  "His lawyer, Grace Njeri, on Tuesday accused Otieno of leaking the file.")
    x = at(a, "Grace Njeri", "ORG")
    res = build((a, [x]))
    assert res.entities[iri(res, a, x)].type == NG.Person


def test_initials_and_a_surname_after_a_role_are_a_person() -> None:
    a = art("k2", "The deal was signed by Hindalco chief executive K.R. Venkatraman and Siam Metals chairman "
                  "Somchai Wongsawat, the companies said.")
    x = at(a, "K.R. Venkatraman", "ORG")
    res = build((a, [x]))
    assert res.entities[iri(res, a, x)].type == NG.Person


def test_an_unknown_two_word_place_that_acts_is_a_person() -> None:
    a = art("k3", "Renson Ingonga charged Peter Kamau Njoroge with fraud.")
    x = at(a, "Renson Ingonga", "GPE")
    res = build((a, [x]))
    assert res.entities[iri(res, a, x)].type == NG.Person


def test_a_place_geonames_knows_stays_a_place() -> None:
    a = art("k4", "Sidi Bouzid accused the government of neglect.")
    x = at(a, "Sidi Bouzid", "GPE")
    res = build((a, [x]))
    assert res.entities[iri(res, a, x)].type != NG.Person


def test_a_company_headed_place_is_an_organisation() -> None:
    a = art("k5", "Hindalco signed a supply agreement last month with Japan's Kobe Steel for pellets.")
    x = at(a, "Kobe Steel", "FAC")
    res = build((a, [x]))
    found = res.entities[iri(res, a, x)]
    assert found.type == NG.Organisation and found.country_code == "JP"


def test_a_one_word_unknown_place_acting_in_a_company_article_is_an_organisation() -> None:
    text = ("Deezer last week blamed Apple for higher subscription prices, a charge Apple denied. "
            "Microsoft said the company would appeal.")
    a = art("k6", text)
    x = at(a, "Deezer", "GPE")
    res = build((a, [x]))
    assert res.entities[iri(res, a, x)].type == NG.Organisation
    # with person evidence, or outside a company article, the one-word "place" that acts stays a person
    b = art("k7", "Blinken, the secretary of state, accused the rebels of lying. The company said it would appeal.")
    y = at(b, "Blinken", "GPE")
    c = art("k8", "Blinken accused the rebels of lying.")
    z = at(c, "Blinken", "GPE")
    res = build((b, [y]), (c, [z]))
    assert res.entities[iri(res, b, y)].type == NG.Person
    assert res.entities[iri(res, c, z)].type == NG.Person


# ------------------------------------------------ 4.3, 4.7, 4.9, 4.13 labels


def test_an_office_after_a_titles_of_is_no_part_of_the_name() -> None:
    ctx = ArticleContext.of("l1", "Kenya's Director of Public Prosecutions Renson Ingonga on Monday charged him. "
                                  "Minister of Foreign Affairs Wang Yi spoke. Archbishop of Canterbury Justin Welby prayed.")
    names = {p.name.full: p for p in ctx.persons}
    assert "Renson Ingonga" in names and "director" in names["Renson Ingonga"].titles
    assert names["Renson Ingonga"].country.alpha_2 == "KE"  # type: ignore[union-attr]
    assert {"Wang Yi", "Justin Welby"} <= set(names)


def test_a_possessive_title_keeps_its_generic_head() -> None:
    a = art("l2", "Separately, the Attorney General's Office on Tuesday charged former mayor Ramiro Castellanos Uribe.")
    b = art("l3", "The Prime Minister's Office denied the report.")
    x, y = at(a, "Office", "ORG"), at(b, "Office", "ORG")
    res = build((a, [x]), (b, [y]))
    assert res.entities[iri(res, a, x)].name == "Attorney General's Office"
    assert res.entities[iri(res, b, y)].name == "Prime Minister's Office"
    assert iri(res, a, x) != iri(res, b, y) and not str(iri(res, a, x)).endswith("/actor/office")


def test_a_country_opening_an_organisations_name_stays_in_its_label() -> None:
    a = art("l4", "The refinery agreed to supply petrol to the Ghana National Petroleum Corporation (GNPC), GNPC said.")
    x, y = at(a, "Ghana National Petroleum Corporation", "ORG"), at(a, "GNPC", "ORG", nth=1)
    res = build((a, [x, y]))
    assert iri(res, a, x) == iri(res, a, y)
    found = res.entities[iri(res, a, x)]
    assert found.name == "Ghana National Petroleum Corporation" and found.country_code == "GH"


def test_the_fullest_form_of_a_double_surname_is_the_label() -> None:
    a = art("l5", "Prosecutors charged former Tijuana mayor Ramiro Castellanos Uribe with money laundering. "
                  "Castellanos denied the charges.")
    x, y = at(a, "Ramiro Castellanos Uribe", "PERSON"), at(a, "Castellanos", "PERSON", nth=1)
    res = build((a, [x, y]))
    assert iri(res, a, x) == iri(res, a, y)
    assert res.entities[iri(res, a, x)].name == "Ramiro Castellanos Uribe"


# ------------------------------------------------ 6.1 a titled form finds the person


@pytest.mark.parametrize(("written", "key"), [
    ("Sir Keir", "keir"), ("Prime Minister Sir Keir Starmer", "keir starmer"), ("Mr Martin", "martin"),
    ("Prime Minister's Office", "prime minister s office"), ("Sir", "sir"), ("Erdoğan", "erdogan"),
])
def test_lookup_key(written: str, key: str) -> None:
    assert lookup_key(written) == key


# ------------------------------------------------ the real pipeline


@pytest.mark.slow
def test_the_pipeline_gives_these_nodes(tmp_path: Path) -> None:
    from graph.pipeline import build_graph
    from graph.query import rows_as_dicts, run_named

    items = [
        {"id": "g1", "date": "2026-11-10", "text":
            "LONDON — Prime Minister Sir Keir Starmer met Taoiseach Micheál Martin on Monday. "
            "Conservative leader Kemi Badenoch accused Sir Keir of betraying veterans. "
            "Northern Ireland Secretary Hilary Benn visited Belfast last week."},
        {"id": "g2", "date": "2026-11-11", "text":
            "MEXICO CITY (AP) — Separately, the Attorney General's Office on Tuesday charged former Tijuana "
            "mayor Ramiro Castellanos Uribe with money laundering. Castellanos denied the charges."},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    g = build_graph([src]).dataset
    benn = set(g.subjects(RDFS.label, Literal("Hilary Benn")))
    assert len(benn) == 1 and {str(c) for c in g.objects(next(iter(benn)), NG.country)} == {str(NGR["country/gb"])}
    office = set(g.subjects(None, Literal("Attorney General's Office")))
    assert office and not any(str(s).endswith("/actor/office") for s in office)
    assert set(g.subjects(RDFS.label, Literal("Ramiro Castellanos Uribe")))
    rows = rows_as_dicts(run_named(g, "dossier", {"actor": "Sir Keir"}))
    assert rows and any("Badenoch" in json.dumps(r) for r in rows)
