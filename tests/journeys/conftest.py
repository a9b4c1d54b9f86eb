"""The journeys' shared set-up: the real main window on an EMPTY workspace, as a new user first
sees it — in the system's light palette, or in a dark one with a screenshot of every step.

Nothing here puts data in the file. The only things replaced are the helpers that ask for a
folder or a file (a native picker cannot be clicked offscreen); they answer with a folder in
the test's tmp_path, as the user would choose it. A Qt warning on the road fails the test
(qt_log_level_fail in pyproject.toml)."""

from __future__ import annotations

from pathlib import Path

import pytest
from qt_helpers import dark_palette
from steps import Road

from jewelbench.app.main import apply_style
from jewelbench.storage import Workspace
from jewelbench.ui.main_window import MainWindow

JOURNEY_ARTIFACTS = Path(__file__).parent.parent / "artifacts" / "journey"

def _open_window(qtbot, settings, tmp_path: Path) -> MainWindow:
    workspace = Workspace.create(tmp_path / "My studio.jewelbench")
    window = MainWindow(settings, workspace, tmp_path)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def rfq_folder(tmp_path, monkeypatch) -> Path:
    """Where the user saves the RFQ PDFs (the folder picker answers with it)."""
    from jewelbench.ui.rfqs import dialog as rfq_dialog
    from jewelbench.ui.rfqs import tracking as rfq_tracking

    folder = tmp_path / "RFQ letters"
    folder.mkdir()
    monkeypatch.setattr(rfq_dialog, "ask_folder", lambda parent, title, directory: folder)
    monkeypatch.setattr(rfq_tracking, "ask_folder", lambda parent, title, directory: folder)
    return folder


@pytest.fixture
def picker(monkeypatch):
    """Import Quotes' file picker, answered as the user would: the next file in `chosen`."""
    chosen: list[Path] = []
    monkeypatch.setattr("jewelbench.ui.exports.quote_import.ask_import_path",
                        lambda _parent, _title, _directory: chosen.pop(0) if chosen else None)
    return chosen


@pytest.fixture
def road(qtbot, qapp, settings, tmp_path, rfq_folder):
    """The new user's road, in the system palette: the window on an empty workspace."""
    apply_style(qapp)
    window = _open_window(qtbot, settings, tmp_path)
    walk = Road(window, qtbot, tmp_path, rfq_folder)
    yield walk
    walk.close_everything()
    window.close()


@pytest.fixture
def dark_road(qtbot, qapp, settings, tmp_path, rfq_folder):
    """The same road on a dark desktop at 1366 × 768, photographed at every step."""
    light = qapp.palette()
    qapp.setPalette(dark_palette(light))  # as a dark desktop is, before the window is made
    JOURNEY_ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in JOURNEY_ARTIFACTS.glob("*.png"):
        old.unlink()
    try:
        apply_style(qapp)
        window = _open_window(qtbot, settings, tmp_path)
        walk = Road(window, qtbot, tmp_path, rfq_folder, screenshots=JOURNEY_ARTIFACTS)
        yield walk
        walk.close_everything()
        window.close()
    finally:
        qapp.setPalette(light)
