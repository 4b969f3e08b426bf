"""newsgraph export: every format round-trips, isomorphic to the store's graph."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from clirun import run_cli as newsgraph
from conftest import copy_seeds_store
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from graph.errors import FormatError, StoreError
from graph.export import export, format_names, graph_name, is_quad_format, plain
from graph.store import as_dataset, open_oxigraph

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
#: parse back with: (export name -> parser name); the same name unless rdflib lacks that parser
PARSE_AS = {"longturtle": "turtle", "pretty-xml": "xml"}
FORMATS = ["turtle", "json-ld", "nt", "trig", "nquads", "xml", "pretty-xml", "n3", "trix", "hext",
           "longturtle", "application/ld+json", "ox-turtle", "ox-trig", "ox-nquads", "ox-nt",
           "ox-xml", "ox-json-ld", "patch"]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, seeds_store_template: Path) -> Path:
    """This module's own store of the seeds (a copy of the session's)."""
    return copy_seeds_store(seeds_store_template, tmp_path_factory.mktemp("export"))


@pytest.fixture(scope="module")
def reference(store: Path) -> Dataset:
    """An in-memory rdflib copy of the store: the graph every export must equal."""
    ox_store = open_oxigraph(store, create=False)
    ds = Dataset(default_union=True)
    stored = as_dataset(ox_store)
    for s, p, o, c in stored.quads((None, None, None, None)):
        ds.graph(graph_name(c)).add((s, p, plain(o)))
    stored.close()
    del ox_store
    return ds


def named(ds: Dataset) -> dict[str, Graph]:
    return {str(g.identifier): g for g in ds.graphs() if len(g) and "urn:x-rdflib:default" not in str(g.identifier)}


def union(ds: Dataset) -> Graph:
    g = Graph()
    for s, p, o, _c in ds.quads((None, None, None, None)):
        g.add((s, p, plain(o)))
    return g


def check_round_trip(reference: Dataset, out: Path, fmt: str) -> None:
    parsed = Dataset(default_union=True)
    parsed.parse(out, format=PARSE_AS.get(fmt, fmt))
    back = Dataset(default_union=True)
    for s, p, o, c in parsed.quads((None, None, None, None)):
        back.graph(graph_name(c)).add((s, p, plain(o)))
    assert isomorphic(union(back), union(reference)), fmt
    if is_quad_format(fmt):
        ref, got = named(reference), named(back)
        assert ref.keys() == got.keys(), fmt
        for name, g in ref.items():
            assert isomorphic(g, got[name]), (fmt, name)


def test_all_formats_registered() -> None:
    assert set(FORMATS) <= set(format_names())


@pytest.mark.parametrize("fmt", FORMATS)
def test_store_export_round_trips(store: Path, reference: Dataset, tmp_path: Path, fmt: str) -> None:
    assert len(named(reference)) == 4 and len(union(reference)) > 100  # 2 articles, entities, events
    out = export(store, fmt, tmp_path / "out")
    check_round_trip(reference, out, fmt)


@pytest.mark.parametrize("fmt", ["turtle", "json-ld", "trig", "nquads", "ox-turtle"])
def test_file_export_round_trips(store: Path, reference: Dataset, tmp_path: Path, fmt: str) -> None:
    nq = export(store, "nquads", tmp_path / "all.nq")
    out = export(nq, fmt, tmp_path / "out")
    check_round_trip(reference, out, fmt)


def test_jsonld_is_compacted_with_shipped_context(store: Path, tmp_path: Path) -> None:
    data = json.loads(export(store, "json-ld", tmp_path / "g.jsonld").read_text(encoding="utf-8"))
    ctx = json.loads((ROOT / "ontology" / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    assert data["@context"] == ctx
    text = json.dumps(data)
    assert '"sentence"' in text and '"wasDerivedFrom"' in text
    assert "https://w3id.org/newsgraph/ontology#sentence" not in text
    assert '"mentionOf"' in text and '"sourceCount"' in text and '"ng:Mention"' in text
    assert len(data["@graph"]) == 4  # one named graph per article, the entities, the events


def test_unknown_format_lists_registry(store: Path, tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="available: .*json-ld.*turtle"):
        export(store, "docx", tmp_path / "x")


def test_bad_sources(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such"):
        export(tmp_path / "missing.ttl", "nt", tmp_path / "x")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(StoreError, match="not valid"):
        export(bad, "nt", tmp_path / "x")
    (tmp_path / "folder").mkdir()
    with pytest.raises(StoreError, match="not a Newsgraph store"):
        export(tmp_path / "folder", "nt", tmp_path / "x")


def test_cli(store: Path, tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return newsgraph(*args, cwd=ROOT)

    ok = run("export", str(store), "--format", "trig", "--out", str(tmp_path / "g.trig"))
    assert ok.returncode == 0, ok.stderr
    assert (tmp_path / "g.trig").stat().st_size > 1000
    bad = run("export", str(store), "--format", "docx", "--out", str(tmp_path / "g.x"))
    assert bad.returncode == 2 and "available:" in bad.stderr and "Traceback" not in bad.stderr
    # no --format: told by the file's extension (a new user's finding), else a usage error
    told = run("export", str(store), "--out", str(tmp_path / "g.turtle"))
    assert told.returncode == 0 and "(turtle)" in told.stderr, told.stderr
    assert len(load_graph_file(tmp_path / "g.turtle")) > 100
    for target in ("g.docx", "-"):
        untold = run("export", str(store), "--out", str(tmp_path / target) if target != "-" else "-")
        assert untold.returncode == 2 and "give --format" in untold.stderr


def test_every_registered_format_exports(store: Path, tmp_path: Path) -> None:
    """No name of the registry crashes (``patch`` used to: rdflib's RDF Patch writer needs a
    dataset); each writes a non-empty file."""
    for i, fmt in enumerate(format_names()):
        out = export(store, fmt, tmp_path / f"out{i}")
        assert out.stat().st_size > 100, fmt


def run_cli(*args: str) -> subprocess.CompletedProcess[bytes]:
    return newsgraph(*args, cwd=ROOT, text=False)


def test_cli_list_formats_and_stdout(store: Path, tmp_path: Path) -> None:
    listed = run_cli("export", "--list-formats")
    assert listed.returncode == 0, listed.stderr
    names = [line.split()[0] for line in listed.stdout.decode().splitlines()]
    assert names == format_names()
    assert "--list-formats" in run_cli("export", "--help").stdout.decode()
    # --out - (and no --out) write to standard output, never a file named "-"
    for extra in (["--out", "-"], []):
        proc = newsgraph("export", str(store), "--format", "nquads", *extra, cwd=tmp_path,
                         text=False)
        assert proc.returncode == 0, proc.stderr
        assert not (tmp_path / "-").exists()
        back = Dataset()
        back.parse(data=proc.stdout.decode("utf-8"), format="nquads")
        assert len(back) > 100
    patch = run_cli("export", str(store), "--format", "patch", "--out", str(tmp_path / "g.rdfp"))
    assert patch.returncode == 0 and b"Traceback" not in patch.stderr, patch.stderr
    assert (tmp_path / "g.rdfp").read_text(encoding="utf-8").count("\nA ") > 100


def test_a_hextuples_export_reads_back(store: Path, tmp_path: Path) -> None:
    """``.hext`` is no extension rdflib guesses; an exported HexTuples file must still load."""
    from graph.load import load_graph

    out = export(store, "hext", tmp_path / "g.hext")
    assert len(load_graph(out)) == len(load_graph(export(store, "trig", tmp_path / "g.trig")))


def test_a_file_extension_names_its_format(store: Path, tmp_path: Path) -> None:
    """``nq``, the extension users type, is rdflib's ``nquads``."""
    from graph.export import canonical_format

    assert canonical_format("nq") == "nquads"  # not registered by rdflib as a name
    assert canonical_format("ttl") == "ttl" and canonical_format("docx") == "docx"  # unchanged
    out = export(store, "nq", tmp_path / "g.nq")
    assert out.read_text(encoding="utf-8") == export(store, "nquads", tmp_path / "h.nq").read_text(encoding="utf-8")


