"""Journey: approving a sample round despite its problems is a decision, not an accident.

The real main window on an EMPTY workspace, driven only through its own actions, dialogs,
clicks and typing: a design, its tech pack with a critical dimension and a weight tolerance
issued as A, a supplier, a sample requested and recorded (a critical dimension out of
tolerance, the final audit failed), then Approved: the window asks first, naming each
problem; Cancel leaves the round undecided; a reason stores it approved with deviations.
The deviations then show in the timeline and the design editor, undo takes them back, and
the next tech pack revision's DFM notes carry them. Storage is only READ, to check.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QWidget,
)
from steps import (
    choose,
    click,
    click_ok,
    edit_cell,
    message_boxes,
    tick_cell,
    type_into,
)

from jewelbench.app.main import apply_style
from jewelbench.domain.samples import SampleDecision
from jewelbench.storage import Workspace
from jewelbench.ui.main_window import MainWindow
from jewelbench.ui.samples.deviations import DeviationsQuestion

ARTIFACTS = Path(__file__).parent.parent / "artifacts" / "sample-deviations"
CODE, NAME = "RG-201", "Tide Band"
SUPPLIER = "Chao Phraya Silverworks"
REASON = "Launch on 1 June; the factory corrects the band width in production"
D = Decimal


# --- as a user does it -------------------------------------------------------------------

def _open_questions() -> list[DeviationsQuestion]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, DeviationsQuestion) and w.isVisible()]


def _no_message_box() -> None:
    boxes = message_boxes()
    assert not boxes, [f"{b.text()} {b.informativeText()}" for b in boxes]


def _snap(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(ARTIFACTS / f"{name}.png"))


@pytest.fixture
def window(qtbot, qapp, settings, tmp_path):
    apply_style(qapp)
    workspace = Workspace.create(tmp_path / "My studio.jewelbench")
    win = MainWindow(settings, workspace, tmp_path)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    for widget in QApplication.topLevelWidgets():
        if widget is not win and isinstance(widget, QDialog) and widget.isVisible():
            widget.close()
    win.close()


# --- the road ----------------------------------------------------------------------------

def _create_design(qtbot, window) -> int:
    window.view_actions[0].trigger()  # View ▸ Designs
    catalog = window.designs
    click(qtbot, catalog.new_button)
    dialog = catalog.dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.code, CODE)
    qtbot.keyClicks(dialog.name, NAME)
    choose(qtbot, dialog.category, "Ring")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.error.text()
    assert catalog.page.current_row().code == CODE
    _no_message_box()
    return window.workspace.designs.id_for_code(CODE)


def _issue_tech_pack(qtbot, window) -> None:
    """Tech Pack… on the design: a new draft with a critical band width, an inner diameter
    and a weight with its tolerance, issued as revision A."""
    catalog = window.designs
    click(qtbot, catalog.tech_pack_button)
    editor = catalog.tech_pack_editor
    qtbot.waitExposed(editor)
    click(qtbot, editor.new_draft_button)
    assert editor.revision is not None and editor.revision.revision == "A"
    editor.tabs.setCurrentWidget(editor.dimensions)
    page = editor.dimensions.page
    click(qtbot, editor.dimensions.add_button)
    edit_cell(qtbot, page, 0, 0, "Band width")
    edit_cell(qtbot, page, 0, 1, "2.0")
    edit_cell(qtbot, page, 0, 2, "0.1")
    tick_cell(qtbot, page, 0, 3)  # critical: a check box, ticked with Space
    click(qtbot, editor.dimensions.add_button)
    edit_cell(qtbot, page, 1, 0, "Inner diameter")
    edit_cell(qtbot, page, 1, 1, "17.3")
    edit_cell(qtbot, page, 1, 2, "0.1")
    editor.tabs.setCurrentIndex(editor.tabs.indexOf(editor.dimensions) + 1)  # Weight
    type_into(qtbot, editor.weight.finished_weight, "3.8")
    type_into(qtbot, editor.weight.weight_tolerance, "0.15")
    draft = window.workspace.tech_packs.draft(editor.revision.id)
    assert [(d.name, d.critical) for d in draft.dimensions] == [
        ("Band width", True), ("Inner diameter", False)]
    click(qtbot, editor.issue_button)
    # no brand profile in this workspace: asked to set it first, the user goes on without
    qtbot.waitUntil(lambda: any(box.objectName() == "askBrandFirst"
                                for box in message_boxes()))
    (box,) = message_boxes()
    without = next(b for b in box.buttons() if b.text().replace("&", "") == "Continue Without")
    click(qtbot, without)
    qtbot.waitUntil(lambda: editor.issue_dialog is not None)
    dialog = editor.issue_dialog
    qtbot.waitExposed(dialog)
    click(qtbot, dialog.issue_button)
    issued = window.workspace.tech_packs.for_design(editor.design_id)
    assert [(r.revision, r.status.value) for r in issued] == [("A", "issued")], \
        editor.status.text()
    editor.close()
    _no_message_box()


def _add_supplier(qtbot, window) -> int:
    window.view_actions[1].trigger()  # View ▸ Suppliers
    view = window.suppliers
    click(qtbot, view.new_button)
    dialog = view.dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, SUPPLIER)
    type_into(qtbot, dialog.country, "Thailand", enter=False)
    type_into(qtbot, dialog.currency, "thb", enter=False)
    click_ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.error.text()
    editor = view.editor
    qtbot.waitExposed(editor)
    editor.close()
    _no_message_box()
    return window.workspace.suppliers.id_for_name(SUPPLIER)


def _request_and_record(qtbot, window):
    """Sourcing ▸ Request a Sample…, then Record…: received, weighed in tolerance, the
    critical band width 0.15 mm over, the inner diameter in, the final audit failed."""
    window.request_sample_action.trigger()
    view = window.samples
    dialog = view.dialog
    qtbot.waitExposed(dialog)
    choose(qtbot, dialog.design, CODE)
    choose(qtbot, dialog.supplier, SUPPLIER)
    assert dialog.revision.currentText().startswith("A — issued")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.error.text()

    click(qtbot, view.edit_button)  # Record…
    editor = view.editor
    qtbot.waitExposed(editor)
    editor.tabs.setCurrentIndex(0)
    click(qtbot, editor.received_check)
    type_into(qtbot, editor.weight, "3.85")
    edit_cell(qtbot, editor.measurements, 0, 3, "2.25")
    edit_cell(qtbot, editor.measurements, 1, 3, "17.32")
    assert editor.tolerance_summary.text().startswith(
        "1 of 3 measured values out of tolerance: Band width"), editor.tolerance_summary.text()
    editor.tabs.setCurrentIndex(1)
    stages = list(editor.qc_results)
    for stage in stages[:5]:
        choose(qtbot, editor.qc_results[stage], "Pass")
    choose(qtbot, editor.qc_results[stages[5]], "Fail")
    type_into(qtbot, editor.qc_notes[stages[5]], "Band too wide for the stacking set")
    assert editor.qc_summary.text() == "5 passed · 1 failed · 0 not checked"
    _no_message_box()
    return editor


def test_approving_a_round_with_problems_asks_and_keeps_the_reason(qtbot, window):
    workspace = window.workspace
    assert workspace.designs.summaries() == [] and workspace.suppliers.summaries() == []
    design_id = _create_design(qtbot, window)
    _issue_tech_pack(qtbot, window)
    _add_supplier(qtbot, window)
    editor = _request_and_record(qtbot, window)
    sample_id = editor.sample_id

    # Decision ▸ Approved: the window asks first, naming each problem
    editor.tabs.setCurrentIndex(3)
    depth = window.undo.stack.count()
    choose(qtbot, editor.decision, "Approved", may_be_taken_back=True)
    qtbot.waitUntil(lambda: len(_open_questions()) == 1)
    (question,) = _open_questions()
    assert question.isModal()
    assert question.problem_list.text() == (
        "• QC stage 6 · Final audit failed: Band too wide for the stacking set\n"
        "• Band width (critical): measured 2.25 mm against 2.00 ± 0.10 mm — 0.15 mm over")
    assert not question.approve_button.isEnabled()
    _snap(question, "question")

    # Escape (Cancel): the round stays undecided, the design in development, nothing to undo
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    assert _open_questions() == []
    assert workspace.samples.get(sample_id).decision is None
    assert workspace.designs.get(design_id).status.value != "approved"
    assert window.undo.stack.count() == depth
    assert editor.decision.currentText() == "Not decided"
    assert "Not approved" in editor.status.text()

    # again, and this time a reason: approved with deviations, in one undoable step
    choose(qtbot, editor.decision, "Approved", may_be_taken_back=True)
    qtbot.waitUntil(lambda: len(_open_questions()) == 1)
    (question,) = _open_questions()
    qtbot.keyClicks(question.reason, REASON)
    click(qtbot, question.approve_button)
    assert _open_questions() == []
    sample = workspace.samples.get(sample_id)
    assert sample.decision is SampleDecision.APPROVED and sample.with_deviations
    assert sample.deviation_lines == [
        "QC stage 6 Final audit failed: Band too wide for the stacking set",
        "Band width (critical): measured 2.25 mm, spec 2.00 ± 0.10 mm, 0.15 mm over"]
    assert sample.deviation_reason == REASON
    assert workspace.designs.get(design_id).status.value == "approved"
    assert window.undo.stack.count() == depth + 1
    assert editor.deviations_note.isVisibleTo(editor)
    _snap(editor, "editor")
    editor.close()

    # the timeline says so
    timeline = window.samples.timeline
    window.samples.select(sample_id)
    top = timeline.tree.topLevelItem(0)
    assert top.text(1) == "Round 1 — Approved with deviations · rev A"
    steps = [top.child(n).text(1) for n in range(top.childCount())]
    assert any(step.startswith("Accepted deviations: QC stage 6 Final audit failed")
               and step.endswith("Reason: " + REASON) for step in steps), steps
    _snap(window, "timeline")
    # and the list of rounds, in its State column (the reason under the pointer)
    samples = window.samples
    state = samples.proxy.index(0, 3)
    assert state.data() == "Approved with deviations"
    assert REASON in state.data(Qt.ItemDataRole.ToolTipRole)
    # the State column's words find it ("with deviations" is what the column says)
    for typed, found in (("deviations", 1), ("approved with deviations", 1),
                         ("with changes and", 0)):
        qtbot.mouseClick(samples.search, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(samples.search, typed)
        qtbot.waitUntil(lambda: not samples.searching)
        assert samples.proxy.rowCount() == found, typed
        samples.search.clear()

    # and the design editor, beside its status
    window.view_actions[0].trigger()
    catalog = window.designs
    assert catalog.select(design_id)
    click(qtbot, catalog.edit_button)
    design_editor = catalog.editor
    qtbot.waitExposed(design_editor)
    assert design_editor.deviations.isVisibleTo(design_editor)
    shown = design_editor.deviations.text()
    assert shown.startswith(f"⚠ Round 1 from {SUPPLIER} (rev A): approved with deviations on ")
    assert "0.15 mm over" in shown and shown.endswith("Reason: " + REASON)
    _snap(design_editor, "design-editor")

    # Edit ▸ Undo takes the approval back, everywhere; Redo puts it back
    window.undo_action.trigger()
    sample = workspace.samples.get(sample_id)
    assert sample.decision is None and not sample.with_deviations
    assert not design_editor.deviations.isVisibleTo(design_editor)
    assert design_editor.lifecycle.currentText() != "Approved"
    window.redo_action.trigger()
    assert workspace.samples.get(sample_id).with_deviations
    assert design_editor.deviations.isVisibleTo(design_editor)
    design_editor.close()

    # the next tech pack revision's notes carry the accepted deviations
    assert catalog.select(design_id)
    click(qtbot, catalog.tech_pack_button)
    tech_pack = catalog.tech_pack_editor
    qtbot.waitExposed(tech_pack)
    click(qtbot, tech_pack.new_draft_button)
    assert tech_pack.revision is not None and tech_pack.revision.revision == "B"
    notes = tech_pack.dfm.dfm_notes.toPlainText()
    assert notes.startswith(f"Accepted deviations ({CODE} sample round 1 of revision A from "
                            f"{SUPPLIER}, approved {dt.date.today().isoformat()}): QC stage 6 "
                            "Final audit failed"), notes
    assert notes.endswith("Reason: " + REASON)
    tech_pack.tabs.setCurrentIndex(tech_pack.tabs.count() - 1)
    _snap(tech_pack, "next-revision-notes")
    tech_pack.close()
    _no_message_box()


def test_a_clean_round_is_approved_in_oneclick(qtbot, window):
    workspace = window.workspace
    _create_design(qtbot, window)
    _issue_tech_pack(qtbot, window)
    _add_supplier(qtbot, window)
    editor = _request_and_record(qtbot, window)
    # put it right: the band width in tolerance and the final audit passed
    editor.tabs.setCurrentIndex(0)
    edit_cell(qtbot, editor.measurements, 0, 3, "2.05")
    editor.tabs.setCurrentIndex(1)
    choose(qtbot, editor.qc_results[list(editor.qc_results)[5]], "Pass")
    editor.tabs.setCurrentIndex(3)
    choose(qtbot, editor.decision, "Approved", may_be_taken_back=True)
    assert _open_questions() == []
    sample = workspace.samples.get(editor.sample_id)
    assert sample.decision is SampleDecision.APPROVED and not sample.with_deviations
    assert not editor.deviations_note.isVisibleTo(editor)
    editor.close()
    _no_message_box()
