"""graph.rdf: the collector pause around dataset building leaves the collector as it found it."""

from __future__ import annotations

import gc

import pytest

from graph.rdf import gc_paused


def test_gc_paused_turns_the_collector_off_and_back_on() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():  # nested: still off, and the outer block still owns turning it on
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_gc_paused_restores_on_error_and_keeps_a_disabled_collector_disabled() -> None:
    with pytest.raises(ValueError), gc_paused():
        raise ValueError("boom")
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # the caller had turned it off: left off
    finally:
        gc.enable()
