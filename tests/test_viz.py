"""The HTML page: built from real graphs, opened in real headless Chromium."""

from __future__ import annotations

import json
import math
import re
from datetime import date
from pathlib import Path

import pytest
from browser import probe, screenshot
from netdata import Ev, make_graph, synthetic_events
from PIL import Image

from graph.errors import AnalysisError
from graph.load import load_graph
from graph.network import project
from graph.pipeline import build_graph
from graph.viz import PHYSICS_LIMIT, RELATION_COLOURS, TYPE_STYLE, render, script_json, write_html

PAYLOAD_IMG = '<img src=x onerror="window.__pwned=1;document.title=\'PWNED\'">'
PAYLOAD_SCRIPT = "</script><script>window.__pwned=1;document.title='PWNED'</script>"
PAYLOAD_LINK = '<a href="javascript:window.__pwned=1">click</a>'


@pytest.fixture(scope="module")
def seeds_page(seeds_out: Path) -> Path:
    return seeds_out / "graph.html"


def test_seeds_page_draws_the_expected_nodes(seeds_page: Path, seeds_out: Path) -> None:
    net = project(load_graph(seeds_out / "graph.ttl"))
    result = probe(seeds_page)
    assert result["draws"] >= 1
    assert sorted(result["drawn"]) == sorted(net.nodes)
    for name in ("Naryshkin", "Lukashenko", "Minsk", "Sevastopol", "SVR", "KGB", "Warsaw"):
        named = [n for n, d in net.nodes(data=True)
                 if any(name in x for x in (d["label"], *d["alt_labels"]))]
        assert named and set(named) <= set(result["drawn"]), name
    assert set(result["edges"]) == set(RELATION_COLOURS)
    assert not result["pwned"]


def test_seeds_screenshot_is_not_blank(seeds_page: Path, tmp_path: Path) -> None:
    png = screenshot(seeds_page, tmp_path / "seeds.png")
    img = Image.open(png).convert("RGB")
    assert img.size == (1280, 900)
    colours = {colour: count for count, colour in img.getcolors(img.width * img.height)}
    assert len(colours) > 50
    total = img.width * img.height
    white = colours.get((255, 255, 255), 0) + colours.get((250, 250, 250), 0)
    assert total - white > 0.02 * total
    person = tuple(int(TYPE_STYLE["person"][0][i:i + 2], 16) for i in (1, 3, 5))
    assert colours.get(person, 0) > 500  # drawn person nodes: many pixels of that exact colour


def test_legend_check_boxes_filter_relations_and_types(seeds_page: Path) -> None:
    untick = """<script>
      document.querySelector('#ng-legend input[value="visited"]').click();
      document.querySelector('#ng-legend input[value="organisation"]').click();
      var search = document.getElementById("ng-search");
      search.value = "lukashenko";
      search.dispatchEvent(new Event("change"));
      var luka = network.getSelectedNodes()[0];
      network.body.emitter.emit("click", {nodes: [luka], edges: []});
      window.__probeExtra = {selected: network.getSelectedNodes().map(function (id) {
        return nodes.get(id).label; }), found: document.getElementById("ng-found").textContent,
        clear: nodes.get({filter: function (n) { return n.opacity === 1; }}).map(function (n) {
          return n.label; }),
        faded: nodes.get({filter: function (n) { return n.opacity < 1; }}).length,
        total: nodes.length};
    </script>"""
    result = probe(seeds_page, extra_script=untick)
    assert "visited" not in result["edges"]
    assert "met" in result["edges"]
    assert "agreed" not in result["edges"]  # the SVR and the KGB are organisations
    drawn = " | ".join(result["labels"])
    assert "Lukashenko" in drawn and "Warsaw" in drawn
    assert "Foreign Ministry" not in drawn  # an organisation
    assert result["extra"]["found"] == "1 found"
    assert ["Lukashenko" in label for label in result["extra"]["selected"]] == [True]
    # clicking Lukashenko leaves him and Naryshkin (met) clear, fades the rest
    clear = sorted(result["extra"]["clear"])
    assert len(clear) == 2 and any("Lukashenko" in c for c in clear)
    assert any("Naryshkin" in c for c in clear)
    assert result["extra"]["faded"] == result["extra"]["total"] - 2


