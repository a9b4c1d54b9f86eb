"""sentence(): a lower-case reason from the storage layer shown as a sentence."""

from __future__ import annotations

import pytest

from jewelbench.ui.formatting import sentence


@pytest.mark.parametrize("reason, shown", [
    ("the file is truncated", "The file is truncated."),
    ("it is open in another jewelbench window.", "It is open in another jewelbench window."),
    ("  the disk is full  ", "The disk is full."),
    # a reason that begins with a file's name keeps the name as it is on disk
    ("studio.jewelbench-wal beside it was not its own (it belongs to another workspace)",
     "studio.jewelbench-wal beside it was not its own (it belongs to another workspace)."),
    ("quote.xlsx is damaged: its sheet XML cannot be read",
     "quote.xlsx is damaged: its sheet XML cannot be read."),
    ("/home/ana/ring.png cannot be read", "/home/ana/ring.png cannot be read."),
    ("", ""),
])
def test_a_reason_reads_as_a_sentence(reason, shown):
    assert sentence(reason) == shown
