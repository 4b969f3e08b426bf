"""Memory of builds: peak RSS of ``--store`` builds of N and 10 N articles, and the time and
peak RSS of one very long article.

Issue 14 asked that a ``--store`` build keep its memory flat however long the input (the build
of 20,000 articles within 1.2x the peak of 2,000) and that a 2,000,000-character article be
parsed in bounded pieces. Each measurement runs in a fresh child process (``--child``), which
reports its own peak resident set size (``ru_maxrss``) when done, so one measurement never
inherits the other's peak.

The corpus is short synthetic articles (1 to 3 real news sentences, ``bench/corpus.py``), so
that 20,000 articles parse in minutes on a 2-core machine; the long article repeats real
paragraphs up to 2,000,000 characters.

    python bench/memory.py            # 2,000 and 20,000 articles; a 2,000,000-character article
    python bench/memory.py --quick    # 200 and 2,000; 200,000 characters
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import SHORT, sentences, write_corpus


def _child_build(corpus: Path, store: Path) -> dict[str, Any]:
    from graph.pipeline import build_graph

    start = time.perf_counter()
    result = build_graph([corpus], store=store, collect=False)
    return {"articles": result.articles, "seconds": round(time.perf_counter() - start, 1)}


def _child_long(chars: int) -> dict[str, Any]:
    from graph.articles import Article
    from graph.parallel import extract_batch

    paragraphs = []
    pool = sentences()
    i = 0
    total = 0
    while total < chars:
        paragraph = " ".join(pool[(i + k) % len(pool)] for k in range(4)) + "\n\n"
        paragraphs.append(paragraph)
        total += len(paragraph)
        i += 4
    text = "".join(paragraphs)[:chars]
    start = time.perf_counter()
    (outcome,) = extract_batch([Article(id="long", text=text)], None)
    seconds = time.perf_counter() - start
    if isinstance(outcome, str):  # the reason the extraction failed
        raise RuntimeError(outcome)  # noqa: TRY004
    return {"chars": len(text), "mentions": len(outcome), "seconds": round(seconds, 1)}


def _in_child(*args: str) -> dict[str, Any]:
    """Run this file with ``--child ARGS`` and return its figures, with its peak RSS in MB."""
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", *args],
                          cwd=ROOT, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"child {' '.join(args)} failed: {proc.stderr.strip()[-500:]}")
    figures: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return figures


def run(*, quick: bool, long_article: bool = True) -> dict[str, Any]:
    """Figures: ``store_build`` for N and 10 N articles (N = 200 quick, else 2,000) with their
    peak RSS and the ratio, and ``long_article`` (200,000 / 2,000,000 characters)."""
    small = 200 if quick else 2000
    out: dict[str, Any] = {"store_build": {}}
    with tempfile.TemporaryDirectory(prefix="newsgraph-memory-") as tmp:
        for n in (small, 10 * small):
            corpus = write_corpus(n, seed=14, path=Path(tmp) / f"corpus-{n}.jsonl", size=SHORT)
            out["store_build"][str(n)] = _in_child("build", str(corpus), str(Path(tmp) / f"store-{n}"))
    a, b = (out["store_build"][str(n)]["peak_rss_mb"] for n in (small, 10 * small))
    out["store_build"]["ratio_peak_rss"] = round(b / a, 3)
    if long_article:
        out["long_article"] = _in_child("long", str(200_000 if quick else 2_000_000))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--skip-long", action="store_true", help="only the store builds")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        figures = (_child_build(Path(rest[0]), Path(rest[1])) if kind == "build"
                   else _child_long(int(rest[0])))
        figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        print(json.dumps(figures))
        return
    print(json.dumps(run(quick=args.quick, long_article=not args.skip_long)))


if __name__ == "__main__":
    main()