def hostile_graph() -> Path:
    events = [
        Ev("Ivan " + PAYLOAD_IMG, "met", "Boris " + PAYLOAD_SCRIPT, "They met. " + PAYLOAD_SCRIPT,
           "2024-05-03", article="evil"),
        Ev("Ivan " + PAYLOAD_IMG, "accused", PAYLOAD_LINK + " Corp", "He accused " + PAYLOAD_LINK,
           "2024-05-04", article="evil", object_type="organisation"),
        Ev("Boris " + PAYLOAD_SCRIPT, "visited", "Minsk", "Boris visited Minsk " + PAYLOAD_IMG,
           "2024-05-05", article="evil", object_type="city"),
    ]
    return make_graph(events, titles={"evil": "Title " + PAYLOAD_SCRIPT + PAYLOAD_IMG})


def test_untrusted_names_and_sentences_run_no_script(tmp_path: Path) -> None:
    page = write_html(hostile_graph(), tmp_path / "hostile.html",
                      title="Graph " + PAYLOAD_SCRIPT, actor="Ivan", depth=2)
    html = page.read_text(encoding="utf-8")
    assert "popup.innerHTML" not in html  # pyvis's tooltip_link template never used
    assert "window.__pwned=1" in html  # the payload is on the page ... as inert data
    assert PAYLOAD_SCRIPT not in html and PAYLOAD_IMG not in html
    assert "\\u003c/script\\u003e" in html  # escaped inside the <script> JSON
    # hover the first node so vis-network builds its tooltip, and report what it contains
    hover = """<script>
      function tipAt(x, y, then) {
        var canvas = document.querySelector("#mynetwork canvas");
        var r = canvas.getBoundingClientRect();
        canvas.dispatchEvent(new MouseEvent("mousemove", {bubbles: true,
          clientX: r.left + x, clientY: r.top + y}));
        setTimeout(function () {
          var tip = document.querySelector(".vis-tooltip");
          then(tip && tip.style.visibility !== "hidden"
               ? {text: tip.innerText, elements: tip.querySelectorAll(":not(br)").length} : null);
        }, 800);
      }
      setTimeout(function () {
        var ivan = nodes.get({filter: function (n) { return n.label.indexOf("Ivan") === 0; }})[0].id;
        var boris = nodes.get({filter: function (n) { return n.label.indexOf("Boris") === 0; }})[0].id;
        var met = edges.get({filter: function (e) {
          return (e.from === ivan && e.to === boris) || (e.from === boris && e.to === ivan); }})[0];
        var a = network.canvasToDOM(network.getPositions([ivan])[ivan]);
        var mid = network.canvasToDOM(network.body.edges[met.id].edgeType.getPoint(0.5));
        tipAt(a.x, a.y, function (nodeTip) {
          tipAt(mid.x, mid.y, function (edgeTip) {
            window.__probeExtra = {node: nodeTip, edge: edgeTip};
            network.redraw();
          });
        });
      }, 1000);
    </script>"""
    result = probe(page, extra_script=hover, budget_ms=10000)
    assert not result["pwned"]
    assert result["title"] == "Graph " + PAYLOAD_SCRIPT  # shown as text, not run
    assert "<img" not in result["dom"] and "<a " not in result["dom"]  # no element was made

    def short(label: str) -> str:
        return label if len(label) <= 40 else label[:39] + "…"

    names = ["Ivan " + PAYLOAD_IMG, "Boris " + PAYLOAD_SCRIPT, PAYLOAD_LINK + " Corp", "Minsk"]
    assert sorted(result["labels"]) == sorted(map(short, names))
    node_tip, edge_tip = result["extra"]["node"], result["extra"]["edge"]
    assert node_tip is not None and edge_tip is not None, "a tooltip did not open"
    assert node_tip["text"].startswith("Ivan " + PAYLOAD_IMG)  # shown as text ...
    assert "They met. " + PAYLOAD_SCRIPT in edge_tip["text"]  # the quoting sentence
    assert "Title " + PAYLOAD_SCRIPT in edge_tip["text"]  # its source
    assert node_tip["elements"] == edge_tip["elements"] == 0  # ... and made no element (but <br>)