def test_every_export_reads_back_by_its_file_name_and_a_txt_file_by_none(store: Path, tmp_path: Path) -> None:
    """A new user's finding: ``.patch``, ``.turtle`` and ``.ox-nquads`` exports could not be read
    back, and ``query`` read ``.txt`` as N-Triples while ``validate`` refused it."""
    from graph.errors import StoreError
    from graph.load import load_graph, load_oxigraph, rdf_format

    want = len(load_graph(export(store, "trig", tmp_path / "g.trig")))
    # quads: a triple may be in several article graphs (an entity's ng:surfaceForm per article)
    quads = len(load_oxigraph(tmp_path / "g.trig"))
    for fmt, name in (("patch", "g.patch"), ("patch", "g.rdfp"), ("turtle", "g.turtle"),
                      ("longturtle", "g.longturtle"), ("ox-nquads", "g.ox-nquads"), ("nt", "g.ntriples")):
        out = export(store, fmt, tmp_path / name)
        assert len(load_graph(out)) == want, name
        assert len(load_oxigraph(out)) == (quads if fmt in ("patch", "ox-nquads") else want), name
    (tmp_path / "g.txt").write_bytes((tmp_path / "g.ntriples").read_bytes())
    assert rdf_format("g.txt") is None and rdf_format("G.TTL") == "turtle"
    for reader in (load_graph, load_oxigraph):
        with pytest.raises(StoreError, match="cannot tell the RDF format"):
            reader(tmp_path / "g.txt")


def load_graph_file(path: Path) -> Dataset:
    from graph.load import load_graph

    return load_graph(path)


def test_jsonld_is_written_the_same_way_for_the_same_graph() -> None:
    # a new user's find (2026-12-01): two identical builds wrote graph.jsonld in different node
    # orders (rdflib follows its sets' order), so diffing exports between runs was noise
    import random

    from rdflib import RDFS, Graph, Literal, URIRef

    from graph.export import stable_jsonld

    triples = [(URIRef(f"https://example.org/e{i}"), RDFS.label, Literal(f"name {j}"))
               for i in range(30) for j in range(3)]
    texts = set()
    for seed in range(4):
        random.Random(seed).shuffle(triples)
        g = Graph()
        for t in triples:
            g.add(t)
        texts.add(stable_jsonld(g.serialize(format="json-ld")))
    assert len(texts) == 1
    back = Graph().parse(data=texts.pop(), format="json-ld")
    assert len(back) == 90  # nothing lost
    # an @list keeps its order
    assert stable_jsonld('{"@list": [3, 1, 2], "x": [3, 1, 2]}') == \
        '{\n  "@list": [\n    3,\n    1,\n    2\n  ],\n  "x": [\n    1,\n    2,\n    3\n  ]\n}\n'
