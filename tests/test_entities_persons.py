"""Person candidates and back-references (graph.entities.persons). Sentences written for these tests."""

from __future__ import annotations

from graph.entities.context import ArticleContext
from graph.entities.names import person_name
from graph.entities.persons import person_candidate, person_here, referent, strip_origin
from graph.entities.places import find_country


def test_strip_origin_keeps_a_country_that_is_a_given_name() -> None:
    assert strip_origin("Jordan's King Abdullah II") == ("Abdullah II", find_country("Jordan"))
    assert strip_origin("Jordan Bardella")[0] == "Jordan Bardella"


def test_a_double_surname_short_form_and_its_full_name_share_the_key_of_the_short_name() -> None:
    text = "Nicolás Maduro Moros met Ana Ruiz. Maduro accused the United States."
    ctx = ArticleContext.of("p1", text)
    full = person_candidate("Nicolás Maduro Moros", "Nicolás Maduro Moros", ctx)
    short = person_candidate("Maduro", "Maduro", ctx)
    plain = person_candidate("Nicolas Maduro", "Nicolas Maduro", None)
    assert full is not None and short is not None and plain is not None
    assert full.iri == short.iri == plain.iri


def test_a_capitalised_preposition_is_no_persons_name() -> None:
    assert person_candidate("Reporters Without Borders", "Reporters Without Borders", None) is None


def test_a_title_word_as_a_surname_needs_the_full_name_in_the_article() -> None:
    assert person_here("Khan", ArticleContext.of("p2", "Imran Khan accused the army. Khan met his lawyers."))
    assert not person_here("Khan", ArticleContext.of("p3", "Khan met his lawyers."))
    pn = person_name("Imran Khan")
    assert pn is not None
    found = referent(pn, ArticleContext.of("p4", "Imran Khan accused the army."))
    assert found is None  # the full name itself refers back to nobody else


def test_a_titled_first_name_goes_to_the_person_of_that_title() -> None:
    text = ("Crown Prince Mohammed bin Salman met Ana Ruiz. Prime Minister Sheikh Mohammed bin Abdulrahman "
            "Al Thani visited Cairo. Prince Mohammed agreed with Ruiz. Sheikh Mohammed accused Israel.")
    ctx = ArticleContext.of("p5", text)
    prince = person_candidate("Prince Mohammed", "Prince Mohammed", ctx)
    sheikh = person_candidate("Sheikh Mohammed", "Sheikh Mohammed", ctx)
    mbs = person_candidate("Mohammed bin Salman", "Mohammed bin Salman", ctx)
    thani = person_candidate("Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman Al Thani", ctx)
    assert prince is not None and sheikh is not None and mbs is not None and thani is not None
    assert prince.iri == mbs.iri
    assert sheikh.iri == thani.iri
    # the bare given name could be either: neither
    bare = person_candidate("Mohammed", "Mohammed", ctx)
    assert bare is not None and bare.iri not in (mbs.iri, thani.iri)
    # King Salman is the father, not the son
    king = person_candidate("King Salman", "King Salman",
                            ArticleContext.of("p6", "Crown Prince Mohammed bin Salman met Ana Ruiz. King Salman left."))
    assert king is not None and king.iri != mbs.iri


def test_middle_initials_written_must_agree_within_an_article() -> None:
    """A new user's finding: "George W. Bush ... George H. W. Bush" in one article were one
    person (W. bound to the fuller name), whom the network then folded with W. elsewhere."""
    text = ("Former President George W. Bush visited Dallas on Sunday. George H. W. Bush met "
            "Mikhail Gorbachev in Malta in 1989, the exhibit recalls.")
    ctx = ArticleContext.of("b1", text)
    w = person_candidate("George W. Bush", "George W. Bush", ctx)
    hw = person_candidate("George H. W. Bush", "George H. W. Bush", ctx)
    assert w is not None and hw is not None and w.iri != hw.iri
    assert str(w.iri).endswith("-w") and str(hw.iri).endswith("-hw")


def test_a_first_name_alone_binds_only_when_the_model_calls_it_a_person() -> None:
    """A new user's finding: "Mercedes agreed with BMW ... Mercedes Sosa visited ..." gave the
    singer the carmaker's agreement; news calls people by their surname. "Sydney said she ..."
    (labelled PERSON) still binds (tests/test_entities_families.py)."""
    text = "Mercedes agreed with BMW to share charging stations. Mercedes Sosa visited Buenos Aires."
    ctx = ArticleContext.of("m1", text)
    sosa = person_candidate("Mercedes Sosa", "Mercedes Sosa", ctx)
    as_org = person_candidate("Mercedes", "Mercedes", ctx, model_label="ORG")
    as_person = person_candidate("Mercedes", "Mercedes", ctx, model_label="PERSON")
    assert sosa is not None and as_person is not None and as_person.iri == sosa.iri
    assert as_org is None or as_org.iri != sosa.iri


def test_a_titled_short_form_is_no_second_person_of_that_name() -> None:
    """"Mr Swinney" after "John Swinney" is the same man: the merge note says so without
    "first of 2 people"; two people of one surname still say it."""
    ctx = ArticleContext.of("x", "Scotland's First Minister John Swinney accused the UK government. "
                                 "Mr Swinney met Darren Jones on Monday. Swinney said no.")
    cand = person_candidate("Swinney", "Swinney", ctx)
    assert cand is not None and cand.reason == "'Swinney' refers back to 'John Swinney' named in article x"
    ctx = ArticleContext.of("y", "Labour's Sarah Jones met Conservative Darren Jones on Monday. Mr Jones said no.")
    cand = person_candidate("Jones", "Jones", ctx)
    assert cand is not None and cand.reason.endswith("(first of 2 people of that name there)")
