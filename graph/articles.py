"""Reading articles: plain-text / Markdown files, folders of them, and JSON-lines files.

Reading never aborts on one bad input: :func:`read_articles` yields an :class:`Article` for
each good one and a :class:`Problem` (with a human-readable reason) for each bad one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import InputError

TEXT_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl",)
#: Largest article text accepted, in bytes; a larger one is reported and skipped.
MAX_ARTICLE_BYTES = 2_000_000


@dataclass(frozen=True)
class Article:
    """One news article: its text and what is known about it."""

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""  # where it was read from: a path, or path:line for JSON lines


@dataclass(frozen=True)
class Problem:
    """An input that was skipped, and why."""

    origin: str
    reason: str


@dataclass
class ReadReport:
    """What :func:`read_articles` skipped (filled while iterating)."""

    problems: list[Problem] = field(default_factory=list)


def _decode(data: bytes, origin: str) -> str:
    if not data.strip():
        raise InputError(f"{origin}: empty file")
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(
            f"{origin}: too large ({len(data):,} bytes; the limit is {MAX_ARTICLE_BYTES:,})"
        )
    if b"\x00" in data[:8192]:
        raise InputError(f"{origin}: binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{origin}: not UTF-8 text (bad byte at offset {exc.start})") from None
    return text


def read_text_file(path: Path) -> Article:
    """Read one ``.txt``/``.md`` article; its id is the file name without extension.

    Raises:
        InputError: the file is missing, empty, binary, not UTF-8 or too large.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    return Article(id=path.stem, text=_decode(data, str(path)), origin=str(path))


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)


def read_jsonl(path: Path) -> Iterator[Article | Problem]:
    """Yield the articles of a JSON-lines file; a bad line yields a :class:`Problem` naming it.

    Each line holds ``id`` and ``text``, optionally ``date``, ``title``, ``url``, ``source``.

    Raises:
        InputError: the file itself cannot be opened.
    """
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    with handle:
        for number, raw in enumerate(handle, start=1):
            origin = f"{path}:{number}"
            if not raw.strip():
                continue
            try:
                item = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                yield Problem(origin, "line is not UTF-8")
                continue
            except json.JSONDecodeError as exc:
                yield Problem(origin, f"bad JSON ({exc.msg})")
                continue
            if not isinstance(item, dict):
                yield Problem(origin, "line is not a JSON object")
                continue
            if "id" not in item or not isinstance(item.get("text"), str):
                yield Problem(origin, "line lacks an 'id' or a string 'text'")
                continue
            text = item["text"]
            if not text.strip():
                yield Problem(origin, "empty text")
                continue
            if len(text.encode("utf-8")) > MAX_ARTICLE_BYTES:
                yield Problem(origin, f"text too large (limit {MAX_ARTICLE_BYTES:,} bytes)")
                continue
            yield Article(
                id=str(item["id"]),
                text=text,
                date=_opt_str(item.get("date")),
                title=_opt_str(item.get("title")),
                url=_opt_str(item.get("url")),
                source=_opt_str(item.get("source")),
                origin=origin,
            )


def _expand(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and child.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES:
                yield child
    else:
        yield path


def read_articles(
    paths: Iterable[str | Path], *, report: ReadReport | None = None
) -> Iterator[Article]:
    """Yield every good article under ``paths`` (files, folders, ``.jsonl`` files), in order.

    Bad inputs are skipped and recorded in ``report`` (when given) as :class:`Problem`\\ s.

    Raises:
        InputError: a path does not exist, or is a file of an unsupported type.
    """
    report = report if report is not None else ReadReport()
    roots = [Path(p) for p in paths]
    for root in roots:
        if not root.exists():
            raise InputError(f"{root}: no such file or folder")
        if root.is_file() and root.suffix.lower() not in TEXT_SUFFIXES + JSONL_SUFFIXES:
            raise InputError(
                f"{root}: unsupported file type {root.suffix or '(none)'!r}; "
                f"expected one of {', '.join(TEXT_SUFFIXES + JSONL_SUFFIXES)} or a folder"
            )
    for root in roots:
        for path in _expand(root):
            if path.suffix.lower() in JSONL_SUFFIXES:
                try:
                    for item in read_jsonl(path):
                        if isinstance(item, Problem):
                            report.problems.append(item)
                        else:
                            yield item
                except InputError as exc:  # raised only on opening, before any line
                    report.problems.append(Problem(str(path), str(exc).split(": ", 1)[-1]))
            else:
                try:
                    yield read_text_file(path)
                except InputError as exc:
                    report.problems.append(Problem(str(path), str(exc).split(": ", 1)[-1]))
