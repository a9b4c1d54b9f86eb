"""Data safety on the road (issue 13, items 4 and 10): from an empty workspace, the user
adds a supplier and a design, then saves a copy with File ▸ Save As… onto a disk that is full,
and later types a number with an underscore and one in full-width digits.

They must see a plain refusal (never the crash dialog), find no half-written copy on that
disk, and keep working in their own workspace with nothing lost; the odd numbers are refused
next to the field with the message any other non-number gets, and nothing is stored."""

from __future__ import annotations

import os
import sys
from decimal import Decimal
from pathlib import Path

import pytest
import steps
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from qt_helpers import visible_top_levels
from steps import (
    DESIGN_CODE,
    SUPPLIER,
    Road,
    click,
    focus,
    type_into,
)

from jewelbench.ui.crash_dialog import CrashDialog

sys.path.insert(0, str(Path(__file__).parent.parent / "faults"))
# the fault tests' real 2 MB tmpfs (needs root; skipped elsewhere)
from test_faults_disk_full import small_disk  # noqa: E402, F401, I001

# They start another program (see the integration marker in pyproject.toml).
pytestmark = pytest.mark.integration


@pytest.fixture
def full_disk(small_disk):  # noqa: F811
    """The small disk filled up but for 16 KB: too little for any copy of a workspace."""
    free = os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize
    (small_disk / "filler.bin").write_bytes(b"\0" * (free - 16 * 1024))
    return small_disk


def add_design(road: Road) -> None:
    steps.new_design(road)


def save_as_onto_the_full_disk(road: Road, disk, monkeypatch) -> None:
    from jewelbench.ui import dialogs

    window, qtbot = road.window, road.qtbot
    own = window.workspace.path
    target = disk / "My studio copy.jewelbench"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, title, suggestion: target)
    window.save_as_action.trigger()  # File ▸ Save As…

    shown = visible_top_levels(QMessageBox)
    assert len(shown) == 1, [b.text() for b in shown]
    box = shown[0]
    assert box.windowTitle() == "Cannot save a copy"
    assert box.text() == ("The copy could not be written; the workspace is unchanged and "
                          "still open.")
    assert "the disk is full" in box.informativeText()
    assert "My studio copy.jewelbench" in box.informativeText()
    assert not visible_top_levels(CrashDialog)
    road.snap("save-as-disk-full", box)
    click(qtbot, box.button(box.StandardButton.Ok))
    qtbot.waitUntil(lambda: not box.isVisible())

    # nothing half-written on the full disk: no copy, no .partial, no .partial-journal
    assert sorted(p.name for p in disk.iterdir()) == ["filler.bin"]
    # still in the user's own workspace, with what they made, and it still saves
    assert window.workspace.path == own
    assert "My studio" in window.windowTitle()
    assert window.workspace.suppliers.id_for_name(SUPPLIER) is not None
    assert window.workspace.designs.id_for_code(DESIGN_CODE) is not None


def type_through_input_method(qtbot, line, text: str) -> None:
    """Full-width digits as a Japanese or Chinese input method hands them to the field (a
    committed string; QTest's key clicks only type Latin-1), then Enter."""
    focus(qtbot, line)
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(line, event)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def odd_numbers_are_refused(road: Road) -> None:
    window, qtbot = road.window, road.qtbot
    window.view_actions[0].trigger()
    catalog = window.designs
    assert catalog.select(window.workspace.designs.id_for_code(DESIGN_CODE))
    click(qtbot, catalog.edit_button)
    editor = catalog.editor
    qtbot.waitExposed(editor)
    type_into(qtbot, editor.retail.edit, "185")
    assert window.workspace.designs.get_by_code(DESIGN_CODE).target_retail_price.amount \
        == Decimal("185")
    for typed in ("1_000", "１２"):
        if typed.isascii():
            type_into(qtbot, editor.retail.edit, typed)
        else:
            type_through_input_method(qtbot, editor.retail.edit, typed)
        assert editor.retail.edit.text() == typed  # nothing dropped from what was typed
        assert editor.retail.error.isVisible()
        assert editor.retail.error.text() == (
            f"“{typed}” is not a number. Enter a number, at least 0 and at most 100,000,000, "
            "with up to 2 decimal places.")
        road.snap("odd-number-refused", editor)
        # nothing stored: the retail price is still the one typed before
        assert window.workspace.designs.get_by_code(DESIGN_CODE).target_retail_price.amount \
            == Decimal("185")
    type_into(qtbot, editor.retail.edit, "1000")
    assert not editor.retail.error.isVisible()
    assert window.workspace.designs.get_by_code(DESIGN_CODE).target_retail_price.amount \
        == Decimal("1000")
    editor.close()


def test_save_as_onto_a_full_disk_and_odd_numbers_are_refused_and_nothing_is_lost(
        road, full_disk, monkeypatch):
    road.add_supplier()
    add_design(road)
    save_as_onto_the_full_disk(road, full_disk, monkeypatch)
    # after the refusal the workspace goes on saving
    odd_numbers_are_refused(road)
    road.no_message_box()
    assert not visible_top_levels(CrashDialog)
