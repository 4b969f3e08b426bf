"""Shared fixtures: the seed articles, built once per test session."""

from __future__ import annotations

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
def seeds_out(seeds_build: BuildResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding graph.ttl, graph.jsonld and graph.html of the seeds."""
    out = tmp_path_factory.mktemp("seeds-out")
    write_outputs(seeds_build, out)
    return out
