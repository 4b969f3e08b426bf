"""Reading articles: plain-text / Markdown files, folders of them, and JSON-lines files.

Reading never aborts on one bad input: :func:`read_articles` yields an :class:`Article` for
each good one and a :class:`Problem` (with a human-readable reason) for each bad one.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO

from graph.errors import InputError
from graph.sanitize import (
    check_date,
    check_url,
    clean_line,
    clean_text,
    decode_entities,
    lone_surrogate,
)

TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")  # HTML read by graph.sources (trafilatura)
JSONL_SUFFIXES = (".jsonl",)
#: Largest article text accepted, in bytes; a larger one is reported and skipped.
MAX_ARTICLE_BYTES = 2_000_000
#: Largest JSON line accepted (an article plus its metadata), in bytes.
MAX_LINE_BYTES = MAX_ARTICLE_BYTES + 100_000
#: Share of control characters (other than tab, newline, carriage return, form feed) above which
#: a decodable file is still taken for binary data.
MAX_CONTROL_SHARE = 0.05


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
    #: the place of the dateline opening the text, as written ("Cairo", "Hanoi, Vietnam")
    place: str | None = None


@dataclass(frozen=True)
class Problem:
    """An input that was skipped, and why."""

    origin: str
    reason: str


@dataclass
class ReadReport:
    """What :func:`read_articles` skipped, and what it converted (filled while iterating).

    ``problems`` are inputs that were skipped; ``notes`` are inputs that were read after a
    conversion the user should know about (HTML stripped to text, UTF-16 decoded).
    """

    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)


# --- HTML instead of text -------------------------------------------------------------------------

_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(
    r"</?(?:p|div|br|span|a|b|i|em|strong|h[1-6]|li|ul|ol|table|tr|td|script|style|article|section"
    r"|header|footer|nav|meta|link|img|title|body|head|html)\b[^<>]*>",
    re.IGNORECASE,
)
_BLOCK_TAGS = frozenset({
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr",
    "article", "section", "header", "footer", "blockquote", "pre", "hr", "title", "figcaption",
})
_DROPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object"})


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page (or fragment) rather than plain text or Markdown.

    A document start (``<!DOCTYPE html>``, ``<html>``, ``<head>``, ``<body>``) decides at once;
    otherwise at least 5 common HTML tags that make up at least 2% of the text do (a Markdown
    article with the odd ``<br>`` stays text).
    """
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    tags = _HTML_TAG.findall(text[:200_000])
    return len(tags) >= 5 and sum(map(len, tags)) >= 0.02 * min(len(text), 200_000)


