"""`settle_startup_heap`: the cyclic GC, off during `rill run`'s start-up, comes back on."""

from __future__ import annotations

import gc

from rill.core.server.serve import settle_startup_heap


def test_settling_turns_the_gc_on_and_freezes_what_survived() -> None:
    gc.disable()
    try:
        settle_startup_heap()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()
