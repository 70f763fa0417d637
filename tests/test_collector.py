"""The garbage-collector pause used while big object graphs are built."""

from __future__ import annotations

import gc

import pytest

from desktop_app.collector import paused


def test_paused_inside_and_enabled_again_after_even_on_error() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), paused():
        assert not gc.isenabled()
        raise RuntimeError("a failed build must not leave the collector off")
    assert gc.isenabled()


def test_nested_pauses_keep_it_off_until_the_outermost_ends() -> None:
    with paused():
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off() -> None:
    gc.disable()
    try:
        with paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