class _TextOfHtml(HTMLParser):
    """Collects the readable text of an HTML page: no scripts, styles or markup."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._dropped = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED_TAGS:
            self._dropped += 1
        elif tag == "title":
            self._in_title = True
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED_TAGS:
            self._dropped = max(0, self._dropped - 1)
        elif tag == "title":
            self._in_title = False
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._dropped:
            return
        if self._in_title:
            self.title.append(data)
            return
        self.parts.append(data)


def html_to_text(html: str) -> tuple[str, str | None]:
    """The readable text of an HTML page as paragraphs, and its ``<title>`` (or ``None``).

    Scripts, styles and other non-text elements are dropped; entities are decoded.
    """
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    paragraphs = []
    for block in "".join(parser.parts).split("\n\n"):
        line = re.sub(r"\s+", " ", block).strip()
        if line:
            paragraphs.append(line)
    title = re.sub(r"\s+", " ", "".join(parser.title)).strip() or None
    return "\n\n".join(paragraphs), title


def _decode(data: bytes, origin: str, notes: list[Problem] | None = None) -> str:
    """Bytes of one article as text; raises :class:`InputError` saying why they are not."""
    if not data.strip():
        raise InputError(f"{origin}: empty file")
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(
            f"{origin}: too large ({len(data):,} bytes; the limit is {MAX_ARTICLE_BYTES:,})"
        )
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{origin}: broken UTF-16 text") from None
        if notes is not None:
            notes.append(Problem(origin, "read as UTF-16 (byte-order mark)"))
    else:
        if b"\x00" in data[:8192]:
            raise InputError(f"{origin}: binary file (contains NUL bytes), not text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{origin}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                "convert it to UTF-8 first, e.g. iconv -f latin1 -t utf-8"
            ) from None
    sample = text[:8192]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f")
    if controls > MAX_CONTROL_SHARE * len(sample):
        raise InputError(f"{origin}: binary data ({controls} control characters in the first "
                         f"{len(sample):,}), not text")
    if not text.strip():
        raise InputError(f"{origin}: empty file")
    return text


def _plain(text: str, origin: str, notes: list[Problem] | None) -> tuple[str, str | None]:
    """``text`` itself, or the text of the HTML page it is (noted in ``notes``), and its title.

    Raises:
        InputError: an HTML page without readable text.
    """
    if not looks_like_html(text):
        return clean_text(decode_entities(text)), None
    plain, title = html_to_text(text)
    plain, title = clean_text(plain), clean_line(title) if title else None
    if not plain.strip():
        raise InputError(f"{origin}: HTML page without readable text")
    if notes is not None:
        notes.append(Problem(origin, "HTML, not plain text: converted to text (markup, scripts "
                                     "and styles removed)"))
    return plain, title


def read_text_file(path: Path, *, notes: list[Problem] | None = None) -> Article:
    """Read one ``.txt``/``.md`` article; its id is the file name without extension.

    An HTML page is converted to its text (and its ``<title>``); that is recorded in ``notes``.

    Raises:
        InputError: the file is missing, empty, binary, not UTF-8, too large, or an HTML page
            without text.
    """
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
            raise InputError(f"{path}: not a regular file")
        size = info.st_size
        if size > MAX_ARTICLE_BYTES:  # do not read a huge file only to refuse it
            raise InputError(
                f"{path}: too large ({size:,} bytes; the limit is {MAX_ARTICLE_BYTES:,})"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    from graph.sources import HTML_SUFFIXES, html_article, with_text_metadata

    if path.suffix.lower() in HTML_SUFFIXES:
        return clean_article(html_article(path.stem, _decode(data, str(path), notes), origin=str(path),
                                     notes=notes), notes)
    text, title = _plain(_decode(data, str(path), notes), str(path), notes)
    if not text.strip():
        raise InputError(f"{path}: empty file (only control characters)")
    ident = clean_line(path.stem)
    if not ident:
        raise InputError(f"{path}: the file name gives no usable id")
    dropped: list[str] = []
    article = with_text_metadata(Article(id=ident, text=text, title=title, origin=str(path)),
                                 dropped=dropped)
    if notes is not None:
        notes.extend(Problem(str(path), f"dropped front matter {reason}") for reason in dropped)
    return clean_article(article, notes)


def clean_article(article: Article, notes: list[Problem] | None = None) -> Article:
    """``article`` (as :mod:`graph.sources` read it: front matter, dateline, an HTML page, a
    URL) with its text and metadata cleaned as a JSON line's are (:mod:`graph.sanitize`); a bad
    date or URL is dropped with a note in ``notes``."""
    changes: dict[str, str | None] = {"text": clean_text(article.text)}
    for key in ("title", "source", "place"):
        value = getattr(article, key, None)
        changes[key] = clean_line(value) or None if isinstance(value, str) else None
    for key, check in (("date", check_date), ("url", check_url)):
        value = getattr(article, key)
        reason = check(clean_line(value)) if isinstance(value, str) and value else None
        if reason is not None and notes is not None:
            notes.append(Problem(article.origin, f"dropped {key} {shown_value(value)}: {reason}"))
        changes[key] = None if reason is not None or not value else clean_line(value)
    return replace(article, **changes)  # type: ignore[arg-type]


def _lines(handle: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
    """``(number, line)`` for each line; ``line`` is ``None`` when longer than MAX_LINE_BYTES
    (it is then skipped without holding it in memory)."""
    number = 0
    while True:
        raw = handle.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        number += 1
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        else:
            yield number, raw


def shown_value(value: object) -> str:
    """A value for a message (a note or problem): one line, printable, at most 60 characters,
    quoted; a non-string as its JSON."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=True)
    text = clean_line(text.encode("utf-8", "backslashreplace").decode("utf-8"))
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _metadata(item: dict[str, object], origin: str, notes: list[Problem] | None) -> dict[str, str | None]:
    """``date``, ``title``, ``url`` and ``source`` of a JSON line, each checked: a value of the
    wrong type or shape is dropped (``None``) and the reason recorded in ``notes``."""
    out: dict[str, str | None] = {}
    for key in ("date", "title", "url", "source"):
        value = item.get(key)
        reason = None
        if value is None:
            out[key] = None
            continue
        if key == "date" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            reason = f"not a string but {type(value).__name__}"
        else:
            value = clean_line(value if key == "url" else decode_entities(value))
            if key == "date" and value:
                reason = check_date(value)
            elif key == "url" and value:
                reason = check_url(value)
        if reason is not None:
            if notes is not None:
                notes.append(Problem(origin, f"dropped {key} {shown_value(item.get(key))}: {reason}"))
            out[key] = None
        else:
            out[key] = value if isinstance(value, str) and value else None
    return out