@pytest.mark.slow
def test_crafted_article_through_the_pipeline_runs_no_script(tmp_path: Path) -> None:
    article = {
        "id": "evil", "date": "2024-05-04", "title": "Evil " + PAYLOAD_SCRIPT,
        "text": "On 4 May 2024, Ivan Petrov visited Minsk" + PAYLOAD_IMG + " for talks with "
                "officials. On 5 May 2024, Vladimir Putin met Alexander Lukashenko</script> in Minsk.",
    }
    src = tmp_path / "evil.jsonl"
    src.write_text(json.dumps(article) + "\n", encoding="utf-8")
    result = build_graph([src])
    page = write_html(result.dataset, tmp_path / "evil.html")
    html = page.read_text(encoding="utf-8")
    assert "window.__pwned=1" in html  # the sentence made it onto the page
    seen = probe(page)
    assert not seen["pwned"] and "PWNED" not in seen["title"]
    assert any("Petrov" in label for label in seen["labels"])


@pytest.mark.slow
def test_big_graph_is_laid_out_in_python_and_draws(tmp_path: Path) -> None:
    graph = make_graph(synthetic_events(PHYSICS_LIMIT + 200, seed=3))
    page = render(graph)
    assert page.nodes > PHYSICS_LIMIT
    nodes = json.loads(re.search(r"nodes = new vis\.DataSet\((.*?)\);\n", page.html).group(1))
    assert all("x" in n and "y" in n for n in nodes)
    assert '"physics": {"enabled": false' in page.html
    path = tmp_path / "big.html"
    path.write_text(page.html, encoding="utf-8")
    result = probe(path)
    assert len(result["drawn"]) == page.nodes


def test_max_nodes_keeps_the_most_connected_and_says_what_was_left_out() -> None:
    graph = make_graph(synthetic_events(120, seed=1))
    net = project(graph)
    page = render(graph, max_nodes=20)
    assert page.nodes == 20 and page.left_out_nodes == net.number_of_nodes() - 20
    assert page.left_out_edges > 0
    assert any("left out" in note for note in page.notes)
    assert f"{page.left_out_nodes} entities and" in page.html
    degrees = sorted((d for _n, d in net.to_undirected().degree()), reverse=True)
    kept = json.loads(re.search(r"nodes = new vis\.DataSet\((.*?)\);\n", page.html).group(1))
    assert max(n["size"] for n in kept) > min(n["size"] for n in kept)  # size by centrality
    assert degrees[0] >= 5


def test_time_window_and_ego_network() -> None:
    events = [
        Ev("Anna", "met", "Boris", "Anna met Boris.", "2023-01-10"),
        Ev("Boris", "met", "Carl", "Boris met Carl.", "2024-02-10"),
        Ev("Carl", "visited", "Oslo", "Carl visited Oslo.", "2024-03-10", object_type="city"),
        Ev("Dora", "accused", "Carl", "Dora accused Carl.", ""),
    ]
    graph = make_graph(events)
    page = render(graph, since="2024-01", until="2024-12-31")
    assert (page.nodes, page.edges) == (3, 2)  # Boris, Carl, Oslo
    assert "1 undated mention(s) left out" in page.html
    ego = render(graph, actor="anna", depth=2)
    assert ego.nodes == 3 and "Ego network of Anna, depth 2" in ego.html
    with pytest.raises(AnalysisError, match="no actor"):
        render(graph, actor="Zed")
    # a low-ranked centre survives --max-nodes
    star = make_graph([Ev("Hub", "met", name, f"Hub met {name}.") for name in
                       ("Zed", "Amy", "Ben", "Cy", "Di")] + [Ev("Amy", "met", "Ben", "Amy met Ben.")])
    small = render(star, actor="Zed", depth=2, max_nodes=2)
    kept = json.loads(re.search(r"nodes = new vis\.DataSet\((.*?)\);\n", small.html).group(1))
    assert sorted(n["label"] for n in kept) == ["Hub", "Zed"]
    with pytest.raises(AnalysisError, match="bad date"):
        render(graph, since="2024-13")


