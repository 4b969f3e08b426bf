"""Driving Debian's headless Chromium from tests and benchmarks: load a page, let its scripts run
for a virtual-time budget, and read back what a probe script wrote into the DOM, or take a
screenshot."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync", "--hide-scrollbars",
    "--mute-audio",
]

#: Appended to a page: after each drawing of the network, writes into ``<pre id="ng-probe">``
#: the ids and labels of the visible nodes vis-network has positions for, the visible edges,
#: the document title and whether ``window.__pwned`` was set.
PROBE = """<script>
(function () {
  var out = document.createElement("pre");
  out.id = "ng-probe";
  document.body.appendChild(out);
  var draws = 0;
  function report() {
    var pos = network.getPositions();
    var shown = nodes.get({filter: function (n) { return !n.hidden; }});
    var visibleEdges = edges.get({filter: function (e) { return !e.hidden; }});
    out.textContent = JSON.stringify({
      draws: draws,
      drawn: shown.filter(function (n) { return n.id in pos; }).map(function (n) { return n.id; }),
      labels: shown.map(function (n) { return n.label; }),
      edges: visibleEdges.map(function (e) { return e.ngRelation; }),
      title: document.title,
      pwned: !!window.__pwned,
      extra: window.__probeExtra || null
    });
  }
  network.on("afterDrawing", function () { draws += 1; report(); });
  network.redraw();  // without physics the first drawing may be over before this script runs
})();
</script>"""


class BrowserError(RuntimeError):
    """Chromium is missing, crashed, or the page wrote no probe result."""


def run_chromium(args: list[str], *, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium with a throw-away profile.

    Raises:
        BrowserError: Chromium is not installed or exits with an error.
    """
    if not Path(CHROMIUM).exists():
        raise BrowserError(f"{CHROMIUM} not found: install Debian's chromium (see .ci/run)")
    with tempfile.TemporaryDirectory(prefix="ng-chromium-") as profile:
        proc = subprocess.run(
            [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True, text=True, timeout=timeout, check=False,
        )
    if proc.returncode != 0:
        raise BrowserError(f"chromium exited with {proc.returncode}: {proc.stderr[-2000:]}")
    return proc


def with_probe(page: Path, *, extra_script: str = "") -> Path:
    """A copy of ``page`` (next to it) with :data:`PROBE` and ``extra_script`` appended."""
    text = page.read_text(encoding="utf-8")
    at = text.rindex("</body>")
    probed = page.with_name(page.stem + ".probe.html")
    probed.write_text(text[:at] + PROBE + extra_script + text[at:], encoding="utf-8")
    return probed


def dump_dom(page: Path, *, budget_ms: int = 8000, window: str = "1280,900") -> str:
    """The DOM of ``page`` after ``budget_ms`` of virtual time."""
    proc = run_chromium([f"--virtual-time-budget={budget_ms}", f"--window-size={window}",
                         "--dump-dom", page.resolve().as_uri()])
    return proc.stdout


def probe(page: Path, *, budget_ms: int = 8000, extra_script: str = "") -> dict[str, Any]:
    """Load ``page`` with :data:`PROBE` and return what it reported after the last drawing.

    Raises:
        BrowserError: the page never drew (no probe output), or Chromium failed.
    """
    dom = dump_dom(with_probe(page, extra_script=extra_script), budget_ms=budget_ms)
    m = re.search(r'<pre id="ng-probe">(.*?)</pre>', dom, re.DOTALL)
    if not m or not m.group(1).strip():
        raise BrowserError("the network never drew (no probe output in the DOM)")
    result: dict[str, Any] = json.loads(html.unescape(m.group(1)))
    result["dom"] = dom
    return result


def screenshot(page: Path, png: Path, *, budget_ms: int = 8000, window: str = "1280,900") -> Path:
    """Save a screenshot of ``page`` after ``budget_ms`` of virtual time.

    Raises:
        BrowserError: Chromium failed or wrote no file.
    """
    run_chromium([f"--virtual-time-budget={budget_ms}", f"--window-size={window}",
                  f"--screenshot={png}", page.resolve().as_uri()])
    if not png.is_file():
        raise BrowserError(f"chromium wrote no screenshot to {png}")
    return png
