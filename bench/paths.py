"""Where the benchmarks find their inputs."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
#: The development set: the workplace's copy next to the repository, else the verbatim copy in
#: ``tests/data/`` (a checkout anywhere still benchmarks real text).
DEV_SET = next((p for p in (ROOT.parent / "shared" / "dev" / "gold-dev.jsonl",
                            ROOT / "tests" / "data" / "gold-dev.jsonl") if p.is_file()),
               ROOT / "tests" / "data" / "gold-dev.jsonl")
