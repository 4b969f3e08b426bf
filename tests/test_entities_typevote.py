"""Person or organisation by the article's own words (graph.entities.typevote), alone and
through a resolution. Sentences written for these tests."""

from __future__ import annotations

from graph.articles import Article
from graph.entities import resolve
from graph.entities.typevote import (
    given_names,
    is_given_name,
    organisation_evidence,
    person_evidence,
    relabel,
)
from graph.extract.base import Argument, Mention
from graph.namespaces import NG


def _arg(text: str, name: str, label: str, nth: int = 0) -> Argument:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Argument(name, start, start + len(name), label, "name")


def _types(text: str, pairs: list[tuple[tuple[str, str], tuple[str, str]]]) -> dict[str, str]:
    """Resolve ``met`` mentions between (name, label) pairs of ``text``: name -> IRI path."""
    article = Article(id="t1", text=text)
    mentions, args = [], []
    for (a, la), (b, lb) in pairs:  # a name's first occurrence each time
        x, y = _arg(text, a, la), _arg(text, b, lb)
        mentions.append(Mention("met", x, y, "", 0, 0, None, 1.0, "test"))
        args += [x, y]
    res = resolve([(article, mentions)])
    return {a.text: str(res.iri(a, article=article)).split("/id/")[1] for a in args}


def test_given_names_come_from_faker_lists_without_the_words_of_one_wide_list():
    names = given_names()
    assert len(names) > 5000
    for word in ("Gustavo", "Friedrich", "Alberto", "Nicolás", "nicolas", "Giorgia", "Prabowo"):
        assert is_given_name(word), word
    for word in ("Wells", "General", "China", "Bank", "Exxon", "Goldman", "Berkshire"):
        assert not is_given_name(word), word


def test_person_evidence_of_each_kind():
    assert person_evidence("Gustavo Petro, the Colombian president, spoke.", ["Gustavo Petro"])
    assert person_evidence("Merz, 70, said so.", ["Friedrich Merz", "Merz"])
    assert person_evidence("Ruto said his government would not bow.", ["William Ruto", "Ruto"])
    assert person_evidence("Keir Starmer met Olaf Scholz. He said they agreed.", ["Keir Starmer"])
    assert person_evidence("Li Na's husband met reporters.", ["Li Na"])
    assert person_evidence("the opposition leader Ana Bell met them.", ["Ana Bell"])
    assert person_evidence("Ruto Holdings said its profit rose.", ["Ruto Holdings"]) is None
    # a pronoun that follows another verb than one of speech is no evidence
    assert person_evidence("Anna Field met Tom Ray, who said he agreed.", ["Anna Field"]) is None


def test_organisation_evidence_of_each_kind():
    assert organisation_evidence("Charles Schwab Corp shares rose.", ["Charles Schwab"])
    assert organisation_evidence("Louis Vuitton's shares fell.", ["Louis Vuitton"])
    assert organisation_evidence("Hugo Boss, the German fashion group, said so.", ["Hugo Boss"])
    assert organisation_evidence("Louis Vuitton accused a rival of copying its bags.", ["Louis Vuitton"])
    assert organisation_evidence("Louis Vuitton said its rival copied his designs.", ["Louis Vuitton"]) is None
    assert organisation_evidence("Keir Starmer met Olaf Scholz in London.", ["Keir Starmer"]) is None


