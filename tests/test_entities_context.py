"""What an article's text says about its names (graph.entities.context), on the seeds."""

from __future__ import annotations

from pathlib import Path

from entity_helpers import art, at, build, iri

from graph.entities.context import ArticleContext, country_prefix
from graph.entities.names import person_name

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def context(name: str) -> ArticleContext:
    path = SEEDS / name
    return ArticleContext.of(path.stem, path.read_text(encoding="utf-8"))


def test_acronyms_of_seed_001_and_not_its_dateline() -> None:
    """'MINSK (Realist English).' is a dateline; SVR and KGB bind to what precedes them."""
    ctx = context("001_125af6e3d0378b0b.txt")
    assert set(ctx.acronyms) == {"SVR", "KGB"}
    svr, kgb = ctx.acronyms["SVR"], ctx.acronyms["KGB"]
    assert (svr.expansion, svr.country and svr.country.alpha_2) == ("Foreign Intelligence Service", "RU")
    assert (kgb.expansion, kgb.country and kgb.country.alpha_2) == ("State Security Committee", "BY")


def test_acronym_before_its_expansion() -> None:
    ctx = ArticleContext.of("x", "The SVR (Foreign Intelligence Service) warned. WASHINGTON (Reuters) - ...")
    assert ctx.acronyms["SVR"].expansion == "Foreign Intelligence Service"
    assert "WASHINGTON" not in ctx.acronyms


def test_full_names_titles_and_countries_of_seed_000() -> None:
    ctx = context("000_005cffccad9dd1f5.txt")
    people = {p.name.full: p for p in ctx.persons}
    assert {"Sergei Naryshkin", "Aleksandr Lukashenko"} <= set(people)
    assert "director" in people["Sergei Naryshkin"].titles  # "The director of ..., Sergei Naryshkin"
    lukashenko = people["Aleksandr Lukashenko"]
    assert "president" in lukashenko.titles and lukashenko.country.alpha_2 == "BY"  # type: ignore[union-attr]
    assert {"RU", "BY"} <= ctx.countries
    assert ctx.full_names(person_name("Naryshkin").surname_key)  # type: ignore[union-attr]


def test_country_prefix_forms() -> None:
    assert country_prefix("Russia’s Foreign Intelligence Service")[1] == "Foreign Intelligence Service"
    assert country_prefix("Foreign Ministry of Belarus")[0].alpha_2 == "BY"  # type: ignore[union-attr]
    assert country_prefix("Zimbabwe Election Commission")[0].alpha_2 == "ZW"  # type: ignore[union-attr]
    assert country_prefix("Movement for Democratic Change") == (None, "Movement for Democratic Change")


def test_initials_and_abbreviated_titles_do_not_end_a_sentence() -> None:
    """voa-2017.01.17.3679550_2: 'retired Gen. James Mattis'."""
    ctx = ArticleContext.of("x", "They chose retired Gen. James Mattis. George W. Bush agreed.")
    people = {p.name.full: p for p in ctx.persons}
    assert "general" in people["James Mattis"].titles
    assert "George W. Bush" in people


def test_whole_text_folding_keeps_offsets() -> None:
    """The article is folded character by character: same length, so that names are read from the
    text itself (with accents) at the offsets matched in the folded text."""
    from graph.entities.context import _fold_text
    from graph.entities.names import ascii_fold

    for text in ["plain `ascii` text", "Mińsk’s Łukaszenka met José in Zürich", "e\u0301\u0323x",
                 "\u1fef and \ufb01 and \u00a0 and \u2018quoted\u2019", "", "日本 and Tōkyō"]:
        folded = _fold_text(text)
        assert len(folded) == len(text)
        assert all(f == c or f == ascii_fold(c) for f, c in zip(folded, text, strict=True))
    assert _fold_text("José Ramos-Horta’s") == "Jose Ramos-Horta's"


def test_names_keep_their_accents() -> None:
    ctx = ArticleContext.of("x", "Brazilian President Luiz Inácio Lula da Silva met Recep Tayyip Erdoğan.")
    assert {p.name.full for p in ctx.persons} == {"Luiz Inácio Lula da Silva", "Recep Tayyip Erdoğan"}


def test_full_names_follows_added_persons() -> None:
    ctx = ArticleContext.of("x", "Sergei Naryshkin arrived.")
    key = person_name("Naryshkin").surname_key  # type: ignore[union-attr]
    assert [p.name.full for p in ctx.full_names(key)] == ["Sergei Naryshkin"]
    other = ArticleContext.of("y", "Later, Lev Naryshkin spoke.")
    ctx.persons.extend(other.persons)
    assert [p.name.full for p in ctx.full_names(key)] == ["Sergei Naryshkin", "Lev Naryshkin"]


def test_a_double_surname_called_by_its_first_surname_is_keyed_without_the_second() -> None:
    ctx = ArticleContext.of("a", "President Claudia Sheinbaum Pardo met Ana Ruiz. Sheinbaum accused Washington.")
    full = person_name("Claudia Sheinbaum Pardo")
    assert full is not None
    assert ctx.double_surnames[full.key].full == "Claudia Sheinbaum"
    # the second surname alone, or the first only inside the full name: no evidence
    ctx = ArticleContext.of("b", "President Claudia Sheinbaum Pardo met Ana Ruiz. Pardo accused Washington.")
    assert ctx.double_surnames == {}
    ctx = ArticleContext.of("c", "President Claudia Sheinbaum Pardo met Ana Ruiz in Mexico City.")
    assert ctx.double_surnames == {}
    # a middle part with a particle ("Saif al-Islam Qaddafi") is no surname
    ctx = ArticleContext.of("d", "Saif al-Islam Gaddafi met them. Saif al-Islam Qaddafi accused the government.")
    assert ctx.double_surnames == {}


def test_a_name_with_a_capitalised_preposition_is_no_person() -> None:
    ctx = ArticleContext.of("e", "Reporters Without Borders accused Israel. Doctors Against Hunger met Ana Ruiz.")
    assert [p.name.full for p in ctx.persons] == ["Ana Ruiz"]


def test_undotted_initials_open_a_name_but_no_country_code_does() -> None:
    ctx = ArticleContext.of("f", "JD Vance met Pete Hegseth in London. US Steel met EU Japan negotiators.")
    assert [p.name.full for p in ctx.persons] == ["JD Vance", "Pete Hegseth"]


def test_a_bare_surname_binds_to_a_full_name_with_a_title_word_inside_it():
    # "Sheikh" inside a Somali name is part of the name (graph.entities.offices.name_part_title):
    # the article's full name must not stop at it, or a later bare surname finds no one to bind
    # to and the person becomes two nodes (found by a new analyst's probe, 2026-12-01)
    for opener in ("President", "Somalia's President", "Somali leader"):
        a = art("t", f"{opener} Hassan Sheikh Mohamud flew to Addis Ababa on Monday. "
                     "Mohamud and Abiy Ahmed met for three hours.")
        full, bare = at(a, "Hassan Sheikh Mohamud", "PERSON"), at(a, "Mohamud", "PERSON", nth=1)
        res = build((a, [full, bare]))
        assert iri(res, a, bare) == iri(res, a, full)
    # a title opening the name stays a title: "Sheikh Hasina" is not "Hasina" of another "Sheikh"
    b = art("u", "President Sheikh Tamim visited Paris. Tamim met Macron.")
    t1, t2 = at(b, "Sheikh Tamim", "PERSON"), at(b, "Tamim", "PERSON", nth=1)
    res = build((b, [t1, t2]))
    assert iri(res, b, t2) == iri(res, b, t1)
