"""JEWELBENCH_WATCHDOG=ms: a GUI-thread stall longer than ms is logged with the GUI thread's
stack (app/watchdog.py), started by the app when the variable is set."""

from __future__ import annotations

import logging
import subprocess
import sys
import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from pytestqt.exceptions import TimeoutError as WaitTimedOut

from jewelbench.app.watchdog import Stall, Watchdog, start_from_environment, threshold_from


def _deliberate_stall(seconds: float) -> None:
    """Busy on the GUI thread, in Python, as a slow list or a slow query would be."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        sum(range(1000))


IN_THE_STALL = "in _deliberate_stall"  # its frame, as traceback prints it


def _inside(watchdog: Watchdog, since: int) -> list[Stall]:
    """The stalls listed after the first `since` that were noticed inside _deliberate_stall."""
    return [s for s in watchdog.stalls[since:] if IN_THE_STALL in s.stack]


def _a_stall_noticed_inside(qtbot, watchdog: Watchdog, stall: Callable[[], object],
                            tries: int = 3) -> Stall:
    """Run `stall` (work that calls _deliberate_stall) on the GUI thread until the watchdog
    notices a stall while the GUI thread is inside _deliberate_stall; return that stall.

    On a loaded machine the watcher's thread may not run at all during a stall; it then
    notices it only when it runs again, after the stall, with the GUI thread back in the wait
    (one stall, its stack the wait's). The same happens when the whole process was not run
    for a moment just before the stall. Either is the machine's doing, not the watchdog's,
    so a stall noticed outside is followed by another try; three stalls all noticed outside
    fail the test."""
    for _ in range(tries):
        seen = len(watchdog.stalls)
        QTimer.singleShot(0, stall)
        # its stack has a frame "in _deliberate_stall"; a stall noticed in this very wait
        # names the function only in the source line quoted for this frame
        try:
            qtbot.waitUntil(lambda seen=seen: bool(_inside(watchdog, seen)), timeout=10_000)
        except WaitTimedOut:
            continue
        return _inside(watchdog, seen)[0]
    raise AssertionError(f"no stall of {tries} was noticed inside _deliberate_stall: "
                         + " / ".join(s.stack.splitlines()[-1] for s in watchdog.stalls))


def test_a_stall_is_logged_with_the_gui_threads_stack(qtbot, caplog):
    # 150 ms, not 60: on a loaded machine a slow turn of the loop just before the deliberate
    # stall would be noticed first and merged with it (one stall, noticed in the wait)
    watchdog = Watchdog(150)
    watchdog.start()
    try:
        with caplog.at_level(logging.WARNING, logger="jewelbench.watchdog"):
            watchdog.doing("a deliberate stall")
            stall = _a_stall_noticed_inside(qtbot, watchdog, lambda: _deliberate_stall(0.6))
    finally:
        watchdog.stop()
    assert 550 <= stall.duration_ms < 5000
    assert "_deliberate_stall" in stall.stack
    assert "test_watchdog.py" in stall.stack
    assert stall.activity == "a deliberate stall"
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "GUI thread stalled for" in logged
    assert "while a deliberate stall" in logged
    assert "in _deliberate_stall" in logged  # the stack, as traceback prints it


def test_the_stall_names_the_jewelbench_line_the_time_went_to(qtbot, make_workspace):
    """Slow rows fed to storage's bulk insert: the stall points at storage/bulk.py, the
    innermost jewelbench line on the GUI thread's stack."""
    from jewelbench.storage.bulk import insert_rows

    workspace = make_workspace()

    def slow_rows():
        _deliberate_stall(0.3)
        yield (1, "Casting: no porosity")

    def write() -> None:
        insert_rows(workspace.db, "qc_template", ("stage", "criteria"), slow_rows())

    watchdog = Watchdog(60)
    watchdog.start()
    try:
        stall = _a_stall_noticed_inside(qtbot, watchdog, write)
    finally:
        watchdog.stop()
    assert stall.where.startswith("jewelbench/storage/bulk.py:")
    assert stall.where.endswith(" in insert_rows")
    assert "slow_rows" in stall.stack
    assert "jewelbench/storage/bulk.py" in stall.describe()
    assert [c.criteria for c in workspace.tech_packs.qc_template()][0] == "Casting: no porosity"


def test_the_variable_is_read_and_a_bad_value_is_refused_with_a_reason(qapp, capsys):
    assert threshold_from({}) == (None, "")
    assert threshold_from({"JEWELBENCH_WATCHDOG": "100"}) == (100.0, "")
    for bad in ("fast", "0", "-5"):
        threshold, why = threshold_from({"JEWELBENCH_WATCHDOG": bad})
        assert threshold is None
        assert "not a number of milliseconds above 0" in why
    assert start_from_environment(None, {"JEWELBENCH_WATCHDOG": "fast"}) is None
    assert "JEWELBENCH_WATCHDOG='fast'" in capsys.readouterr().err
    assert start_from_environment(None, {}) is None


def test_started_from_the_environment_it_logs_to_the_apps_log(qtbot, tmp_path):
    watchdog = start_from_environment(tmp_path / "logs", {"JEWELBENCH_WATCHDOG": "60"})
    assert watchdog is not None
    try:
        QTimer.singleShot(0, lambda: _deliberate_stall(0.3))
        qtbot.waitUntil(lambda: len(watchdog.stalls) >= 1, timeout=10_000)
    finally:
        watchdog.stop()
    log = (tmp_path / "logs" / "jewelbench.log").read_text(encoding="utf-8")
    assert "GUI thread stalled for" in log
    assert "_deliberate_stall" in log


@pytest.mark.integration
def test_the_app_started_with_the_variable_watches_its_gui_thread(tmp_path):
    """The real program: `JEWELBENCH_WATCHDOG=50 jewelbench` says on stderr it is watching."""
    import os

    env = dict(os.environ, JEWELBENCH_WATCHDOG="50", QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, "-m", "jewelbench", "--workspace", str(tmp_path / "w.jewelbench"),
         "--quit-after-shown"], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "watching the GUI thread: stalls over 50 ms" in result.stderr


def test_the_stall_names_the_window_code_that_asked_for_the_work(qtbot):
    """A list whose cells are slow to compute: the stall says which jewelbench/ui line (the
    table model reading the cells) the time was spent under."""
    from jewelbench.ui.widgets.list_page import ListPage
    from jewelbench.ui.widgets.table_model import Column

    def slow_cell(row: int) -> str:
        _deliberate_stall(0.05)
        return f"row {row}"

    page = ListPage("slow", "Slow", [Column("Row", slow_cell)], "Nothing")
    qtbot.addWidget(page)
    watchdog = Watchdog(60)
    watchdog.start()
    try:
        QTimer.singleShot(0, lambda: page.set_rows(list(range(8)), "8 rows"))
        qtbot.waitUntil(lambda: len(watchdog.stalls) >= 1, timeout=10_000)
    finally:
        watchdog.stop()
    stall = max(watchdog.stalls, key=lambda s: s.duration_ms)
    assert stall.callers and stall.callers[0][0].startswith("jewelbench/ui/widgets/")
    assert "asked for by (innermost jewelbench/ui line): jewelbench/ui/widgets/" in \
        stall.describe()
