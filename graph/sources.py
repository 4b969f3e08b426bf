"""Where articles come from besides text files: HTML pages, ``http(s)://`` URLs, RSS/Atom feeds,
and the metadata a text carries itself (Markdown front matter, a dateline).

- HTML (a ``.html``/``.htm`` file or a fetched page) is read with trafilatura: the main text
  without navigation, scripts or boilerplate, and its title, date, author and site name.
- URLs and feeds are fetched with httpx: ``timeout`` seconds per request (connect and read),
  redirects followed, bodies over :data:`MAX_FETCH_BYTES` refused while downloading, only the
  ``http`` and ``https`` schemes. Feeds are parsed by feedparser (RSS 0.9x-2.0, RSS 1.0, Atom),
  newest item first; each item's page is fetched and read as HTML.
- A ``.txt``/``.md`` text that opens with YAML front matter (``---`` lines) gets its ``title``,
  ``date``, ``url`` and ``source`` from it, and the front matter is removed from the text; a
  text that opens with a dateline (see :mod:`graph.dateline`) gets the dateline's date (when it
  has none) and place.

Every failure is one :class:`~graph.articles.Problem` with a one-line reason; nothing raises
past :func:`read_inputs` except a missing local path (``InputError``).
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graph.articles import Article, Problem, ReadReport, clean_article, read_articles, shown_value
from graph.dateline import parse_dateline
from graph.errors import InputError

if TYPE_CHECKING:
    import httpx

__all__ = [
    "HTML_SUFFIXES",
    "MAX_FETCH_BYTES",
    "Page",
    "extract_html",
    "feed_articles",
    "fetch_article",
    "html_article",
    "is_url",
    "place_geonames",
    "read_inputs",
    "split_front_matter",
    "stored_urls",
    "with_text_metadata",
]

HTML_SUFFIXES = (".html", ".htm")
#: Largest HTTP body accepted (a page with its markup, or a feed), in bytes.
MAX_FETCH_BYTES = 5_000_000
#: Seconds to wait for each HTTP request (connect, and each read).
DEFAULT_TIMEOUT = 20.0
_USER_AGENT = "newsgraph (+https://w3id.org/newsgraph)"
_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_ISO_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4})(?:$|[T ])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Page:
    """What trafilatura reads from an HTML page: main ``text`` (paragraphs separated by blank
    lines) and, where the page gives them, ``title``, ``date`` (ISO ``YYYY-MM-DD``),
    ``author`` and ``sitename``."""

    text: str
    title: str | None = None
    date: str | None = None
    author: str | None = None
    sitename: str | None = None


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = _CONTROL.sub("", re.sub(r"\s+", " ", str(value))).strip()
    return text or None


def iso_date(value: Any) -> str | None:
    """``value`` (a string, a date or datetime) as ISO ``YYYY[-MM[-DD]]``, or ``None``."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if value is None:
        return None
    text = str(value).strip()
    match = _ISO_PREFIX.match(text)
    if match:
        return match.group(1)
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text).date().isoformat()  # RFC 2822 (RSS pubDate)
    except (TypeError, ValueError, IndexError):
        return None


