"""Near-identical articles (syndicated wire copy) recognised by MinHash over word shingles."""

from __future__ import annotations

from graph.syndication import (
    BANDS,
    Doc,
    bands,
    clusters,
    decode,
    edges,
    encode,
    near_identical,
    shingles,
    signature,
    similarity,
)

WIRE = ("Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda in Vilnius on "
        "Friday to discuss air defence, the two leaders' offices said in a joint statement. The "
        "talks covered the deployment of additional Patriot batteries along the border, the "
        "purchase of ammunition from South Korea and a joint exercise planned for the summer near "
        "the Suwalki gap, which both governments regard as the most exposed stretch of NATO's "
        "eastern flank. Nauseda said the alliance summit in Washington would have to agree on "
        "more money for air defence, and Duda invited him to Warsaw in May.")
#: An outlet's copy: a headline word changed and a byline added.
EDITED = WIRE.replace("additional", "more") + " Reporting by Anna Kowalska."
OTHER = ("Libyan Prime Minister Abdul Hamid Dbeibah visited Tripoli's port on Monday after "
         "returning from Tunis, where he met officials of the Tunisian government.")


def doc(iri: str, text: str, date: str | None = "2024-03-01") -> Doc:
    sig = signature(text)
    assert sig is not None
    return Doc(iri=iri, date=date, id=iri, sig=sig, bands=tuple(bands(sig)))


def test_shingles_fold_case_and_punctuation() -> None:
    assert shingles("A b, C d E f") == shingles("a B c D e F!") and len(shingles("a b c d e f")) == 2
    assert shingles("two words") == {b"two words"}
    assert shingles("  ,. ") == set() and signature("") is None


def test_identical_and_edited_copies_are_near_identical_others_not() -> None:
    a, b, c = signature(WIRE), signature(EDITED), signature(OTHER)
    assert a is not None and b is not None and c is not None
    assert similarity(a, signature(WIRE)) == 1.0  # type: ignore[arg-type]
    assert near_identical(a, b) and not near_identical(a, c)
    assert similarity(a, c) < 0.2
    assert len(bands(a)) == BANDS and set(bands(a)) & set(bands(b))
    assert (decode(encode(a)) == a).all()


def test_clusters_are_transitive_with_the_earliest_as_representative() -> None:
    docs = {d.iri: d for d in (doc("b", WIRE, "2024-03-02"), doc("a", EDITED, "2024-03-02"),
                               doc("c", WIRE, "2024-03-01"), doc("z", OTHER), doc("u", WIRE, None))}
    reps = clusters(docs, edges(docs))
    assert reps == {"a": "c", "b": "c", "c": "c", "u": "c"}  # "z" is alone: left out
    # a function of the set: any order of the same documents gives the same clusters
    assert clusters(dict(reversed(list(docs.items()))), edges(docs)) == reps