def test_page_is_offline_and_legend_lists_what_is_drawn(seeds_page: Path) -> None:
    html = seeds_page.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link)[^>]+(src|href)=\"https?:", html)
    legend = html[html.index('id="ng-legend"'):]
    legend = legend[: legend.index("</div>")]
    for relation in RELATION_COLOURS:
        assert f'value="{relation}"' in legend
    assert 'value="person"' in legend and "visited →" in legend and "met →" not in legend


def test_script_json_escapes_markup() -> None:
    text = script_json({"a": "</script><b>&"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"a": "</script><b>&"}


def test_viz_command_writes_the_page_and_says_what_was_left_out(
    seeds_out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from graph.cli import main

    ttl, out = str(seeds_out / "graph.ttl"), tmp_path / "ego.html"
    assert main(["viz", ttl, "--out", str(out), "--actor", "Lukashenko", "--depth", "2",
                 "--max-nodes", "3", "--title", "Ego"]) == 0
    err = capsys.readouterr().err
    assert "Ego network of" in err and "left out" in err and f"wrote {out}" in err
    html = out.read_text(encoding="utf-8")
    assert "<title>Ego</title>" in html
    nodes = json.loads(re.search(r"nodes = new vis\.DataSet\((.*?)\);\n", html).group(1))
    assert len(nodes) == 3 and any("Lukashenko" in n["ngName"] for n in nodes)  # centre kept
    assert main(["viz", ttl, "--out", str(tmp_path / "x.html"), "--until", "2024-99"]) == 2  # a usage error
    assert "not a date" in capsys.readouterr().err
    assert not (tmp_path / "x.html").exists()


def test_empty_graph_gives_a_page_that_says_so() -> None:
    page = render(make_graph([]))
    assert (page.nodes, page.edges) == (0, 0)
    assert "Nothing to draw" in page.html and "vis.Network" in page.html


# --- what an analyst reaches for (issue 13) -------------------------------------------------------

TIMELINE = [
    Ev("Anna", "met", "Boris", "Anna met Boris.", "2023-01-10", article="a1"),
    Ev("Boris", "met", "Carl", "Boris met Carl.", "2024-02-10", article="a2"),
    Ev("Carl", "visited", "Oslo", "Carl visited Oslo.", "2024-03", article="a3",
       object_type="city"),
    Ev("Dora", "accused", "Carl", "Dora accused Carl.", "", article="a4"),
]


def nodes_of(html: str) -> list[dict[str, object]]:
    found = re.search(r"nodes = new vis\.DataSet\((.*?)\);\n", html)
    assert found is not None
    return list(json.loads(found.group(1)))


def edges_of(html: str) -> list[dict[str, object]]:
    found = re.search(r"edges = new vis\.DataSet\((.*?)\);\n", html)
    assert found is not None
    return list(json.loads(found.group(1)))


def test_date_slider_filters_relations_and_keeps_undated_ones(tmp_path: Path) -> None:
    page = write_html(make_graph(TIMELINE), tmp_path / "time.html")
    edges = {str(e["ngRelation"]): e for e in edges_of(page.read_text(encoding="utf-8"))}
    assert edges["accused"]["dashes"] is True and edges["accused"]["ngUndated"]
    assert edges["visited"]["ngSpans"] == [["2024-03-01", "2024-03-31"]]
    assert edges["visited"]["dashes"] is False
    slide = """<script>
      function slide(a, b) {
        var from = document.getElementById("ng-from"), to = document.getElementById("ng-to");
        from.value = String(a); from.dispatchEvent(new Event("input"));
        to.value = String(b); to.dispatchEvent(new Event("input"));
        return {
          edges: edges.get({filter: function (e) { return !e.hidden; }}).map(function (e) {
            return e.ngRelation + " " + [nodes.get(e.from).label, nodes.get(e.to).label].sort()
              .join("-"); }).sort(),
          nodes: nodes.get({filter: function (n) { return !n.hidden; }}).map(function (n) {
            return n.label; }).sort(),
          from: document.getElementById("ng-from-out").textContent,
          to: document.getElementById("ng-to-out").textContent,
          max: +document.getElementById("ng-to").max};
      }
      var full = slide(0, +document.getElementById("ng-to").max);
      // 2024-02-01 .. 2024-02-29: days since 2023-01-10
      var d0 = Date.parse("2023-01-10T00:00:00Z"), day = 86400000;
      var feb = slide((Date.parse("2024-02-01T00:00:00Z") - d0) / day,
                      (Date.parse("2024-02-29T00:00:00Z") - d0) / day);
      var y2023 = slide(0, (Date.parse("2023-12-31T00:00:00Z") - d0) / day);
      window.__probeExtra = {full: full, feb: feb, y2023: y2023};
    </script>"""
    result = probe(page, extra_script=slide)
    extra = result["extra"]
    assert extra["full"]["max"] == (date(2024, 3, 31) - date(2023, 1, 10)).days
    assert len(extra["full"]["edges"]) == 4
    assert extra["feb"]["edges"] == ["accused Carl-Dora", "met Boris-Carl"]  # + the undated one
    assert extra["feb"]["nodes"] == ["Boris", "Carl", "Dora"]
    assert (extra["feb"]["from"], extra["feb"]["to"]) == ("2024-02-01", "2024-02-29")
    assert extra["y2023"]["edges"] == ["accused Carl-Dora", "met Anna-Boris"]
    legend = page.read_text(encoding="utf-8")
    assert "undated (kept by the date filter)" in legend


@pytest.mark.slow
def test_ego_centre_is_highlighted(tmp_path: Path) -> None:
    page = write_html(make_graph(TIMELINE), tmp_path / "ego.html", actor="Boris", depth=1)
    html = page.read_text(encoding="utf-8")
    (centre,) = [n for n in nodes_of(html) if n.get("ngCentre")]
    assert centre["label"] == "Boris" and centre["borderWidth"] == 5
    assert "centre of the ego network" in html and "Centre: Boris" in html
    look = """<script>
      var c = nodes.get({filter: function (n) { return n.ngCentre; }})[0];
      var drawn = network.body.nodes[c.id].options;
      window.__probeExtra = {border: drawn.borderWidth, colour: drawn.color.border,
                             others: nodes.get({filter: function (n) { return !n.ngCentre; }})
                               .map(function (n) { return network.body.nodes[n.id].options.borderWidth; })};
      network.redraw();
    </script>"""
    result = probe(page, extra_script=look)
    assert result["extra"]["border"] == 5 and result["extra"]["colour"] == "#111111"
    assert set(result["extra"]["others"]) == {1}
    png = screenshot(page, tmp_path / "ego.png")
    img = Image.open(png).convert("RGB")
    dark = sum(count for count, rgb in img.getcolors(img.width * img.height) if max(rgb) < 40)
    assert dark > 300  # the thick black ring is drawn


def link_graph() -> Path:
    from rdflib import XSD, Literal
    from rdflib.namespace import SDO

    from graph.namespaces import NGR

    events = [Ev("Anna", "met", "Boris", "Anna met Boris " + PAYLOAD_IMG, "2024-01-10", article="ok"),
              Ev("Anna", "met", "Boris", "They met again.", "2024-01-11", article="evil")]
    g = make_graph(events, titles={"ok": "Good title", "evil": "Evil " + PAYLOAD_SCRIPT})
    evil = NGR["article/evil"]
    g.set((evil, SDO.url, Literal("javascript:window.__pwned=1", datatype=XSD.anyURI)))
    return g


def test_clicking_a_relation_shows_its_articles_as_safe_links(tmp_path: Path) -> None:
    page = write_html(link_graph(), tmp_path / "links.html")
    click = """<script>
      var e = edges.get()[0];
      network.body.emitter.emit("click", {nodes: [], edges: [e.id]});
      var panel = document.getElementById("ng-details");
      var links = Array.prototype.map.call(panel.querySelectorAll("a"), function (a) {
        return {href: a.getAttribute("href"), rel: a.rel, target: a.target, text: a.textContent}; });
      var quotes = Array.prototype.map.call(panel.querySelectorAll("q"), function (q) {
        return q.textContent; });
      window.__probeExtra = {hidden: panel.hidden, links: links, quotes: quotes,
        text: panel.textContent, elements: panel.querySelectorAll("img,script,iframe").length};
      document.querySelector("#ng-details a").click();  // opens a new tab, runs nothing here
      network.redraw();
    </script>"""
    result = probe(page, extra_script=click)
    extra = result["extra"]
    assert extra["hidden"] is False
    assert extra["links"] == [{"href": "https://example.org/ok", "rel": "noopener noreferrer",
                               "target": "_blank", "text": "Good title"}]
    assert "Anna met Boris " + PAYLOAD_IMG in extra["quotes"]  # as text
    assert "Evil " + PAYLOAD_SCRIPT in extra["text"]  # the javascript: URL is not a link
    assert extra["elements"] == 0 and not result["pwned"] and "PWNED" not in result["title"]


@pytest.mark.slow
def test_the_details_panel_lists_every_article_that_reported_an_event(tmp_path: Path) -> None:
    """A wire story, its copy and a restatement: one event, whose panel entry lists the three
    reporting articles (titles, outlets as text: hostile names are not markup)."""
    story = ("Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda in Vilnius "
             "on Friday to discuss air defence and the deployment of Patriot batteries.")
    items = [{"id": "wire-a", "title": "Duda in Vilnius", "date": "2024-03-01",
              "source": "Wire " + PAYLOAD_IMG, "text": story},
             {"id": "copy-b", "title": "Copy " + PAYLOAD_SCRIPT, "date": "2024-03-01",
              "source": "Outlet B", "text": story},
             {"id": "later-c", "title": "Leaders met", "date": "2024-03-02", "source": "Outlet C",
              "text": "Andrzej Duda met Gitanas Nauseda on Friday, his office said."}]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(x) + "\n" for x in items), encoding="utf-8")
    page = write_html(build_graph([src]).dataset, tmp_path / "reports.html")
    (edge,) = [e for e in edges_of(page.read_text(encoding="utf-8")) if e["ngRelation"] == "met"]
    assert [r["title"] for r in edge["ngEvidence"][0]["reports"]] == [
        "Copy " + PAYLOAD_SCRIPT, "Duda in Vilnius", "Leaders met"]
    click = """<script>
      var e = edges.get({filter: function (x) { return x.ngRelation === "met"; }})[0];
      network.body.emitter.emit("click", {nodes: [], edges: [e.id]});
      var panel = document.getElementById("ng-details");
      window.__probeExtra = {items: panel.querySelectorAll("ul ul li").length,
        text: panel.textContent, elements: panel.querySelectorAll("img,script,iframe").length};
      network.redraw();
    </script>"""
    result = probe(page, extra_script=click)
    extra = result["extra"]
    assert extra["items"] == 3
    assert "Leaders met" in extra["text"] and "Copy " + PAYLOAD_SCRIPT in extra["text"]
    assert "Wire " + PAYLOAD_IMG in extra["text"]  # the outlet, as text
    assert extra["elements"] == 0 and not result["pwned"] and "PWNED" not in result["title"]


