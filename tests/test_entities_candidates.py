"""Candidates made from one lookup (graph.entities.candidates)."""

from __future__ import annotations

from graph.entities.candidates import (
    country_candidate,
    country_iri,
    local_candidate,
    organisation_candidate,
)
from graph.entities.context import ArticleContext
from graph.entities.places import find_country
from graph.namespaces import NG, NGR


def test_a_country_candidate_is_keyed_by_its_iso_code_and_linked() -> None:
    belarus = find_country("Belarus")
    assert belarus is not None
    cand = country_candidate(belarus, "Belarus", "test")
    assert cand.iri == country_iri(belarus) == NGR["country/by"] and cand.notation == "BY"
    assert cand.type == NG.Country and cand.same_as


def test_an_organisation_is_keyed_by_its_country_and_its_name_in_one_spelling() -> None:
    ctx = ArticleContext.of("a", "Russia's Ministry of Defence and the Russian Defense Ministry.")
    one = organisation_candidate("Russia's Ministry of Defence", "Russia's Ministry of Defence", ctx)
    other = organisation_candidate("Russian Defense Ministry", "Russian Defense Ministry", ctx)
    assert one.iri == other.iri == NGR["organisation/ru/defense-ministry"]
    assert "Ministry of Defence" in one.name  # the label keeps the text's spelling


def test_a_description_is_kept_to_its_article() -> None:
    ctx = ArticleContext.of("a1", "The president spoke.")
    cand = local_candidate("the president", "the president", ctx, "a description")
    assert cand.type == NG.Actor and "/actor/" in str(cand.iri) and str(cand.iri) != str(NGR["actor/the-president"])


def test_a_bank_named_with_a_country_is_its_own_organisation() -> None:
    us_bank = organisation_candidate("U.S. Bank", "U.S. Bank", None)
    bofa = organisation_candidate("Bank of America", "Bank of America", None)
    assert us_bank.iri != bofa.iri
    assert us_bank.country is not None and us_bank.country.alpha_2 == "US"
    assert str(bofa.iri).endswith("organisation/us/bank-of-america")
    # a country's army is still the country's one army
    assert str(organisation_candidate("U.S. Army", "U.S. Army", None).iri).endswith("organisation/us/army")


def test_a_treasury_with_no_country_is_kept_to_its_article() -> None:
    a = organisation_candidate("Treasury", "The Treasury", ArticleContext.of("a", "The Treasury accused China."))
    b = organisation_candidate("Treasury", "The Treasury", ArticleContext.of("b", "The Treasury accused the Bank of England."))
    assert a.iri != b.iri
    assert str(organisation_candidate("U.S. Treasury", "U.S. Treasury", None).iri).endswith("organisation/us/treasury")


def test_a_legal_form_is_no_part_of_an_organisations_key() -> None:
    keys = {str(organisation_candidate(t, t, None).iri).split("/id/")[1]
            for t in ("Dow Jones & Co", "Dow Jones", "Dow Jones & Co.")}
    assert keys == {"organisation/dow-jones"}
    assert str(organisation_candidate("Microsoft Corp.", "Microsoft Corp.", None).iri).endswith("organisation/microsoft")
