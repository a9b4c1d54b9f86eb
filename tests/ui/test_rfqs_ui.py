"""Requests for quotation through the widgets: an RFQ made in the dialog (one undoable save, one
PDF per supplier), bad entries refused with nothing stored, and the list that tracks who
answered, wrote the PDFs again and deletes (asking first, undoable)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_helpers import close_message_boxes

from jewelbench.app.demo import DEMO_TODAY
from jewelbench.app.main import apply_style
from jewelbench.domain.designs import Category, Design, LifecycleStatus
from jewelbench.domain.quotes import Quote, QuoteTier
from jewelbench.domain.rfqs import Rfq, RfqRecipient
from jewelbench.domain.suppliers import Supplier
from jewelbench.domain.techpacks import RevisionStatus, TechPackRevision
from jewelbench.storage import Workspace
from jewelbench.ui import rfqs as rfq_ui
from jewelbench.ui.commands import UndoController
from jewelbench.ui.rfqs import dialog as dialog_module
from jewelbench.ui.rfqs import tracking as tracking_module
from jewelbench.ui.rfqs.dialog import RfqDialog
from jewelbench.ui.rfqs.tracking import RfqListDialog
from jewelbench.ui.rfqs.writing import RfqPdfWriter
from jewelbench.ui.topics import Topic

JAIPUR = "Jaipur Silvercraft Pvt. Ltd."
PANYU = "Panyu Jinhui Jewelry Manufacturing Co., Ltd."
BANGKOK = "Siam Gem Setting Co., Ltd."
STATE = 4  # the replies table's State column


def _squashed(text: str) -> str:
    return re.sub(r"[ \t]+", " ", text)


def pdf_pages(path: Path) -> list[str]:
    """The PDF's text as pdftotext -layout gives it (poppler-utils), page by page."""
    result = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.split("\f")[:-1]


@pytest.fixture
def demo(demo_copy):
    workspace = Workspace.open(demo_copy)
    yield workspace
    workspace.close()


@pytest.fixture
def controller(qapp):
    return UndoController()


class Folder(type(Path())):
    """A folder that remembers each time the user was asked for it."""

    asked: list[str]


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """Where the PDFs go: the folder the user would pick (the picker is not shown)."""
    chosen = Folder(tmp_path / "RFQs")
    chosen.mkdir()
    chosen.asked = []

    def ask(parent, title, directory):
        chosen.asked.append(title)
        return Path(chosen)

    monkeypatch.setattr(dialog_module, "ask_folder", ask)
    monkeypatch.setattr(tracking_module, "ask_folder", ask)
    return chosen


@pytest.fixture
def cleanup(qtbot):
    """Closes what a test left open (the dialogs delete themselves when closed)."""
    yield
    close_message_boxes()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, (RfqDialog, RfqListDialog)) and widget.isVisible():
            widget.close()


def open_new(qtbot, workspace, controller, settings, code: str | None = None,
             today: dt.date = DEMO_TODAY) -> RfqDialog:
    design_id = workspace.designs.id_for_code(code) if code else None
    dialog = rfq_ui.new_rfq(None, workspace, controller, settings, design_id, today=today)
    qtbot.waitExposed(dialog)
    return dialog


def tick(dialog: RfqDialog, workspace, *names: str) -> None:
    for name in names:
        dialog.check_supplier(workspace.suppliers.id_for_name(name))


def type_into(qtbot, field, text: str) -> None:
    field.selectAll()
    field.clear()
    qtbot.keyClicks(field, text)


# --- a new RFQ ----------------------------------------------------------------------------


