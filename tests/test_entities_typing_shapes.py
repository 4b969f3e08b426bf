"""A person is a person and a company a company with little or no evidence in the article
(graph.entities.typevote: one-word names, a name's shape, company evidence for eponymous names;
graph.entities.resolver: "New York"). Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.articles import Article
from graph.entities import resolve
from graph.entities.data import make_common_nouns, make_given_names
from graph.entities.persons import NOT_PERSON
from graph.entities.typevote import (
    common_noun,
    common_nouns,
    organisation_evidence,
    person_evidence,
    relabel,
)
from graph.extract.base import Argument, Mention
from graph.extract.lexicon import ORG_HEADS

HEADS = NOT_PERSON | ORG_HEADS


def _arg(text: str, name: str, label: str) -> Argument:
    start = text.index(name)
    return Argument(name, start, start + len(name), label, "name")


def _iris(text: str, *named: tuple[str, str]) -> dict[str, str]:
    """Resolve one ``met`` mention per (name, label) of ``text`` (object: itself): name -> IRI path."""
    article = Article(id="shape", text=text)
    args = [_arg(text, n, lab) for n, lab in named]
    res = resolve([(article, [Mention("met", a, a, "", 0, 0, None, 1.0, "test") for a in args])])
    return {a.text: str(res.iri(a, article=article)).split("/id/")[1] for a in args}


def test_common_nouns_are_kinds_from_wordnet_not_individuals():
    assert len(common_nouns()) > 40_000
    for word in ("Arsenal", "Brotherhood", "Trump", "Kurds", "Democrats", "Companies"):
        assert common_noun(word), word
    for word in ("Meloni", "Yermak", "Ramaphosa", "Gandhi", "Foxconn"):
        assert not common_noun(word), word


def test_a_company_noun_before_a_name_or_a_list_of_names_is_organisation_evidence():
    assert organisation_evidence("Chipmaker Vantrel sued a rival.", ["Vantrel"])
    assert organisation_evidence("The deal with drugmaker Korvana closed.", ["Korvana"])
    text = "He met French companies Alvarde, Brenquet and Solvine in Paris."
    for name in ("Alvarde", "Brenquet", "Solvine"):
        assert organisation_evidence(text, [name]), name
    # a trade that also describes a person is no company noun
    assert organisation_evidence("Investor Dalmo Rusk met them.", ["Dalmo Rusk"]) is None


def test_a_role_only_a_company_or_club_has_after_a_name_is_organisation_evidence():
    assert organisation_evidence("Vantrel chairman Ito Sora met officials.", ["Vantrel"])
    assert organisation_evidence("Korvana Chief Executive Ada Lim said so.", ["Korvana"])
    assert organisation_evidence("Brenquet coach Luca Neri blamed the referee.", ["Brenquet"])
    # a spokesman is a person's too
    assert organisation_evidence("Brenquet spokesman Tom Ray said so.", ["Brenquet"]) is None


def test_a_name_opening_a_sentence_followed_by_the_company_as_subject_is_a_company():
    text = "Halvorsen Whitcombe sued a former manager. The company said it would appeal."
    assert organisation_evidence(text, ["Halvorsen Whitcombe"])
    assert relabel("PERSON", "Halvorsen Whitcombe", text, not_person=HEADS)[0] == "ORG"
    # another name in its sentence: the company may be that one
    other = "Halvorsen Whitcombe sued Trevane on Monday. The company said it would appeal."
    assert organisation_evidence(other, ["Halvorsen Whitcombe"]) is None


def test_coordination_with_a_personal_pronoun_is_person_evidence():
    assert person_evidence("Dravic and his allies accused the commission of fraud.", ["Dravic"])
    assert person_evidence("Ota said she and Dravic agreed on a plan.", ["Dravic"])
    assert person_evidence("Vantrel and Korvana agreed on a merger.", ["Vantrel"]) is None


def test_one_word_names_are_typed_by_evidence_both_ways():
    assert relabel("", "Dravic", "Dravic and his allies met the unions.", not_person=HEADS)[0] == "PERSON"
    assert relabel("ORG", "Dravic", "Dravic and his allies met the unions.", not_person=HEADS)[0] == "PERSON"
    assert relabel("PERSON", "Korvana", "Pharmaceutical powerhouse Korvana met regulators.",
                   not_person=HEADS)[0] == "ORG"
    # "its" in a surname's clause is no evidence for one word ("Putin accused the West of
    # breaking its promises"): the label stands
    assert relabel("PERSON", "Dravic", "Dravic criticised the decision and its cost.", not_person=HEADS)[0] == "PERSON"
    # no evidence: the model's ORG on an invented company name stands
    assert relabel("ORG", "Korvana", "Korvana agreed a deal with Vantrel.", not_person=HEADS)[0] == "ORG"
    # countries, acronyms and common nouns are never voted
    assert relabel("", "Russia", "Russia said he was killed.", not_person=HEADS) == ("", "")
    assert relabel("", "NATO", "NATO and his allies met.", not_person=HEADS) == ("", "")


def test_the_shape_default_is_for_an_unlabelled_word_that_meets_someone_outside_sport():
    assert relabel("", "Dravic", "Dravic met Orsolya Kettu.", not_person=HEADS, meets=True)[0] == "PERSON"
    # companies accuse and agree as often as people do: no default there
    assert relabel("", "Korvana", "Korvana accused a rival of fraud.", not_person=HEADS) == ("", "")
    # clubs meet
    assert relabel("", "Korvana", "Korvana met Vantrel in the cup final.", not_person=HEADS, meets=True) == ("", "")
    # the model's label stands when it gave one
    assert relabel("ORG", "Korvana", "Korvana met Vantrel.", not_person=HEADS, meets=True) == ("ORG", "")


def test_an_unlabelled_bare_name_of_a_names_shape_is_a_person_the_same_in_every_article():
    # (the one met is a party too: a meeting with no one who may be a person says nothing)
    a = _iris("Dravic met Orsolya Kettu in Rome on Monday.", ("Dravic", ""), ("Orsolya Kettu", "PERSON"))
    b = _iris("Dravic met Kettu again on Friday.", ("Dravic", ""), ("Kettu", "PERSON"))
    assert a["Dravic"] == b["Dravic"] and a["Dravic"].startswith("person/")
    # a common noun, a city or a name the article writes inside a longer one is left alone
    c = _iris("Manchester City met Arsenal on Sunday.", ("Arsenal", ""))
    assert not c["Arsenal"].startswith("person/")
    d = _iris("Nordvik Lines said on Monday that Nordvik would appeal.", ("Nordvik", ""))
    assert not d["Nordvik"].startswith("person/")


def test_a_person_label_on_a_name_holding_an_organisation_word_or_an_ampersand_is_an_organisation():
    assert relabel("PERSON", "Dick Varn Productions", "Dick Varn Productions met them.", not_person=HEADS)[0] == "ORG"
    assert relabel("PERSON", "Halvorsen & Whitcombe", "Halvorsen & Whitcombe met them.", not_person=HEADS)[0] == "ORG"
    # a surname that is also an organisation's word is no evidence ("Margaret Court")
    assert relabel("PERSON", "Margaret Court", "Margaret Court met them.", not_person=HEADS)[0] == "PERSON"
    # person evidence wins
    assert relabel("PERSON", "Anna Varn Group", "Anna Varn Group, 54, said she would run.",
                   not_person=HEADS)[0] == "PERSON"
    iris = _iris("Dick Varn Productions met Universal on Monday.", ("Dick Varn Productions", "PERSON"))
    assert iris["Dick Varn Productions"] == "organisation/dick-varn-productions"


def test_new_york_is_the_city_unless_the_state_is_said():
    city = _iris("The mayor met Dravic in New York on Monday.", ("New York", "GPE"))
    assert city["New York"] == "place/5128581"  # GeoNames New York City
    state = _iris("Officials in New York state met Dravic.", ("New York", "GPE"))
    assert state["New York"] == "place/5128638"  # GeoNames New York (the state)


def test_no_shape_default_in_an_article_whose_actors_are_mostly_organisations():
    text = "Halvorsen Group agreed with Trevane Corp on prices. Korvana met Polish officials in Warsaw."
    article = Article(id="corp", text=text)
    a, b, c = _arg(text, "Halvorsen Group", "ORG"), _arg(text, "Trevane Corp", "ORG"), _arg(text, "Korvana", "")
    officials = _arg(text, "Polish officials", "")
    res = resolve([(article, [Mention("agreed", a, b, "", 0, 0, None, 1.0, "test"),
                              Mention("met", c, officials, "", 0, 0, None, 1.0, "test")])])
    assert not str(res.iri(c, article=article)).split("/id/")[1].startswith("person/")


def test_an_unlabelled_full_name_that_meets_someone_and_reads_as_a_name_is_a_person():
    text = "Rustem Vantrelko visited Kharkiv on Monday."
    assert relabel("", "Rustem Vantrelko", text, not_person=HEADS, meets=True)[0] == "PERSON"
    assert relabel("", "Rustem Vantrelko", text, not_person=HEADS) == ("", "")  # no meeting, no default
    # a word that is a common noun ("Morgan": a horse) or a place makes no name's shape
    assert relabel("", "Morgan Stanley", "Morgan Stanley met regulators.", not_person=HEADS, meets=True)[0] == ""
    assert relabel("", "Kharkiv Vantrelko", "Kharkiv Vantrelko met regulators.", not_person=HEADS, meets=True)[0] == ""
    # the model's ORG stands ("Exxon Mobil met regulators")
    assert relabel("ORG", "Exxon Mobil", "Exxon Mobil met regulators.", not_person=HEADS, meets=True)[0] == "ORG"
    iris = _iris("Masoud Vantrelko met Orsolya Kettu in Doha.", ("Masoud Vantrelko", ""))
    assert iris["Masoud Vantrelko"].startswith("person/")


def test_a_name_part_binds_to_the_fullest_of_names_that_are_shorter_forms_of_one_another():
    text = ("Brazilian President Luiz Inácio Lula da Silva met Javier Milei. Lula accused Milei of "
            "insults. Lula da Silva later visited Buenos Aires.")
    iris = _iris(text, ("Luiz Inácio Lula da Silva", "PERSON"), ("Lula", ""), ("Lula da Silva", "PERSON"))
    assert iris["Lula"] == iris["Lula da Silva"] == iris["Luiz Inácio Lula da Silva"]
    assert iris["Lula"].startswith("person/")


def test_its_evidence_is_read_at_every_occurrence_of_the_name():
    text = "Louis Vuitton met them. Later Louis Vuitton accused a rival of copying its bags."
    assert organisation_evidence(text, ["Louis Vuitton"])
    assert organisation_evidence(text, ["Louis Vuitton"], discourse=False) is None


def test_romanised_cyrillic_given_names_open_a_persons_name_but_do_not_end_one():
    from graph.entities.data.make_given_names import romanise
    from graph.entities.typevote import is_given_name, romanised_given_names

    assert romanise("Андрій", "uk") == ["andrii", "andriy"]
    assert romanise("Володимир", "uk") == ["volodymyr"]
    assert "sergei" in romanise("Сергей", "ru") and "hristo" in romanise("Христо", "bg")
    assert len(romanised_given_names()) > 1000
    for word in ("Volodymyr", "Oleksandr", "Dmytro", "Andriy", "Kyrylo"):
        assert is_given_name(word, romanised=True) and not is_given_name(word), word
    assert not is_given_name("Agent", romanised=True)  # a romanised name that is a common noun
    assert relabel("ORG", "Kyrylo Vantrelko", "Kyrylo Vantrelko accused Moscow of lying.")[0] == "PERSON"
    # "Petro" is Ukrainian too, but a last word is a given name only by the Latin lists
    assert relabel("ORG", "Gustavo Petro", "Gustavo Petro met Claudia Sheinbaum.")[0] == "PERSON"


def test_greek_and_georgian_given_names_are_romanised_too():
    from graph.entities.data.make_given_names import romanise
    from graph.entities.typevote import is_given_name

    assert romanise("Κυριάκος", "el") == ["kyriakos"] and romanise("ირაკლი", "ka") == ["irakli"]
    for word in ("Kyriakos", "Giorgos", "Irakli", "Mikheil"):
        assert is_given_name(word, romanised=True), word


def test_a_titled_person_holding_an_organisation_word_stays_a_person():
    for name in ("Secretary of State Antony Blinken", "Bank of England Governor Andrew Bailey",
                 "Army Chief Asim Munir", "Charlotte Church", "John Tower"):
        assert relabel("PERSON", name, f"{name} met officials in London.", not_person=HEADS)[0] == "PERSON", name
    assert relabel("PERSON", "Bank of Punjab", "Bank of Punjab met officials.", not_person=HEADS)[0] == "ORG"


def test_the_new_company_evidence_reads_the_name_as_written_not_its_surname():
    text = "Elon Varn met officials on Monday at the company Varn founded."
    assert organisation_evidence(text, ["Elon Varn", "Varn"]) is None
    assert relabel("PERSON", "Elon Varn", text, not_person=HEADS)[0] == "PERSON"


def test_a_possessive_is_no_company_evidence_for_one_word():
    text = "Dravic's brand of politics won votes. Dravic met officials."
    assert relabel("PERSON", "Dravic", text, not_person=HEADS)[0] == "PERSON"
    assert relabel("PERSON", "Korvana", "Korvana shares fell as Korvana met regulators.", not_person=HEADS)[0] == "ORG"


def test_a_company_subject_in_the_next_sentence_is_no_evidence_for_one_word():
    text = "Dravic met investors in Austin. The company said production would rise."
    assert relabel("", "Dravic", text, not_person=HEADS) == ("", "")


WORDNET = Path("/usr/share/wordnet")
DATA = Path(make_common_nouns.__file__).parent


@pytest.mark.skipif(not (WORDNET / "data.noun").exists(),
                    reason="Debian's wordnet-base is not installed (.ci/run installs it)")
@pytest.mark.slow  # reads all of WordNet's nouns
def test_shipped_common_nouns_are_what_wordnet_gives() -> None:
    shipped = (DATA / "common_nouns.txt").read_text(encoding="utf-8").split()
    assert shipped == make_common_nouns.common_nouns(WORDNET)


def test_shipped_given_names_are_what_faker_gives() -> None:
    latin, romanised = make_given_names.given_names()
    assert (DATA / "given_names.txt").read_text(encoding="utf-8").split("\n")[:-1] == latin
    assert (DATA / "given_names_romanised.txt").read_text(encoding="utf-8").split("\n")[:-1] == romanised
