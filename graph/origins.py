"""Which input file each article of a store came from, so that a build never silently replaces
an article with another file that has the same name.

A file's article id is its name without the extension (``story.txt`` → ``story``), so
``outletA/story.txt`` and ``outletB/story.txt`` are one id: within one build the second is
skipped as a duplicate, but a later build into the same store would replace the first with the
second as if it were an edit. The store therefore keeps, beside its data, a small table of the
SHA-1 of each file article's resolved path (``newsgraph-origins.json``; the paths themselves
are not kept). An article whose id the store holds from another file is skipped with a one-line
problem (exit 3), and nothing of the stored one is lost; an edited file (same path) is replaced
as before. Articles with ids of their own (JSON lines, URLs, feed items) are not checked: their
ids are the sender's to keep unique.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from graph.articles import Article, Problem
from graph.rdf import article_iri

ORIGINS_FILE = "newsgraph-origins.json"


def _file_origin(article: Article) -> str | None:
    """The SHA-1 of the resolved path of the file ``article`` was read from, when its id was
    made from the file's name; else None."""
    origin = article.origin
    if not origin or "://" in origin or re.search(r":\d+$", origin):
        return None  # a URL, or a JSON line ("path:line"), whose id is its own "id" field
    path = Path(origin)
    if path.stem != article.id or not path.suffix:
        return None
    return hashlib.sha1(str(path.resolve()).encode("utf-8", "surrogatepass")).hexdigest()


class Origins:
    """The origins table of one store folder (:data:`ORIGINS_FILE`)."""

    def __init__(self, store: Path) -> None:
        self.path = store / ORIGINS_FILE
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        self.table: dict[str, str] = {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
        self._changed = False

    def guard(self, articles: Iterable[Article], *, stored: set[str], problems: list[Problem]) -> Iterator[Article]:
        """``articles`` without those whose article the store holds (``stored``: the IRIs of its
        article graphs) from another file (each added to ``problems``); the others' origins
        are recorded."""
        for article in articles:
            origin = _file_origin(article)
            if origin is not None:
                known = self.table.get(article.id)
                if known is not None and known != origin and str(article_iri(article)) in stored:
                    problems.append(Problem(article.origin, (
                        f"the store already holds an article {article.id!r} read from another file "
                        "of that name; rename this file (the id is the file name) to add it")))
                    continue
                if known != origin:
                    self.table[article.id] = origin
                    self._changed = True
            yield article

    def forget(self, ident: str) -> None:
        """Drop the origin of the article ``ident`` (removed from the store)."""
        if self.table.pop(ident, None) is not None:
            self._changed = True

    def save(self) -> None:
        """Write the table (atomically: a killed build leaves the old one) when it changed."""
        if not self._changed:
            return
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(self.table, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)
        self._changed = False
