"""The sections' and editors' code is read in on a background thread once the window is filled
(jewelbench/ui/warm_up.py), so opening them the first time does not stall the window."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap

import pytest

from jewelbench.ui import warm_up


@pytest.mark.integration
def test_every_listed_module_is_read_in_on_a_background_thread_in_a_fresh_process():
    # A fresh interpreter, so nothing is imported yet: after the thread, every module the
    # window opens lazily is there, and none of them failed (a renamed or split module fails
    # here, not silently in a user's first click).
    script = textwrap.dedent("""
        import sys
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from jewelbench.ui import warm_up
        before = [m for m in warm_up.MODULES if m in sys.modules]
        failed = []
        thread = warm_up.start()
        assert thread.daemon and thread.name == "jewelbench-warm-up"
        thread.join(120)
        after = [m for m in warm_up.MODULES if m not in sys.modules]
        print("before", before)
        print("missing", after)
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, timeout=180)
    assert done.returncode == 0, done.stderr
    assert "before []" in done.stdout  # nothing of it was read at start-up
    assert "missing []" in done.stdout, done.stdout + done.stderr
    assert "could not be imported" not in done.stderr


def test_a_module_that_cannot_be_read_is_noted_and_skipped(caplog):
    with caplog.at_level(logging.WARNING, logger="jewelbench.ui.warm_up"):
        failed = warm_up.import_all(["jewelbench.ui.no_such_section", "jewelbench.ui.formatting"])
    assert failed == ["jewelbench.ui.no_such_section"]
    assert "jewelbench.ui.no_such_section could not be imported" in caplog.text
    assert "jewelbench.ui.formatting" in sys.modules
