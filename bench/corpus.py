"""A benchmark corpus assembled from real news sentences.

The sentences come from ``../shared/dev/gold-dev.jsonl`` (real news sentences and passages) and the
two seed articles in ``seeds/``. Each synthetic article is a deterministic shuffle of 5 to 12 of
them (``random.Random(seed)``), with an id, a date and a title, so the benchmark parses real prose of
realistic length while staying reproducible.

    python bench/corpus.py            # writes bench/out/corpus.jsonl (2,000 articles)
    python bench/corpus.py -n 500     # fewer

Raises nothing special: a missing source file is a plain ``FileNotFoundError``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # bench.paths, when run as a script

from bench.paths import DEV_SET

GOLD = DEV_SET
SEEDS = ROOT / "seeds"
OUT = ROOT / "bench" / "out"
DEFAULT_ARTICLES = 2000

_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[A-Z\"“‘])")


def sentences() -> list[str]:
    """Every real sentence available: gold-dev texts and seed articles, split at sentence ends."""
    texts: list[str] = []
    if GOLD.exists():
        with GOLD.open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    out: list[str] = []
    for text in texts:
        for paragraph in text.splitlines():
            out += [s.strip() for s in _SENTENCE_END.split(paragraph) if len(s.strip()) > 20]
    if not out:
        raise FileNotFoundError(f"no source sentences in {GOLD} or {SEEDS}")
    return out


#: Sentences per article: realistic articles, and short ones (quick memory and crash benches).
REGULAR = (5, 12)
SHORT = (1, 3)


def make_articles(n: int = DEFAULT_ARTICLES, *, seed: int = 7,
                  size: tuple[int, int] = REGULAR) -> list[dict[str, str]]:
    """``n`` article records (``id``, ``date``, ``title``, ``text``) of ``size`` (least, most)
    sentences each, the same for the same seed."""
    pool = sentences()
    rng = random.Random(seed)
    articles = []
    for i in range(n):
        chosen = rng.sample(pool, k=min(len(pool), rng.randint(*size)))
        paragraphs = [" ".join(chosen[j : j + 3]) for j in range(0, len(chosen), 3)]
        articles.append({
            "id": f"bench-{i:06d}",
            "date": f"20{rng.randint(10, 24):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "title": chosen[0][:60],
            "text": "\n\n".join(paragraphs),
        })
    return articles


def write_corpus(n: int = DEFAULT_ARTICLES, *, seed: int = 7, path: Path | None = None,
                 size: tuple[int, int] = REGULAR) -> Path:
    """Write ``n`` articles as JSON lines (default ``bench/out/corpus-<n>.jsonl``); return the path."""
    path = path or OUT / f"corpus-{n}.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for record in make_articles(n, seed=seed, size=size):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=DEFAULT_ARTICLES, help="number of articles")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--short", action="store_true", help="1 to 3 sentences per article")
    args = parser.parse_args()
    path = write_corpus(args.n, seed=args.seed, size=SHORT if args.short else REGULAR)
    print(path)


if __name__ == "__main__":
    main()