def _line_article(item: object, origin: str, notes: list[Problem] | None) -> Article | Problem:
    """The article of one parsed JSON line, or the :class:`Problem` that skips it."""
    if not isinstance(item, dict):
        return Problem(origin, "line is not a JSON object")
    for key, value in item.items():  # a lone surrogate cannot be written anywhere: refuse the line
        bad = lone_surrogate(key) or (lone_surrogate(value) if isinstance(value, str) else None)
        if bad is not None:
            return Problem(origin, f"lone surrogate escape {bad} in {shown_value(key)} (broken UTF-16 "
                                   "text; repair the line first)")
    ident = item.get("id")
    if not isinstance(ident, (str, int)) or isinstance(ident, bool) or clean_line(str(ident)) == "":
        return Problem(origin, "line lacks an 'id' (a non-empty string or an integer)")
    text = item.get("text")
    if not isinstance(text, str):
        return Problem(origin, "line lacks a string 'text'")
    if not text.strip():
        return Problem(origin, "empty text")
    if len(text) > MAX_ARTICLE_BYTES or len(text.encode("utf-8")) > MAX_ARTICLE_BYTES:
        return Problem(origin, f"text too large (limit {MAX_ARTICLE_BYTES:,} bytes)")
    try:
        text, html_title = _plain(text, origin, notes)
    except InputError as exc:
        return Problem(origin, str(exc).split(": ", 1)[-1])
    if not text.strip():
        return Problem(origin, "empty text (only control characters)")
    meta = _metadata(item, origin, notes)
    return Article(
        id=clean_line(str(ident)),
        text=text,
        date=meta["date"],
        title=meta["title"] or html_title,
        url=meta["url"],
        source=meta["source"],
        origin=origin,
    )


def read_jsonl(path: Path, *, notes: list[Problem] | None = None) -> Iterator[Article | Problem]:
    """Yield the articles of a JSON-lines file; a bad line yields a :class:`Problem` naming it
    (``path:line``).

    Each line holds ``id`` and ``text``, optionally ``date``, ``title``, ``url``, ``source``.
    A text that is an HTML page is converted to text (recorded in ``notes``).

    Raises:
        InputError: the file itself cannot be opened.
    """
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    with handle:
        for number, raw in _lines(handle):
            origin = f"{path}:{number}"
            if raw is None:
                yield Problem(origin, f"line too long (limit {MAX_LINE_BYTES:,} bytes)")
                continue
            if not raw.strip():
                continue
            try:
                item = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
            except UnicodeDecodeError as exc:
                yield Problem(origin, f"line is not UTF-8 (bad byte at column {exc.start + 1})")
                continue
            except json.JSONDecodeError as exc:
                yield Problem(origin, f"bad JSON ({exc.msg} at column {exc.colno})")
                continue
            except RecursionError:
                yield Problem(origin, "bad JSON (nested too deeply)")
                continue
            yield _line_article(item, origin, notes)


