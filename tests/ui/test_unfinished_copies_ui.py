"""The window sweeps what a killed copy left: a Save As or a backup killed halfway leaves
NAME.partial with its -journal (and -wal/-shm); opening the workspace again removes them
beside it and in its backups folder, and leaves a copy another window is writing alone."""

from __future__ import annotations

from pathlib import Path

from jewelbench.app.main import apply_style
from jewelbench.storage import Workspace, partials
from jewelbench.storage.backups import backup_folder_for
from jewelbench.ui.main_window import MainWindow


def left_by_a_kill(partial: Path) -> list[Path]:
    files = [partial] + [partial.with_name(partial.name + s) for s in ("-journal", "-wal",
                                                                       "-shm")]
    for path in files:
        path.write_bytes(b"half a copy")
    return files


def test_opening_a_workspace_sweeps_what_a_killed_copy_left(qtbot, qapp, settings, tmp_path):
    path = tmp_path / "studio.jewelbench"
    Workspace.create(path).close()
    killed_save_as = left_by_a_kill(tmp_path / "studio copy.jewelbench.partial")
    backups = backup_folder_for(path, tmp_path)
    backups.mkdir(parents=True)
    killed_backup = left_by_a_kill(backups / "studio 2026-01-02 10-00-00 automatic"
                                             ".jewelbench.partial")
    notes = tmp_path / "notes.partial"  # not a workspace copy: never touched
    notes.write_text("mine")
    live = tmp_path / "other copy.jewelbench.partial"

    apply_style(qapp)
    with partials.held(live):  # another window is writing this copy right now
        window = MainWindow(settings, Workspace.open(path), tmp_path)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: not any(p.exists() for p in killed_save_as + killed_backup))
        assert live.exists()
    assert notes.read_text() == "mine"
    assert window.workspace.path == path
    window.close()
