"""HTML pages, URLs, feeds and the metadata a text carries (graph/sources.py), with a real HTTP
server on 127.0.0.1."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from clirun import run_cli

from graph.articles import Article, ReadReport, read_articles
from graph.sources import (
    extract_html,
    read_inputs,
    split_front_matter,
    with_text_metadata,
)

PAGE = """<!DOCTYPE html><html><head><title>{title} | Example News</title>
<meta property="og:title" content="{title}">
<meta name="date" content="{date}"><meta name="author" content="Jane Roe">
<meta property="og:site_name" content="Example News">
<script>document.write("<b>injected</b>")</script><style>p {{ color: red }}</style></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>{title}</h1><p>{body}</p>
<p>Officials described the talks as constructive and said both delegations would continue
their work on the remaining questions in the coming weeks, according to a statement.</p></article>
<footer>Copyright Example News. All rights reserved.</footer></body></html>"""

ITEMS = [
    ("/news/1.html", "Naryshkin in Minsk", "2025-04-15", "Tue, 15 Apr 2025 10:00:00 GMT",
     "Sergei Naryshkin arrived in Minsk for talks with Alexander Lukashenko."),
    ("/news/2.html", "Talks in Cairo", "2025-03-04", "Tue, 04 Mar 2025 08:00:00 GMT",
     "Abdel Fattah el-Sisi met Antony Blinken in Cairo on Tuesday."),
    ("/news/3.html", "Accusations", "2025-05-01", "Thu, 01 May 2025 12:00:00 GMT",
     "The Belarusian Foreign Ministry accused Warsaw of provocations."),
]


def rss(base: str, items: list[tuple[str, str, str, str, str]]) -> str:
    entries = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link><pubDate>{pub}</pubDate>"
        f"<guid>{base}{path}</guid></item>" for path, title, _d, pub, _b in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Example Feed</title>'
            f"<link>{base}/</link><description>x</description>{entries}</channel></rss>")


class Site:
    """Pages served by a local HTTP server: path -> (status, content type, body)."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, str, bytes]] = {}
        self.hits: list[str] = []
        self.release = threading.Event()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.hits.append(self.path)
                if self.path == "/hang":
                    site.release.wait(60)  # never answers while a test waits for it
                    return
                if self.path == "/drip":  # answers, then sends a byte now and then, for ever
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.end_headers()
                    while not site.release.wait(0.3):
                        try:
                            self.wfile.write(b" ")
                            self.wfile.flush()
                        except OSError:
                            return
                    return
                status, ctype, body = site.pages.get(self.path, (404, "text/plain", b"nope"))
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        # a short poll: shutdown() returns within 20 ms instead of 0.5 s (nothing else changes)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True,
                                       kwargs={"poll_interval": 0.02})

    def add(self, path: str, body: str | bytes, ctype: str = "text/html; charset=utf-8",
            status: int = 200) -> str:
        self.pages[path] = (status, ctype, body.encode("utf-8") if isinstance(body, str) else body)
        return self.base + path


@pytest.fixture()
def site() -> Iterator[Site]:
    s = Site()
    s.thread.start()
    for path, title, date, _pub, body in ITEMS:
        s.add(path, PAGE.format(title=title, date=date, body=body))
    s.add("/feed.xml", rss(s.base, ITEMS), "application/rss+xml")
    try:
        yield s
    finally:
        s.release.set()
        s.server.shutdown()
        s.server.server_close()
        s.thread.join(timeout=10)


# --- HTML ---------------------------------------------------------------------------------------

def test_trafilatura_keeps_the_article_and_drops_the_rest() -> None:
    page = extract_html(PAGE.format(title="Naryshkin in Minsk", date="2025-04-15",
                                    body="Sergei Naryshkin arrived in Minsk."))
    assert page is not None
    assert "Sergei Naryshkin arrived in Minsk." in page.text
    for junk in ("Home", "Copyright", "injected", "color", "<"):
        assert junk not in page.text
    assert (page.title, page.date, page.author) == ("Naryshkin in Minsk", "2025-04-15", "Jane Roe")
    assert extract_html("<html><body><script>x()</script></body></html>") is None


