"""Where the tests find the development set.

``../shared/dev/gold-dev.jsonl`` (next to the repository) when present, so the tests follow the
workplace's copy; otherwise the copy in ``tests/data/`` (a verbatim copy of that file, kept so
that a checkout anywhere, e.g. CI's, runs the whole suite). ``NEWSGRAPH_DEV_SET`` overrides both.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dev_set() -> Path:
    """The development set's gold file."""
    if os.environ.get("NEWSGRAPH_DEV_SET"):
        return Path(os.environ["NEWSGRAPH_DEV_SET"])
    shared = ROOT.parent / "shared" / "dev" / "gold-dev.jsonl"
    return shared if shared.is_file() else ROOT / "tests" / "data" / "gold-dev.jsonl"


DEV_SET = dev_set()