def test_relabel_both_directions():
    assert relabel("ORG", "Gustavo Petro", "Gustavo Petro met Claudia Sheinbaum in Bogota.")[0] == "PERSON"
    assert relabel("", "Friedrich Merz", "Friedrich Merz met Giorgia Meloni.")[0] == "PERSON"
    # no given name and no evidence: the label stands
    assert relabel("ORG", "Exxon Mobil", "Exxon Mobil agreed with Chevron on a pipeline.")[0] == "ORG"
    # two given names ("Morgan Stanley"), or a company spoken of as a subject: the label stands
    assert relabel("ORG", "Morgan Stanley", "Morgan Stanley accused a trader of fraud.")[0] == "ORG"
    assert relabel("ORG", "Charles Schwab", "Charles Schwab sued. The company said it would appeal.")[0] == "ORG"
    # a company's opening word that a name list also holds ("Royal": Azerbaijani "Röyal")
    assert relabel("ORG", "Royal Mail", "Royal Mail met the unions.")[0] == "ORG"
    # organisation words are never a person's
    assert relabel("ORG", "Alberto Bank", "Alberto Bank met officials.", not_person=frozenset({"bank"}))[0] == "ORG"
    # a person label with corporate evidence and none of a person's
    assert relabel("PERSON", "Louis Vuitton", "Louis Vuitton accused a rival. Louis Vuitton's shares fell.")[0] == "ORG"
    assert relabel("PERSON", "Louis Vuitton", "Louis Vuitton, 60, said his shares fell.")[0] == "PERSON"
    # other labels are left alone ...
    assert relabel("NORP", "Gustavo Petro", "Gustavo Petro met them.") == ("NORP", "")
    # ... but a place's label on a given name and a name GeoNames does not know is a person's
    # (tests/test_entities_given_names_world.py), unless the text writes it as a place
    assert relabel("GPE", "Gustavo Petro", "Gustavo Petro met them.")[0] == "PERSON"
    assert relabel("GPE", "Gustavo Petro", "They met in Gustavo Petro.") == ("GPE", "")
    # a middle name between two given names: a person's three names (a new user's finding:
    # "Erdogan" is also a Turkish given name, and the full name went to an organisation)
    assert relabel("", "Recep Tayyip Erdogan", "Recep Tayyip Erdogan met Emmanuel Macron.")[0] == "PERSON"
    assert is_given_name("Erdogan") and is_given_name("Recep")


def test_an_unlabelled_full_name_whose_surname_is_a_person_in_the_article_is_that_person():
    text = "Gitanas Nauseda met Andrzej Duda. Nauseda accused Moscow of meddling."
    iris = _types(text, [(("Gitanas Nauseda", ""), ("Andrzej Duda", "PERSON")),
                         (("Nauseda", "PERSON"), ("Moscow", "GPE"))])
    assert iris["Gitanas Nauseda"].startswith("person/") and iris["Nauseda"] == iris["Gitanas Nauseda"]


def test_a_title_less_full_name_labelled_an_organisation_is_one_person_with_its_surname():
    text = "Gustavo Petro met Nadia Calviño in Bogota. Petro accused Washington of meddling."
    iris = _types(text, [(("Gustavo Petro", "ORG"), ("Nadia Calviño", "PERSON")),
                         (("Petro", "ORG"), ("Washington", "GPE"))])
    assert iris["Gustavo Petro"].startswith("person/")
    assert iris["Petro"] == iris["Gustavo Petro"]


def test_the_same_name_is_one_person_whether_or_not_the_model_labelled_it_a_person():
    a = _types("Gustavo Petro met Nadia Calviño in Bogota.",
               [(("Gustavo Petro", "ORG"), ("Nadia Calviño", "PERSON"))])
    b = _types("Nadia Calviño met Gustavo Petro in Madrid.",
               [(("Nadia Calviño", "PERSON"), ("Gustavo Petro", "PERSON"))])
    assert a["Gustavo Petro"] == b["Gustavo Petro"]


def test_eponymous_companies_stay_organisations():
    text = ("Louis Vuitton accused a rival of copying its bags. Louis Vuitton's shares fell. "
            "Berkshire Hathaway met regulators. Berkshire Hathaway's chief executive said so.")
    iris = _types(text, [(("Louis Vuitton", "PERSON"), ("Berkshire Hathaway", "PERSON"))])
    assert iris["Louis Vuitton"] == "organisation/louis-vuitton"
    assert iris["Berkshire Hathaway"] == "organisation/berkshire-hathaway"


def test_person_vote_types_the_entity():
    text = "Alberto Nunez Feijoo accused the government of corruption. Feijoo said his party would act."
    article = Article(id="t2", text=text)
    a = _arg(text, "Alberto Nunez Feijoo", "ORG")
    b = _arg(text, "Feijoo", "ORG")
    res = resolve([(article, [Mention("met", a, b, "", 0, 0, None, 1.0, "test")])])
    iri = res.iri(a, article=article)
    assert res.entities[iri].type == NG.Person
    assert res.iri(b, article=article) == iri


