"""Sample rounds through the widgets: requesting a round, recording it (arrival, weight and
dimensions against the revision's tolerances, the six QC stages, photos), approving it (the
design moves to approved, the photos become the golden sample, undo puts all back), and the
production rule seen from the design editor."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox
from ui_helpers import edit_cell

from jewelbench.domain.designs import Category, Design, LifecycleStatus, MetalLine
from jewelbench.domain.samples import SampleDecision
from jewelbench.domain.techpacks import Dimension, TechPackDraft
from jewelbench.domain.validation import DomainError
from jewelbench.ui.navigation import OpenTechPack, ShowQuotes, ShowSuppliers
from jewelbench.ui.widgets.table_model import ROW_ROLE

D = Decimal
ARTIFACTS = Path(__file__).parent.parent / "artifacts"
REQUESTED = dt.date(2026, 5, 4)
ISSUED = dt.date(2026, 4, 20)
RESULT, MEASURED = 4, 3  # measurement table columns


def _design(window, code: str = "R-101", draft: TechPackDraft | None = None) -> int:
    """A ring in sampling with revision A issued (dimensions and weight with tolerances)."""
    workspace = window.workspace
    with workspace.transaction():
        design_id = workspace.designs.add(Design(
            code, "Orbit Signet", Category.RING, LifecycleStatus.SAMPLING,
            metals=[MetalLine("AG925", D("3.80"))]))
        revision = workspace.tech_packs.draft_for(design_id)
        workspace.tech_packs.save_draft(revision.id, draft or TechPackDraft(
            dimensions=[Dimension("band width", D("2.0"), D("0.1"), critical=True),
                        Dimension("inner diameter", D("16.9"), D("0.1"))],
            finished_weight_g=D("3.80"), weight_tolerance_g=D("0.15")))
        workspace.tech_packs.issue(revision.id, "For the first sample", ISSUED)
    return design_id


def _supplier(window) -> tuple[int, str]:
    first = window.workspace.suppliers.summaries()[0]
    return first.id, first.name


def _photos(tmp_path) -> list:
    files = []
    for number, colour in enumerate(("#c9a227", "#8a8f98")):
        path = tmp_path / f"bench {number + 1}.png"
        image = QImage(64, 48, QImage.Format.Format_RGB32)
        image.fill(QColor(colour))
        image.save(str(path))
        files.append(path)
    return files


def _request(qtbot, window, design_id: int, supplier_id: int) -> int:
    window.show_view("samples")
    view = window.samples
    dialog = view.request_sample()
    qtbot.waitExposed(dialog)
    assert dialog.design.choose_key(design_id)
    assert dialog.supplier.choose_key(supplier_id)
    assert dialog.revision.currentText().startswith("A — issued")
    assert "Round 1" in dialog.round.text()
    dialog.requested.setDate(QDate(REQUESTED.year, REQUESTED.month, REQUESTED.day))
    dialog.notes.setText("Courier account 4471")
    dialog.grab().save(str(ARTIFACTS / "sample-request.png"))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()
    current = view.current_row()
    assert current.design_id == design_id and current.round_number == 1
    return current.id


def _set_date(qtbot, field, day: dt.date) -> None:
    field.setFocus()
    field.setDate(QDate(day.year, day.month, day.day))
    qtbot.keyClick(field, Qt.Key.Key_Return)  # editingFinished, as a user leaves the field


def _type(qtbot, field, text: str) -> None:
    """Type into a NumberField as a user does, then press Enter."""
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


def _choose(qtbot, combo, text: str) -> None:
    """Pick an entry of a closed combo from the keyboard (the way activated is sent)."""
    combo.setFocus()
    while combo.currentText() != text:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.findText(text) > before
                       else Qt.Key.Key_Up)
        assert combo.currentIndex() != before, f"{text} not reached"


@pytest.fixture
def editor(qtbot, window):
    design_id = _design(window)
    supplier_id, _name = _supplier(window)
    sample_id = _request(qtbot, window, design_id, supplier_id)
    dialog = window.samples.edit_sample()
    qtbot.waitExposed(dialog)
    assert dialog.sample_id == sample_id
    yield dialog
    if shiboken6.isValid(dialog):  # a test may have closed it (it deletes itself on close)
        dialog.close()


def _stored(window, editor):
    return window.workspace.samples.get(editor.sample_id)


def test_a_round_is_requested_recorded_approved_and_undone(qtbot, window, editor, tmp_path,
                                                          artifacts_dir):
    workspace = window.workspace
    design_id = editor.sample.design_id
    stored = _stored(window, editor)
    assert (stored.round_number, stored.requested_on, stored.notes) == (
        1, REQUESTED, "Courier account 4471")
    assert stored.tech_pack_revision_id == workspace.samples.current_revision(design_id)[0]
    assert editor.weight_target.text() == "target 3.80 g ± 0.15 g"
    rows = [editor.measurements.model.row_object(n) for n in range(2)]
    assert [(r.dimension, r.nominal, r.tolerance, r.critical) for r in rows] == [
        ("band width", D("2.0"), D("0.1"), True), ("inner diameter", D("16.9"), D("0.1"), False)]

    # deciding before the sample arrived is refused, beside the decision
    editor.tabs.setCurrentIndex(3)
    editor.decision.setFocus()
    qtbot.keyClick(editor.decision, Qt.Key.Key_Down)  # "Approved"
    assert "not been received" in editor.decision_error.text()
    assert editor.decision.currentText() == "Not decided"
    assert _stored(window, editor).decision is None

    # arrival
    editor.tabs.setCurrentIndex(0)
    editor.received_date.setDate(QDate(2026, 5, 25))
    editor.received_check.click()
    assert _stored(window, editor).received_on == dt.date(2026, 5, 25)

    # weight: 3.62 g is 0.03 g under the lower limit of 3.65 g
    _type(qtbot, editor.weight, "3.62")
    assert _stored(window, editor).measured_weight_g == D("3.62")
    assert editor.weight_result.text() == "Out of tolerance: 0.03 g under (limit 3.65 g)"
    assert editor.weight_icon.pixmap() is not None and not editor.weight_icon.pixmap().isNull()

    # dimensions: band width exactly at its limit passes, the inner diameter is over
    page = editor.measurements
    edit_cell(qtbot, page, 0, MEASURED, "2.1")
    edit_cell(qtbot, page, 1, MEASURED, "17.05")
    measured = {m.dimension: m.measured for m in _stored(window, editor).measurements}
    assert measured == {"band width": D("2.1"), "inner diameter": D("17.05")}
    assert page.proxy.index(0, RESULT).data() == "In tolerance"
    flagged = page.proxy.index(1, RESULT)
    assert flagged.data() == "Out of tolerance: 0.05 mm over (limit 17.00 mm)"
    assert not flagged.data(Qt.ItemDataRole.DecorationRole).isNull(), "an icon, not colour alone"
    assert flagged.data(Qt.ItemDataRole.FontRole).italic()
    assert editor.tolerance_summary.text().startswith(
        "2 of 3 measured values out of tolerance: weight, inner diameter")
    editor.grab().save(str(artifacts_dir / "sample-editor.png"))

    # the six QC stages: five pass, the final audit fails with a note
    editor.tabs.setCurrentIndex(1)
    for stage, combo in editor.qc_results.items():
        _choose(qtbot, combo, "Fail" if int(stage) == 6 else "Pass")
    notes = editor.qc_notes[list(editor.qc_notes)[5]]
    notes.setFocus()
    qtbot.keyClicks(notes, "Inner diameter 0.05 mm over")
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    checks = _stored(window, editor).qc_checks
    assert [(int(c.stage), c.result.value) for c in checks] == [
        (1, "pass"), (2, "pass"), (3, "pass"), (4, "pass"), (5, "pass"), (6, "fail")]
    assert checks[5].notes == "Inner diameter 0.05 mm over"
    assert editor.qc_summary.text() == "5 passed · 1 failed · 0 not checked"
    editor.grab().save(str(artifacts_dir / "sample-editor-qc.png"))

    # photos, through the same safe intake as design images
    editor.tabs.setCurrentIndex(2)
    (tmp_path / "notes.png").write_text("not an image")
    assert editor.add_photo_files([*_photos(tmp_path), tmp_path / "notes.png"])
    assert "notes.png" in editor.status.text() and "was not added" in editor.status.text()
    photos = _stored(window, editor).photos
    assert [(p.caption, p.is_golden) for p in photos] == [("bench 1", False),
                                                         ("bench 2", False)]
    assert editor.photos.count() == 2

    # approving a round with problems asks first, naming each one
    editor.tabs.setCurrentIndex(3)
    editor.dfm.setFocus()
    qtbot.keyClicks(editor.dfm, "Open the gallery")
    editor.decision.setFocus()  # leaving the field saves it
    assert _stored(window, editor).dfm_feedback == "Open the gallery"
    depth = window.undo.stack.count()
    _choose_and_ask(qtbot, editor, "Approved")
    question = editor.deviations_question
    assert question.isVisible() and question.isModal()
    assert question.windowTitle() == "Approve with Deviations — R-101 round 1"
    assert question.intro.text() == "Round 1 of R-101 has 2 problems:"
    # the final audit with its note; the weight, spec ± tolerance and by how much. The inner
    # diameter is out of tolerance too but not critical: not asked about
    assert question.problem_list.text() == (
        "• QC stage 6 · Final audit failed: Inner diameter 0.05 mm over\n"
        "• Weight: measured 3.62 g against 3.80 ± 0.15 g — 0.03 g under")
    assert not question.approve_button.isEnabled(), "no reason, no approval"
    question.grab().save(str(artifacts_dir / "sample-deviations-question.png"))

    # Cancel: nothing stored, the form as it was
    question.buttons.button(question.buttons.StandardButton.Cancel).click()
    assert not shiboken6.isValid(question) or not question.isVisible()
    assert window.undo.stack.count() == depth
    assert _stored(window, editor).decision is None
    assert workspace.designs.get(design_id).status is LifecycleStatus.SAMPLING
    assert editor.decision.currentText() == "Not decided"
    assert editor.dfm.toPlainText() == "Open the gallery"
    assert editor.status.text() == "Not approved: the round stays received."

    # again, with a reason: one command, stored as approved with deviations
    _choose_and_ask(qtbot, editor, "Approved")
    question = editor.deviations_question
    qtbot.keyClicks(question.reason, "   ")
    assert not question.approve_button.isEnabled(), "blanks are no reason"
    qtbot.keyClicks(question.reason, "Launch on 1 June; Siam fixes the weight in production")
    assert question.approve_button.isEnabled()
    question.approve_button.click()
    assert window.undo.stack.count() == depth + 1, "one undoable command"
    sample = _stored(window, editor)
    assert sample.decision is SampleDecision.APPROVED and sample.with_deviations
    assert sample.deviation_lines == [
        "QC stage 6 Final audit failed: Inner diameter 0.05 mm over",
        "weight: measured 3.62 g, spec 3.80 ± 0.15 g, 0.03 g under"]
    assert sample.deviation_reason == "Launch on 1 June; Siam fixes the weight in production"
    assert sample.dfm_feedback == "Open the gallery"
    assert workspace.designs.get(design_id).status is LifecycleStatus.APPROVED
    assert [p.is_golden for p in sample.photos] == [True, True]
    assert "Approved with deviations: R-101 is now approved" in editor.status.text()
    assert window.undo.stack.undoText() == "Approved with deviations: R-101 round 1"
    assert editor.decision.currentText() == "Approved"
    assert editor.deviations_note.isVisibleTo(editor)
    assert editor.deviations_note.text() == (
        "Accepted deviations: QC stage 6 Final audit failed: Inner diameter 0.05 mm over; "
        "weight: measured 3.62 g, spec 3.80 ± 0.15 g, 0.03 g under. Reason: Launch on 1 June; "
        "Siam fixes the weight in production")
    assert "★ Golden sample" in editor.photos.item(0).text()
    editor.grab().save(str(artifacts_dir / "sample-editor-decision.png"))
    editor.tabs.setCurrentIndex(2)
    editor.grab().save(str(artifacts_dir / "sample-editor-photos.png"))

    # a new decision date keeps the accepted deviations without asking again
    editor.tabs.setCurrentIndex(3)
    _set_date(qtbot, editor.decided_date, sample.decided_on + dt.timedelta(days=1))
    assert editor.deviations_question is None
    moved = _stored(window, editor)
    assert moved.decided_on == sample.decided_on + dt.timedelta(days=1)
    assert moved.deviation_reason == sample.deviation_reason
    window.undo.stack.undo()

    window.undo.stack.undo()
    assert workspace.designs.get(design_id).status is LifecycleStatus.SAMPLING
    sample = _stored(window, editor)
    assert sample.decision is None and not sample.with_deviations
    assert (sample.deviations, sample.deviation_reason) == ("", "")
    assert [p.is_golden for p in sample.photos] == [False, False]
    assert editor.decision.currentText() == "Not decided", "the editor shows the undo"
    assert not editor.deviations_note.isVisibleTo(editor)
    window.undo.stack.redo()
    assert workspace.designs.get(design_id).status is LifecycleStatus.APPROVED
    assert _stored(window, editor).with_deviations
    assert [p.is_golden for p in _stored(window, editor).photos] == [True, True]

    # the timeline of the design's rounds says what was accepted and why
    window.samples.select(editor.sample_id)
    timeline = window.samples.timeline
    assert timeline.round_ids() == [editor.sample_id]
    top = timeline.tree.topLevelItem(0)
    assert top.text(1) == "Round 1 — Approved with deviations · rev A"
    steps = [top.child(n).text(1) for n in range(top.childCount())]
    assert steps[0].startswith("Requested from") and steps[1] == "Received after 21 days"
    assert steps[3] == "Approved with deviations — 2 photos are the golden sample"
    assert steps[4] == (
        "Accepted deviations: QC stage 6 Final audit failed: Inner diameter 0.05 mm over; "
        "weight: measured 3.62 g, spec 3.80 ± 0.15 g, 0.03 g under. Reason: Launch on 1 June; "
        "Siam fixes the weight in production")
    window.grab().save(str(artifacts_dir / "sample-deviations-timeline.png"))

    # rejecting it afterwards drops the deviations with the approval
    editor.decide(SampleDecision.REJECTED, moved.decided_on)
    rejected = _stored(window, editor)
    assert rejected.decision is SampleDecision.REJECTED
    assert (rejected.deviations, rejected.deviation_reason) == ("", "")
    window.undo.stack.undo()
    assert _stored(window, editor).with_deviations


def _choose_and_ask(qtbot, editor, text: str) -> None:
    """Choose an approving decision; the question opens (window-modal, not blocking)."""
    combo = editor.decision
    combo.setFocus()
    for _step in range(combo.findText(text) - combo.currentIndex()):
        assert editor.deviations_question is None
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # each step is chosen, as from the keyboard
    qtbot.waitUntil(lambda: editor.deviations_question is not None
                    and editor.deviations_question.isVisible())
    assert editor.decision.currentText() == "Not decided", "nothing decided while asking"


def test_production_needs_an_approved_sample_of_the_current_revision(qtbot, window, editor):
    workspace = window.workspace
    design_id = editor.sample.design_id
    design = workspace.designs.get(design_id)
    with pytest.raises(DomainError, match="R-101 cannot go into production without an "
                                          "approved sample of its current tech pack revision A"):
        workspace.designs.update(replace(design, status=LifecycleStatus.PRODUCTION))

    window.show_view("designs")
    window.designs.select(design_id)
    design_editor = window.designs.edit_design(design_id)
    qtbot.waitExposed(design_editor)
    design_editor.lifecycle.setFocus()
    qtbot.keyClicks(design_editor.lifecycle, "P")  # Production, from the keyboard
    assert "Not saved: R-101 cannot go into production without an approved sample of its " \
           "current tech pack revision A" in design_editor.status.text()
    assert design_editor.lifecycle.currentText() == "Sampling", "the stored status stays shown"
    assert workspace.designs.get(design_id).status is LifecycleStatus.SAMPLING

    # with the sample approved, the same move goes through
    editor.received_check.click()
    editor.decide(SampleDecision.APPROVED_WITH_CHANGES, dt.date.today())
    assert design_editor.lifecycle.currentText() == "Approved", "the design editor follows"
    _choose(qtbot, design_editor.lifecycle, "Production")
    assert workspace.designs.get(design_id).status is LifecycleStatus.PRODUCTION
    design_editor.close()


def test_bad_inputs_get_messages_and_change_nothing(qtbot, window, editor):
    editor.received_date.setDate(QDate(2026, 5, 20))
    editor.received_check.click()
    before = _stored(window, editor)
    depth = window.undo.stack.count()

    _set_date(qtbot, editor.received_date, REQUESTED - dt.timedelta(days=3))
    assert editor.received_error.isVisible()
    assert "cannot be received before it was requested" in editor.received_error.text()

    _type(qtbot, editor.weight, "-1")
    assert "too small" in editor.weight.error.text()
    editor.weight.edit.clear()
    _type(qtbot, editor.weight, "1e3")
    assert editor.weight.edit.text() == "1e3", "kept as typed, never read as 13"
    assert "“1e3” is not a number" in editor.weight.error.text()
    editor.weight.edit.clear()
    _type(qtbot, editor.weight, "3..8")
    assert "is not a number" in editor.weight.error.text()

    edit_cell(qtbot, editor.measurements, 0, MEASURED, "-2")
    assert "too small" in editor.status.text() or "too small" in \
        window.statusBar().currentMessage()

    assert _stored(window, editor) == before
    assert window.undo.stack.count() == depth


def test_a_revision_without_tolerances_says_what_to_add(qtbot, window):
    design_id = _design(window, "R-101", TechPackDraft(finished_weight_g=D("3.8")))
    supplier_id, _name = _supplier(window)
    _request(qtbot, window, design_id, supplier_id)
    editor = window.samples.edit_sample()
    qtbot.waitExposed(editor)
    assert editor.sheet_message.isVisible()
    assert editor.sheet_message.text() == (
        "Revision A of R-101 gives no dimensions or weight tolerance to measure against: add "
        "them in its tech pack.")
    assert editor.weight_target.text() == "no weight tolerance in the revision"
    editor.close()


def test_a_round_is_deleted_after_asking_and_undo_brings_it_back(qtbot, window, editor,
                                                                 tmp_path):
    editor.add_photo_files(_photos(tmp_path))
    sample_id = editor.sample_id
    editor.close()
    view = window.samples
    assert view.select(sample_id)
    box = view.delete_sample()
    assert "2 photos" in box.informativeText() and "Undo" in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.workspace.samples.get(sample_id)

    box = view.delete_sample()
    delete = next(b for b in box.buttons() if b.text() == "Delete")
    delete.click()
    assert all(s.id != sample_id for s in window.workspace.samples.summaries())
    window.undo.stack.undo()
    restored = window.workspace.samples.get(sample_id)
    assert len(restored.photos) == 2 and restored.notes == "Courier account 4471"
    assert view.select(sample_id), "the list shows it again"


def test_show_only_and_navigation_from_a_round(qtbot, window, artifacts_dir):
    window.show_view("samples")
    view = window.samples
    workspace = window.workspace
    ring = workspace.designs.id_for_code("RG-014")
    view.show_only(design_id=ring)
    assert view.banner.isVisible() and view.banner_text.text() == (
        "Showing samples for RG-014 · Solitaire Halo Ring"), "worded as the quotes' banner"
    assert window.quotes.show_all_button.text() == view.show_all_button.text() == "Show &All"
    shown = [view.proxy.index(r, 0).data(ROW_ROLE) for r in range(view.proxy.rowCount())]
    assert shown and {s.design_id for s in shown} == {ring}
    assert view.timeline.round_ids() == [s.id for s in workspace.samples.history(ring)]
    assert len(view.timeline.round_ids()) == 2
    view.grab().save(str(artifacts_dir / "sample-timeline.png"))

    seen = []
    view.navigate.connect(seen.append)
    view.table.selectRow(1)
    current = view.current_row()
    menu = view.context_menu()
    actions = {a.text(): a for a in menu.actions() if a.text()}
    actions[f"Open &Tech Pack (RG-014 rev {current.revision})"].trigger()
    actions["&Quotes for This Design"].trigger()
    actions[f"&Supplier {current.supplier}"].trigger()
    assert seen == [OpenTechPack(design_id=ring, revision_id=current.tech_pack_revision_id),
                    ShowQuotes(design_id=ring),
                    ShowSuppliers(supplier_id=current.supplier_id)]

    supplier_id = current.supplier_id
    view.show_only(supplier_id=supplier_id)
    assert view.banner_text.text() == f"Showing samples from {current.supplier}"
    assert {view.proxy.index(r, 0).data(ROW_ROLE).supplier_id
            for r in range(view.proxy.rowCount())} == {supplier_id}
    view.show_all()
    assert not view.banner.isVisible()
    assert view.proxy.rowCount() == len(workspace.samples.summaries())


def test_a_round_opened_read_only_can_be_read_but_not_changed(qtbot, window, demo_path):
    from jewelbench.storage import Workspace

    window.switch_to(Workspace.open(demo_path, read_only=True))
    window.show_view("samples")
    window.samples.table.selectRow(0)
    dialog = window.samples.edit_sample()
    qtbot.waitExposed(dialog)
    assert "read-only" in dialog.status.text()
    inputs = [dialog.received_check, dialog.received_date, dialog.weight.edit,
              dialog.add_photo_button, dialog.remove_photo_button, dialog.decision,
              dialog.decided_date, *dialog.qc_results.values()]
    assert not any(w.isEnabled() for w in inputs)
    assert all(w.isReadOnly() for w in (dialog.dfm, dialog.notes,
                                        *dialog.qc_notes.values()))
    table = dialog.measurements.table
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers
    assert dialog.tabs.isEnabled()  # every tab still opens and reads
    dialog.close()


def test_a_count_of_one_reads_in_the_singular(qtbot, window, editor):
    """One supplier in one country, one sample round: no "1 sample rounds"."""
    from jewelbench.storage import Workspace
    from jewelbench.ui.samples.view import SamplesView
    from jewelbench.ui.suppliers.view import SuppliersView

    path = window.workspace.path.with_name("one.jewelbench")
    workspace = Workspace.create(path)
    source = window.workspace
    supplier = source.suppliers.get(editor.sample.supplier_id)
    with workspace.transaction():
        supplier_id = workspace.suppliers.add(replace(supplier, id=None))
    suppliers = SuppliersView()
    qtbot.addWidget(suppliers)
    suppliers.load(workspace)
    assert suppliers.subtitle.text() == "1 supplier in 1 country"
    samples = SamplesView()
    qtbot.addWidget(samples)
    samples.load(window.workspace)
    assert samples.subtitle.text().startswith("16 sample rounds")
    with workspace.transaction():
        design = workspace.designs.add(Design("R-1", "Ring", Category.RING,
                                              LifecycleStatus.SAMPLING))
        workspace.samples.add(replace(editor.sample, id=None, design_id=design,
                                      supplier_id=supplier_id, tech_pack_revision_id=None))
    samples.load(workspace)
    assert samples.subtitle.text() == "1 sample round: 0 approved, 1 open"
    workspace.close()


def test_adding_one_photo_is_named_in_the_singular(qtbot, window, editor, tmp_path):
    depth = window.undo.stack.count()
    assert editor.add_photo_files(_photos(tmp_path)[:1])
    assert window.undo.stack.count() == depth + 1
    assert "Add a photo" in window.undo.stack.undoText(), window.undo.stack.undoText()
    assert editor.add_photo_files(_photos(tmp_path))
    assert "Add 2 photos" in window.undo.stack.undoText(), window.undo.stack.undoText()


def test_edit_menu_names_the_round_and_the_delete_question_reads_well(qtbot, window, editor):
    """Undo/Redo in the window's Edit menu say which design's round; counts of one read in the
    singular; a round with nothing recorded says so."""
    sample_id = editor.sample_id
    editor.set_measured("band width", D("2.03"))
    editor.close()
    assert window.undo_action.text() != "&Undo Request round 1 of a sample"
    window.undo.stack.undo()  # the measurement
    assert "R-101" in window.undo_action.text() and "round 1" in window.undo_action.text()
    view = window.samples
    assert view.select(sample_id)
    box = view.delete_sample()
    assert "Nothing else was recorded for it." in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    editor_again = view.edit_sample(sample_id)
    qtbot.waitExposed(editor_again)
    editor_again.set_measured("band width", D("2.03"))
    editor_again.close()
    box = view.delete_sample()
    assert "Its 1 measurement goes with it." in box.informativeText()
    delete = next(b for b in box.buttons() if b.text() == "Delete")
    delete.click()
    assert window.undo_action.text() == "&Undo Delete R-101 round 1"
    window.undo_action.trigger()
    assert window.workspace.samples.get(sample_id)
    assert window.redo_action.text() == "&Redo Delete R-101 round 1"


def test_approving_a_round_without_photos_says_so(qtbot, window, editor):
    editor.set_received(REQUESTED)
    assert editor.decide(SampleDecision.APPROVED, REQUESTED)
    assert "0 photos" not in editor.status.text()
    assert "no photos" in editor.status.text()
    assert "golden sample" in editor.status.text()


def test_the_design_editor_shows_a_round_approved_with_deviations(qtbot, window, editor):
    """The design editor, open beside the round, shows the accepted deviations beside its
    status as soon as the round is approved with them, and drops them on undo."""
    workspace = window.workspace
    design_id = editor.sample.design_id
    window.show_view("designs")
    window.designs.select(design_id)
    design_editor = window.designs.edit_design(design_id)
    qtbot.waitExposed(design_editor)
    assert not design_editor.deviations.isVisibleTo(design_editor)

    editor.received_check.click()
    editor.tabs.setCurrentIndex(1)
    _choose(qtbot, editor.qc_results[list(editor.qc_results)[4]], "Fail")  # stone setting
    assert not editor.decide(SampleDecision.APPROVED_WITH_CHANGES, dt.date.today())
    question = editor.deviations_question
    assert question.problem_list.text() == "• QC stage 5 · Stone setting failed: no note"
    qtbot.keyClicks(question.reason, "Stones reset by hand before the shoot")
    question.approve_button.click()
    assert workspace.samples.get(editor.sample_id).with_deviations
    supplier = workspace.suppliers.get(editor.sample.supplier_id).name
    assert design_editor.deviations.isVisibleTo(design_editor)
    assert design_editor.deviations.text() == (
        f"⚠ Round 1 from {supplier} (rev A): approved with changes and deviations on "
        f"{dt.date.today().isoformat()}. Accepted deviations: QC stage 5 Stone setting failed "
        "(no note). Reason: Stones reset by hand before the shoot")
    assert design_editor.lifecycle.currentText() == "Approved"
    window.undo.stack.undo()
    assert not design_editor.deviations.isVisibleTo(design_editor)
    assert design_editor.lifecycle.currentText() == "Sampling"
    design_editor.close()



def test_failing_a_stage_of_an_approved_round_is_refused_and_shown_as_kept(qtbot, window,
                                                                          editor):
    editor.received_check.click()
    assert editor.decide(SampleDecision.APPROVED, dt.date.today()), "clean: one click"
    assert editor.deviations_question is None
    editor.tabs.setCurrentIndex(1)
    final_audit = editor.qc_results[list(editor.qc_results)[5]]
    final_audit.setFocus()
    qtbot.keyClicks(final_audit, "F")  # Fail, straight from the keyboard
    assert editor.status.text().startswith(
        "Not saved: This round is approved, and the change would give it a problem it was "
        "not approved with: QC stage 6 Final audit failed (no note). Clear its decision first")
    assert final_audit.currentText() == "Not checked", "the field shows what is kept"
    assert _stored(window, editor).qc_checks == []
