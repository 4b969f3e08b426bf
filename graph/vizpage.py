"""The parts of the HTML page around the vis-network canvas (:mod:`graph.viz` assembles them):
styles, the legend, the date-range slider, the details panel and the script that drives them.

Nothing here interpolates article text: names, sentences, titles and URLs reach the page only
as JSON data (see :func:`graph.viz.script_json`) and are put into the DOM by the script with
``textContent``; a link's ``href`` is set only for an ``http:``/``https:`` URL (checked again in
the browser with ``new URL``), with ``rel="noopener noreferrer"`` and ``target="_blank"``.
"""

from __future__ import annotations

from html import escape

STYLE = """<style>
body{margin:0;font-family:system-ui,sans-serif;color:#222;background:#fafafa}
#ng-bar{padding:8px 14px;border-bottom:1px solid #ddd;background:#fff}
#ng-bar h1{font-size:18px;margin:0 0 4px 0}
#ng-bar p{margin:2px 0;font-size:13px;color:#555}
#ng-search{margin-left:12px;padding:2px 6px;font-size:13px;width:220px}
#ng-time{font-size:13px;color:#333;margin-top:4px}
#ng-time input{width:220px;vertical-align:middle}
#ng-time output{display:inline-block;min-width:84px;font-variant-numeric:tabular-nums}
#ng-legend{position:absolute;top:96px;right:14px;z-index:5;background:rgba(255,255,255,.94);
 border:1px solid #ccc;border-radius:6px;padding:8px 12px;font-size:13px;line-height:1.6}
#ng-legend h2{font-size:13px;margin:4px 0 2px 0}
#ng-legend label{display:block;cursor:pointer;white-space:nowrap}
#ng-details{position:absolute;left:14px;bottom:14px;z-index:6;max-width:560px;max-height:45vh;
 overflow:auto;background:#fff;border:1px solid #bbb;border-radius:6px;padding:8px 12px;
 font-size:13px;box-shadow:0 2px 8px rgba(0,0,0,.15)}
#ng-details[hidden]{display:none}
#ng-details h3{font-size:14px;margin:2px 24px 6px 0}
#ng-details li{margin:4px 0}
#ng-details .ng-when{color:#666;margin-right:6px}
#ng-details-close{position:absolute;top:4px;right:6px;border:none;background:none;font-size:18px;
 cursor:pointer}
.ng-swatch{display:inline-block;width:12px;height:12px;margin:0 6px 0 4px;vertical-align:-1px}
.ng-line{display:inline-block;width:22px;height:3px;margin:0 6px 3px 4px;vertical-align:middle}
.ng-dash{display:inline-block;width:22px;height:0;border-top:2px dashed #777;margin:0 6px 3px 4px;
 vertical-align:middle}
.ng-centre{display:inline-block;width:10px;height:10px;border:3px solid #111;border-radius:50%;
 margin:0 6px 0 4px;vertical-align:-2px}
#mynetwork{float:none!important;border:none!important}
.vis-tooltip{white-space:pre-wrap!important;max-width:520px;font-size:12px!important}
</style>"""

_SHAPE_CSS = {
    "dot": "border-radius:50%", "square": "",
    "triangle": "clip-path:polygon(50% 0,100% 100%,0 100%)",
    "triangleDown": "clip-path:polygon(0 0,100% 0,50% 100%)",
    "diamond": "clip-path:polygon(50% 0,100% 50%,50% 100%,0 50%)",
    "star": "clip-path:polygon(50% 0,61% 35%,98% 35%,68% 57%,79% 91%,50% 70%,21% 91%,32% 57%,2% 35%,"
            "39% 35%)",
}


def legend(types: list[tuple[str, str, str]], relations: list[tuple[str, str, bool]], *,
           undated: bool, centre: bool) -> str:
    """The legend: a check box per entity type (name, colour, shape) and relation (name,
    colour, directed), and what a dashed edge and a thick black border mean when present.
    Type and relation names are the project's own (never article text)."""
    rows = ['<div id="ng-legend"><h2>Entities</h2>']
    for name, colour, shape in types:
        rows.append(f'<label><input type="checkbox" checked data-kind="type" value="{escape(name)}">'
                    f'<span class="ng-swatch" style="background:{colour};{_SHAPE_CSS[shape]}">'
                    f"</span>{escape(name)}</label>")
    if centre:
        rows.append('<div><span class="ng-centre"></span>centre of the ego network</div>')
    rows.append("<h2>Relations</h2>")
    for name, colour, directed in relations:
        arrow = " →" if directed else ""
        rows.append(f'<label><input type="checkbox" checked data-kind="relation" '
                    f'value="{escape(name)}"><span class="ng-line" style="background:{colour}">'
                    f"</span>{escape(name)}{arrow}</label>")
    if undated:
        rows.append('<div><span class="ng-dash"></span>undated (kept by the date filter)</div>')
    rows.append("</div>")
    return "\n".join(rows)