@pytest.mark.slow
def test_labels_stay_readable_at_200_entities(tmp_path: Path) -> None:
    page = write_html(make_graph(synthetic_events(200, seed=2)), tmp_path / "big.html")
    look = """<script>
      function drawnLabels() {
        var s = network.getScale();
        return nodes.getIds().filter(function (id) {
          var label = network.body.nodes[id].labelModule;
          return label.fontOptions.size * s >= 4; }).map(function (id) {
          return Math.round(network.body.nodes[id].labelModule.fontOptions.size * s); });
      }
      setTimeout(function () {
        var fitted = drawnLabels();
        network.moveTo({scale: network.getScale() * 2, animation: false});
        network.emit("zoom", {scale: network.getScale()});
        var zoomed = drawnLabels();
        window.__probeExtra = {fitted: fitted, zoomed: zoomed.length};
        network.redraw();
      }, 4000);
    </script>"""
    result = probe(page, extra_script=look, budget_ms=12000)
    fitted = result["extra"]["fitted"]
    assert 12 <= len(fitted) <= 40  # the hubs, not 200 overlapping names
    assert min(fitted) >= 18  # and big enough to read
    assert result["extra"]["zoomed"] == 200  # zooming in brings out the rest
    png = screenshot(page, tmp_path / "big.png", budget_ms=12000)
    assert Image.open(png).convert("RGB").getcolors(1280 * 900)


