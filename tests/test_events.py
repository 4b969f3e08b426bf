"""The events table (graph/events.py, ``newsgraph events``)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from clirun import run_cli
from rdflib import RDF, Dataset, Literal, URIRef

from graph.events import EVENT_COLUMNS, event_records, events_frame, write_events
from graph.namespaces import NG
from graph.pipeline import BuildResult
from graph.rdf import EVENT_CLASSES

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return run_cli(*args, cwd=ROOT, text=False)


def event_nodes(ds: Dataset) -> set[str]:
    return {str(e) for cls in EVENT_CLASSES.values() for e in ds.subjects(RDF.type, cls)}


def test_one_row_per_event_node_of_the_seeds(seeds_build: BuildResult) -> None:
    frame = events_frame(seeds_build.dataset)
    assert list(frame.columns) == list(EVENT_COLUMNS)
    assert len(frame) == len(event_nodes(seeds_build.dataset)) > 0
    assert set(frame["event"]) == event_nodes(seeds_build.dataset)
    codes = {"visited": "042", "met": "040", "agreed": "057", "accused": "112"}
    for relation, code in frame[["relation", "cameo_code"]].itertuples(index=False):
        assert codes[relation] == code
    assert set(frame["plover_type"]) <= {"CONSULT/visit", "CONSULT", "AGREE", "ACCUSE"}
    assert frame["article_id"].notna().all() and frame["sentence"].notna().all()
    assert ((frame["start"] <= frame["end"]) & (frame["confidence"].between(0, 1))).all()


def test_seeds_carry_country_codes_and_minsk_coordinates(seeds_build: BuildResult) -> None:
    frame = events_frame(seeds_build.dataset)
    in_minsk = frame[frame["place_label"] == "Minsk"]
    assert (in_minsk["place_lat"].round(2) == 53.90).all()  # visits, and meetings held there
    minsk = in_minsk[in_minsk["relation"] == "visited"]
    assert len(minsk) >= 1
    row = minsk.iloc[0]
    assert row["place_geonames_id"] == 625144
    assert row["place_lat"] == pytest.approx(53.90, abs=0.01)
    assert row["place_lon"] == pytest.approx(27.57, abs=0.01)
    assert row["place_country"] == "BLR"
    assert row["relation"] == "visited" and pd.isna(row["counterpart_iri"])
    # organisations get their country's alpha-3 code through ng:country
    svr = frame[frame["actor_label"].str.contains("Foreign Intelligence Service", regex=False)]
    assert len(svr) >= 1 and set(svr["actor_country"]) == {"RUS"}
    # the second seed opens with the dateline "MINSK (Realist English)."
    assert set(frame["article_place"].dropna()) == {"https://sws.geonames.org/625144/"}
    countries = set(frame["actor_country"].dropna()) | set(frame["counterpart_country"].dropna())
    assert countries and all(len(c) == 3 and c.isupper() for c in countries)


def test_cameo_and_plover_codes_are_on_event_nodes_for_sparql(seeds_build: BuildResult) -> None:
    ds = seeds_build.dataset
    q = """PREFIX ng: <https://w3id.org/newsgraph/ontology#>
           SELECT ?e ?code ?plover WHERE { ?e a ng:Meeting ; ng:cameoCode ?code ;
                                            ng:ploverType ?plover }"""
    rows = list(ds.query(q))
    assert rows and {(str(r[1]), str(r[2])) for r in rows} == {("040", "CONSULT")}
    assert len(rows) == len(set(ds.subjects(RDF.type, NG.Meeting)))


def test_parquet_reads_back_identically_with_pandas_and_pyarrow(seeds_out: Path,
                                                                  tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    proc = run("events", str(seeds_out / "graph.ttl"), "--format", "parquet", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    frame = events_frame(seeds_out / "graph.ttl")
    by_pandas = pd.read_parquet(out)
    by_pyarrow = pq.read_table(out).to_pandas()
    pd.testing.assert_frame_equal(by_pandas, frame)
    pd.testing.assert_frame_equal(by_pyarrow, frame)
    assert pq.read_table(out).num_rows == len(frame)


def test_csv_and_jsonl_on_stdout(seeds_out: Path) -> None:
    frame = events_frame(seeds_out / "graph.ttl")
    proc = run("events", str(seeds_out / "graph.ttl"))
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode("utf-8"))))
    assert len(rows) == len(frame) and list(rows[0]) == list(EVENT_COLUMNS)
    assert {r["event"] for r in rows} == set(frame["event"])
    proc = run("events", str(seeds_out / "graph.ttl"), "--format", "jsonl", "--out", "-")
    lines = [json.loads(x) for x in proc.stdout.decode("utf-8").splitlines()]
    assert [x["event"] for x in lines] == list(frame["event"])
    minsk = next(x for x in lines if x["place_label"] == "Minsk" and x["relation"] == "visited")
    assert minsk["place_geonames_id"] == 625144 and minsk["counterpart_label"] is None


def test_hostile_text_loses_control_characters(tmp_path: Path) -> None:
    ds = Dataset(default_union=True)
    g = ds.graph(URIRef("https://example.org/g"))
    e = URIRef("https://example.org/e1")
    g.add((e, RDF.type, NG.Meeting))
    g.add((e, NG.actor, URIRef("https://example.org/a")))
    g.add((e, NG.counterpart, URIRef("https://example.org/b")))
    g.add((e, NG.sentence, Literal("=cmd|' /C calc'!A0\x1b[31m\x00 red\nline")))
    (row,) = event_records(ds)
    assert row["sentence"] == "=cmd|' /C calc'!A0[31m red\nline"
    assert row["date"] is None and row["actor_label"] == "a"
    path = write_events(events_frame(ds), tmp_path / "e.csv", fmt="csv")
    assert path is not None and "\x1b" not in path.read_text(encoding="utf-8")
    (cell,) = [r["sentence"] for r in csv.DictReader(io.StringIO(path.read_text("utf-8")))]
    assert cell == "'=cmd|' /C calc'!A0[31m red\nline"  # shown, not run, by a spreadsheet
    jsonl = write_events(events_frame(ds), tmp_path / "e.jsonl", fmt="jsonl")
    assert jsonl is not None
    assert json.loads(jsonl.read_text(encoding="utf-8"))["sentence"].startswith("=cmd")


def test_missing_source_and_bad_format_are_one_line_errors(tmp_path: Path) -> None:
    proc = run("events", str(tmp_path / "nope.ttl"))
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    proc = run("events", str(tmp_path / "nope.ttl"), "--format", "xlsx")
    assert proc.returncode == 2 and b"Traceback" not in proc.stderr


def test_a_store_folder_gives_the_same_table_as_its_graph_file(tmp_path: Path) -> None:
    from graph.pipeline import build_graph, write_outputs
    from graph.store import store_snapshot

    store = tmp_path / "store"
    result = build_graph([ROOT / "seeds"], store=store)
    result.dataset = store_snapshot(store)
    write_outputs(result, tmp_path / "out")
    from_store = events_frame(store)
    from_file = events_frame(tmp_path / "out" / "graph.ttl")
    assert len(from_store) == len(from_file) > 0
    pd.testing.assert_frame_equal(from_store.drop(columns=["confidence"]),
                                  from_file.drop(columns=["confidence"]))
    assert (from_store["confidence"] - from_file["confidence"]).abs().max() < 1e-9


def test_one_row_per_event_with_its_counts_however_often_reported(tmp_path: Path) -> None:
    """Two outlets carrying one wire story and a later restatement: one row per meeting, the
    copies counted as articles but once as a source; per-report columns from the first report."""
    import json

    from graph.pipeline import build_graph

    story = ("Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda in Vilnius "
             "on Friday to discuss air defence and the deployment of Patriot batteries.")
    items = [{"id": "b", "date": "2024-03-01", "source": "Outlet B", "text": story},
             {"id": "a", "date": "2024-03-01", "source": "Outlet A", "text": story},
             {"id": "c", "date": "2024-03-03", "source": "Outlet C",
              "text": "Andrzej Duda met Gitanas Nauseda on Friday, his office said."}]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(x) + "\n" for x in items), encoding="utf-8")
    frame = events_frame(build_graph([src]).dataset)
    met = frame[frame["relation"] == "met"]
    assert len(met) == 1
    row = met.iloc[0]
    assert (row["mentions"], row["articles"], row["sources"]) == (3, 3, 2)
    assert row["article_id"] == "a" and row["article_source"] == "Outlet A"  # first report
    assert row["sentence"].startswith("Polish President") and row["date"] == "2024-03-01"
