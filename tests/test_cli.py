"""The command line: help for every command, one-line errors, the extract interface."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from clirun import run_cli

from graph.cli import _register, cli

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """``newsgraph ARGS`` in this process (the fresh-interpreter checks below use subprocess)."""
    return run_cli(*args, input=stdin, cwd=ROOT)


def commands() -> list[str]:
    _register()
    return sorted(cli.commands)


def test_core_commands_exist() -> None:
    assert {"build", "extract", "query"} <= set(commands())


@pytest.mark.parametrize("name", commands())
def test_every_command_has_help(name: str) -> None:
    proc = run(name, "--help")
    assert proc.returncode == 0, proc.stderr
    assert "Usage:" in proc.stdout
    assert len(cli.commands[name].help or "") > 40


@pytest.mark.parametrize("name", commands())
def test_readme_documents_every_command(name: str) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"newsgraph {name}" in readme


def test_missing_file_is_one_line_error() -> None:
    proc = run("extract", "does-not-exist.txt")
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert "does-not-exist.txt" in proc.stderr


def test_wrong_option_is_one_line_error() -> None:
    proc = run("build", "seeds", "--no-such-option")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_unknown_extractor_lists_available() -> None:
    proc = run("extract", "seeds", "--extractor", "nope")
    assert proc.returncode == 1
    assert "available:" in proc.stderr and "visits" in proc.stderr


def test_extract_seeds_json_lines() -> None:
    proc = run("extract", "seeds")
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [x["id"] for x in lines] == sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))
    triples = [t for x in lines for t in x["triples"]]
    assert triples
    keys = {"subject", "predicate", "object", "subject_iri", "object_iri", "sentence", "start",
            "end", "date", "confidence"}
    for t in triples:
        assert keys <= set(t)
        assert t["predicate"] in {"visited", "met", "agreed", "accused"}
        assert 0 <= t["confidence"] <= 1


def test_extract_offsets_point_at_sentence(tmp_path: Path) -> None:
    text = "Officials said little. Angela Merkel visited Paris on Monday."
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a1", "text": text, "date": "2019-03-04"}) + "\n")
    proc = run("extract", str(src))
    (line,) = [json.loads(x) for x in proc.stdout.splitlines()]
    (t,) = line["triples"]
    assert (t["subject"], t["predicate"], t["object"]) == ("Angela Merkel", "visited", "Paris")
    assert text[t["start"] : t["end"]].strip() == t["sentence"]


def test_query_formats(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("build", "seeds", "--out", str(out)).returncode == 0
    q = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT ?s ?o WHERE { ?s ng:agreed ?o }"
    csv_out = run("query", str(out / "graph.ttl"), q, "--format", "csv")
    assert csv_out.returncode == 0, csv_out.stderr
    assert csv_out.stdout.splitlines()[0] == "s,o"
    js = json.loads(run("query", str(out / "graph.ttl"), q, "--format", "json").stdout)
    assert js["head"]["vars"] == ["s", "o"]
    via_stdin = run("query", str(out / "graph.ttl"), "-", "--format", "csv", stdin=q)
    assert via_stdin.stdout == csv_out.stdout
    bad = run("query", str(out / "graph.ttl"), "SELECT WHERE {")
    assert bad.returncode == 1 and "Traceback" not in bad.stderr


# --- start-up: --help imports nothing heavy (issue 13) -------------------------------------------

HEAVY = ("spacy", "rdflib.plugins.sparql", "pyvis", "dask", "networkx", "pyoxigraph", "pandas")

_HELP_PROBE = """
import contextlib, io, json, sys
from graph.cli import _register, cli, main
_register()
seen = {}
for name in [None, *sorted(cli.commands)]:
    with contextlib.redirect_stdout(io.StringIO()):
        code = main(([name] if name else []) + ["--help"])
    seen[name or ""] = [code, sorted(m for m in sys.modules if m.split(".")[0] in HEAVY_ROOTS
                                     and any(m == h or m.startswith(h + ".") for h in HEAVY))]