def test_html_file_in_a_folder(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(
        PAGE.format(title="Talks", date="2025-03-04", body="CAIRO (AP) — Sisi met Blinken."),
        encoding="utf-8")
    report = ReadReport()
    (a,) = read_articles([tmp_path], report=report)
    assert (a.id, a.title, a.date, a.source, a.place) == ("page", "Talks", "2025-03-04",
                                                        "Example News", "Cairo")
    assert "Sisi met Blinken" in a.text and "Home" not in a.text
    assert not report.problems


# --- front matter and datelines --------------------------------------------------------------------

def test_front_matter_becomes_metadata_not_text() -> None:
    text = ("---\ntitle: Talks in Minsk\ndate: 2025-04-15\nurl: https://example.org/a\n"
            "source: Example News\ntags: [x, y]\n---\n\nSergei Naryshkin arrived in Minsk.\n")
    meta, body = split_front_matter(text)
    assert meta == {"title": "Talks in Minsk", "date": "2025-04-15",
                    "url": "https://example.org/a", "source": "Example News"}
    assert body == "Sergei Naryshkin arrived in Minsk.\n"
    # not front matter: left alone
    for other in ("No front matter.", "---\n- a list\n---\nx", "Text\n---\ntitle: x\n---\n"):
        assert split_front_matter(other) == ({}, other)
    # front matter by its shape that YAML cannot read: no metadata, and kept out of the text
    assert split_front_matter("---\n: [unclosed\n---\ntext") == ({}, "text")
    # a javascript: url is not a URL
    assert "url" not in split_front_matter("---\nurl: javascript:alert(1)\n---\nx")[0]


def test_dateline_gives_date_and_place() -> None:
    a = with_text_metadata(Article(id="a", text="CAIRO, March 4, 2025 - Sisi met Blinken."))
    assert (a.date, a.place) == ("2025-03-04", "Cairo")
    assert a.text == "CAIRO, March 4, 2025 - Sisi met Blinken."  # offsets stay valid
    b = with_text_metadata(Article(id="b", text="MOSCOW, April 13 (Reuters) - x", date="2025-04-14"))
    assert (b.date, b.place) == ("2025-04-14", "Moscow")  # the publication date stays
    c = with_text_metadata(Article(id="c", text="---\ndate: 2025-04-14\n---\nMOSCOW, April 13 "
                                                "(Reuters) - x"))
    assert (c.date, c.place, c.text) == ("2025-04-14", "Moscow", "MOSCOW, April 13 (Reuters) - x")
    d = with_text_metadata(Article(id="d", text="HANOI, Vietnam (AP) - x"))
    assert (d.date, d.place) == (None, "Hanoi, Vietnam")


def test_files_get_dates_from_dateline_front_matter_and_default(tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text("CAIRO, March 4, 2025 - Sisi met Blinken.", encoding="utf-8")
    (tmp_path / "post.md").write_text("---\ntitle: A post\ndate: 2024-11-02\n---\n# A post\n\n"
                                      "Merkel visited Paris.", encoding="utf-8")
    (tmp_path / "bare.txt").write_text("Merkel visited Paris.", encoding="utf-8")
    (tmp_path / "yearless.txt").write_text("MOSCOW, April 13 (Reuters) - Lavrov met Wang Yi.",
                                           encoding="utf-8")
    report = ReadReport()
    got = {a.id: a for a in read_inputs([tmp_path], report=report, default_date="2025-04-14")}
    assert got["wire"].date == "2025-03-04" and got["wire"].place == "Cairo"
    assert got["post"].date == "2024-11-02" and got["post"].title == "A post"
    assert got["post"].text.startswith("# A post") and "---" not in got["post"].text
    assert got["bare"].date == "2025-04-14"  # --date: only where none is carried
    assert got["yearless"].date == "2025-04-14" and got["yearless"].place == "Moscow"
    assert not report.problems


def test_json_lines_take_their_datelines_before_the_date_option(tmp_path: Path) -> None:
    lines = tmp_path / "wire.jsonl"
    lines.write_text('{"id": "j1", "text": "TOKYO, June 5, 2025 - Ishiba visited Seoul on Thursday."}\n'
                     '{"id": "j2", "date": "2025-06-01", "text": "TOKYO, June 5, 2025 - Ishiba met Lee."}\n'
                     '{"id": "j3", "text": "Ishiba visited Seoul."}\n', encoding="utf-8")
    got = {a.id: a for a in read_inputs([lines], report=ReadReport(), default_date="2025-01-01")}
    assert got["j1"].date == "2025-06-05" and got["j1"].place == "Tokyo"  # not --date (a new user's finding)
    assert got["j2"].date == "2025-06-01" and got["j2"].place == "Tokyo"  # the JSON date first
    assert got["j3"].date == "2025-01-01"


def test_a_front_matter_date_yaml_cannot_build_is_dropped_with_a_note_and_the_rest_kept(tmp_path: Path) -> None:
    (tmp_path / "bad.md").write_text("---\ntitle: Talks\ndate: 2025-02-30\n---\nSisi met Blinken.",
                                     encoding="utf-8")
    (tmp_path / "worse.md").write_text("---\ntitle: \"unterminated\n---\nLavrov met Wang Yi.", encoding="utf-8")
    (tmp_path / "good.txt").write_text("Merkel visited Paris.", encoding="utf-8")
    report = ReadReport()
    got = {a.id: a for a in read_inputs([tmp_path], report=report)}
    assert set(got) == {"bad", "worse", "good"} and not report.problems
    assert got["bad"].date is None and got["bad"].title == "Talks"
    assert any("2025-02-30" in n.reason for n in report.notes)
    assert got["worse"].text == "Lavrov met Wang Yi."  # unreadable front matter kept out of the text
    assert any(n.origin.endswith("worse.md") and "not readable as YAML" in n.reason for n in report.notes)


def test_front_matter_values_of_the_wrong_shape_are_dropped_each_with_a_note(tmp_path: Path) -> None:
    # a new user's finding: these were dropped silently
    (tmp_path / "odd.md").write_text("---\ntitle: [1, 2]\nurl: 42\ndate: March 4th\nsource: {a: b}\n"
                                     "---\nSisi met Blinken in Cairo.", encoding="utf-8")
    report = ReadReport()
    (article,) = read_inputs([tmp_path], report=report)
    assert (article.title, article.url, article.date, article.source) == (None, None, None, None)
    assert article.text == "Sisi met Blinken in Cairo." and not report.problems
    reasons = sorted(n.reason for n in report.notes)
    assert len(reasons) == 4 and all(r.startswith("dropped front matter ") for r in reasons)
    assert [r.split()[3] for r in reasons] == ["date", "source", "title", "url"]
    assert "not a string but a list" in reasons[2] and "not an http(s) URL" in reasons[3]
    meta, _ = split_front_matter("---\ntitle: Talks\ndate: 2025-03-04\n---\nx", dropped=(seen := []))
    assert meta == {"title": "Talks", "date": "2025-03-04"} and seen == []


# --- URLs and feeds ------------------------------------------------------------------------------

def test_urls_are_fetched_and_failures_are_one_line_each(site: Site) -> None:
    big = site.add("/big.html", b"<html>" + b"x" * 6_000_000 + b"</html>")
    report = ReadReport()
    urls = [site.base + "/news/1.html", site.base + "/missing.html", big,
            "http://127.0.0.1:9/refused.html", site.base + "/news/1.html"]
    got = list(read_inputs(urls, report=report))
    assert [a.id for a in got] == [site.base + "/news/1.html"]
    (a,) = got
    assert (a.title, a.date, a.url, a.source) == ("Naryshkin in Minsk", "2025-04-15", a.id,
                                                  "Example News")
    assert "Sergei Naryshkin arrived in Minsk" in a.text
    reasons = {p.origin: p.reason for p in report.problems}
    assert reasons[site.base + "/missing.html"] == "HTTP 404 Not Found"
    assert reasons[big].startswith("too large")
    assert reasons["http://127.0.0.1:9/refused.html"].startswith("cannot fetch")
    assert any("duplicate id" in p.reason for p in report.problems)
    assert all("\n" not in p.reason for p in report.problems)


def test_a_url_that_never_answers_times_out(site: Site) -> None:
    report = ReadReport()
    assert list(read_inputs([site.base + "/hang"], report=report, timeout=1.0)) == []
    (problem,) = report.problems
    assert problem.reason.startswith("timed out")


@pytest.mark.slow
def test_a_url_that_drips_forever_times_out_as_a_whole(site: Site) -> None:
    report = ReadReport()
    assert list(read_inputs([site.base + "/drip"], report=report, timeout=1.0)) == []
    (problem,) = report.problems
    assert problem.reason.startswith("timed out (still downloading")


def test_feed_newest_first_then_only_new_items(site: Site) -> None:
    report = ReadReport()
    got = list(read_inputs([], feeds=[site.base + "/feed.xml"], report=report))
    assert [a.title for a in got] == ["Accusations", "Naryshkin in Minsk", "Talks in Cairo"]
    assert [a.date for a in got] == ["2025-05-01", "2025-04-15", "2025-03-04"]
    assert {a.source for a in got} == {"Example Feed"}
    assert not report.problems
    site.hits.clear()
    known = frozenset(a.url for a in got[:2] if a.url)
    again = list(read_inputs([], feeds=[site.base + "/feed.xml"], report=ReadReport(),
                             known_urls=known))
    assert [a.title for a in again] == ["Talks in Cairo"]
    assert site.hits == ["/feed.xml", "/news/2.html"]  # known links are not fetched


def test_bad_feeds_are_problems(site: Site) -> None:
    site.add("/notafeed.xml", "just text", "text/plain")
    report = ReadReport()
    assert list(read_inputs([], feeds=[site.base + "/notafeed.xml", site.base + "/gone.xml"],
                            report=report)) == []
    reasons = [p.reason for p in report.problems]
    assert len(reasons) == 2 and reasons[1] == "HTTP 404 Not Found"


# --- builds ------------------------------------------------------------------------------------------

def article_dates(graph_file: Path) -> dict[str, str]:
    from rdflib import Graph
    from rdflib.namespace import DCTERMS

    g = Graph().parse(graph_file)
    return {str(g.value(a, DCTERMS.identifier)): str(d) for a, d in g.subject_objects(DCTERMS.date)}


def test_build_dates_from_dateline_front_matter_and_date_option(tmp_path: Path) -> None:
    from graph.pipeline import build_graph, write_outputs

    src = tmp_path / "in"
    src.mkdir()
    (src / "wire.txt").write_text("CAIRO, March 4, 2025 - Abdel Fattah el-Sisi met Antony Blinken "
                                  "in Cairo.", encoding="utf-8")
    (src / "post.md").write_text("---\ntitle: Talks\ndate: 2024-11-02\nsource: Example\n---\n"
                                 "Angela Merkel visited Paris.", encoding="utf-8")
    (src / "bare.txt").write_text("Emmanuel Macron visited Berlin.", encoding="utf-8")
    result = build_graph([src], default_date="2025-06-01")
    write_outputs(result, tmp_path / "out")
    dates = article_dates(tmp_path / "out" / "graph.ttl")
    assert dates == {"wire": "2025-03-04", "post": "2024-11-02", "bare": "2025-06-01"}
    ttl = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "<https://sws.geonames.org/360630/>" in ttl  # Cairo, the dateline's place
    assert "---" not in ttl and '"Talks"' in ttl


def test_feed_builds_three_articles_and_again_with_store_adds_none(site: Site,
                                                                   tmp_path: Path) -> None:
    import subprocess

    root = Path(__file__).resolve().parent.parent
    store, out = tmp_path / "store", tmp_path / "out"

    def build() -> subprocess.CompletedProcess[str]:
        return run_cli("build", "--feed", site.base + "/feed.xml", "--store", str(store), "--out",
                       str(out), cwd=root)

    first = build()
    assert first.returncode == 0, first.stderr
    assert "3 article(s) added or replaced" in first.stderr
    assert len(article_dates(out / "graph.ttl")) == 3
    site.hits.clear()
    again = build()
    assert again.returncode == 0, again.stderr
    assert "0 article(s) added or replaced" in again.stderr
    assert site.hits == ["/feed.xml"]  # no item page fetched again
    assert len(article_dates(out / "graph.ttl")) == 3


@pytest.mark.parametrize(("place", "geonameid"), [
    ("Minsk", 625144),
    ("Hanoi, Vietnam", 1581130),
    ("Kinshasa, Congo", 2314302),      # the DR Congo is also called Congo
    ("Brazzaville, Congo", 2260535),
    ("Austin, Texas", 4671654),       # a US state names the country
    ("Paris, Texas", None),           # a town the table lacks: not Paris, France
])
def test_dateline_places_link_to_the_city_of_the_named_country_or_state(place: str, geonameid: int | None) -> None:
    from graph.sources import place_geonames

    assert place_geonames(place) == (f"https://sws.geonames.org/{geonameid}/" if geonameid else None)