def _readable_suffix(path: Path) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES


def _expand(path: Path, notes: list[Problem] | None = None) -> Iterator[Path | Problem]:
    """The article files under ``path`` in name order (``path`` itself when not a folder); a
    dangling symlink or an unreadable folder among them is a :class:`Problem`; the other files
    of a folder (except hidden ones) are recorded in ``notes`` as not read."""
    if not path.is_dir():
        yield path
        return
    found: list[Path | Problem] = []

    def unreadable(exc: OSError) -> None:
        found.append(Problem(str(exc.filename or path), f"cannot read folder ({exc.strerror})"))

    seen = {os.path.realpath(path)}
    for folder, dirs, files in os.walk(path, onerror=unreadable, followlinks=True):
        dirs[:] = [d for d in dirs if os.path.realpath(Path(folder) / d) not in seen]  # no loops
        seen.update(os.path.realpath(Path(folder) / d) for d in dirs)
        for name in files:
            child = Path(folder) / name
            if not _readable_suffix(child):
                if notes is not None and not any(
                        part.startswith(".") for part in child.relative_to(path).parts):
                    notes.append(Problem(str(child), (
                        f"not read: unsupported file type {child.suffix or '(none)'!r} (articles "
                        f"are {', '.join(TEXT_SUFFIXES + JSONL_SUFFIXES)})")))
                continue
            if child.is_symlink() and not child.exists():
                found.append(Problem(str(child), "dangling symlink (its target does not exist)"))
            else:
                found.append(child)
    yield from sorted(found, key=lambda x: Path(x.origin) if isinstance(x, Problem) else x)


def read_articles(
    paths: Iterable[str | Path], *, report: ReadReport | None = None
) -> Iterator[Article]:
    """Yield every good article under ``paths`` (files, folders, ``.jsonl`` files), in order.

    Bad inputs (and a second article with an id already read) are skipped and recorded in
    ``report.problems`` (when given) as :class:`Problem`\\ s; HTML converted to text is recorded
    in ``report.notes``.

    Raises:
        InputError: a path does not exist, or is a file of an unsupported type.
    """
    report = report if report is not None else ReadReport()
    roots = [Path(p) for p in paths]
    for root in roots:
        if not root.exists() and not root.is_symlink():
            raise InputError(f"{root}: no such file or folder")
        if root.is_file() and root.suffix.lower() not in TEXT_SUFFIXES + JSONL_SUFFIXES:
            raise InputError(
                f"{root}: unsupported file type {root.suffix or '(none)'!r}; "
                f"expected one of {', '.join(TEXT_SUFFIXES + JSONL_SUFFIXES)} or a folder"
            )
    first_seen: dict[str, str] = {}

    def fresh(article: Article) -> bool:
        """False (and a problem recorded) when the id was already read in this batch."""
        if article.id in first_seen:
            report.problems.append(Problem(
                article.origin, f"duplicate id {article.id!r} (first read from "
                f"{first_seen[article.id]}); kept the first"))
            return False
        first_seen[article.id] = article.origin
        return True

    for root in roots:
        for path in _expand(root, report.notes):
            if isinstance(path, Problem):
                report.problems.append(path)
            elif path.is_symlink() and not path.exists():
                report.problems.append(Problem(str(path), "dangling symlink (its target does "
                                                          "not exist)"))
            elif path.suffix.lower() in JSONL_SUFFIXES:
                try:
                    for item in read_jsonl(path, notes=report.notes):
                        if isinstance(item, Problem):
                            report.problems.append(item)
                        elif fresh(item):
                            yield item
                except InputError as exc:  # raised only on opening, before any line
                    report.problems.append(Problem(str(path), str(exc).split(": ", 1)[-1]))
            else:
                try:
                    article = read_text_file(path, notes=report.notes)
                except InputError as exc:
                    report.problems.append(Problem(str(path), str(exc).split(": ", 1)[-1]))
                    continue
                if fresh(article):
                    yield article
