"""The Dask engine on a real ``dask.distributed`` cluster of two worker processes on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from clirun import run_cli
from devset import DEV_SET
from distributed import Client, LocalCluster, get_task_stream
from rdflib.compare import isomorphic

from graph.errors import EngineError
from graph.parallel import extract_stream
from graph.pipeline import BuildResult, build_graph
from graph.rdf import union_graph

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# one worker runs the module under pytest-xdist: one cluster, one local build
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("distributed")]


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    """Two single-threaded worker processes, scheduler and workers on 127.0.0.1 only."""
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address=None,
    ) as local:
        yield local


@pytest.fixture(scope="module")
def local_build(seeds_and_dev_build: BuildResult) -> object:
    return seeds_and_dev_build  # build_graph([SEEDS, DEV_SET], jobs=1), shared


def test_cluster_listens_on_loopback_only(cluster: LocalCluster) -> None:
    assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
    assert all(w.startswith("tcp://127.0.0.1:") for w in cluster.scheduler_info["workers"])


def test_dask_build_is_isomorphic_to_local_build_and_runs_on_both_workers(
    cluster: LocalCluster, local_build: object
) -> None:
    with Client(cluster) as client, get_task_stream(client) as stream:
        result = build_graph([SEEDS, DEV_SET], engine="dask", scheduler=cluster.scheduler_address)
    tasks = [t for t in stream.data if "extract_batch" in str(t["key"])]
    assert len(tasks) == -(-148 // 16)  # one task per batch of 16 articles
    assert len({t["worker"] for t in tasks}) == 2
    assert result.articles == local_build.articles == 148  # type: ignore[attr-defined]
    assert result.mentions == local_build.mentions  # type: ignore[attr-defined]
    assert isomorphic(union_graph(result.dataset), union_graph(local_build.dataset))  # type: ignore[attr-defined]
    assert set(result.dataset.quads()) == set(local_build.dataset.quads())  # type: ignore[attr-defined]


def test_cli_build_on_the_cluster(cluster: LocalCluster, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bad.txt").write_bytes(b"\xff\xfe\x00\xd8")  # broken UTF-16
    (tmp_path / "in" / "good.txt").write_text(
        "Angela Merkel met Emmanuel Macron in Paris on Monday.", encoding="utf-8")
    proc = run_cli("build", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--engine",
                   "dask", "--scheduler", cluster.scheduler_address)
    assert proc.returncode == 3, proc.stderr
    assert "skipped" in proc.stderr and "bad.txt" in proc.stderr
    assert "1 article(s)" in proc.stderr
    assert "Merkel" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


def test_unreachable_scheduler_is_a_clear_error() -> None:
    with pytest.raises(EngineError, match="cannot reach the Dask scheduler tcp://127.0.0.1:9"):
        list(extract_stream([], engine="dask", scheduler="tcp://127.0.0.1:9"))


def test_own_local_cluster_when_no_scheduler_is_given() -> None:
    got = build_graph([SEEDS], engine="dask", jobs=1)
    assert got.articles == 2 and got.mentions > 0


def test_dask_results_flow_into_the_store(cluster: LocalCluster, tmp_path: Path) -> None:
    local = build_graph([SEEDS], store=tmp_path / "local")
    dask = build_graph([SEEDS], store=tmp_path / "dask", engine="dask",
                       scheduler=cluster.scheduler_address)
    assert dask.store == tmp_path / "dask" and dask.articles == 2
    assert set(dask.dataset.quads()) == set(local.dataset.quads())
    again = build_graph([SEEDS], store=tmp_path / "dask", engine="dask",
                        scheduler=cluster.scheduler_address)
    assert again.articles == 0 and again.unchanged == 2
