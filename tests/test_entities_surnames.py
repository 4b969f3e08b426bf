"""Double surnames within one article (graph.entities.surnames). Sentences written for these tests."""

from __future__ import annotations

from graph.entities.context import ArticleContext
from graph.entities.names import person_name
from graph.entities.surnames import double_surnames


def _keys(text: str) -> dict[str, str]:
    ctx = ArticleContext.of("s", text)
    return {k: v.full for k, v in double_surnames(ctx.persons, text).items()}


def test_the_first_surname_alone_makes_it_a_double_surname() -> None:
    full = person_name("Nicolas Maduro Moros")
    assert full is not None
    assert _keys("Nicolas Maduro Moros met Ana Ruiz. Maduro accused Washington.") == {full.key: "Nicolas Maduro"}


def test_no_evidence_no_double_surname() -> None:
    assert _keys("Nicolas Maduro Moros met Ana Ruiz. Moros accused Washington.") == {}
    assert _keys("John Paul Jones met Ana Ruiz in Paris.") == {}
    # another person of that surname in the article: the bare surname could be either
    assert _keys("Nicolas Maduro Moros met Pedro Maduro Ruiz. Maduro accused Washington.") == {}
