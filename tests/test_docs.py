"""The README and docs/ hold together: every link and anchor resolves, every docs/ file is reached
from the README, the quick start uses only real commands and options (and, slow, runs on the
seeds), and the set-up and test commands that .ci/run follows are still written as it says."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest
from clirun import run_cli

from graph.cli import _register, cli

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCS = sorted((ROOT / "docs").glob("*.md"))


def _slug(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    text = re.sub(r"```.*?```", "", path.read_text(encoding="utf-8"), flags=re.DOTALL)
    return {_slug(m.group(1)) for m in re.finditer(r"^#+ (.*)$", text, re.MULTILINE)}


def _links(path: Path) -> list[str]:
    text = re.sub(r"```.*?```", "", path.read_text(encoding="utf-8"), flags=re.DOTALL)
    return [m.group(1) for m in re.finditer(r"\]\(([^)\s]+)\)", text)]


def _quick_start() -> list[str]:
    readme = README.read_text(encoding="utf-8")
    start = readme.index("## Quick start")
    block = re.search(r"```bash\n(.*?)```", readme[start:], re.DOTALL)
    assert block is not None
    return [line for line in block.group(1).splitlines() if line.strip()]


@pytest.mark.parametrize("path", [README, *DOCS], ids=lambda p: p.name)
def test_every_link_and_anchor_resolves(path: Path) -> None:
    broken = []
    for target in _links(path):
        if re.match(r"[a-z]+:", target):  # http(s), mailto: not checked here
            continue
        file, _, anchor = target.partition("#")
        goal = (path.parent / file) if file else path
        if not goal.exists():
            broken.append(f"{target}: no such file")
        elif anchor and goal.is_file() and anchor not in _anchors(goal):
            broken.append(f"{target}: no such heading")
    assert not broken, broken


def test_every_docs_file_is_linked_from_the_readme() -> None:
    linked = {Path(t.partition("#")[0]).name for t in _links(README) if t.startswith("docs/")}
    assert {p.name for p in DOCS} <= linked


def test_the_quick_start_uses_only_real_commands_and_options() -> None:
    _register()
    lines = _quick_start()
    assert 6 <= len(lines) <= 11
    used = set()
    for line in lines[1:]:  # the first sets up the virtual environment
        words = shlex.split(line, comments=True)
        assert words[0] == "newsgraph", line
        command = cli.commands[words[1]]
        options = {o for p in command.params for o in (*p.opts, *p.secondary_opts)}
        for word in words[2:]:
            if word.startswith("--"):
                assert word in options, f"{line}: {word}"
        used.add(words[1])
    assert {"build", "query", "viz", "export"} <= used  # build -> query -> viz -> export


def test_the_set_up_and_test_commands_that_ci_runs_are_in_the_readme() -> None:
    """.ci/run says it runs "README command 1" and "README command 2": they stay written so."""
    readme = README.read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    setup = "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/newsgraph build seeds/ --out exports/"
    tests = ".venv/bin/pip install -e '.[test]' && .venv/bin/python -m pytest -q -n 2 --dist loadgroup"
    assert setup in readme and tests in readme
    assert "README command 1" in ci and "README command 2" in ci
    assert ci.rstrip().endswith(tests.rpartition(" && ")[2])  # the same test command
    assert readme.index("## Set up and test") < readme.index(setup) < readme.index(tests)


@pytest.mark.slow
def test_the_quick_start_runs_on_the_seeds(tmp_path: Path) -> None:
    """Each command of the quick start but the set-up, in a folder holding a copy of seeds/, with
    this interpreter's newsgraph (run in this process); each exits 0 and what it says it writes
    exists."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    for line in _quick_start()[1:]:
        words = shlex.split(line, comments=True)
        proc = run_cli(*words[1:], cwd=tmp_path)
        assert proc.returncode == 0, f"{line}\n{proc.stderr[-2000:]}"
        if words[1] == "query":
            rows = re.search(r"^(\d+) row\(s\)", proc.stdout + proc.stderr, re.MULTILINE)
            assert rows is not None and int(rows.group(1)) > 0, line
    for written in ("exports/graph.ttl", "exports/graph.html", "exports/graph.trig", "ego.html",
                    "events.csv"):
        assert (tmp_path / written).stat().st_size > 0, written