def time_filter(first: str, last: str) -> str:
    """Two range inputs choosing the first and last day shown (``first``/``last`` are ISO
    dates computed by Newsgraph)."""
    return (
        '<div id="ng-time">Dates: <input id="ng-from" type="range" min="0" step="1" '
        'aria-label="First day shown"> <output id="ng-from-out"></output> to '
        '<input id="ng-to" type="range" min="0" step="1" aria-label="Last day shown"> '
        '<output id="ng-to-out"></output> <span id="ng-time-count"></span> '
        f'<small>({escape(first)} to {escape(last)}; undated relations stay, dashed)</small></div>'
    )


DETAILS = ('<div id="ng-details" hidden role="dialog" aria-label="Details">'
           '<button id="ng-details-close" aria-label="Close">×</button>'
           '<div id="ng-details-body"></div></div>')

SCRIPT = """<script>
(function () {
  var cfg = JSON.parse(document.getElementById("ng-config").textContent);
  var bar = document.getElementById("ng-bar"), key = document.getElementById("ng-legend");
  if (bar && key) { key.style.top = (bar.offsetHeight + 8) + "px"; }  // below the notes
  var shown = {type: new Set(cfg.types), relation: new Set(cfg.relations)};
  var DAY = 86400000, t0 = cfg.firstDate ? Date.parse(cfg.firstDate + "T00:00:00Z") : 0;
  var from = document.getElementById("ng-from"), to = document.getElementById("ng-to");
  function iso(n) { return new Date(t0 + n * DAY).toISOString().slice(0, 10); }
  function windowOf() {
    if (!from) { return null; }
    var a = Math.min(+from.value, +to.value), b = Math.max(+from.value, +to.value);
    return {from: iso(a), to: iso(b), narrowed: a > 0 || b < +to.max};
  }
  function inWindow(e, w) {
    if (!w || e.ngUndated) { return true; }
    return (e.ngSpans || []).some(function (s) { return s[1] >= w.from && s[0] <= w.to; });
  }
  function apply() {
    var w = windowOf(), typeHidden = new Set(), linked = new Set(), count = 0;
    nodes.get({fields: ["id", "ngType"]}).forEach(function (n) {
      if (!shown.type.has(n.ngType)) { typeHidden.add(n.id); }
    });
    edges.update(edges.get({fields: ["id", "from", "to", "ngRelation", "ngSpans", "ngUndated"]})
      .map(function (e) {
        var hide = !shown.relation.has(e.ngRelation) || typeHidden.has(e.from) ||
          typeHidden.has(e.to) || !inWindow(e, w);
        if (!hide) { linked.add(e.from); linked.add(e.to); count += 1; }
        return {id: e.id, hidden: hide};
      }));
    nodes.update(nodes.getIds().map(function (id) {
      return {id: id, hidden: typeHidden.has(id) || (!!w && w.narrowed && !linked.has(id))};
    }));
    if (w) {
      document.getElementById("ng-from-out").textContent = w.from;
      document.getElementById("ng-to-out").textContent = w.to;
      document.getElementById("ng-time-count").textContent = "(" + count + " relations shown)";
    }
  }
  if (from) {
    var days = Math.round((Date.parse(cfg.lastDate + "T00:00:00Z") - t0) / DAY);
    from.max = to.max = String(days);
    from.value = "0";
    to.value = String(days);
    from.addEventListener("input", apply);
    to.addEventListener("input", apply);
  }
  document.querySelectorAll("#ng-legend input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () {
      var set = shown[box.dataset.kind];
      if (box.checked) { set.add(box.value); } else { set.delete(box.value); }
      apply();
    });
  });
  var search = document.getElementById("ng-search"), found = document.getElementById("ng-found");
  search.addEventListener("change", function () {
    var q = search.value.trim().toLowerCase();
    var ids = q ? nodes.get({filter: function (n) {
      return !n.hidden && n.ngName.toLowerCase().indexOf(q) !== -1;
    }}).map(function (n) { return n.id; }) : [];
    network.selectNodes(ids);
    found.textContent = q ? ids.length + " found" : "";
    if (ids.length) { network.fit({nodes: ids, animation: false}); }
  });
  var panel = document.getElementById("ng-details"), body = document.getElementById("ng-details-body");
  function safeHref(url) {
    try {
      var u = new URL(url);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    } catch (err) { return null; }
  }
  function el(tag, text, cls) {
    var x = document.createElement(tag);
    if (text) { x.textContent = text; }
    if (cls) { x.className = cls; }
    return x;
  }
  function link(text, url) {
    var href = safeHref(url);
    if (!href) { return el("span", text); }
    var a = el("a", text);
    a.href = href;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }
  function showEdge(id) {
    var e = edges.get(id);
    body.replaceChildren();
    body.appendChild(el("h3", e.ngHead));
    var list = el("ul");
    (e.ngEvidence || []).forEach(function (ev) {
      var li = el("li");
      if (ev.date) { li.appendChild(el("span", ev.date, "ng-when")); }
      li.appendChild(el("q", ev.sentence));
      li.appendChild(document.createTextNode(" — "));
      li.appendChild(ev.url ? link(ev.title || ev.url, ev.url) : el("span", ev.title));
      if (ev.reported) { li.appendChild(el("span", " · " + ev.reported, "ng-when")); }
      if (ev.reports && ev.reports.length) {  // every article that reported this event
        var sub = el("ul");
        ev.reports.forEach(function (r) {
          var item = el("li");
          if (r.date) { item.appendChild(el("span", r.date, "ng-when")); }
          item.appendChild(r.url ? link(r.title || r.url, r.url) : el("span", r.title));
          if (r.source) { item.appendChild(el("span", " · " + r.source, "ng-when")); }
          sub.appendChild(item);
        });
        li.appendChild(sub);
      }
      list.appendChild(li);
    });
    body.appendChild(list);
    if (e.ngMore) { body.appendChild(el("p", "… and " + e.ngMore + " more")); }
    panel.hidden = false;
  }
  function showNode(id) {
    var n = nodes.get(id);
    body.replaceChildren();
    body.appendChild(el("h3", n.ngLabel));
    body.appendChild(el("p", n.title));
    (n.ngLinks || []).forEach(function (url) {
      var p = el("p");
      p.appendChild(link(url, url));
      body.appendChild(p);
    });
    panel.hidden = false;
  }
  document.getElementById("ng-details-close").addEventListener("click", function () {
    panel.hidden = true;
  });
  network.on("click", function (params) {  // fade everything but the clicked node's neighbours
    var keep = params.nodes.length
      ? new Set(network.getConnectedNodes(params.nodes[0]).concat(params.nodes)) : null;
    nodes.update(nodes.getIds().map(function (id) {
      return {id: id, opacity: !keep || keep.has(id) ? 1 : 0.15};
    }));
    if (params.nodes.length) { showNode(params.nodes[0]); }
    else if (params.edges.length) { showEdge(params.edges[0]); }
    else { panel.hidden = true; }
  });
  var smallShown = null;
  function zoomLabels() {  // the other labels: drawn once zooming in makes them readable
    var show = network.getScale() * 14 >= cfg.labelMinPx;
    if (show === smallShown) { return; }
    smallShown = show;
    nodes.update(nodes.get({filter: function (n) { return !n.ngTop; }}).map(function (n) {
      return {id: n.id, font: {size: show ? 14 : 1}};
    }));
  }
  function sizeLabels() {  // big graphs: the top entities' labels read at ~20 px once fitted
    if (!cfg.rankLabels) { return; }
    var s = network.getScale();
    nodes.update(nodes.get({filter: function (n) { return n.ngTop; }}).map(function (n) {
      return {id: n.id, font: {size: Math.max(14, Math.ceil(20 / s))}};
    }));
    window.__ngLabelScale = s;
    zoomLabels();
    network.on("zoom", zoomLabels);
  }
  if (from) {  // everything is shown at first: only the range's ends are written
    document.getElementById("ng-from-out").textContent = cfg.firstDate;
    document.getElementById("ng-to-out").textContent = cfg.lastDate;
  }
  if (cfg.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({physics: false});
      network.fit({animation: false});
      sizeLabels();
    });
  } else {
    network.once("afterDrawing", sizeLabels);
  }
})();
</script>"""