def extract_html(html: str | bytes, *, url: str | None = None) -> Page | None:
    """The main text and metadata of an HTML page (trafilatura, recall favoured), or ``None``
    when the page holds no readable text."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, favor_recall=True,
                                      include_comments=False, include_tables=False)
    if doc is not None and not isinstance(doc, dict):
        doc = doc.as_dict()  # a trafilatura Document
    if not isinstance(doc, dict) or not str(doc.get("text") or "").strip():
        return None
    paragraphs = [_CONTROL.sub("", line).strip() for line in str(doc["text"]).splitlines()]
    return Page(
        text="\n\n".join(p for p in paragraphs if p),
        title=_clean(doc.get("title")),
        date=iso_date(doc.get("date")),
        author=_clean(doc.get("author")),
        sitename=_clean(doc.get("sitename")),
    )


def html_article(article_id: str, html: str | bytes, *, origin: str, url: str | None = None,
                 notes: list[Problem] | None = None) -> Article:
    """An article from an HTML page (see :func:`extract_html`); its title, date and site name
    become metadata; a dateline opening the text gives its place (see
    :func:`with_text_metadata`).

    Raises:
        InputError: the page holds no readable text.
    """
    page = extract_html(html, url=url)
    if page is None:
        raise InputError(f"{origin}: HTML page without readable text")
    del notes  # (kept for the signature of the readers; reading HTML here is no conversion)
    text = page.text
    head, _, rest = text.partition("\n\n")
    if page.title and head == page.title and rest.strip():
        text = rest  # the headline is the title (metadata), not the article's first paragraph
    article = Article(id=article_id, text=text, date=page.date, title=page.title, url=url,
                      source=page.sitename, origin=origin)
    return with_text_metadata(article, front_matter=False)


# --- metadata in the text --------------------------------------------------------------------------

def split_front_matter(text: str, *, dropped: list[str] | None = None) -> tuple[dict[str, str], str]:
    """``(metadata, body)`` of a text opening with YAML front matter between ``---`` lines:
    the string values of ``title``, ``date`` (as ISO), ``url`` and ``source`` (or ``author``/
    ``publisher`` for the source when it has none), and the text after the front matter.
    A text without front matter, or with front matter that is not a YAML mapping, is returned
    whole with no metadata. A value of the wrong shape (a list or mapping, a date that is no
    date, a URL that is no http(s) URL) is left out, and why is appended to ``dropped``
    ("title [1, 2]: not a string but a list")."""
    match = _FRONT.match(text)
    if match is None:
        return {}, text
    import yaml

    notes: list[str] = dropped if dropped is not None else []
    body = text[match.end():].lstrip("\r\n")
    try:
        # every scalar as its string: a date YAML cannot construct ("2025-02-30") is checked,
        # and dropped with a note, like any other bad date, and never aborts the build
        data = yaml.load(match.group(1), Loader=yaml.BaseLoader)  # BaseLoader builds no objects
    except yaml.YAMLError:
        notes.append("as a whole: not readable as YAML")
        return {}, body  # front matter by its shape, unreadable: kept out of the text
    if not isinstance(data, dict):
        return {}, text
    meta: dict[str, str] = {}
    for key in ("title", "url", "source", "date"):
        value = data.get(key)
        if isinstance(value, (dict, list)):
            shape = "list" if isinstance(value, list) else "mapping"
            notes.append(f"{key} {shown_value(value)}: not a string but a {shape}")
        elif key == "date":
            date = iso_date(value)
            if date:
                meta["date"] = date
            elif isinstance(value, str) and value.strip():
                notes.append(f"date {shown_value(value)}: not a date (YYYY-MM-DD or an e-mail style date)")
        elif cleaned := _clean(value):
            meta[key] = cleaned
    if "source" not in meta:
        for key in ("publisher", "author"):
            value = data.get(key)
            if isinstance(value, str) and _clean(value):
                meta["source"] = _clean(value)  # type: ignore[assignment]
                break
    if "url" in meta and not is_url(meta["url"]):
        notes.append(f"url {shown_value(meta['url'])}: not an http(s) URL")
        del meta["url"]
    return meta, body



def with_text_metadata(article: Article, *, front_matter: bool = True,
                       dropped: list[str] | None = None) -> Article:
    """``article`` with the metadata its text carries: front matter (``title``, ``date``,
    ``url``, ``source``; removed from the text) fills fields the article lacks, then a dateline
    opening the text gives the date (when still none; the year from the front matter's date
    when the dateline has none) and the place (``Article.place``, as written: "Cairo", "Hanoi,
    Vietnam"). The text is otherwise unchanged, so offsets still point into it. Front-matter
    values of the wrong shape are left out and listed in ``dropped`` (see
    :func:`split_front_matter`)."""
    changes: dict[str, Any] = {}
    text = article.text
    if front_matter:
        meta, body = split_front_matter(text, dropped=dropped)
        if meta or body != text:
            changes["text"] = text = body
            for key in ("title", "date", "url", "source"):
                if meta.get(key) and not getattr(article, key):
                    changes[key] = meta[key]
    date = changes.get("date", article.date)
    dateline = parse_dateline(text, published=date)
    if dateline is not None:
        if not date and dateline.date:
            changes["date"] = dateline.date
        if not getattr(article, "place", None):
            changes["place"] = dateline.place + (f", {dateline.region}" if dateline.region else "")
    return replace(article, **changes) if changes else article


def place_geonames(place: str) -> str | None:
    """The GeoNames IRI (``https://sws.geonames.org/ID/``) of a dateline place ("Minsk",
    "Hanoi, Vietnam", "New York, N.Y."): the city of that name (in the named country or state,
    when one is named: "Kinshasa, Congo" is the DR Congo's, "Paris, Texas" no French one), else
    the country of that name; ``None`` when neither is known. Uses the entity
    resolver's GeoNames and ISO 3166 tables (:mod:`graph.entities.places`)."""
    from graph.entities.places import find_city, find_country, find_region

    name, _, region = (part.strip() for part in place.partition(","))
    country = find_country(region) if region else None
    state = find_region(region) if region and country is None else None  # "Paris, Texas"
    wanted = country.alpha_2 if country else state.country_code if state else None
    city = find_city(name, countries=frozenset({wanted}) if wanted else frozenset())
    if city is not None and (wanted is None or city.country_code == wanted
                             or (country is not None and _also_named(city.country_code, region))):
        return f"https://sws.geonames.org/{city.geonameid}/"
    if state is not None:
        return None  # a town of that state GeoNames' table lacks: not the namesake abroad
    whole = find_country(name)
    if whole is not None and whole.geonameid:
        return f"https://sws.geonames.org/{whole.geonameid}/"
    return None


def _also_named(code: str, region: str) -> bool:
    """Whether the country of ISO code ``code`` is also called ``region`` in its names
    (pycountry's name, official and common names): "Kinshasa, Congo" is the Kinshasa of
    "Congo, The Democratic Republic of the", though a bare "Congo" is the Republic of the Congo."""
    import pycountry

    from graph.entities.names import fold

    entry = pycountry.countries.get(alpha_2=code)
    if entry is None or not region:
        return False
    wanted = fold(region)
    names = (getattr(entry, k, "") for k in ("name", "official_name", "common_name"))
    return any(re.search(rf"\b{re.escape(wanted)}\b", fold(n)) for n in names if n)


# --- URLs and feeds ----------------------------------------------------------------------------------

def is_url(value: str | Path) -> bool:
    """Whether ``value`` is an ``http://`` or ``https://`` URL."""
    return isinstance(value, str) and re.match(r"^https?://[^\s/]+", value, re.IGNORECASE) is not None


def _client(timeout: float) -> httpx.Client:
    import httpx

    return httpx.Client(timeout=httpx.Timeout(timeout), follow_redirects=True, max_redirects=5,
                        headers={"User-Agent": _USER_AGENT})


def _get(client: httpx.Client, url: str, *, limit: int = MAX_FETCH_BYTES) -> tuple[bytes, str]:
    """The body and content type of ``url``: the body decompressed, at most ``limit`` bytes,
    downloaded within three times the client's read timeout.

    Raises:
        InputError: a one-line reason: not http(s), HTTP error status, timeout, unreachable,
            body over ``limit`` bytes.
    """
    import httpx

    if not is_url(url):
        raise InputError(f"{url}: not an http(s) URL")
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise InputError(f"{url}: HTTP {response.status_code} {response.reason_phrase}")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise InputError(f"{url}: too large ({int(declared):,} bytes; the limit is {limit:,})")
            chunks, size = [], 0
            deadline = time.monotonic() + 3 * (client.timeout.read or DEFAULT_TIMEOUT)
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise InputError(f"{url}: too large (over {limit:,} bytes)")
                if time.monotonic() > deadline:  # a server dripping bytes never times out a read
                    raise InputError(f"{url}: timed out (still downloading after "
                                     f"{3 * (client.timeout.read or DEFAULT_TIMEOUT):g} s)")
                chunks.append(chunk)
            return b"".join(chunks), response.headers.get("content-type", "")
    except httpx.TimeoutException:
        raise InputError(f"{url}: timed out (no answer within {client.timeout.read} s)") from None
    except httpx.TooManyRedirects:
        raise InputError(f"{url}: too many redirects") from None
    except httpx.HTTPError as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{url}: cannot fetch ({reason})") from None


def fetch_article(url: str, *, client: httpx.Client, title: str | None = None,
                  date: str | None = None, source: str | None = None,
                  notes: list[Problem] | None = None) -> Article:
    """The article at ``url`` (an HTML page read with trafilatura, or plain text), its id and
    ``url`` the URL itself; ``title``, ``date``, ``source`` (e.g. from a feed item) win over
    what the page says.

    Raises:
        InputError: the URL cannot be fetched (see :func:`_get`), or holds no readable text.
    """
    body, content_type = _get(client, url)
    if "text/plain" in content_type or "text/markdown" in content_type:
        from graph.articles import _decode

        article = with_text_metadata(Article(id=url, text=_decode(body, url), url=url, origin=url))
    else:
        article = html_article(url, body, origin=url, url=url)
    changes = {k: v for k, v in (("title", title), ("date", date), ("source", source)) if v}
    if changes.get("date"):
        article = with_text_metadata(replace(article, date=changes["date"]), front_matter=False)
    return replace(article, **changes) if changes else article


def feed_articles(url: str, *, client: httpx.Client, known: frozenset[str] = frozenset(),
                  report: ReadReport) -> Iterator[Article]:
    """The articles of the RSS/Atom feed at ``url``, newest first (items without a date last),
    each item's page fetched and read; items whose link is in ``known`` (already in the store)
    are not fetched. Failures (the feed itself, or an item) are added to ``report.problems``,
    one line each; a summary goes to ``report.notes``."""
    import feedparser

    try:
        body, _ = _get(client, url)
    except InputError as exc:
        report.problems.append(Problem(url, str(exc).split(": ", 1)[-1]))
        return
    feed = feedparser.parse(body)
    if not feed.entries:
        reason = f"not an RSS/Atom feed ({feed.get('bozo_exception')})" if feed.get("bozo") else \
            "a feed without items"
        report.problems.append(Problem(url, reason.splitlines()[0]))
        return
    source = _clean(feed.feed.get("title"))

    def when(entry: Any) -> tuple[int, ...]:
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        return tuple(stamp[:6]) if stamp else ()

    entries = sorted(feed.entries, key=when, reverse=True)
    fresh = 0
    for entry in entries:
        link = entry.get("link")
        if not link or not is_url(link):
            report.problems.append(Problem(url, f"item {_clean(entry.get('title'))!r} has no "
                                                "http(s) link"))
            continue
        if link in known:
            continue
        stamp = when(entry)
        date = dt.date(*stamp[:3]).isoformat() if stamp else None
        try:
            article = fetch_article(link, client=client, title=_clean(entry.get("title")),
                                    date=date, source=source)
        except InputError as exc:
            report.problems.append(Problem(link, str(exc).split(": ", 1)[-1]))
            continue
        fresh += 1
        yield article
    report.notes.append(Problem(url, f"feed: {len(entries)} item(s), {len(entries) - fresh} "
                                     "already in the store or failed"
                                if known else f"feed: {len(entries)} item(s)"))


def stored_urls(store: Any) -> frozenset[str]:
    """The ``schema:url`` of every article in an Oxigraph store (a ``pyoxigraph.Store``)."""
    query = ("PREFIX schema: <https://schema.org/> SELECT DISTINCT ?u WHERE { GRAPH ?g { "
             "?a a <https://w3id.org/newsgraph/ontology#Article> ; schema:url ?u } }")
    return frozenset(str(row["u"].value) for row in store.query(query))


def read_inputs(
    paths: Sequence[str | Path], *, report: ReadReport, feeds: Iterable[str] = (),
    default_date: str | None = None, known_urls: frozenset[str] = frozenset(),
    timeout: float = DEFAULT_TIMEOUT,
) -> Iterator[Article]:
    """Every article of ``paths`` (files and folders as :func:`graph.articles.read_articles`
    reads them, then ``http(s)://`` URLs among them, in order) and of ``feeds`` (RSS/Atom URLs,
    newest item first; links in ``known_urls`` skipped). ``default_date`` (``YYYY-MM-DD``) is
    the publication date of articles that carry none. A URL that fails is one problem in
    ``report``; an article id (a URL) read twice is kept once.

    Raises:
        InputError: a local path is missing or of an unsupported type (before anything is read).
    """
    files = [p for p in paths if not is_url(str(p))]
    urls = [str(p) for p in paths if is_url(str(p))]
    feeds = list(feeds)
    seen: set[str] = set()

    def finish(article: Article) -> Article | None:
        article = clean_article(article, report.notes)  # fetched text is untrusted too
        if article.id in seen:
            report.problems.append(Problem(article.origin, f"duplicate id {article.id!r}; kept "
                                                           "the first"))
            return None
        seen.add(article.id)
        if article.place is None:
            # a JSON line's text may open with a dateline too: its date (when the line gives
            # none) and place come before --date, as for files
            article = with_text_metadata(article, front_matter=False)
        if default_date and not article.date:
            article = with_text_metadata(replace(article, date=default_date), front_matter=False)
        return article

    if files:
        for article in read_articles(files, report=report):
            if (done := finish(article)) is not None:
                yield done
    if not urls and not feeds:
        return
    with _client(timeout) as client:
        for url in urls:
            try:
                article = fetch_article(url, client=client)
            except InputError as exc:
                report.problems.append(Problem(url, str(exc).split(": ", 1)[-1]))
                continue
            if (done := finish(article)) is not None:
                yield done
        for feed in feeds:
            for article in feed_articles(feed, client=client, known=known_urls, report=report):
                if (done := finish(article)) is not None:
                    yield done
