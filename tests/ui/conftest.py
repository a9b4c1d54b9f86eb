"""Shared UI fixtures: the main window on a private copy of the demo, at laptop size."""

from __future__ import annotations

import pytest
from ui_helpers import close_if_alive, close_message_boxes

from jewelbench.app.main import apply_style
from jewelbench.storage import Workspace
from jewelbench.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, qapp, demo_copy, settings, tmp_path):
    """The main window, styled as the app is, on its own copy of the demo, 1366 × 768."""
    apply_style(qapp)
    win = MainWindow(settings, Workspace.open(demo_copy), tmp_path)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    close_message_boxes()
    win.close()


@pytest.fixture
def open_editor(qtbot, window, settings):
    """Opens the tech pack editor of a design (by code) beside the window; closed afterwards."""
    from jewelbench.ui.techpacks import TechPackEditor

    opened = []

    def factory(code: str, size: tuple[int, int] | None = None) -> TechPackEditor:
        design = window.workspace.designs.get_by_code(code)
        editor = TechPackEditor(window.workspace, design.id, window.undo, settings, window)
        qtbot.addWidget(editor)
        if size is not None:
            editor.resize(*size)
        editor.show()
        qtbot.waitExposed(editor)
        opened.append(editor)
        return editor

    yield factory
    for editor in opened:
        close_if_alive(editor)
