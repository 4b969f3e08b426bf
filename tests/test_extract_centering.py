"""graph.extract.centering: what a subject pronoun or a title description continues from the
sentence before (sentences written for these tests)."""

from __future__ import annotations

from graph.extract.centering import described_subject, untitled_subject_before
from graph.nlp import load_model


def _token(text: str, word: str, nth: int = 0):  # type: ignore[no-untyped-def]
    doc = load_model()(text)
    return [t for t in doc if t.text == word][nth]


def test_a_pronoun_continues_an_unresolved_description_subject() -> None:
    he = _token("Mr Tinubu flew to Paris on Sunday. The Nigerian president met King Charles on "
                "Monday. He visited Lyon last month.", "He")
    before = he.doc[he.sent.start - 1].sent
    found = described_subject(before.root, he)
    assert found is not None and found.text == "Tinubu"


def test_no_description_subject_no_continuation() -> None:
    he = _token("Mr Tinubu flew to Paris on Sunday. King Charles met him on Monday. He visited "
                "Lyon last month.", "He")
    before = he.doc[he.sent.start - 1].sent
    assert described_subject(before.root, he) is None


def test_a_description_continues_the_untitled_subject_before() -> None:
    leader = _token("Okafor flew to Paris on Sunday. The Nigerian leader met Emmanuel Macron.",
                    "leader")
    found = untitled_subject_before(leader, {"nigerian"})
    assert found is not None and found.text == "Okafor" and found.via == "description"


def test_a_description_of_the_place_visited_is_someone_else() -> None:
    leader = _token("Okafor flew to Paris on Sunday. The French leader met him at the Elysee.",
                    "leader")
    assert untitled_subject_before(leader, {"french"}) is None


def test_a_titled_subject_is_left_to_the_titles() -> None:
    leader = _token("Governor Ada Okafor flew to Paris on Sunday. The Nigerian leader met Emmanuel "
                    "Macron.", "leader")
    assert untitled_subject_before(leader, {"nigerian"}) is None


def test_the_company_continues_the_firm_subject_before() -> None:
    company = _token("Okta Systems sued Brightline on Monday. The company accused Brightline of "
                     "copying its code.", "company")
    from graph.extract.centering import organisation

    found = organisation(company)
    assert found is not None and found.text == "Okta Systems"


def test_a_modified_description_is_left_as_written() -> None:
    from graph.extract.centering import organisation

    company = _token("Okta Systems sued Brightline on Monday. The American company accused "
                     "Brightline of copying its code.", "company")
    assert organisation(company) is None
