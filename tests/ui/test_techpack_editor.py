"""The tech pack editor: revisions listed with their changes, the draft saved edit by edit and
undoable, bad input refused, issuing freezes a revision for good."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QFileDialog
from ui_helpers import edit_cell, stored_draft, tech_pack_revision, tick_cell

from jewelbench.domain.techpacks import RevisionStatus
from jewelbench.storage.techpacks import RevisionIssued
from jewelbench.ui.designs.commands import ReplaceDesign

NOMINAL, TOLERANCE = 1, 2
EDITOR_SIZE = (1300, 720)


def _edit(qtbot, section, row: int, column: int, text: str) -> None:
    edit_cell(qtbot, section.page, row, column, text)


def _type(field, text: str) -> None:
    """Type into a NumberField or line edit and leave it, as a user does."""
    edit = getattr(field, "edit", field)
    edit.setText(text)
    edit.editingFinished.emit()


def _new_draft(editor) -> None:
    assert editor.stack.currentWidget() is editor.empty, "no tech pack yet"
    assert editor.new_draft()
    assert editor.revision is not None and editor.revision.revision == "A"
    assert editor.is_editable()


def test_issued_revisions_are_listed_and_b_shows_what_changed_from_a(open_editor):
    editor = open_editor("RG-014", EDITOR_SIZE)
    rows = [editor.revision_list.item(n).text() for n in range(editor.revision_list.count())]
    assert len(rows) == 2
    assert rows[0].startswith("Revision A") and "issued 2026-02-16" in rows[0]
    assert rows[1].startswith("Revision B") and "issued" in rows[1]

    editor.revision_list.setCurrentRow(1)
    assert "RG-014" in editor.document_view.toPlainText(), "the frozen snapshot is shown"
    editor.tabs.setCurrentIndex(1)
    changes = [editor.changes.item(n).text() for n in range(editor.changes.count())]
    assert any("prong" in line.lower() for line in changes), changes
    assert "(A)" in editor.changes_title.text()

    editor.revision_list.setCurrentRow(0)
    editor.tabs.setCurrentIndex(1)
    assert "first" in editor.changes_title.text()
    assert editor.changes.count() == 0


def test_a_new_draft_is_saved_edit_by_edit_and_undo_puts_back_file_and_form(
        qtbot, open_editor, window):
    editor = open_editor("RG-040", EDITOR_SIZE)
    _new_draft(editor)
    editor.dimensions.add()
    _edit(qtbot, editor.dimensions, 0, 0, "Band width")
    _edit(qtbot, editor.dimensions, 0, NOMINAL, "2.5")
    _edit(qtbot, editor.dimensions, 0, TOLERANCE, "0.05")
    assert editor.dimensions.page.proxy.index(0, 3).data(Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Unchecked, "critical is a check box, not typed text"
    tick_cell(qtbot, editor.dimensions.page, 0, 3)
    _type(editor.weight.finished_weight, "4.2")
    _type(editor.weight.weight_tolerance, "0.2")

    stored = stored_draft(window, "RG-040", "A")
    assert [(d.name, d.nominal_mm, d.tolerance_mm, d.critical) for d in stored.dimensions] == [
        ("Band width", Decimal("2.5"), Decimal("0.05"), True)]
    assert (stored.finished_weight_g, stored.weight_tolerance_g) == (Decimal("4.2"),
                                                                     Decimal("0.2"))

    window.undo.stack.undo()  # the weight tolerance
    window.undo.stack.undo()  # the finished weight
    stored = stored_draft(window, "RG-040", "A")
    assert stored.finished_weight_g is None and stored.weight_tolerance_g is None
    assert editor.weight.finished_weight.edit.text() == "", "the form follows the undo"
    window.undo.stack.undo()  # critical
    window.undo.stack.undo()  # the tolerance
    assert stored_draft(window, "RG-040", "A").dimensions[0].tolerance_mm == Decimal("0.10")
    assert editor.dimensions.page.proxy.index(0, TOLERANCE).data() == "0.10"
    window.undo.stack.redo()
    assert stored_draft(window, "RG-040", "A").dimensions[0].tolerance_mm == Decimal("0.05")


@pytest.mark.parametrize("typed, reason", [("-0.1", "too small"), ("abc", "not a number")])
def test_a_bad_tolerance_is_refused_with_a_message_and_nothing_changes(
        qtbot, open_editor, window, typed, reason):
    editor = open_editor("RG-040", EDITOR_SIZE)
    _new_draft(editor)
    editor.dimensions.add()
    before = stored_draft(window, "RG-040", "A")
    depth = window.undo.stack.count()
    _edit(qtbot, editor.dimensions, 0, TOLERANCE, typed)
    assert stored_draft(window, "RG-040", "A") == before
    assert window.undo.stack.count() == depth
    assert reason in editor.status.text()


def test_a_bad_weight_is_refused_next_to_the_field(open_editor, window):
    editor = open_editor("RG-040", EDITOR_SIZE)
    _new_draft(editor)
    _type(editor.weight.finished_weight, "0")
    assert "Zero is not allowed" in editor.weight.finished_weight.error.text()
    assert stored_draft(window, "RG-040", "A").finished_weight_g is None


def test_issuing_waits_for_warnings_then_freezes_the_revision_for_good(
        qtbot, open_editor, window):
    editor = open_editor("RG-040", EDITOR_SIZE)
    _new_draft(editor)
    editor.dimensions.add()
    _edit(qtbot, editor.dimensions, 0, NOMINAL, "2")
    _type(editor.weight.min_prong, "0.5")  # under 0.6 mm: jewelbench warns
    assert any(w.code == "thin_prong" for w in editor.open_warnings())

    assert editor.ask_to_issue() is None
    assert "prong" in editor.status.text() and "acknowledge" in editor.status.text()
    assert tech_pack_revision(window, "RG-040", "A").status is RevisionStatus.DRAFT

    for warning in editor.open_warnings():
        assert editor.dfm.acknowledge("Approved by the setter after sample 1", warning.code)
    assert editor.open_warnings() == []
    assert "Approved by the setter" in stored_draft(
        window, "RG-040", "A").acknowledgements["thin_prong"]

    dialog = editor.ask_to_issue()
    assert dialog is not None and dialog.isVisible()
    assert "cannot be edited or undone" in dialog.findChild(type(editor.status)).text()
    dialog.note.setText("First issue")
    dialog.issue_button.click()
    issued = tech_pack_revision(window, "RG-040", "A")
    assert issued.status is RevisionStatus.ISSUED and issued.change_note == "First issue"
    frozen = json.dumps(window.workspace.tech_packs.snapshot(issued.id), sort_keys=True)
    assert '"min_prong_mm": "0.5"' in frozen

    # the issued revision's form is read-only, and the file refuses it anyway
    assert not editor.is_editable()
    assert editor.weight.min_prong.edit.isReadOnly() and editor.materials.maker_mark.isReadOnly()
    assert not editor.dimensions.add_button.isEnabled()
    assert (editor.dimensions.page.table.editTriggers()
            == QAbstractItemView.EditTrigger.NoEditTriggers)
    assert not editor.change(editor.edited(), "sneak")
    assert "issued" in editor.status.text()
    with pytest.raises(RevisionIssued):
        window.workspace.tech_packs.save_draft(issued.id, editor.edited())

    # the design changes and revision B is drafted and edited: A stays exactly as issued
    design = window.workspace.designs.get(issued.design_id)
    assert window.undo.run(ReplaceDesign(window.workspace, design,
                                         replace(design, name=design.name + " II"),
                                         "Rename")) is None
    assert editor.new_draft()
    assert editor.revision.revision == "B" and editor.is_editable()
    _type(editor.weight.min_prong, "0.8")
    _type(editor.materials.maker_mark, "AUR")
    assert stored_draft(window, "RG-040", "B").min_prong_mm == Decimal("0.8")
    assert json.dumps(window.workspace.tech_packs.snapshot(issued.id),
                      sort_keys=True) == frozen
    editor.tabs.setCurrentIndex(1)
    changes = [editor.changes.item(n).text() for n in range(editor.changes.count())]
    assert any("Minimum prong" in line and "0.8" in line for line in changes), changes


def test_a_new_draft_is_one_undoable_step(open_editor, window):
    editor = open_editor("RG-040", EDITOR_SIZE)
    _new_draft(editor)
    window.undo.stack.undo()
    assert window.workspace.tech_packs.for_design(editor.design_id) == []
    assert editor.stack.currentWidget() is editor.empty
    window.undo.stack.redo()
    assert [r.revision for r in window.workspace.tech_packs.for_design(editor.design_id)] \
        == ["A"]
    assert editor.revision_list.count() == 1


def test_any_revision_exports_to_pdf(open_editor, tmp_path):
    editor = open_editor("RG-014", EDITOR_SIZE)
    editor.revision_list.setCurrentRow(0)
    out = tmp_path / "RG-014 A.pdf"
    pages = editor.export_pdf(out, "Letter")
    assert pages >= 2 and out.read_bytes().startswith(b"%PDF-")


def test_screenshots(qtbot, open_editor, artifacts_dir):
    editor = open_editor("PD-012", EDITOR_SIZE)  # issued A and a draft B
    assert editor.revision.revision == "B" and editor.is_editable()
    editor.tabs.setCurrentWidget(editor.dimensions)
    editor.grab().save(str(artifacts_dir / "techpack-editor.png"))
    editor.tabs.setCurrentIndex(editor.tabs.count() - 1)  # DFM
    editor.grab().save(str(artifacts_dir / "techpack-editor-dfm.png"))
    editor.revision_list.setCurrentRow(0)
    assert not editor.is_editable()
    editor.grab().save(str(artifacts_dir / "techpack-editor-issued.png"))


def _button(box, text: str):
    return next(b for b in box.buttons() if b.text().replace("&", "") == text)


def test_without_a_brand_issuing_offers_to_set_it_first_and_allows_going_on(
        qtbot, open_editor, window):
    from jewelbench.domain.brand import Brand

    window.workspace.brand.set(Brand())  # a workspace whose brand was never set
    editor = open_editor("RG-040", EDITOR_SIZE)
    _new_draft(editor)
    for warning in editor.open_warnings():
        assert editor.dfm.acknowledge("Checked with the workshop", warning.code)
    editor.issue_button.click()
    box = editor.brand_question
    assert box.isVisible() and box.text() == "Set your brand before issuing revision A?"
    assert getattr(editor, "issue_dialog", None) is None, "nothing issued before answering"
    _button(box, "Continue Without").click()
    qtbot.waitUntil(lambda: getattr(editor, "issue_dialog", None) is not None)
    assert editor.issue_dialog.isVisible(), "going on without a brand is allowed"
    editor.issue_dialog.reject()

    editor.export_button.click()  # printing the draft: asked too
    box = editor.brand_question
    _button(box, "Set Brand…").click()
    qtbot.waitUntil(lambda: getattr(editor, "brand_dialog", None) is not None)
    brand = editor.brand_dialog
    brand.name.setText("Maison Lune")
    brand.name.editingFinished.emit()
    brand.close()
    assert window.workspace.brand.get().name == "Maison Lune"
    def saving() -> list[QFileDialog]:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QFileDialog) and w.isVisible()]

    qtbot.waitUntil(lambda: len(saving()) == 1)  # then on to where the PDF goes
    saving()[0].reject()
    editor.ask_to_issue()  # with a brand: straight to the change note, nothing asked
    assert editor.issue_dialog.isVisible()
    editor.issue_dialog.reject()


def test_withdraw_takes_the_selected_warnings_acknowledgement_back(qtbot, open_editor, window):
    editor = open_editor("RG-040", EDITOR_SIZE)
    _new_draft(editor)
    _type(editor.weight.min_prong, "0.5")  # under 0.6 mm: jewelbench warns
    editor.tabs.setCurrentWidget(editor.dfm)
    dfm = editor.dfm
    row = next(n for n, w in enumerate(dfm.warnings) if w.code == "thin_prong")
    dfm.warning_list.setCurrentRow(row)
    qtbot.keyClicks(dfm.acknowledgement, "Setter approved")
    qtbot.mouseClick(dfm.acknowledge_button, Qt.MouseButton.LeftButton)
    assert stored_draft(window, "RG-040", "A").acknowledgements == {
        "thin_prong": "Setter approved"}
    assert dfm.withdraw_button.isEnabled()

    qtbot.mouseClick(dfm.withdraw_button, Qt.MouseButton.LeftButton)
    assert "thin_prong" not in stored_draft(window, "RG-040", "A").acknowledgements
    assert any(w.code == "thin_prong" for w in editor.open_warnings())
