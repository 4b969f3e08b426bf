"""bench/dossier_designs.py: the designs it times answer the shipped dossier's rows, and every
ablation of the shipped query still parses and runs (so its figures compare like with like)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import dossier_designs as dd
from graph.pipeline import BuildResult


@pytest.fixture(scope="module")
def store(seeds_build: BuildResult) -> object:
    """An in-memory Oxigraph store of the seeds' plain build, with the designs' extra triples."""
    import pyoxigraph as ox

    st = ox.Store()
    st.load(seeds_build.dataset.serialize(format="nquads").encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    assert dd.add_design_triples(st) > 0
    return st


@pytest.mark.parametrize("actor", ["Naryshkin", "Belarus", "Lukashenko"])
def test_each_design_gives_the_shipped_rows(store: object, actor: str) -> None:
    shipped = sorted(dd.rows_of(store, dd.bind(dd.designs()["shipped dossier.rq"][0], actor)))
    assert shipped, f"the seeds hold no event of {actor!r}: the comparison would be empty"
    for name, (query, same_shape) in dd.designs().items():
        got = dd.rows_of(store, dd.bind(query, actor))
        assert len(got) == len(shipped), name
        if same_shape:
            assert sorted(got) == shipped, name


def test_the_packed_literal_holds_each_row_in_order(store: object) -> None:
    shipped = sorted(dd.rows_of(store, dd.bind(dd.designs()["shipped dossier.rq"][0], "Naryshkin")))
    packed = dd.rows_of(store, dd.bind(dd.designs()["(b) one packed literal, returned as is"][0], "Naryshkin"))
    assert sorted(tuple(row[1].split("\t")) + (row[2],) for row in packed) == shipped


def test_every_ablation_runs(store: object) -> None:
    shipped = dd.rows_of(store, dd.bind(dd.ablations()["shipped dossier.rq"], "Naryshkin"))
    for name, query in dd.ablations().items():
        got = dd.rows_of(store, dd.bind(query, "Naryshkin"))
        if name.strip().startswith("count:"):
            assert len(got) == 1 and int(got[0][0]) >= len(shipped), name
        else:
            assert got, name
