"""The README's examples run: every ```python block of its "Python API" section, on the seeds."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
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


@pytest.mark.slow
def test_python_api_examples_run_on_the_seeds(tmp_path: Path) -> None:
    """The blocks run one after the other in one interpreter (later ones use ``result``), in a
    folder holding a copy of ``seeds/``; each file they say they write exists afterwards."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    script = "\n".join(python_api_blocks())
    proc = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, check=False,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    for written in ("exports/graph.ttl", "exports/graph.html", "ego.html", "graph.gexf"):
        assert (tmp_path / written).stat().st_size > 0, written
    assert "Minsk" in proc.stdout  # the printed visits
