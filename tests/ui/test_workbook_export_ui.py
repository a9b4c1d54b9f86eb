"""Export Workbook dialog (File ▸ Export ▸ Workbook…) on a copy of the demo: a plan or a design,
the scenario, the costing date, the volume and the file; written with a progress dialog,
refusals said in the status line with nothing written."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog
from qt_helpers import texts_whole

from jewelbench.app.demo import DEMO_TODAY
from jewelbench.app.main import apply_style
from jewelbench.storage import Workspace
from jewelbench.ui.exports import workbook_dialog
from jewelbench.ui.exports.workbook_dialog import WorkbookExportDialog, export_workbook


@pytest.fixture
def dialog(qtbot, qapp, demo_copy, settings, tmp_path):
    apply_style(qapp)
    settings.setValue("exports/workbook/folder", str(tmp_path))
    workspace = Workspace.open(demo_copy)
    box = WorkbookExportDialog(workspace, settings)
    qtbot.addWidget(box)
    box.costing_date.setDate(QDate(DEMO_TODAY.year, DEMO_TODAY.month, DEMO_TODAY.day))
    box.show()
    qtbot.waitExposed(box)
    yield box
    box.close()
    workspace.close()


def cover_values(path):
    book = load_workbook(path)
    return [c for row in book["Cover"].iter_rows(values_only=True) for c in row if c]


def test_a_plan_is_exported_to_the_suggested_file(dialog, qtbot, tmp_path, artifacts_dir):
    assert dialog.plan_choice.isChecked()
    assert dialog.plan.currentText() == "Aurelia Fine 2027"
    assert dialog.volume.text() == "As planned"
    suggested = tmp_path / "Make or buy Aurelia Fine 2027.xlsx"
    assert dialog.file.text() == str(suggested)
    dialog.scenario.setCurrentIndex(dialog.scenario.findText("Small studio workshop"))
    dialog.grab().save(str(artifacts_dir / "workbook-export-dialog.png"))
    report = dialog.export()
    assert report is not None and report.path == suggested and suggested.exists()
    assert dialog.status.text().startswith(f"Written to {suggested}: Plan 'Aurelia Fine 2027' "
                                           "at 250 pieces a year.")
    assert dialog.open_button.isEnabled()
    qtbot.waitUntil(lambda: texts_whole(dialog))  # the status line's new height
    dialog.grab().save(str(artifacts_dir / "workbook-export-dialog-written.png"))
    assert "Small studio workshop" in cover_values(suggested)
    assert dialog.settings.value("exports/workbook/kind") == "plan"
    assert dialog.settings.value("exports/workbook/scenario") == "Small studio workshop"


def type_design(qtbot, dialog, text):
    # the completer's popup grabs the keyboard, which the offscreen platform cannot do
    dialog.design.setCompleter(None)
    dialog.design.lineEdit().clear()
    qtbot.keyClicks(dialog.design.lineEdit(), text)


def test_a_design_typed_by_its_code_at_a_volume(dialog, qtbot, tmp_path):
    dialog.design_choice.setChecked(True)
    assert dialog.design.isEnabled() and not dialog.plan.isEnabled()
    type_design(qtbot, dialog, "rg-021")
    assert dialog.export_button.isEnabled()
    assert dialog.volume.value() == 300  # RG-021 is in no plan: 300 pieces a year
    assert dialog.file.text() == str(tmp_path / "Make or buy RG-021.xlsx")
    dialog.volume.setValue(450)
    report = dialog.export()
    assert report is not None and report.volume == 450
    assert report.title.startswith("RG-021")
    assert len(report.routes) == 2  # Fonderia Berica and Jaipur Silvercraft


def test_nothing_to_export_until_a_design_is_chosen(dialog, qtbot):
    dialog.design_choice.setChecked(True)
    type_design(qtbot, dialog, "no such design")
    assert not dialog.export_button.isEnabled()
    assert dialog.status.text() == "Choose a design."
    type_design(qtbot, dialog, "BR-005")
    assert dialog.export_button.isEnabled() and dialog.status.text() == ""


def test_a_missing_price_is_said_and_nothing_is_written(dialog, tmp_path):
    dialog.costing_date.setDate(QDate(2020, 1, 1))
    assert dialog.export() is None
    assert dialog.status.text().startswith("Not exported: Cannot compute the costs: no ")
    assert "on or before 2020-01-01" in dialog.status.text()
    assert not any(p.suffix == ".xlsx" for p in tmp_path.iterdir())


def test_a_file_that_cannot_be_written_is_said(dialog, tmp_path):
    (tmp_path / "taken.xlsx").mkdir()
    dialog.file.setText(str(tmp_path / "taken.xlsx"))
    assert dialog.export() is None
    assert dialog.status.text() == "Not exported: taken.xlsx is a folder: choose another file " \
                                   "name"


def test_cancelling_the_progress_writes_nothing(dialog, tmp_path, monkeypatch):
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    assert dialog.export() is None
    assert dialog.status.text() == "Cancelled: no file was written."
    assert not any(p.suffix == ".xlsx" or ".partial" in p.name for p in tmp_path.iterdir())


def test_browse_sets_the_file(dialog, tmp_path, monkeypatch):
    chosen = tmp_path / "for the accountant"
    monkeypatch.setattr(workbook_dialog, "ask_workbook_path",
                        lambda parent, title, suggested: chosen.with_suffix(".xlsx"))
    assert dialog.choose_file() == tmp_path / "for the accountant.xlsx"
    assert dialog.file.text() == str(tmp_path / "for the accountant.xlsx")
    dialog.plan.setCurrentIndex(dialog.plan.findText("Tidal 2027"))
    assert dialog.file.text() == str(tmp_path / "for the accountant.xlsx")  # kept once chosen


def test_the_window_entry_point_opens_the_dialog(qtbot, qapp, demo_copy, settings):
    with Workspace.open(demo_copy) as workspace:
        box = export_workbook(None, workspace, settings)
        qtbot.addWidget(box)
        assert box.isVisible() and box.windowTitle() == "Export Workbook"
        box.close()


def mnemonic_letters(widget) -> list[str]:
    """The Alt+letter of every visible label, button and group box of the dialog."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox

    def letter(text: str) -> str | None:
        cleaned = text.replace("&&", "")
        at = cleaned.find("&")
        return cleaned[at + 1].lower() if 0 <= at < len(cleaned) - 1 else None

    texts = [w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton)
             if w.isVisibleTo(widget)]
    texts += [w.title() for w in widget.findChildren(QGroupBox) if w.isVisibleTo(widget)]
    return [x for x in map(letter, texts) if x]


