"""The build pipeline's checks before any work (issue 14: an unwritable --out failed only after
the whole extraction)."""

from __future__ import annotations

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
