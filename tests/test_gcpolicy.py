"""fewer_collections: thresholds raised and pre-existing objects frozen inside, everything restored after."""
from __future__ import annotations

import gc

from modelcall.gcpolicy import HOT_THRESHOLDS, fewer_collections


def test_inside_the_block_old_objects_are_frozen_and_cycles_still_collected():
    before = gc.get_threshold()
    frozen_before = gc.get_freeze_count()
    with fewer_collections():
        assert gc.get_threshold() == HOT_THRESHOLDS
        assert gc.get_freeze_count() > frozen_before
        with fewer_collections():  # nested: a no-op, the outer block keeps its settings
            assert gc.get_threshold() == HOT_THRESHOLDS
        assert gc.get_threshold() == HOT_THRESHOLDS and gc.get_freeze_count() > frozen_before

        class Node:
            pass

        a, b = Node(), Node()
        a.other, b.other = b, a  # a cycle made during the run
        del a, b
        assert gc.collect() >= 2
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == frozen_before


def test_left_alone_when_collection_is_disabled():
    gc.disable()
    try:
        before = gc.get_threshold()
        with fewer_collections():
            assert gc.get_threshold() == before
            assert gc.get_freeze_count() == 0
    finally:
        gc.enable()
