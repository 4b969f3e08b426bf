"""The README's examples run: every ```python block of its "Python API" section, on the seeds."""

from __future__ import annotations

import contextlib
import io
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def python_api_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("## Python API")
    end = readme.index("\n## ", start + 1)
    return re.findall(r"```python\n(.*?)```", readme[start:end], re.DOTALL)


def test_the_python_api_section_has_examples() -> None:
    blocks = python_api_blocks()
    assert len(blocks) >= 3
    assert any("events_frame" in b for b in blocks)


def test_python_api_examples_run_on_the_seeds(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The blocks run one after the other as one script (later ones use ``result``) with fresh
    globals in this process (so each name they use must be imported or defined by them), in a
    folder holding a copy of ``seeds/``; each file they say they write exists afterwards."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    script = "\n".join(python_api_blocks())
    monkeypatch.chdir(tmp_path)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(script, "README.md (Python API)", "exec"), {"__name__": "__main__"})  # noqa: S102
    for written in ("exports/graph.ttl", "exports/graph.html", "ego.html", "graph.gexf"):
        assert (tmp_path / written).stat().st_size > 0, written
    assert "Minsk" in printed.getvalue()  # the printed visits
