"""Which workspace the app opens at start, and what it tells the user."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QLocale

from jewelbench.app.main import DEFAULT_WORKSPACE_NAME, choose_workspace
from jewelbench.storage import Workspace


def test_first_run_creates_a_workspace_in_the_data_folder_and_says_where(qapp, settings,
                                                                          tmp_path):
    before = QLocale()
    QLocale.setDefault(QLocale("nb_NO"))  # a first run in Norway
    try:
        _first_run(settings, tmp_path)
    finally:
        QLocale.setDefault(before)


def _first_run(settings, tmp_path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    startup = choose_workspace(settings, folder)
    try:
        assert startup.workspace.path == folder / DEFAULT_WORKSPACE_NAME
        assert startup.workspace.counts()["designs"] == 0
        assert len(startup.notices) == 1
        assert str(folder / DEFAULT_WORKSPACE_NAME) in startup.notices[0][2]
        assert startup.workspace.base_currency == "NOK", "the locale's currency"
        assert "Costs are shown in NOK" in startup.notices[0][2]
    finally:
        startup.workspace.close()
    again = choose_workspace(settings, folder)
    assert again.workspace.path == folder / DEFAULT_WORKSPACE_NAME
    assert again.notices == [], "the second start says nothing"
    again.workspace.close()


def test_the_last_workspace_is_reopened(qapp, settings, tmp_path):
    last = tmp_path / "studio.jewelbench"
    Workspace.create(last).close()
    settings.setValue("last_workspace", str(last))
    startup = choose_workspace(settings, tmp_path)
    assert startup.workspace.path == last
    startup.workspace.close()


def test_a_log_beside_the_last_workspace_that_is_not_its_own_is_set_aside_and_said(
        qapp, settings, tmp_path):
    import sqlite3

    last = tmp_path / "studio.jewelbench"
    Workspace.create(last).close()
    other = sqlite3.connect(tmp_path / "other.db")
    other.execute("PRAGMA journal_mode = WAL")
    other.execute("PRAGMA wal_autocheckpoint = 0")
    other.execute("CREATE TABLE t (x)")
    other.commit()
    (tmp_path / "studio.jewelbench-wal").write_bytes((tmp_path / "other.db-wal").read_bytes())
    other.close()
    settings.setValue("last_workspace", str(last))
    startup = choose_workspace(settings, tmp_path)
    try:
        assert startup.workspace.path == last
        [(title, text, details)] = startup.notices
        assert title == "Workspace opened"
        assert text == ("“studio.jewelbench” was opened as it was last saved; a file beside it "
                        "was not part of it.")
        [aside] = tmp_path.glob("studio.jewelbench-wal.stray-*")
        assert f"moved aside as {aside.name}" in details
    finally:
        startup.workspace.close()


def test_a_damaged_last_workspace_is_left_alone_and_reported(qapp, settings, tmp_path):
    last = tmp_path / "studio.jewelbench"
    last.write_bytes(b"SQLite format 3\x00" + b"\xff" * 50)
    before = hashlib.sha256(last.read_bytes()).hexdigest()
    settings.setValue("last_workspace", str(last))
    startup = choose_workspace(settings, tmp_path)
    try:
        assert startup.workspace.path == tmp_path / DEFAULT_WORKSPACE_NAME
        # The window offers the newest good backup for it once it is up.
        assert [(path, "truncated" in reason) for path, reason in startup.damaged] == [
            (last, True)]
        assert hashlib.sha256(last.read_bytes()).hexdigest() == before
    finally:
        startup.workspace.close()


def test_demo_is_written_fresh_each_time(qapp, settings, tmp_path):
    first = choose_workspace(settings, tmp_path, demo=True)
    path = first.workspace.path
    designs = first.workspace.counts()["designs"]
    first.workspace.designs.delete(first.workspace.designs.summaries()[0].id)
    first.workspace.close()
    second = choose_workspace(settings, tmp_path, demo=True)
    assert second.workspace.path == path
    assert second.workspace.counts()["designs"] == designs >= 12
    second.workspace.close()


def test_a_second_demo_start_does_not_pull_the_demo_from_under_the_first(qapp, settings,
                                                                         tmp_path):
    first = choose_workspace(settings, tmp_path, demo=True)
    try:
        with first.workspace.transaction():
            first.workspace.settings.set("marker", "first window's change")
        second = choose_workspace(settings, tmp_path, demo=True)
        try:
            assert second.workspace.read_only
            assert second.workspace.settings.get("marker") == "first window's change"
            assert "already open" in second.notices[0][1]
        finally:
            second.workspace.close()
    finally:
        first.workspace.close()


def test_at_start_up_the_frame_shows_first_and_the_catalog_fills_on_the_next_turn(
        qtbot, qapp, demo_copy, settings, tmp_path):
    from jewelbench.ui.main_window import MainWindow

    window = MainWindow(settings, Workspace.open(demo_copy), tmp_path, defer_first_view=True)
    qtbot.addWidget(window)
    assert not window.first_view_is_ready
    assert window.stack.count() == 0, "nothing is built before the frame is shown"
    with qtbot.waitSignal(window.first_view_ready, timeout=5000):
        window.show()
    assert window.stack.currentWidget() is window.designs
    assert window.designs.page.model.rowCount() == 15, "the demo's designs are listed"
    window.close()