@pytest.mark.integration
def test_an_rfq_made_in_the_dialog_is_saved_once_and_written_one_pdf_per_supplier(
        qtbot, demo, controller, settings, folder, cleanup):
    dialog = open_new(qtbot, demo, controller, settings, "RG-014")
    assert dialog.design.text() == "RG-014 — Solitaire Halo Ring"
    # the newest issued revision is offered first; the draft is not offered at all
    assert [dialog.revision.itemText(i) for i in range(dialog.revision.count())] == [
        "Revision B, issued 2026-05-11", "Revision A, issued 2026-02-16"]
    assert dialog.reply_by.date() == QDate(2026, 12, 8)  # two weeks from today
    assert dialog.reply_by_note.text() == "Tuesday, in 14 days"
    type_into(qtbot, dialog.quantities, "50 / 100 / 300 / 1,000")
    assert dialog.quantities_note.text() == "4 quantities to price: 50 · 100 · 300 · 1,000"
    tick(dialog, demo, PANYU)
    # and one ticked from the keyboard, as a user tabbing through does
    row = next(r for r in range(dialog.supplier_model.rowCount())
               if dialog.supplier_model.item(r, 0).text() == BANGKOK)
    dialog.suppliers.setCurrentIndex(dialog.supplier_model.index(row, 0))
    qtbot.keyClick(dialog.suppliers, Qt.Key.Key_Space)
    assert set(dialog.checked_suppliers()) == {demo.suppliers.id_for_name(BANGKOK),
                                               demo.suppliers.id_for_name(PANYU)}
    qtbot.keyClicks(dialog.notes, "Centre stone consigned by us.")

    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)

    (summary,) = demo.rfqs.summaries(DEMO_TODAY, design_id=demo.designs.id_for_code("RG-014"))
    assert (summary.design_code, summary.revision, summary.quantities) == (
        "RG-014", "B", (50, 100, 300, 1000))
    assert summary.created_on == DEMO_TODAY and summary.reply_by == dt.date(2026, 12, 8)
    assert {r.supplier for r in summary.replies} == {BANGKOK, PANYU}
    assert controller.stack.count() == 1, "one undoable save"
    assert folder.asked == ["Folder for the RFQ PDFs"]
    names = sorted(p.name for p in folder.iterdir())
    assert names == [  # "Ltd.pdf", not "Ltd..pdf"
        "RG-014 RFQ rev B — Panyu Jinhui Jewelry Manufacturing Co., Ltd.pdf",
        "RG-014 RFQ rev B — Siam Gem Setting Co., Ltd.pdf"]
    for supplier, name in zip((PANYU, BANGKOK), names):
        pages = pdf_pages(folder / name)
        letter = _squashed(pages[0])
        assert supplier in letter
        assert "8 December 2026" in letter and summary.reference in letter
        assert re.findall(r"^ *([\d,]+) *$", pages[0], re.MULTILINE) == [
            "50", "100", "300", "1,000"]
        assert "Please note: Centre stone consigned by us." in letter
        assert "Final audit" in "".join(pages[1:]), "the tech pack follows, with its QC"
    # the list opens on the new RFQ and says what was written where
    tracking = dialog.tracking
    assert tracking.current().id == summary.id
    assert tracking.status.text() == (f"{summary.reference} saved for RG-014, sent to 2 "
                                      f"suppliers. Wrote 2 PDFs to {folder}.")
    assert set(states(tracking)) == {BANGKOK, PANYU}
    assert set(states(tracking).values()) == {"Awaiting · 14 days left"}

    controller.stack.undo()
    assert demo.rfqs.count() == 2, "the demo's own two"
    assert tracking.page.model.total == 2, "the list follows the undo"
    controller.stack.redo()
    assert demo.rfqs.summaries(DEMO_TODAY)[0].id == summary.id, "the same number again"
    assert tracking.current().id == summary.id


def test_create_without_pdfs_asks_for_no_folder(qtbot, demo, controller, settings, folder,
                                                cleanup):
    dialog = open_new(qtbot, demo, controller, settings, "BC-001")
    assert dialog.quantities.text() == "100 / 300 / 1,000", "the design's last RFQ's quantities"
    tick(dialog, demo, BANGKOK)
    dialog.currency.setCurrentIndex(dialog.currency.findData("USD"))
    dialog.incoterm.setCurrentIndex(dialog.incoterm.findText("DDP"))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    newest = demo.rfqs.summaries(DEMO_TODAY)[0]
    assert (newest.design_code, newest.currency, newest.incoterm) == ("BC-001", "USD", "DDP")
    assert folder.asked == [] and list(folder.iterdir()) == []