def test_layout_stays_put_when_one_article_is_added(tmp_path: Path) -> None:
    events = synthetic_events(40, seed=5)
    path = tmp_path / "graph.html"
    write_html(make_graph(events), path)
    before = {n["id"]: (n["x"], n["y"]) for n in nodes_of(path.read_text(encoding="utf-8"))}
    hub = events[0]
    newcomer = Ev("Newcomer", "met", hub.subject, "They met.", "2024-01-01", article="new",
                  object_type=hub.subject_type)
    write_html(make_graph([*events, newcomer]), path)
    after = {n["id"]: (n["x"], n["y"]) for n in nodes_of(path.read_text(encoding="utf-8"))}
    assert len(after) == len(before) + 1
    xs = [p[0] for p in before.values()]
    extent = max(xs) - min(xs)
    moved = [math.dist(before[x], after[x]) for x in before]
    assert max(moved) < 0.1 * extent  # every entity stays where it was, give or take a bit
    # a fresh layout of the same graph (the old behaviour without the page) moves things more
    fresh = {n["id"]: (n["x"], n["y"]) for n in nodes_of(render(make_graph([*events, newcomer])).html)}
    assert max(math.dist(before[x], fresh[x]) for x in before) > max(moved)
    # the same graph twice gives the same layout, whatever the order of the events
    write_html(make_graph(events[::-1]), tmp_path / "reversed.html", keep_layout=False)
    write_html(make_graph(events), tmp_path / "again.html", keep_layout=False)
    assert nodes_of((tmp_path / "reversed.html").read_text(encoding="utf-8"))[0]["x"] in {
        n["x"] for n in nodes_of((tmp_path / "again.html").read_text(encoding="utf-8"))}


