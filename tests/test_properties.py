"""Property-based tests: arbitrary text and bytes never crash extraction or reading."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.articles import Article, ReadReport, html_to_text, looks_like_html, read_articles
from graph.extract import extract_articles, make_extractors
from graph.nlp import load_model

EXTRACTORS = make_extractors()
load_model()  # once, here, so examples are not charged for it

# Words that trigger the extractors, names, punctuation and odd characters, mixed with noise.
WORDS = st.sampled_from([
    "Merkel", "met", "visited", "Paris", "accused", "agreed", "with", "the", "President", "of",
    "France", "'s", "on", "Monday", "in", "2019", ".", ",", "\n\n", "“", "”", "she", "he", "they",
    "talks", "signed", "treaty", "and", "Biden", "Xi", "Jinping", "Moscow", "-", "(", ")", "U.S.",
    "\u200b", "\t", "  ", "é", "日本", "<p>", "&amp;", "🙂",
])
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(WORDS, st.text(max_size=8)), max_size=80).map(" ".join),
)
SETTINGS = settings(max_examples=50, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(text=TEXT, date=st.one_of(st.none(), st.sampled_from(["2020-01-02", "2020", "x"])))
def test_extract_never_crashes_and_mentions_point_into_the_text(text: str, date: str | None) -> None:
    article = Article(id="p", text=text, date=date)
    ((got, mentions),) = list(extract_articles([article], extractors=EXTRACTORS))
    assert got is article
    for m in mentions:
        assert 0 <= m.start <= m.end <= len(text)
        assert m.subject.text and m.object.text
        assert 0.0 < m.confidence <= 1.0


@settings(max_examples=50, deadline=None, derandomize=True)
@given(text=st.text(max_size=500))
def test_html_conversion_never_crashes(text: str) -> None:
    looks_like_html(text)
    plain, title = html_to_text(text)
    assert all(p and p == p.strip() for p in plain.split("\n\n")) or plain == ""
    assert title is None or (title and title == title.strip())


@settings(max_examples=50, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(st.one_of(
    st.binary(max_size=60),
    st.builds(lambda i, t: json.dumps({"id": i, "text": t}).encode(),
              st.one_of(st.integers(), st.text(max_size=5)), st.text(max_size=40)),
), max_size=8))
def test_reading_arbitrary_jsonl_never_raises_and_accounts_for_every_line(
    tmp_path_factory: object, lines: list[bytes]
) -> None:
    folder = Path(tmp_path_factory.mktemp("prop"))  # type: ignore[attr-defined]
    f = folder / "x.jsonl"
    f.write_bytes(b"\n".join(line.replace(b"\n", b" ") for line in lines))
    report = ReadReport()
    got = list(read_articles([f], report=report))
    blank = sum(1 for line in lines if not line.replace(b"\n", b" ").strip())
    assert len(got) + len(report.problems) + blank == len(lines)