print(json.dumps(seen))
"""


def test_help_of_every_command_imports_nothing_heavy() -> None:
    """``newsgraph --help`` and ``newsgraph CMD --help`` import none of spaCy, rdflib's SPARQL
    engine, pyvis, dask, networkx, pyoxigraph or pandas (checked in a fresh interpreter)."""
    probe = f"HEAVY = {HEAVY!r}\nHEAVY_ROOTS = {{h.split('.')[0] for h in HEAVY}}\n" + _HELP_PROBE
    proc = subprocess.run([sys.executable, "-c", probe], check=False, capture_output=True,
                          text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    seen = json.loads(proc.stdout)
    assert set(seen) == {"", *commands()}
    assert {name: v for name, v in seen.items() if v != [0, []]} == {}


def test_choice_names_match_the_registries() -> None:
    """The choices offered on the command line (graph/cli/_names.py) are the API's registries."""
    from graph.analyze import MEASURES
    from graph.cli import _names
    from graph.entities.listing import ENTITY_TYPES
    from graph.events import EVENT_FORMATS
    from graph.networkfiles import EXPORT_FORMATS
    from graph.parallel import ENGINES
    from graph.query import OUTPUT_FORMATS

    assert set(_names.ENGINE_NAMES) == set(ENGINES)
    assert tuple(_names.MEASURE_NAMES) == tuple(MEASURES)
    assert set(_names.ENTITY_TYPE_NAMES) == set(ENTITY_TYPES)
    assert set(_names.NETWORK_FORMATS) == set(EXPORT_FORMATS)
    assert tuple(_names.QUERY_FORMATS) == tuple(OUTPUT_FORMATS)
    assert set(_names.EVENT_FORMATS) == set(EVENT_FORMATS)


# --- small things that bite (issue 13) ------------------------------------------------------------

def test_build_says_which_files_of_a_folder_it_did_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Angela Merkel visited Paris on Monday.", encoding="utf-8")
    (folder / "paper.pdf").write_bytes(b"%PDF-1.4 binary")
    (folder / "table.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (folder / ".DS_Store").write_bytes(b"\x00\x01")
    proc = run("build", str(folder), "--out", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stderr
    notes = [line for line in proc.stderr.splitlines() if line.startswith("note ")]
    assert len(notes) == 2, proc.stderr
    assert any("paper.pdf: not read: unsupported file type '.pdf'" in n for n in notes)
    assert any("table.csv: not read" in n for n in notes)
    assert "1 article(s)" in proc.stderr


def test_incremental_build_counts_what_its_files_hold(tmp_path: Path) -> None:
    store, out = tmp_path / "store", tmp_path / "out"
    first = run("build", "seeds", "--store", str(store), "--out", str(out))
    assert first.returncode == 0, first.stderr
    again = run("build", "seeds", "--store", str(store), "--out", str(out))
    assert again.returncode == 0, again.stderr
    summary = again.stderr.strip().splitlines()[-1]
    assert "0 entities" not in summary
    assert summary == first.stderr.strip().splitlines()[-1]  # same whole-store counts
    assert "2 article(s)" in summary and "0 article(s) added" in again.stderr


def test_build_date_and_missing_inputs_are_usage_errors(tmp_path: Path) -> None:
    for args in (["seeds", "--date", "2025-13-01"], ["seeds", "--date", "2025-1-1"], []):
        proc = run("build", *args, "--out", str(tmp_path / "out"))
        assert proc.returncode == 2, (args, proc.stderr)
        assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.slow
def test_the_model_loads_only_when_text_is_parsed(tmp_path: Path) -> None:
    """A build with nothing to parse, a query, an export and the events table never load the
    spaCy model (checked in one fresh interpreter, after each command in turn: modules stay
    imported, so the first command that loaded the model would show, and every one after it)."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notes.csv").write_text("a,b\n", encoding="utf-8")
    probe = """
import contextlib, io, json, sys
from graph.cli import main
from graph.nlp import MODEL_PACKAGES
seen = []
for argv in json.loads(sys.argv[1]):
    with contextlib.redirect_stdout(io.TextIOWrapper(io.BytesIO())):
        code = main(argv)
    seen.append([code, any(m.split(".")[0] in MODEL_PACKAGES for m in sys.modules)])
print(json.dumps(seen))
"""
    out = str(tmp_path / "out")
    graph_file = str(tmp_path / "out" / "graph.ttl")
    commands = [["build", str(tmp_path / "in"), "--out", out],
                ["query", graph_file, "ASK { ?s ?p ?o }"],
                ["events", graph_file],
                ["export", graph_file, "--format", "nt"]]
    proc = subprocess.run([sys.executable, "-c", probe, json.dumps(commands)], check=False,
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert dict(zip([c[0] for c in commands], seen, strict=True)) == {
        name: [0, False] for name in ("build", "query", "events", "export")}