@pytest.mark.slow
def test_tooltip_says_how_many_outlets_reported_and_who_first_as_text(tmp_path: Path) -> None:
    """One wire story carried by two outlets (one source) and restated by a third: the
    relation's tooltip reads "reported by 2 outlet(s), first by ...", the outlet's hostile
    name shown as text in headless Chromium."""
    story = ("Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda in Vilnius "
             "on Friday to discuss air defence and the deployment of Patriot batteries.")
    first = "Wire " + PAYLOAD_IMG
    items = [{"id": "a", "date": "2024-03-01", "source": first, "text": story},
             {"id": "b", "date": "2024-03-01", "source": "Copy " + PAYLOAD_SCRIPT, "text": story},
             {"id": "c", "date": "2024-03-02", "source": "Outlet C",
              "text": "Andrzej Duda met Gitanas Nauseda on Friday, his office said."}]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(x) + "\n" for x in items), encoding="utf-8")
    page = write_html(build_graph([src]).dataset, tmp_path / "outlets.html")
    (edge,) = [e for e in edges_of(page.read_text(encoding="utf-8")) if e["ngRelation"] == "met"]
    assert f"1 event(s), 3 mention(s), reported by 2 outlet(s), first by {first}" in str(edge["title"])
    hover = """<script>
      setTimeout(function () {
        var met = edges.get({filter: function (e) { return e.ngRelation === "met"; }})[0];
        var mid = network.canvasToDOM(network.body.edges[met.id].edgeType.getPoint(0.5));
        var canvas = document.querySelector("#mynetwork canvas");
        var r = canvas.getBoundingClientRect();
        canvas.dispatchEvent(new MouseEvent("mousemove", {bubbles: true,
          clientX: r.left + mid.x, clientY: r.top + mid.y}));
        setTimeout(function () {
          var tip = document.querySelector(".vis-tooltip");
          window.__probeExtra = tip && tip.style.visibility !== "hidden"
            ? {text: tip.innerText, elements: tip.querySelectorAll(":not(br)").length} : null;
          network.redraw();
        }, 800);
      }, 1000);
    </script>"""
    result = probe(page, extra_script=hover, budget_ms=10000)
    tip = result["extra"]
    assert tip is not None, "the tooltip did not open"
    assert f"reported by 2 outlet(s), first by {first}" in tip["text"]  # shown as text
    assert tip["elements"] == 0 and not result["pwned"] and "PWNED" not in result["title"]


