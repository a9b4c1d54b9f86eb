"""Journey: the first hour of a designer who never saw the demo.

The real main window starts on an EMPTY workspace. Through the window's own actions, dialogs,
clicks and typing only, the designer sees the getting-started checklist, makes a workspace of
their own in Norwegian kroner with File ▸ New, adds a design whose bill of materials gets its
alloy by typing "925", watches the checklist tick, changes the base currency in Workspace
Settings, and opens the demo from Help to look around.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMessageBox

from jewelbench.app.demo import write_demo
from jewelbench.app.main import apply_style
from jewelbench.storage import Workspace
from jewelbench.ui import dialogs
from jewelbench.ui.main_window import MainWindow
from jewelbench.ui.workspace.checklist import TICK, TODO, ChecklistStep


@pytest.fixture
def first_run(qtbot, qapp, settings, tmp_path):
    """The window as `jewelbench` opens it on a first run: a new, empty workspace in the user
    data folder, the demo writer given as the app gives it."""
    apply_style(qapp)
    before = QLocale()
    QLocale.setDefault(QLocale("nb_NO"))  # a designer in Norway
    folder = tmp_path / "data"
    workspace = Workspace.create(folder / "My workspace.jewelbench")
    window = MainWindow(settings, workspace, folder, demo_writer=write_demo)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox) and box.isVisible():
            box.close()
    window.close()
    QLocale.setDefault(before)


def _trigger(window, *path: str) -> None:
    """Choose a menu item by its visible text, as a user does (File ▸ New Workspace…)."""
    menus = window.menuBar().actions()
    action = next(a for a in menus if a.text().replace("&", "") == path[0])
    for name in path[1:]:
        action = next(a for a in action.menu().actions()
                      if a.text().replace("&", "") == name)
    assert action.isEnabled(), path
    action.trigger()


def _marks(window) -> dict[ChecklistStep, str]:
    return {key: mark.text() for key, mark in window.checklist.marks.items()}


def _type_cell(qtbot, page, row: int, column: int, text: str) -> None:
    index = page.proxy.index(row, column)
    page.table.setCurrentIndex(index)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)  # open the cell's editor from the keyboard
    editor = page.table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)


def test_first_hour_from_an_empty_workspace(first_run, qtbot, tmp_path, monkeypatch):
    window = first_run
    folder = tmp_path / "data"
    _trigger(window, "View", "Designs")
    checklist = window.checklist
    assert checklist.isVisible(), "an empty workspace shows what to do first"
    assert set(_marks(window).values()) == {TODO}
    assert not window.designs.edit_button.isEnabled(), "nothing to edit yet"

    # File ▸ New: a workspace of one's own, in kroner (the locale's currency, offered first).
    own = folder / "Atelier Nord.jewelbench"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: own)
    _trigger(window, "File", "New Workspace…")
    dialog = window.new_workspace_dialog
    assert dialog.currency.currentText() == "NOK"
    dialog.name.setText("Atelier Nord")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert window.workspace.path == own and window.workspace.base_currency == "NOK"
    assert "Atelier Nord" in window.windowTitle()
    assert checklist.isVisible() and checklist.title.text() == "Getting started — 0 of 6 done"

    # The checklist's New Design… opens the dialog; the design ticks its step.
    qtbot.mouseClick(checklist.buttons[ChecklistStep.DESIGN], Qt.MouseButton.LeftButton)
    new = window.designs.dialog
    qtbot.keyClicks(new.code, "PD-001")
    qtbot.keyClicks(new.name, "Fjord Pendant")
    qtbot.keyClick(new.name, Qt.Key.Key_Return)
    assert _marks(window)[ChecklistStep.DESIGN] == TICK
    assert checklist.title.text() == "Getting started — 1 of 6 done"

    # Edit… (enabled now that a design is selected): a metal line whose alloy is typed "925".
    assert window.designs.edit_button.isEnabled()
    qtbot.mouseClick(window.designs.edit_button, Qt.MouseButton.LeftButton)
    editor = window.designs.editor
    qtbot.waitExposed(editor)
    editor.tabs.setCurrentIndex(1)
    metals = editor.sections[0]
    qtbot.mouseClick(metals.add_button, Qt.MouseButton.LeftButton)
    _type_cell(qtbot, metals.page, 0, 0, "BRASS")  # a line of brass first …
    _type_cell(qtbot, metals.page, 0, 0, "925")  # … then typed "925": sterling silver
    _type_cell(qtbot, metals.page, 0, 1, "4,5")  # a decimal comma in Norway
    design = window.workspace.designs.get_by_code("PD-001")
    assert [(m.alloy_code, str(m.finished_weight_g)) for m in design.metals] == [
        ("AG925", "4.5")]
    assert metals.page.proxy.index(0, 0).data() == "Sterling silver 925 (AG925)"
    editor.close()

    # The brand profile from the checklist ticks its step too.
    qtbot.mouseClick(checklist.buttons[ChecklistStep.BRAND], Qt.MouseButton.LeftButton)
    brand = window.brand_dialog
    qtbot.keyClicks(brand.name, "Atelier Nord")
    qtbot.keyClick(brand.name, Qt.Key.Key_Return)
    assert _marks(window)[ChecklistStep.BRAND] == TICK
    brand.close()
    assert checklist.title.text() == "Getting started — 2 of 6 done"

    # Workspace Settings: the base currency becomes euros; nothing stored is re-based.
    _trigger(window, "File", "Workspace Settings…")
    settings_dialog = window.workspace_settings_dialog
    assert settings_dialog.currency.currentText() == "NOK"
    settings_dialog.currency.setFocus()
    settings_dialog.currency.lineEdit().selectAll()
    qtbot.keyClicks(settings_dialog.currency.lineEdit(), "EUR")
    qtbot.mouseClick(settings_dialog.buttons.button(settings_dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert window.workspace.base_currency == "EUR"
    assert window.workspace.designs.get_by_code("PD-001").metals == design.metals
    assert window.undo_action.text().replace("&", "") == "Undo Change the base currency to EUR"
    window.undo_action.trigger()
    assert window.workspace.base_currency == "NOK", "one undoable step"
    window.redo_action.trigger()
    assert window.workspace.base_currency == "EUR"

    # Help ▸ Open Demo Workspace: written in the background, then opened.
    _trigger(window, "Help", "Open Demo Workspace…")
    qtbot.waitUntil(lambda: window.workspace.path == folder / "Demo.jewelbench", timeout=90000)
    assert window.workspace.counts()["designs"] == 15
    assert "replaced the previous demo copy" in window.statusBar().currentMessage()
    assert not checklist.isVisible(), "the demo has done every first step"
    assert Path(own).exists(), "one's own workspace is left alone"
    assert Workspace.check(own).ok
