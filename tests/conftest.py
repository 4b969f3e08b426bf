"""Shared fixtures: the seed articles, built once per test session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graph.pipeline import BuildResult, build_graph, write_outputs

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_build() -> BuildResult:
    """The graph built from ``seeds/``."""
    return build_graph([SEEDS])


@pytest.fixture(scope="session")
def seeds_and_dev_build() -> BuildResult:
    """The graph built from ``seeds/`` and the development set (148 articles), one process;
    tests only read it."""
    from devset import DEV_SET

    return build_graph([SEEDS, DEV_SET], jobs=1)


@pytest.fixture(scope="session")
def seeds_out(seeds_build: BuildResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding graph.ttl, graph.jsonld and graph.html of the seeds."""
    out = tmp_path_factory.mktemp("seeds-out")
    write_outputs(seeds_build, out)
    return out


@pytest.fixture(scope="session")
def seeds_store_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An Oxigraph store of ``seeds/`` (``build_graph([SEEDS], store=...)``), built once per
    session and never opened by a test: tests get copies (:func:`copy_seeds_store`)."""
    path = tmp_path_factory.mktemp("seeds-store") / "store"
    build_graph([SEEDS], store=path)
    return path


def copy_seeds_store(template: Path, folder: Path) -> Path:
    """A copy of the (closed) seeds store ``template`` at ``folder / "store"``, the test's own to
    read and write: the same files a build of ``seeds/`` into it would leave."""
    return Path(shutil.copytree(template, folder / "store"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under pytest-xdist, hand out the ``slow`` tests first (same order in every worker, as
    xdist requires): the longest tests start at once on both workers and the short ones fill in
    around them, instead of a long test starting last on one worker while the other idles. A
    plain run keeps the file order."""
    if hasattr(config, "workerinput"):
        items.sort(key=lambda item: item.get_closest_marker("slow") is None)  # stable


# --- the suite leaves no process behind (issue 14) ----------------------------------------------


def _leftovers(basetemp: Path | None) -> list[str]:
    """Processes still running that this test session started: descendants of this process
    (but the helpers of multiprocessing and Dask's spawn), and any process whose command line
    names the session's temporary folder (e.g. an Oxigraph server orphaned by its parent)."""
    import psutil

    me = psutil.Process()
    found: dict[int, str] = {}
    for child in me.children(recursive=True):
        try:
            cmd = " ".join(child.cmdline())
            if child.status() == psutil.STATUS_ZOMBIE or "multiprocessing.resource_tracker" in cmd:
                continue
            found[child.pid] = cmd
        except psutil.Error:
            continue
    if basetemp is not None:
        marker = str(basetemp) + "/"  # not pytest-58 for pytest-5
        for proc in psutil.process_iter(["pid", "cmdline"]):
            try:
                cmd = " ".join(proc.info["cmdline"] or [])
                if proc.pid != me.pid and marker in cmd and proc.status() != psutil.STATUS_ZOMBIE:
                    found[proc.pid] = cmd
            except psutil.Error:
                continue
    return [f"pid {pid}: {cmd[:200]}" for pid, cmd in sorted(found.items())]


#: Under pytest-xdist, what the workers found (each sends its list when it stops).
_WORKERS_LEFT: list[str] = []


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: object, error: object) -> None:
    """(pytest-xdist, in the controller) Collect what a finished worker found left running."""
    _WORKERS_LEFT.extend(getattr(node, "workeroutput", {}).get("leftovers", []))


@pytest.hookimpl(trylast=True)  # under pytest-xdist: after its workers have been stopped
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run when a test left a process running (and stop those processes). Under
    pytest-xdist each worker checks after its own tests and sends what it found to the
    controller, which checks what is left after the workers and fails the run."""
    import psutil

    factory = getattr(session.config, "_tmp_path_factory", None)
    basetemp = factory.getbasetemp() if factory is not None else None
    left = _leftovers(basetemp)
    for line in left:
        try:
            psutil.Process(int(line.split()[1].rstrip(":"))).kill()
        except psutil.Error:
            pass
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:  # an xdist worker: the controller reports
        workeroutput["leftovers"] = left
        return
    left = _WORKERS_LEFT + left
    if not left:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    message = "processes left running by the tests (now killed):\n  " + "\n  ".join(left)
    if reporter is not None:
        reporter.write_line(message, red=True)
    session.exitstatus = pytest.ExitCode.TESTS_FAILED
