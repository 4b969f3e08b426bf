"""Text printed to a terminal: control characters shown, never sent."""

from __future__ import annotations

from pathlib import Path

from clirun import run_cli

from graph.terminal import one_line, printable


def test_escape_sequences_are_shown_not_sent() -> None:
    assert printable("a\x1b]52;c;aGk=\x07b\x1b[2J\x9b\x7f\u202e") == (
        "a\\x1b]52;c;aGk=\\x07b\\x1b[2J\\x9b\\x7f\\u202e")
    assert printable("tab\tand\nnewline stay, [bold] too") == "tab\tand\nnewline stay, [bold] too"
    assert one_line("two\nlines\r\tx") == "two\\x0alines\\x0d\\x09x"
    assert printable("Erdoğan, 習近平, café") == "Erdoğan, 習近平, café"


def test_extract_and_analyze_print_no_control_characters(tmp_path: Path) -> None:
    """Issue 14 fault 5: ``extract``'s skipped lines and ``analyze --format json`` (C1 controls,
    which JSON leaves raw) reach the terminal escaped."""
    bad = tmp_path / "bad\x1b[2J.txt"
    bad.write_text("", encoding="utf-8")
    run = run_cli("extract", str(bad))
    assert run.returncode == 3 and "skipped" in run.stderr
    assert "\x1b" not in run.stderr and "\\x1b" in run.stderr
    graph = tmp_path / "g.ttl"
    graph.write_text(
        '@prefix ng: <https://w3id.org/newsgraph/ontology#> .\n'
        '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n'
        '<urn:a> a ng:Person ; rdfs:label "Ann\\u009b2J" ; ng:met <urn:b> .\n'
        '<urn:b> a ng:Person ; rdfs:label "Bob" .\n', encoding="utf-8")
    run = run_cli("analyze", str(graph), "--format", "json")
    assert run.returncode == 0, run.stderr
    assert "\x9b" not in run.stdout and "\\u009b" in run.stdout
