"""Reading articles: plain-text / Markdown files, folders of them, and JSON-lines files.

Reading never aborts on one bad input: :func:`read_articles` yields an :class:`Article` for
each good one and a :class:`Problem` (with a human-readable reason) for each bad one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO

from graph.errors import InputError

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
        return text, None
    plain, title = html_to_text(text)
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
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:  # do not read a huge file only to refuse it
            raise InputError(
                f"{path}: too large ({size:,} bytes; the limit is {MAX_ARTICLE_BYTES:,})"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    from graph.sources import HTML_SUFFIXES, html_article, with_text_metadata

    if path.suffix.lower() in HTML_SUFFIXES:
        return html_article(path.stem, _decode(data, str(path), notes), origin=str(path),
                            notes=notes)
    text, title = _plain(_decode(data, str(path), notes), str(path), notes)
    return with_text_metadata(Article(id=path.stem, text=text, title=title, origin=str(path)))


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)


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


def _line_article(item: object, origin: str, notes: list[Problem] | None) -> Article | Problem:
    if not isinstance(item, dict):
        return Problem(origin, "line is not a JSON object")
    ident = item.get("id")
    if not isinstance(ident, (str, int)) or isinstance(ident, bool) or str(ident).strip() == "":
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
    return Article(
        id=str(ident),
        text=text,
        date=_opt_str(item.get("date")),
        title=_opt_str(item.get("title")) or html_title,
        url=_opt_str(item.get("url")),
        source=_opt_str(item.get("source")),
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


def _expand(path: Path, notes: list[Problem] | None = None) -> Iterator[Path]:
    """The article files of ``path``; the other files of a folder (except hidden ones) are
    recorded in ``notes`` as not read."""
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if not child.is_file():
                continue
            if child.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES:
                yield child
            elif notes is not None and not any(
                    part.startswith(".") for part in child.relative_to(path).parts):
                notes.append(Problem(str(child), (
                    f"not read: unsupported file type {child.suffix or '(none)'!r} (articles are "
                    f"{', '.join(TEXT_SUFFIXES + JSONL_SUFFIXES)})")))
    else:
        yield path


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
        if not root.exists():
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
            if path.suffix.lower() in JSONL_SUFFIXES:
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
