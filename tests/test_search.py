"""Search keys: folded whole-word runs of every name."""

from __future__ import annotations

from graph.search import fold, search_keys


def test_fold_drops_accents_case_and_punctuation() -> None:
    assert fold("Recep Tayyip Erdoğan") == "recep tayyip erdogan"
    assert fold("ERDOGAN") == fold("Erdogan") == fold("Erdoğan") == "erdogan"
    assert fold("Łukasz Błaszczak-Ørsted") == "lukasz blaszczak orsted"
    assert fold("  al-Sudani's  ") == "al sudani s"
    assert fold("Лукашенко") == "лукашенко"  # other scripts kept, case folded


def test_search_keys_are_every_run_of_whole_words() -> None:
    assert search_keys(["Recep Tayyip Erdoğan", "Erdogan"]) == {
        "recep", "tayyip", "erdogan", "recep tayyip", "tayyip erdogan", "recep tayyip erdogan"}
    assert "tayyip" in search_keys(["Tayyip Erdoğan"]) and "erdo" not in search_keys(["Erdoğan"])
    assert search_keys([""]) == set()