def test_two_relations_between_one_pair_are_drawn_apart() -> None:
    graph = make_graph([Ev("Anna", "met", "Boris", "Anna met Boris.", "2024-01-10"),
                        Ev("Anna", "agreed", "Boris", "Anna agreed with Boris.", "2024-01-10"),
                        Ev("Anna", "met", "Carl", "Anna met Carl.", "2024-01-11")])
    page = render(graph)
    edges = json.loads(re.search(r"edges = new vis\.DataSet\((.*?)\);\n", page.html).group(1))
    shared = [e for e in edges if sum(1 for f in edges if {f["from"], f["to"]} == {e["from"], e["to"]}) == 2]
    assert sorted(e["ngRelation"] for e in shared) == ["agreed", "met"]
    assert shared[0]["smooth"] != shared[1]["smooth"]  # not one line drawn over the other
    lone = [e for e in edges if e not in shared]
    assert len(lone) == 1 and "smooth" not in lone[0]


def test_a_folded_node_names_the_entities_it_stands_for_in_its_tooltip() -> None:
    """Entities linked as one person (tests/data/linking-articles.jsonl: a bare "Putin" and
    "Vladimir Putin") are one node whose tooltip lists them; fold=False draws both."""
    from linkdata import linked_dataset

    from graph.namespaces import NGR
    from graph.viz import vis_data

    folded = {n["id"]: n for n in vis_data(project(linked_dataset()), layout=False)[0]}
    apart = {n["id"]: n for n in vis_data(project(linked_dataset(), fold=False), layout=False)[0]}
    putin, bare = str(NGR["person/ptn2o_vldmr3a"]), str(NGR["person/ptn2o"])
    assert "one node for 2 linked entities: Vladimir Putin, Putin (person)" in folded[putin]["title"]
    assert bare not in folded and bare in apart
    assert "linked entities" not in apart[putin]["title"]
    page = render(linked_dataset(), fold=False)
    assert page.nodes == len(apart) > len(folded) == render(linked_dataset()).nodes


def test_viz_says_how_many_entities_are_folded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A new user's finding 12: network and analyze said how many entities were folded, viz not."""
    from netdata import folded_trump_graph

    from graph.cli import main

    src = tmp_path / "g.ttl"
    folded_trump_graph().serialize(src, format="turtle")
    assert main(["viz", str(src), "--out", str(tmp_path / "f.html")]) == 0
    assert "3 entities (1 more folded into linked people; --no-fold shows them), 3 relations" \
        in capsys.readouterr().err
    assert "1 more entities folded into linked people" in (tmp_path / "f.html").read_text(encoding="utf-8")
    assert main(["viz", str(src), "--out", str(tmp_path / "a.html"), "--no-fold"]) == 0
    err = capsys.readouterr().err
    assert "4 entities, 3 relations" in err and "folded" not in err