def test_each_control_has_an_alt_letter_of_its_own_and_the_dialog_fits_1366x768(dialog, qtbot):
    letters = mnemonic_letters(dialog)
    assert len(letters) == len(set(letters)), sorted(letters)
    assert dialog.width() <= 1366 and dialog.height() <= 720
    qtbot.keyClick(dialog, "t", modifier=Qt.KeyboardModifier.AltModifier)
    assert dialog.costing_date.hasFocus() or dialog.costing_date.isAncestorOf(
        QApplication.focusWidget())


def test_the_plan_s_designs_are_listed_unless_all_listings(dialog, qtbot, tmp_path):
    """Issue 16: the listings hold the plan's designs by default, their size said before
    writing; All listings lists the whole workspace (the demo's is small: not asked)."""
    workspace = dialog.workspace
    plan_id = dialog.plan.currentData()
    planned = sorted(workspace.designs.get(d).code
                     for d, _ in workspace.costing.plan_record(plan_id).lines)
    counts = workspace.counts()
    said = dialog.listing_size.text()
    assert said.startswith(f"Listings: the {len(planned)} designs compared ("), said
    report = dialog.export()
    assert report is not None
    codes = [str(r[0]) for r in load_workbook(report.path)["Designs"].iter_rows(
        min_row=2, values_only=True)]
    assert sorted(codes) == planned
    dialog.all_listings.setChecked(True)
    said = dialog.listing_size.text()
    assert said.startswith(f"Listings: every design of the workspace ({counts['designs']} "
                           f"designs, {counts['quotes']} quotes): "), said
    assert "A large workbook" not in said
    report = dialog.export()
    assert report is not None, dialog.status.text()
    rows = list(load_workbook(report.path)["Designs"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == counts["designs"]
