"""Callouts on a tech pack's pictures, pull strengths of findings and the issue date: each
change saved as one undoable step through the editor, bad input refused with a reason, an
issued revision shown read-only."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from ui_helpers import edit_cell, stored_draft, tech_pack_revision

from jewelbench.domain.techpacks import RevisionStatus
from jewelbench.ui.designs.commands import ReplaceDesign
from jewelbench.ui.techpacks.callouts import LABEL, X_PERCENT, Y_PERCENT

PULL_STRENGTH = 3


def _callouts_tab(editor):
    editor.tabs.setCurrentWidget(editor.callouts)
    return editor.callouts


def _click(qtbot, canvas, x: float, y: float) -> None:
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.point_at(x, y).toPoint())


def _drag(qtbot, canvas, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    middle = (start + end) / 2
    qtbot.mouseMove(canvas, middle)
    qtbot.mouseMove(canvas, end)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)


def _type_label(qtbot, tab, text: str) -> None:
    """Type into the label cell a click or Add opened, as the user does, and press Return."""
    table = tab.page.table
    assert table.state() == QAbstractItemView.State.EditingState
    assert table.currentIndex().column() == LABEL
    field = table.focusWidget()
    assert isinstance(field, QLineEdit)
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def _marker(canvas, number: int) -> QPoint:
    """Where the numbered marker of callout `number` (1, 2 …) is drawn."""
    return canvas.markers()[number - 1][1].toPoint()


def _image_id(window, code: str) -> int:
    return window.workspace.designs.get_by_code(code).images[0].id


def test_a_click_on_the_picture_adds_a_callout_there_ready_for_its_label(qtbot, open_editor,
                                                                        window):
    editor = open_editor("PD-012")  # issued A and an open draft B
    assert editor.revision.revision == "B" and editor.is_editable()
    tab = _callouts_tab(editor)
    assert tab.canvas.image_rect().width() > 200, "the picture is shown"
    depth = window.undo.stack.count()

    _click(qtbot, tab.canvas, 0.25, 0.75)
    callouts = stored_draft(window, "PD-012", "B").callouts
    assert len(callouts) == 1
    callout = callouts[0]
    assert callout.image_id == _image_id(window, "PD-012")
    assert callout.label == "Callout 1"
    assert abs(float(callout.x) - 0.25) < 0.005 and abs(float(callout.y) - 0.75) < 0.005
    assert window.undo.stack.count() == depth + 1, "one undoable step"
    assert len(tab.canvas.markers()) == 1

    _type_label(qtbot, tab, "Bail solder seam")  # the new callout's label is open for typing
    assert stored_draft(window, "PD-012", "B").callouts[0].label == "Bail solder seam"
    assert tab.page.proxy.index(0, LABEL).data() == "Bail solder seam"
    edit_cell(qtbot, tab.page, 0, X_PERCENT, "40")
    edit_cell(qtbot, tab.page, 0, Y_PERCENT, "12.5")
    callout = stored_draft(window, "PD-012", "B").callouts[0]
    assert (callout.x, callout.y) == (Decimal("0.4"), Decimal("0.125"))
    assert tab.page.proxy.index(0, Y_PERCENT).data() == "12.5"
    assert tab.picture.currentText().endswith("1 callout")

    # the printed tech pack of the draft carries it, numbered, with its legend
    design_image = _image_id(window, "PD-012")
    snapshot = window.workspace.tech_packs.snapshot(tech_pack_revision(window, "PD-012", "B").id)
    assert snapshot["callouts"] == [{"image_id": design_image, "x": "0.4", "y": "0.125",
                                     "label": "Bail solder seam"}]


@pytest.mark.parametrize("typed, reason", [("150", "too large"), ("-5", "too small"),
                                           ("12.345", "decimal places"), ("abc", "")])
def test_a_bad_position_is_refused_with_a_message_and_nothing_changes(
        qtbot, open_editor, window, typed, reason):
    editor = open_editor("PD-012")
    tab = _callouts_tab(editor)
    assert tab.add()  # the keyboard path: in the middle of the picture
    before = stored_draft(window, "PD-012", "B")
    assert [(c.x, c.y) for c in before.callouts] == [(Decimal("0.5"), Decimal("0.5"))]
    depth = window.undo.stack.count()
    edit_cell(qtbot, tab.page, 0, X_PERCENT, typed)
    assert stored_draft(window, "PD-012", "B") == before
    assert window.undo.stack.count() == depth
    if typed == "abc":  # the cell never takes letters: nothing reaches the draft at all
        return
    assert reason in editor.status.text()
    assert "0" in editor.status.text() and "100" in editor.status.text()


def test_a_marker_drags_to_a_new_place_in_one_step_and_undo_puts_it_back(qtbot, open_editor,
                                                                         window):
    editor = open_editor("PD-012")
    tab = _callouts_tab(editor)
    _click(qtbot, tab.canvas, 0.3, 0.3)
    _click(qtbot, tab.canvas, 0.7, 0.6)
    stored = stored_draft(window, "PD-012", "B").callouts
    assert [c.label for c in stored] == ["Callout 1", "Callout 2"]
    first = (stored[0].x, stored[0].y)
    depth = window.undo.stack.count()

    rect = tab.canvas.image_rect()
    start = _marker(tab.canvas, 1)
    _drag(qtbot, tab.canvas, start, start + QPoint(round(rect.width() * 0.2), 0))
    moved = stored_draft(window, "PD-012", "B").callouts[0]
    assert abs(float(moved.x) - (float(first[0]) + 0.2)) < 0.01
    assert moved.y == first[1]
    assert window.undo.stack.count() == depth + 1, "the whole drag is one undoable change"
    assert tab.canvas.selected() == 0
    assert tab.page.table.currentIndex().row() == 0

    window.undo.stack.undo()
    assert (stored_draft(window, "PD-012", "B").callouts[0].x,
            stored_draft(window, "PD-012", "B").callouts[0].y) == first
    target = tab.canvas.markers()[0][0]
    assert (target - tab.canvas.point_at(float(first[0]), float(first[1]))).manhattanLength() \
        < 1, "the picture follows the undo"
    assert tab.page.proxy.index(0, X_PERCENT).data() == f"{float(first[0]) * 100:.1f}"


def test_remove_renumbers_and_undo_brings_the_callout_back(qtbot, open_editor, window):
    editor = open_editor("PD-012")
    tab = _callouts_tab(editor)
    for x in (0.2, 0.5, 0.8):
        _click(qtbot, tab.canvas, x, 0.4)
    _type_label(qtbot, tab, "Clasp hinge")
    tab.page.table.setCurrentIndex(tab.page.proxy.index(1, LABEL))
    assert tab.canvas.selected() == 1, "the selected row's marker is highlighted"
    tab.remove_button.click()
    stored = stored_draft(window, "PD-012", "B").callouts
    assert [c.label for c in stored] == ["Callout 1", "Clasp hinge"]
    assert [tab.page.proxy.index(r, 0).data() for r in range(2)] == ["1", "2"]
    assert len(tab.canvas.markers()) == 2

    # Delete on the picture removes the selected marker too
    qtbot.mouseClick(tab.canvas, Qt.MouseButton.LeftButton, pos=_marker(tab.canvas, 2))
    assert tab.canvas.selected() == 1
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Delete)
    assert [c.label for c in stored_draft(window, "PD-012", "B").callouts] == ["Callout 1"]

    window.undo.stack.undo()
    window.undo.stack.undo()
    assert [c.label for c in stored_draft(window, "PD-012", "B").callouts] == [
        "Callout 1", "Callout 2", "Clasp hinge"]
    assert len(tab.canvas.markers()) == 3
    assert [tab.page.proxy.index(r, LABEL).data() for r in range(3)] == [
        "Callout 1", "Callout 2", "Clasp hinge"]


def test_callouts_are_issued_with_the_revision_on_the_date_picked_and_then_read_only(
        qtbot, open_editor, window, artifacts_dir):
    editor = open_editor("RG-040")  # no tech pack yet
    assert editor.new_draft()
    tab = _callouts_tab(editor)
    _click(qtbot, tab.canvas, 0.5, 0.2)
    _type_label(qtbot, tab, "Stone seat depth")
    for warning in editor.open_warnings():
        assert editor.dfm.acknowledge("Checked with the setter", warning.code)

    dialog = editor.ask_to_issue()
    assert dialog is not None and dialog.isVisible()
    today = dt.date.today()
    shown = dialog.issue_date.date()
    assert (shown.year(), shown.month(), shown.day()) == (today.year, today.month, today.day)
    assert dialog.issue_date.calendarPopup()
    tomorrow = today + dt.timedelta(days=1)
    dialog.issue_date.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert dialog.issued_on() == today, "not after today"
    picked = today - dt.timedelta(days=9)
    dialog.issue_date.setDate(QDate(picked.year, picked.month, picked.day))
    dialog.grab().save(str(artifacts_dir / "techpack-issue-dialog.png"))
    dialog.issue_button.click()
    issued = tech_pack_revision(window, "RG-040", "A")
    assert issued.status is RevisionStatus.ISSUED
    assert issued.issued_on == picked
    assert issued.content["issued_on"] == picked.isoformat()

    # shown as issued: on the frozen picture, and nothing changes it
    assert not editor.is_editable()
    tab = _callouts_tab(editor)
    assert [r.callout.label for r in tab.rows] == ["Stone seat depth"]
    assert len(tab.canvas.markers()) == 1
    frozen = issued.content["images"][0]["id"]
    assert tab.current_picture().id == frozen == issued.content["callouts"][0]["image_id"]
    depth = window.undo.stack.count()
    _click(qtbot, tab.canvas, 0.8, 0.8)
    _drag(qtbot, tab.canvas, _marker(tab.canvas, 1), _marker(tab.canvas, 1) + QPoint(60, 60))
    assert window.undo.stack.count() == depth
    assert tech_pack_revision(window, "RG-040", "A").content == issued.content
    assert len(tab.canvas.markers()) == 1
    assert tab.page.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not tab.add_button.isEnabled() and not tab.remove_button.isEnabled()
    assert (editor.materials.findings.table.editTriggers()
            == QAbstractItemView.EditTrigger.NoEditTriggers)
    editor.grab().save(str(artifacts_dir / "techpack-editor-callouts-issued.png"))

    # the next draft starts from them, back on the design's own image
    assert editor.new_draft()
    draft = stored_draft(window, "RG-040", "B")
    assert [(c.image_id, c.label) for c in draft.callouts] == [
        (_image_id(window, "RG-040"), "Stone seat depth")]
    assert [r.callout.label for r in _callouts_tab(editor).rows] == ["Stone seat depth"]


def test_a_design_without_images_says_where_to_add_them(qtbot, open_editor, window,
                                                       artifacts_dir):
    editor = open_editor("PD-012")
    tab = _callouts_tab(editor)
    assert tab.stack.currentWidget() is tab.splitter
    design = window.workspace.designs.get_by_code("PD-012")
    assert window.undo.run(ReplaceDesign(window.workspace, design,
                                         replace(design, images=[]), "Remove images")) is None
    assert tab.stack.currentWidget() is tab.empty, "the editor follows the design"
    assert "Add images in the design editor first" in tab.empty.text()
    editor.grab().save(str(artifacts_dir / "techpack-editor-callouts-no-images.png"))
    window.undo.stack.undo()
    assert tab.stack.currentWidget() is tab.splitter


@pytest.fixture
def findings_table(open_editor):
    editor = open_editor("PD-012")
    editor.tabs.setCurrentIndex(editor.tabs.indexOf(editor.form_tabs[2]))  # Materials & Marks
    page = editor.materials.findings
    kinds = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert kinds == ["Chain", "Clasp", "Jump ring"]
    return editor, page


def test_a_pull_strength_is_saved_and_printed(qtbot, findings_table, window):
    editor, page = findings_table
    edit_cell(qtbot, page, 1, PULL_STRENGTH, "45.5")
    assert stored_draft(window, "PD-012", "B").pull_strengths_n == {1: Decimal("45.5")}
    assert page.proxy.index(1, PULL_STRENGTH).data() == "45.5"
    assert page.proxy.index(0, PULL_STRENGTH).data() == "", "empty: not specified"
    snapshot = window.workspace.tech_packs.snapshot(tech_pack_revision(window, "PD-012", "B").id)
    assert [f["pull_strength_n"] for f in snapshot["findings"]] == [None, "45.5", None]
    editor.tabs.setCurrentIndex(0)
    printed = editor.document_view.toPlainText()
    assert "Pull strength (N)" in printed and "45.5" in printed

    window.undo.stack.undo()
    assert stored_draft(window, "PD-012", "B").pull_strengths_n == {}
    assert page.proxy.index(1, PULL_STRENGTH).data() == ""


@pytest.mark.parametrize("typed, reason", [("-3", "too small"), ("0", "Zero is not allowed"),
                                           ("20000", "too large"), ("4.25", "decimal places")])
def test_a_bad_pull_strength_is_refused_with_a_message(qtbot, findings_table, window, typed,
                                                       reason):
    editor, page = findings_table
    before = stored_draft(window, "PD-012", "B")
    depth = window.undo.stack.count()
    edit_cell(qtbot, page, 1, PULL_STRENGTH, typed)
    assert reason in editor.status.text()
    assert stored_draft(window, "PD-012", "B") == before
    assert window.undo.stack.count() == depth


def _dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, "#2b2b2b"), (roles.WindowText, "#e6e6e6"),
                         (roles.Base, "#1f1f1f"), (roles.AlternateBase, "#262626"),
                         (roles.Text, "#e6e6e6"), (roles.Button, "#333333"),
                         (roles.ButtonText, "#e6e6e6"), (roles.Highlight, "#3d7bd9"),
                         (roles.HighlightedText, "#ffffff"), (roles.Mid, "#555555"),
                         (roles.PlaceholderText, "#9a9a9a")):
        palette.setColor(role, colour)
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, "#7a7a7a")
    return palette


def test_screenshot(qtbot, open_editor, window, artifacts_dir):
    editor = open_editor("PD-012")
    assert (editor.width(), editor.height()) == (1180, 720)
    screen = editor.screen().availableGeometry()
    assert (screen.width(), screen.height()) == (1366, 768)
    minimum = editor.minimumSizeHint()
    assert minimum.width() <= screen.width() and minimum.height() <= screen.height(), \
        "fits a 1366 × 768 laptop"
    tab = _callouts_tab(editor)
    for x, y, label in ((0.5, 0.12, "Bail: solder seam hidden at back"),
                        (0.3, 0.62, "Pear stone: claw tips"), (0.68, 0.7, "Halo: even spacing")):
        _click(qtbot, tab.canvas, x, y)
        _type_label(qtbot, tab, label)
    tab.page.table.setCurrentIndex(tab.page.proxy.index(1, LABEL))
    editor.grab().save(str(artifacts_dir / "techpack-editor-callouts.png"))

    editor.tabs.setCurrentIndex(editor.tabs.indexOf(editor.form_tabs[2]))
    edit_cell(qtbot, editor.materials.findings, 1, PULL_STRENGTH, "45")
    editor.grab().save(str(artifacts_dir / "techpack-editor-findings.png"))

    # dark mode: the markers take the palette's highlight colours, and still stand out
    light = QApplication.palette()
    QApplication.setPalette(_dark_palette())
    try:
        dark = open_editor("PD-012")
        dark.tabs.setCurrentWidget(dark.callouts)
        dark.callouts.page.table.setCurrentIndex(dark.callouts.page.proxy.index(1, LABEL))
        dark.grab().save(str(artifacts_dir / "techpack-editor-callouts-dark.png"))
    finally:
        QApplication.setPalette(light)
