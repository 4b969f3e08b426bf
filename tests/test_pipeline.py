"""The build pipeline's checks before any work (issue 14: an unwritable --out failed only after
the whole extraction)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from graph.errors import OutputError
from graph.pipeline import check_out_dir

ROOT = Path(__file__).resolve().parent.parent


def test_out_dir_is_created_with_its_parents(tmp_path: Path) -> None:
    assert check_out_dir(tmp_path / "a" / "b") == tmp_path / "a" / "b"
    assert (tmp_path / "a" / "b").is_dir()


def test_an_unusable_out_dir_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="cannot write"):
        check_out_dir(tmp_path / "file" / "sub")


def test_build_checks_out_before_reading_anything(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    articles = tmp_path / "in.jsonl"
    articles.write_text('{"id": "a", "text": "Joe Biden met Olaf Scholz."}\n', encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "graph.cli", "build", str(articles), "--out",
                           str(tmp_path / "file" / "out"), "--store", str(tmp_path / "store")],
                          cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        f"newsgraph: error: {tmp_path / 'file' / 'out'}: cannot write into this folder (Not a directory)"]
    assert not (tmp_path / "store").exists()  # nothing was read, extracted or stored


def test_a_build_freezes_the_long_lived_objects_once_and_leaves_the_collector_on(tmp_path: Path) -> None:
    """``gc.freeze()`` after the first extracted article, once per process (a fresh process
    here); the collector is on after every build, and a second build is the same."""
    articles = tmp_path / "in.jsonl"
    articles.write_text('{"id": "a", "text": "Joe Biden met Olaf Scholz in Berlin on Friday."}\n',
                        encoding="utf-8")
    script = (
        "import gc, sys\n"
        "from graph.pipeline import build_graph\n"
        "before = gc.get_freeze_count()\n"
        "one = build_graph([sys.argv[1]])\n"
        "first = gc.get_freeze_count()\n"
        "two = build_graph([sys.argv[1]])\n"
        "print(before, first, gc.get_freeze_count(), gc.isenabled(), one.mentions,\n"
        "      sorted(one.dataset.serialize(format='nquads').splitlines())\n"
        "      == sorted(two.dataset.serialize(format='nquads').splitlines()))\n")
    proc = subprocess.run([sys.executable, "-c", script, str(articles)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, check=True)
    before, first, second, enabled, mentions, same = proc.stdout.split()
    # frozen once: a second freeze would add the first build's objects (frozen ones may go)
    assert before == "0" and int(first) > 10_000 and int(second) <= int(first)
    assert enabled == "True" and int(mentions) == 1 and same == "True"