@pytest.mark.parametrize(("case", "message"), [
    ("no supplier", "Tick at least one supplier to send the RFQ to."),
    ("bad quantity", "'abc' is not a quantity: enter whole numbers of pieces"),
    ("reply-by gone", "The reply-by date (2026-11-20) has already passed: give the suppliers "
                      "time to answer."),
])
def test_a_bad_entry_is_named_and_nothing_is_stored(qtbot, demo, controller, settings, folder,
                                                    cleanup, case, message):
    dialog = open_new(qtbot, demo, controller, settings, "RG-014")
    if case != "no supplier":
        tick(dialog, demo, JAIPUR)
    if case == "bad quantity":
        type_into(qtbot, dialog.quantities, "50, abc")
        assert "'abc' is not a quantity" in dialog.quantities_note.text(), "said while typing"
    if case == "reply-by gone":
        dialog.set_reply_by(dt.date(2026, 11, 20))
        assert dialog.reply_by_note.text() == "Friday, already passed"
    before = demo.rfqs.count()
    for button in (dialog.write_button, dialog.create_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert dialog.error.isVisible() and dialog.error.text().startswith(message)
        assert demo.rfqs.count() == before and controller.stack.count() == 0
    assert folder.asked == [], "no folder asked for an RFQ that cannot be saved"
    assert list(folder.iterdir()) == []
    focused = {"no supplier": dialog.suppliers, "bad quantity": dialog.quantities,
               "reply-by gone": dialog.reply_by}[case]
    assert dialog.focusWidget() is focused or focused.isAncestorOf(dialog.focusWidget())


def test_a_design_without_an_issued_revision_says_issue_one_first(
        qtbot, demo, controller, settings, folder, cleanup):
    dialog = open_new(qtbot, demo, controller, settings, "RG-033")  # a draft only
    assert dialog.revision.count() == 0 and not dialog.revision.isEnabled()
    assert dialog.revision_note.text().startswith(
        "Issue a tech pack revision first: RG-033 has none issued yet")
    assert not dialog.write_button.isEnabled() and not dialog.create_button.isEnabled()
    tick(dialog, demo, JAIPUR)
    assert dialog.create_rfq() is None
    assert dialog.error.text().startswith("Issue a tech pack revision first")
    assert demo.rfqs.count() == 2 and controller.stack.count() == 0  # the demo's two
    # picking a design that has one makes the RFQ possible again
    assert dialog.design.choose_key(demo.designs.id_for_code("PD-003"))
    assert dialog.revision.currentText() == "Revision A, issued 2026-01-12"
    assert dialog.write_button.isEnabled() and not dialog.error.isVisible()


def test_a_read_only_workspace_cannot_make_an_rfq(qtbot, demo_copy, controller, settings,
                                                  cleanup):
    with Workspace.open(demo_copy, read_only=True) as workspace:
        dialog = open_new(qtbot, workspace, controller, settings, "RG-014")
        assert "read-only" in dialog.error.text()
        assert not dialog.write_button.isEnabled() and not dialog.create_button.isEnabled()
        dialog.close()


def test_the_dialog_is_kept_for_a_person_to_look_at(qtbot, qapp, demo, controller, settings,
                                                    artifacts_dir, cleanup):
    apply_style(qapp)
    dialog = open_new(qtbot, demo, controller, settings, "RG-014")
    tick(dialog, demo, BANGKOK, PANYU, JAIPUR)
    qtbot.keyClicks(dialog.notes, "Centre stone consigned by us: quote the setting only.")
    dialog.resize(dialog.sizeHint().expandedTo(dialog.size()))
    assert dialog.width() <= 1366 and dialog.height() <= 740, "fits a laptop screen"
    dialog.grab().save(str(artifacts_dir / "rfq-dialog.png"))


# --- tracking -----------------------------------------------------------------------------


def hand_made(make_workspace):
    """A ring with revision A issued, three suppliers, and an RFQ sent to all three on
    1 March with replies due on the 15th."""
    workspace = make_workspace()
    ring = workspace.designs.add(Design("RG-014", "Luna stacking ring", Category.RING,
                                        LifecycleStatus.SAMPLING))
    revision = workspace.tech_packs.add(TechPackRevision(
        ring, "A", RevisionStatus.ISSUED, {"stamp": "925"}, dt.date(2025, 2, 1)))
    suppliers = {name: workspace.suppliers.add(Supplier(name, country, currency))
                 for name, country, currency in (("Fonderia Berica", "IT", "EUR"),
                                                 ("Jaipur Silvercraft", "IN", "INR"),
                                                 ("Siam Silver Works", "TH", "THB"))}
    sent = dt.date(2025, 3, 1)
    rfq = Rfq(ring, revision, [50, 100, 300],
              [RfqRecipient(s, sent) for s in suppliers.values()], sent, dt.date(2025, 3, 15))
    workspace.rfqs.add(rfq)
    return workspace, ring, revision, suppliers, rfq


def add_quote(workspace, supplier_id: int, design_id: int, day: dt.date) -> int:
    return workspace.quotes.add(Quote(supplier_id, design_id, "EUR", day,
                                      [QuoteTier(50, Decimal("12.50"))]))


def states(tracking: RfqListDialog) -> dict[str, str]:
    model = tracking.replies
    return {model.row_object(r).supplier: model.index(r, STATE).data()
            for r in range(model.rowCount())}


def test_tracking_shows_who_answered_who_is_awaited_and_who_is_overdue(
        qtbot, make_workspace, controller, settings, qtmodeltester, cleanup):
    workspace, ring, revision, suppliers, rfq = hand_made(make_workspace)
    add_quote(workspace, suppliers["Siam Silver Works"], ring, dt.date(2025, 2, 20))  # before
    add_quote(workspace, suppliers["Siam Silver Works"], ring, dt.date(2025, 3, 9))

    early = rfq_ui.open_rfqs(None, workspace, controller, settings, today=dt.date(2025, 3, 10))
    assert states(early) == {"Fonderia Berica": "Awaiting · 5 days left",
                             "Jaipur Silvercraft": "Awaiting · 5 days left",
                             "Siam Silver Works": "Answered ✓ 2025-03-09"}
    assert early.page.model.index(0, 6).data() == "1 of 3 answered ✓ · 2 awaiting"
    early.close()

    tracking = rfq_ui.open_rfqs(None, workspace, controller, settings,
                                today=dt.date(2025, 3, 19))
    qtmodeltester.check(tracking.replies)
    assert states(tracking) == {"Fonderia Berica": "Overdue ⚠ 4 days",
                                "Jaipur Silvercraft": "Overdue ⚠ 4 days",
                                "Siam Silver Works": "Answered ✓ 2025-03-09"}
    assert tracking.page.model.index(0, 6).data() == "1 of 3 answered ✓ · 2 overdue ⚠"
    assert tracking.page.subtitle.text() == ("1 RFQ · 1 waiting for answers · 1 with a "
                                             "supplier overdue")
    overdue = tracking.replies.index(0, STATE)
    assert overdue.data(Qt.ItemDataRole.FontRole).italic()
    assert tracking.replies.index(2, STATE).data(Qt.ItemDataRole.FontRole) is None

    # a quote entered under Quotes answers it: the list follows
    add_quote(workspace, suppliers["Jaipur Silvercraft"], ring, dt.date(2025, 3, 17))
    controller.changed.emit(Topic.QUOTES, None)
    assert states(tracking)["Jaipur Silvercraft"] == "Answered ✓ 2025-03-17 (2 days late)"
    # a design's RFQs alone, with a way back to all
    other = workspace.designs.add(dataclasses.replace(workspace.designs.get(ring), id=None,
                                                      code="PD-003", images=[]))
    tracking.show_only(other)
    assert tracking.page.model.total == 0 and tracking.banner.isVisible()
    assert "Showing RFQs for PD-003" in tracking.banner.text()
    tracking.banner.linkActivated.emit("all")
    assert tracking.page.model.total == 1 and not tracking.banner.isVisible()
    # an RFQ to one supplier only, then the RFQs sent to that supplier
    sent = dt.date(2025, 3, 18)
    workspace.rfqs.add(Rfq(ring, revision, [25], [RfqRecipient(
        suppliers["Jaipur Silvercraft"], sent)], sent, dt.date(2025, 3, 30)))
    controller.changed.emit(Topic.RFQS, None)
    assert tracking.page.model.total == 2
    tracking.show_only(supplier_id=suppliers["Fonderia Berica"])
    assert tracking.page.model.total == 1
    assert "Showing RFQs sent to Fonderia Berica" in tracking.banner.text()
    tracking.show_only(supplier_id=suppliers["Jaipur Silvercraft"])
    assert tracking.page.model.total == 2


@pytest.mark.integration
def test_pdfs_written_again_and_a_cancel_leaves_only_whole_files(
        qtbot, demo, controller, settings, folder, cleanup):
    tracking = rfq_ui.open_rfqs(None, demo, controller, settings, today=DEMO_TODAY)
    assert tracking.current().design_code == "BC-001", "the newest first"
    result = tracking.ask_folder_and_write()
    assert [p.name for p in result.written] == [
        "BC-001 RFQ rev A — Jaipur Silvercraft Pvt. Ltd.pdf",
        "BC-001 RFQ rev A — Panyu Jinhui Jewelry Manufacturing Co., Ltd.pdf"]
    assert tracking.status.text() == f"Wrote 2 PDFs to {folder}."
    text = "".join(pdf_pages(result.written[1]))
    assert "USD · EXW" in _squashed(text) and "10 November 2026" in text

    again = folder / "again"
    again.mkdir()
    writer = RfqPdfWriter(demo, tracking.current().id, again)
    writer.file_written.connect(lambda _path: writer.progress.cancel())
    result = writer.run()
    assert result.cancelled and len(result.written) == 1
    assert [p.name for p in again.iterdir()] == [result.written[0].name], "no half file"
    assert "Cancelled before the rest" in result.summary(again)


def test_deleting_an_rfq_asks_says_what_goes_and_can_be_undone(
        qtbot, demo, controller, settings, cleanup):
    tracking = rfq_ui.open_rfqs(None, demo, controller, settings, today=DEMO_TODAY)
    shown = tracking.current()
    box = tracking.ask_delete()
    assert box.text() == f"Delete {shown.reference} for BC-001 revision A?"
    assert "list of 2 suppliers" in box.informativeText()
    assert "The quote already received stays under Quotes." in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert demo.rfqs.count() == 2

    box = tracking.ask_delete()
    delete = next(b for b in box.buttons()
                  if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    delete.click()
    qtbot.waitUntil(lambda: demo.rfqs.count() == 1)
    assert tracking.page.model.total == 1
    assert tracking.status.text() == f"{shown.reference} deleted. Edit ▸ Undo brings it back."
    controller.stack.undo()
    assert [s.id for s in demo.rfqs.summaries(DEMO_TODAY)][0] == shown.id
    assert tracking.page.model.total == 2
    assert {r.supplier: r.state.value for r in demo.rfqs.replies(shown.id, DEMO_TODAY)} == {
        JAIPUR: "answered", PANYU: "overdue"}


def test_the_tracking_list_is_kept_for_a_person_to_look_at(
        qtbot, qapp, demo, controller, settings, artifacts_dir, cleanup):
    apply_style(qapp)
    tracking = rfq_ui.open_rfqs(None, demo, controller, settings, today=DEMO_TODAY)
    tracking.resize(1100, 620)
    qtbot.waitExposed(tracking)
    assert states(tracking) == {JAIPUR: "Answered ✓ 2026-11-04",
                                PANYU: "Overdue ⚠ 14 days"}
    tracking.grab().save(str(artifacts_dir / "rfq-tracking.png"))


@pytest.mark.integration
def test_without_a_brand_sending_offers_to_set_it_first_and_can_go_on(
        qtbot, demo, controller, settings, folder, cleanup):
    from jewelbench.domain.brand import Brand

    demo.brand.set(Brand())  # the brand profile was never filled in
    before = len(demo.rfqs.summaries(DEMO_TODAY))
    dialog = open_new(qtbot, demo, controller, settings, "RG-014")
    type_into(qtbot, dialog.quantities, "50 / 100")
    tick(dialog, demo, PANYU)
    dialog.write_button.click()
    box = dialog.brand_question
    assert box.isVisible()
    assert box.text() == "Set your brand before sending this request for quotation?"
    assert folder.asked == [] and list(Path(folder).iterdir()) == [], "nothing sent yet"
    next(b for b in box.buttons() if b.text().replace("&", "") == "Continue Without").click()
    qtbot.waitUntil(lambda: len(list(Path(folder).iterdir())) == 1)
    [pdf] = list(Path(folder).iterdir())
    letter = subprocess.run(["pdftotext", "-l", "1", str(pdf), "-"], capture_output=True,
                            text=True, check=True).stdout
    assert "property of us" not in letter
    assert "remains the property of the brand that sent it" in " ".join(letter.split())
    assert len(demo.rfqs.summaries(DEMO_TODAY)) == before + 1
