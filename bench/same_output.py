"""Same output before and after a speed change: dump a build's quads sorted, compare two dumps.

    python bench/same_output.py dump bench/out/corpus-200.jsonl /tmp/before
    ... change the code ...
    python bench/same_output.py dump bench/out/corpus-200.jsonl /tmp/after
    python bench/same_output.py compare /tmp/before /tmp/after

``dump`` builds the corpus twice: a plain build (its dataset as N-Quads, and ``graph.ttl`` of
:func:`graph.pipeline.write_outputs`) and a build into a fresh store (the store exported as
N-Quads, and the in-memory dataset the store build returns), and writes each with its lines
sorted: ``PREFIX-plain.nq``, ``-plain.ttl``, ``-store.nq``, ``-storeds.nq``. ``compare`` checks
the four pairs byte for byte; exit code 1 when any differs. Used for the RDF speed-ups of
2026-12-01 (README, Benchmarks).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

PARTS = ("plain.nq", "plain.ttl", "store.nq", "storeds.nq")


def _sorted_lines(text: str) -> str:
    return "".join(sorted(line + "\n" for line in text.splitlines() if line.strip()))


def dump(corpus: Path, prefix: str) -> None:
    """Build ``corpus`` plainly and into a fresh store; write the four sorted dumps."""
    from graph.export import export
    from graph.pipeline import build_graph, write_outputs

    started = time.perf_counter()
    plain = build_graph([corpus])
    print(f"plain build {time.perf_counter() - started:.1f} s", flush=True)
    Path(f"{prefix}-plain.nq").write_text(_sorted_lines(plain.dataset.serialize(format="nquads")),
                                          encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        write_outputs(plain, Path(tmp) / "out")
        Path(f"{prefix}-plain.ttl").write_text(
            _sorted_lines((Path(tmp) / "out" / "graph.ttl").read_text(encoding="utf-8")),
            encoding="utf-8")
        started = time.perf_counter()
        stored = build_graph([corpus], store=Path(tmp) / "store")
        print(f"store build {time.perf_counter() - started:.1f} s", flush=True)
        Path(f"{prefix}-storeds.nq").write_text(
            _sorted_lines(stored.dataset.serialize(format="nquads")), encoding="utf-8")
        exported = Path(tmp) / "store.nq"
        export(Path(tmp) / "store", "nquads", exported)
        Path(f"{prefix}-store.nq").write_text(
            _sorted_lines(exported.read_text(encoding="utf-8")), encoding="utf-8")


def compare(before: str, after: str) -> bool:
    """Print, per dump, whether the two are byte-identical; True when all are."""
    same_all = True
    for part in PARTS:
        a = Path(f"{before}-{part}").read_bytes()
        b = Path(f"{after}-{part}").read_bytes()
        same = a == b
        same_all &= same
        print(f"{part}: {'IDENTICAL' if same else 'DIFFERENT'} ({len(a)} / {len(b)} bytes, "
              f"sha1 {hashlib.sha1(a).hexdigest()[:12]} / {hashlib.sha1(b).hexdigest()[:12]})")
    return same_all


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="build CORPUS plainly and into a fresh store; write sorted dumps")
    d.add_argument("corpus", type=Path)
    d.add_argument("prefix", help="path prefix of the four dump files")
    c = sub.add_parser("compare", help="compare the dumps of two prefixes byte for byte")
    c.add_argument("before")
    c.add_argument("after")
    args = parser.parse_args(argv)
    if args.command == "dump":
        dump(args.corpus, args.prefix)
        return 0
    return 0 if compare(args.before, args.after) else 1


if __name__ == "__main__":
    sys.exit(main())