def test_double_surnames_are_one_person_in_the_article_and_across_articles():
    a = _types("Claudia Sheinbaum Pardo met Mark Carney. Sheinbaum accused Washington of bullying.",
               [(("Claudia Sheinbaum Pardo", "PERSON"), ("Mark Carney", "PERSON")),
                (("Sheinbaum", "PERSON"), ("Washington", "GPE"))])
    b = _types("Claudia Sheinbaum met Gustavo Petro in Bogota.",
               [(("Claudia Sheinbaum", "PERSON"), ("Gustavo Petro", "PERSON"))])
    assert a["Claudia Sheinbaum Pardo"] == a["Sheinbaum"] == b["Claudia Sheinbaum"]
    c = _types("Nicolás Maduro Moros met Gustavo Petro. Maduro accused the United States. Nicolas Maduro left.",
               [(("Nicolás Maduro Moros", "ORG"), ("Gustavo Petro", "PERSON")),
                (("Maduro", "PERSON"), ("United States", "GPE")),
                (("Nicolas Maduro", "PERSON"), ("Gustavo Petro", "PERSON"))])
    assert c["Nicolás Maduro Moros"] == c["Maduro"] == c["Nicolas Maduro"]
    assert c["Nicolás Maduro Moros"].startswith("person/")


def test_the_vote_is_per_label_and_a_given_name_does_not_make_a_person_of_a_common_noun():
    # one spelling under two labels: each keeps its own vote
    text = "Trump accused Iran. Later, Trump met Putin, and Trump's aides met RNC officials."
    iris = _types(text, [(("Trump", "PERSON"), ("Putin", "PERSON"))])
    assert iris["Trump"].startswith("person/")
    assert relabel("ORG", "Paolo Gentiloni Allegations", "Paolo Gentiloni Allegations of fraud surfaced.")[0] == "ORG"
    assert relabel("ORG", "Paolo\nGentiloni", "Paolo\nGentiloni met them.")[0] == "ORG"


def test_company_words_keep_an_organisation_with_a_given_name_first():
    assert relabel("ORG", "Philip Morris International", "Philip Morris International met distributors.")[0] == "ORG"


def test_a_name_particle_is_no_common_noun_and_a_hyphenated_second_surname_is_one():
    assert relabel("", "Marine Le Pen", "Marine Le Pen accused Macron of arrogance. Le Pen met them.")[0] == "PERSON"
    a = _types("Pedro Sánchez Pérez-Castejón met Nadia Calviño. Sánchez accused Vox of lying.",
               [(("Pedro Sánchez Pérez-Castejón", "PERSON"), ("Nadia Calviño", "PERSON")),
                (("Sánchez", "ORG"), ("Nadia Calviño", "PERSON"))])
    b = _types("Pedro Sánchez met Nadia Calviño.", [(("Pedro Sánchez", "PERSON"), ("Nadia Calviño", "PERSON"))])
    assert a["Pedro Sánchez Pérez-Castejón"] == a["Sánchez"] == b["Pedro Sánchez"]


def test_honorifics_titles_before_a_surname_and_what_only_a_person_has():
    assert person_evidence("Keir Starmer met Olaf Scholz. Mr Starmer left.", ["Keir Starmer", "Starmer"])
    assert person_evidence("Gustavo Petro spoke. President Petro left.", ["Gustavo Petro", "Petro"])
    assert person_evidence("Masoud Pezeshkian met Putin. Pezeshkian's government agreed.", ["Pezeshkian"])
    assert relabel("ORG", "Keir Starmer", "Keir Starmer met Olaf Scholz. Mr Starmer left.")[0] == "PERSON"
    # a capitalised word before the name that is no title
    assert person_evidence("Exxon Mobil agreed. Investors in Mobil sold.", ["Exxon Mobil", "Mobil"]) is None


def test_its_after_another_name_is_no_evidence_and_relative_pronouns_are():
    text = "Jose Mourinho agreed a deal. The club posted Mourinho holding a Tottenham shirt on its account."
    assert organisation_evidence(text, ["Jose Mourinho", "Mourinho"]) is None
    assert person_evidence("Mahatma Gandhi, who led India to its independence, laughs.", ["Mahatma Gandhi"])
    assert organisation_evidence("Louis Vuitton, which makes bags, sued.", ["Louis Vuitton"])
    assert relabel("ORG", "Paris Club", "Nigeria agreed with the Paris Club on its debt.")[0] == "ORG"
