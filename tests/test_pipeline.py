"""The build pipeline's checks before any work (issue 14: an unwritable --out failed only after
the whole extraction)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from clirun import run_cli

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
    proc = run_cli("build", str(articles), "--out", str(tmp_path / "file" / "out"), "--store",
                   str(tmp_path / "store"), cwd=ROOT)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        f"newsgraph: error: {tmp_path / 'file' / 'out'}: cannot write into this folder (Not a directory)"]
    assert not (tmp_path / "store").exists()  # nothing was read, extracted or stored



def test_objects_are_frozen_from_the_first_article_to_the_end_of_the_build() -> None:
    """:class:`graph.pipeline._Freeze`: frozen after the first item, unfrozen on leaving, also
    on an error; nothing frozen when the process already froze objects itself."""
    import gc

    from graph.pipeline import _Freeze

    assert gc.get_freeze_count() == 0
    seen = []
    with _Freeze() as freeze:
        for item in freeze.after_first(iter("ab")):
            seen.append((item, gc.get_freeze_count() > 0))
    assert seen == [("a", False), ("b", True)] and gc.get_freeze_count() == 0
    with pytest.raises(KeyError), _Freeze() as freeze:
        list(freeze.after_first(iter("ab")))
        assert gc.get_freeze_count() > 0
        raise KeyError("boom")
    assert gc.get_freeze_count() == 0
    gc.freeze()  # the process's own freeze: left alone, not undone
    try:
        with _Freeze() as freeze:
            list(freeze.after_first(iter("ab")))
            assert not freeze.frozen
        assert gc.get_freeze_count() > 0  # still the process's (frozen objects may have gone)
    finally:
        gc.unfreeze()


def test_a_build_leaves_nothing_frozen_and_the_collector_on(tmp_path: Path) -> None:
    """In a fresh process: after a plain and a store build nothing is frozen and the collector
    is on; a second build gives the same dataset."""
    articles = tmp_path / "in.jsonl"
    articles.write_text('{"id": "a", "text": "Joe Biden met Olaf Scholz in Berlin on Friday."}\n',
                        encoding="utf-8")
    script = (
        "import gc, sys\n"
        "from graph.pipeline import build_graph\n"
        "one = build_graph([sys.argv[1]])\n"
        "after_plain = gc.get_freeze_count()\n"
        "two = build_graph([sys.argv[1]], store=sys.argv[2])\n"
        "print(after_plain, gc.get_freeze_count(), gc.isenabled(), one.mentions,\n"
        "      sorted(one.dataset.serialize(format='nquads').splitlines())\n"
        "      == sorted(build_graph([sys.argv[1]]).dataset.serialize(format='nquads').splitlines()))\n")
    proc = subprocess.run([sys.executable, "-c", script, str(articles), str(tmp_path / "store")],
                          cwd=ROOT, capture_output=True, text=True, timeout=300, check=True)
    assert proc.stdout.split() == ["0", "0", "True", "1", "True"]
