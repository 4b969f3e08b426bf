"""How long the command line takes to start, as ratios to ``python -c pass`` in the same run.

Each command is run as a fresh process (``python -m graph.cli ...``, the console script's code
path) ``--runs`` times, interleaved with the baseline ``python -c pass``, and the median
wall-clock time is taken. Measured commands:

- ``--help`` (the command list) and ``query --help``, ``build --help``;
- ``query`` of the seeds' graph (``exports/graph.ttl`` built into a temporary folder first) with a
  small SELECT, which parses the Turtle and runs rdflib's SPARQL engine;
- ``events`` of the seeds' graph (CSV on stdout).

Also records which heavy modules each run imports (spaCy, rdflib's SPARQL engine, pyvis, dask,
networkx, pandas), from a probe run in the same interpreter set-up.

    python bench/startup.py [--runs 7] [--json bench/results/startup.json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
HEAVY = ("spacy", "rdflib.plugins.sparql", "pyvis", "dask", "networkx", "pandas")
QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"

_PROBE = """
import contextlib, io, json, sys
from graph.cli import main
with contextlib.redirect_stdout(io.TextIOWrapper(io.BytesIO())):
    code = main(sys.argv[1:])
heavy = {heavy!r}
print(json.dumps(sorted(h for h in heavy if h in sys.modules)), file=sys.stderr)
"""


def timed(argv: list[str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(argv, cwd=ROOT, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{argv}: exit {proc.returncode}: {proc.stderr.decode()[-500:]}")
    return elapsed


def heavy_imports(args: list[str]) -> list[str]:
    proc = subprocess.run([sys.executable, "-c", _PROBE.format(heavy=HEAVY), *args], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    return list(json.loads(proc.stderr.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each command (median taken)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsgraph-startup-") as tmp:
        out = Path(tmp)
        subprocess.run([sys.executable, "-m", "graph.cli", "build", str(SEEDS), "--out", str(out)],
                       cwd=ROOT, check=True, capture_output=True)
        graph_file = str(out / "graph.ttl")
        commands = {
            "--help": ["--help"],
            "query --help": ["query", "--help"],
            "build --help": ["build", "--help"],
            "query (seeds' graph)": ["query", graph_file, QUERY],
            "events (seeds' graph)": ["events", graph_file],
        }
        times: dict[str, list[float]] = {"python -c pass": [], **{k: [] for k in commands}}
        for _ in range(opts.runs):
            times["python -c pass"].append(timed([sys.executable, "-c", "pass"]))
            for name, args in commands.items():
                times[name].append(timed([sys.executable, "-m", "graph.cli", *args]))
        imports = {name: heavy_imports(args) for name, args in commands.items()}
    base = statistics.median(times["python -c pass"])
    report = {"runs": opts.runs, "baseline_s": round(base, 4), "commands": {}}
    print(f"python -c pass: {base * 1000:.0f} ms (median of {opts.runs})")
    for name in commands:
        med = statistics.median(times[name])
        report["commands"][name] = {"median_s": round(med, 4), "ratio": round(med / base, 1),
                                    "heavy_imports": imports[name]}
        print(f"{name:24} {med * 1000:6.0f} ms  {med / base:5.1f}x  imports: "
              f"{', '.join(imports[name]) or '-'}")
    if opts.json:
        opts.json.parent.mkdir(parents=True, exist_ok=True)
        opts.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
