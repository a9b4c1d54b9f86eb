"""The sample round editor: what arrived and when, its weight and dimensions against the tech
pack revision's tolerances, the six QC stages, photos, DFM feedback and the decision.

Every change is saved the moment it is made, as one undoable command on the window's undo
stack. Approving is one command too: the decision, the design moved to approved and the
round's photos made the golden sample; undo puts all three back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.designs import LifecycleStatus
from jewelbench.domain.inputs import InputError, NumberRule
from jewelbench.domain.messages import fill
from jewelbench.domain.samples import (
    APPROVING,
    QC_STAGE_CHECKS,
    ApprovalProblem,
    Measurement,
    MeasurementSheet,
    QcCheck,
    QcResult,
    QcStage,
    SampleDecision,
    SampleRound,
    ToleranceCheck,
    approval_problems,
)
from jewelbench.domain.validation import DomainError
from jewelbench.storage import ReadError, StorageError, Workspace
from jewelbench.storage.repository import NotFound
from jewelbench.ui import i18n
from jewelbench.ui.commands import UndoController
from jewelbench.ui.formatting import date_text, decimal_text
from jewelbench.ui.labels import sample_state_label, status_label
from jewelbench.ui.samples import marks
from jewelbench.ui.samples.commands import ApproveSample, ReplaceSample
from jewelbench.ui.samples.deviations import (
    ask_deviation_reason,
    check_text,
    decided_label,
    deviations_summary,
    stage_name,
)
from jewelbench.ui.samples.deviations import places as _places
from jewelbench.ui.samples.photos import SamplePhotos
from jewelbench.ui.samples.request import date_edit, from_qdate, to_qdate
from jewelbench.ui.style import named
from jewelbench.ui.topics import Topic
from jewelbench.ui.widgets.editor_dialog import EditorDialog
from jewelbench.ui.widgets.fields import (
    NumberField,
    error_colour,
    format_for_locale,
    parse_for_locale,
)
from jewelbench.ui.widgets.list_page import ListPage
from jewelbench.ui.widgets.table_model import Column

MEASURED_WEIGHT = NumberRule(unit="g", places=3, maximum=Decimal(100000), allow_zero=False,
                             required=False)
MEASURED = NumberRule(places=3, maximum=Decimal(100000), required=False)

@dataclass(frozen=True)
class _SheetRow:
    """One line of the measurements table: what the revision asks, and what was measured."""

    dimension: str
    nominal: Decimal
    tolerance: Decimal
    unit: str
    critical: bool
    measured: Decimal | None
    in_sheet: bool

    @property
    def check(self) -> ToleranceCheck | None:
        if self.measured is None:
            return None
        return ToleranceCheck(self.dimension, self.nominal, self.tolerance, self.measured,
                              self.unit)


class SampleRoundEditor(EditorDialog, SamplePhotos):
    settings_key = "dialogs/sampleRoundEditor"
    default_size = (940, 660)

    def __init__(self, workspace: Workspace, sample_id: int, controller: UndoController,
                 settings: QSettings, parent: QWidget | None = None) -> None:
        self.workspace = workspace
        self.sample_id = sample_id
        self.sample: SampleRound = workspace.samples.get(sample_id)
        super().__init__(controller, settings, parent)
        self.setObjectName("sampleRoundEditor")
        self.sheet: MeasurementSheet | None = None
        self.sheet_problem = ""
        self.criteria: dict[int, str] = {}
        self.deviations_question: QWidget | None = None
        self._read_revision()

        self.heading = QLabel()
        named(self.heading, "previewTitle")
        self.heading.setWordWrap(True)
        self.state_icon = QLabel()
        self.facts = QLabel()
        named(self.facts, "pageSubtitle")
        self.facts.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.state_icon, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.heading)
        titles.addWidget(self.facts)
        head.addLayout(titles, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._measurements_tab(), self.tr("&Measurements"))
        self.tabs.addTab(self._qc_tab(), self.tr("&QC"))
        self.tabs.addTab(self._photos_tab(), self.tr("&Photos"))
        self.tabs.addTab(self._decision_tab(), self.tr("D&ecision"))
        bottom = self.status_row()
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.restore_size()
        self.show_sample()
        if workspace.read_only:
            self._make_read_only()

    def _make_read_only(self) -> None:
        """A read-only workspace: every tab still reads, nothing in it can be changed."""
        for widget in (self.received_check, self.received_date, self.weight.edit,
                       self.add_photo_button, self.remove_photo_button, self.decision,
                       self.decided_date, *self.qc_results.values()):
            widget.setEnabled(False)
        for text in (self.dfm, self.notes):
            text.setReadOnly(True)
        for line in self.qc_notes.values():
            line.setReadOnly(True)
        self.measurements.set_editable(False)
        self.say(self.tr("This workspace is open read-only: nothing here can be changed."))

    # --- what the round is measured against ----------------------------------------------

    def _read_revision(self) -> None:
        self.sheet, self.sheet_problem, self.criteria = None, "", {}
        revision_id = self.sample.tech_pack_revision_id
        if revision_id is None:
            self.sheet_problem = self.tr(
                "This round names no tech pack revision, so there are no tolerances to measure "
                "against: the values are kept as entered.")
            return
        try:
            self.sheet = self.workspace.samples.measurement_sheet(revision_id)
        except (DomainError, StorageError) as error:
            self.sheet_problem = i18n.say(error) + "."
        try:
            snapshot = self.workspace.tech_packs.snapshot(revision_id)
            self.criteria = {int(c["stage"]): str(c["criteria"])
                             for c in snapshot.get("qc_criteria", [])}
        except (DomainError, StorageError, KeyError, TypeError, ValueError):
            self.criteria = {}

    # --- building ------------------------------------------------------------------------

    def _measurements_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout()
        self.received_check = QCheckBox(self.tr("&Received"))
        self.received_check.setToolTip(self.tr("Tick when the sample has arrived"))
        self.received_check.toggled.connect(self._received_toggled)
        self.received_date = date_edit()
        self.received_date.setAccessibleName(self.tr("Received on"))
        self.received_date.editingFinished.connect(self._received_edited)
        self.received_date.calendarWidget().clicked.connect(lambda _d: self._received_edited())
        self.received_error = self._error_label()
        received_row = QHBoxLayout()
        received_row.addWidget(self.received_check)
        received_row.addWidget(self.received_date)
        received_row.addStretch(1)
        received_box = QVBoxLayout()
        received_box.setSpacing(2)
        received_box.addLayout(received_row)
        received_box.addWidget(self.received_error)
        form.addRow(self.tr("Arrival:"), received_box)

        self.weight = NumberField(MEASURED_WEIGHT)
        self.weight.edit.setAccessibleName(self.tr("Measured weight"))
        self.weight.edit.setMaximumWidth(140)
        self.weight.value_changed.connect(self._weight_entered)
        self.weight_target = QLabel()
        named(self.weight_target, "pageSubtitle")
        self.weight_icon = QLabel()
        self.weight_result = QLabel()
        self.weight_result.setObjectName("weightResult")
        weight_row = QHBoxLayout()
        weight_row.addWidget(self.weight)
        weight_row.addWidget(self.weight_target)
        weight_row.addSpacing(12)
        weight_row.addWidget(self.weight_icon)
        weight_row.addWidget(self.weight_result, 1)
        weight_label = QLabel(self.tr("Measured &weight:"))
        weight_label.setBuddy(self.weight.edit)
        form.addRow(weight_label, weight_row)

        self.sheet_message = QLabel()
        self.sheet_message.setObjectName("sheetMessage")
        self.sheet_message.setWordWrap(True)
        self.measurements = ListPage(
            "sampleMeasurements", self.tr("Dimensions"), [
                Column(self.tr("Dimension"), lambda r: r.dimension + (
                    "  " + self.tr("(critical)") if r.critical else ""),
                    tooltip=lambda r: self.tr("Critical to fit or function") if r.critical
                    else ""),
                Column(self.tr("Nominal"),
                       lambda r: f"{decimal_text(r.nominal, _places(r.nominal))} {r.unit}",
                       numeric=True, sort_key=lambda r: r.nominal),
                Column(self.tr("Tolerance"),
                       lambda r: f"± {decimal_text(r.tolerance, _places(r.tolerance))} {r.unit}",
                       numeric=True, sort_key=lambda r: r.tolerance),
                Column(self.tr("Measured"), lambda r: "" if r.measured is None else
                       f"{decimal_text(r.measured, _places(r.measured))} {r.unit}",
                       numeric=True, sort_key=lambda r: r.measured, key="measured",
                       rule=MEASURED, edit_text=lambda r: format_for_locale(r.measured, MEASURED),
                       tooltip=lambda r: fill(self.tr("Double-click or type to enter the measured "
                                                      "value ({unit})"), unit=r.unit)),
                Column(self.tr("Result"), self._row_result, decoration=self._row_mark,
                       emphasis=lambda r: r.check is not None and not r.check.in_tolerance),
            ], self.tr("The revision lists no dimensions: only the weight is checked."))
        self.measurements.search.hide()
        self.measurements.table.setSortingEnabled(False)
        named(self.measurements.title, "previewTitle")
        self.measurements.layout_.setContentsMargins(0, 6, 0, 0)
        self.measurements.subtitle.hide()
        self.measurements.model.edit_requested.connect(self._measured_entered)
        self.measurements.message.connect(self.say)
        self.tolerance_summary = QLabel()
        self.tolerance_summary.setObjectName("toleranceSummary")
        self.tolerance_summary.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(self.sheet_message)
        layout.addWidget(self.measurements, 1)
        layout.addWidget(self.tolerance_summary)
        return tab

    def _qc_tab(self) -> QWidget:
        tab = QWidget()
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        for column, title in enumerate((self.tr("Stage and what is checked"),
                                        self.tr("Result"), self.tr("Notes"))):
            label = QLabel(title)
            named(label, "pageSubtitle")
            grid.addWidget(label, 0, column)
        self.qc_results: dict[QcStage, QComboBox] = {}
        self.qc_notes: dict[QcStage, QLineEdit] = {}
        self.qc_icons: dict[QcStage, QLabel] = {}
        for row, stage in enumerate(QcStage, start=1):
            name = QLabel(f"<b>{int(stage)} · {stage_name(stage)}</b>")
            what = QLabel(self.criteria.get(int(stage), QC_STAGE_CHECKS[stage]))
            named(what, "pageSubtitle")
            what.setWordWrap(True)
            cell = QVBoxLayout()
            cell.setSpacing(0)
            cell.addWidget(name)
            cell.addWidget(what)
            result = QComboBox()
            result.setAccessibleName(fill(self.tr("Stage {stage} result"), stage=str(int(stage))))
            result.addItem(marks.mark(marks.UNCHECKED), self.tr("Not checked"), None)
            result.addItem(marks.mark(marks.PASS), self.tr("Pass"), QcResult.PASS.value)
            result.addItem(marks.mark(marks.FAIL), self.tr("Fail"), QcResult.FAIL.value)
            result.activated.connect(lambda _i, s=stage: self._qc_changed(s))
            notes = QLineEdit()
            notes.setMaxLength(2000)
            notes.setAccessibleName(fill(self.tr("Stage {stage} notes"), stage=str(int(stage))))
            notes.setPlaceholderText(self.tr("What was found"))
            notes.editingFinished.connect(lambda s=stage: self._qc_changed(s))
            self.qc_results[stage], self.qc_notes[stage] = result, notes
            grid.addLayout(cell, row, 0)
            grid.addWidget(result, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(notes, row, 2, Qt.AlignmentFlag.AlignTop)
        self.qc_summary = QLabel()
        self.qc_summary.setObjectName("qcSummary")
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addLayout(grid)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(tab)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.qc_summary)
        return tab

    def _decision_tab(self) -> QWidget:
        tab = QWidget()
        self.dfm = QPlainTextEdit()
        self.dfm.setPlaceholderText(self.tr("What the factory should change to make it better "
                                            "or cheaper: walls, prongs, sprues, finishes …"))
        self.dfm.installEventFilter(self)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Courier, who checked it, anything else"))
        self.notes.installEventFilter(self)
        self.decision = QComboBox()
        self.decision.setAccessibleName(self.tr("Decision"))
        self.decision.addItem(marks.mark(marks.RECEIVED), self.tr("Not decided"), None)
        for value, kind in ((SampleDecision.APPROVED, marks.APPROVED),
                            (SampleDecision.APPROVED_WITH_CHANGES, marks.CHANGES),
                            (SampleDecision.REJECTED, marks.REJECTED)):
            self.decision.addItem(marks.mark(kind), sample_state_label(value.value), value.value)
        self.decision.activated.connect(lambda _i: self._decision_chosen())
        self.decided_date = date_edit()
        self.decided_date.setAccessibleName(self.tr("Decided on"))
        self.decided_date.editingFinished.connect(self._decided_date_edited)
        self.decided_date.calendarWidget().clicked.connect(
            lambda _d: self._decided_date_edited())
        decision_row = QHBoxLayout()
        decision_row.addWidget(self.decision)
        decision_row.addWidget(QLabel(self.tr("on")))
        decision_row.addWidget(self.decided_date)
        decision_row.addStretch(1)
        self.decision_error = self._error_label()
        self.decision_help = QLabel()
        named(self.decision_help, "pageSubtitle")
        self.decision_help.setWordWrap(True)
        decision_label = QLabel(self.tr("Decisio&n:"))
        decision_label.setBuddy(self.decision)
        decision_box = QVBoxLayout()
        decision_box.setSpacing(4)
        decision_box.addLayout(decision_row)
        decision_box.addWidget(self.decision_error)
        self.deviations_note = QLabel()
        self.deviations_note.setObjectName("deviationsNote")
        self.deviations_note.setWordWrap(True)
        self.deviations_note.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.deviations_note.hide()
        decision_box.addWidget(self.deviations_note)
        decision_box.addWidget(self.decision_help)
        form = QFormLayout(tab)
        form.addRow(decision_label, decision_box)
        form.addRow(self.tr("&DFM feedback:"), self.dfm)
        form.addRow(self.tr("&Notes:"), self.notes)
        return tab

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {error_colour(self.palette()).name()};")
        label.hide()
        return label

    # --- showing -------------------------------------------------------------------------

    def _names(self) -> tuple[str, str, str, str]:
        design = self.workspace.designs.summary(self.sample.design_id)
        supplier = self.workspace.suppliers.get(self.sample.supplier_id).name
        revision = ""
        if self.sample.tech_pack_revision_id is not None:
            revision = self.workspace.tech_packs.get(self.sample.tech_pack_revision_id).revision
        return design.code, design.name, supplier, revision

    def show_sample(self) -> None:
        sample = self.sample
        code, name, supplier, revision = self._names()
        self.design_code = code
        self.setWindowTitle(fill(self.tr("{code} round {round_number} · {supplier} — Sample"),
                                 code=code, round_number=str(sample.round_number),
                                 supplier=supplier))
        self.heading.setText(fill(self.tr("{code} {name} · round {round_number} from {supplier}"),
                                  code=code, name=name, round_number=str(sample.round_number),
                                  supplier=supplier))
        self.state_icon.setPixmap(marks.mark(sample.state).pixmap(28, 28))
        facts = [fill(self.tr("Tech pack revision {revision}"), revision=revision) if revision
                 else self.tr("No tech pack revision"),
                 fill(self.tr("requested {requested_on}"),
                      requested_on=date_text(sample.requested_on)),
                 sample_state_label(sample.state)]
        status = self.workspace.designs.summary(sample.design_id).status
        facts.append(fill(self.tr("design status: {status}"), status=status_label(status)))
        self.facts.setText(" · ".join(facts))
        self.state_icon.setToolTip(sample_state_label(sample.state))
        self._show_arrival()
        self._show_measurements()
        self._show_qc()
        self._show_photos()
        self._show_decision()

    def _show_arrival(self) -> None:
        received = self.sample.received_on
        self.received_check.blockSignals(True)
        self.received_check.setChecked(received is not None)
        self.received_check.blockSignals(False)
        self.received_date.setEnabled(received is not None and not self.workspace.read_only)
        if received is not None:
            self.received_date.setDate(to_qdate(received))
        elif not self.received_date.hasFocus():
            self.received_date.setDate(to_qdate(max(dt.date.today(), self.sample.requested_on)))
        self._show_field_error(self.received_error, "")

    def _rows(self) -> list[_SheetRow]:
        measured = {m.dimension.casefold(): m for m in self.sample.measurements}
        rows = []
        if self.sheet is not None:
            for line in self.sheet.lines:
                found = measured.pop(line.dimension.casefold(), None)
                rows.append(_SheetRow(line.dimension, line.nominal, line.tolerance, line.unit,
                                      line.critical, found.measured if found else None, True))
        for m in self.sample.measurements:  # values recorded that the revision does not list
            if m.dimension.casefold() in measured:
                rows.append(_SheetRow(m.dimension, m.nominal, m.tolerance, m.unit, False,
                                      m.measured, False))
        return rows

    def _show_measurements(self) -> None:
        sheet = self.sheet
        weight = self.sample.measured_weight_g
        if not self.weight.edit.hasFocus():
            self.weight.set_value(weight)
        if sheet is not None and sheet.weighs:
            assert sheet.target_weight_g is not None and sheet.weight_tolerance_g is not None
            places = _places(sheet.target_weight_g, sheet.weight_tolerance_g)
            self.weight_target.setText(fill(self.tr("target {target} g ± {tolerance} g"),
                                            target=decimal_text(sheet.target_weight_g, places),
                                            tolerance=decimal_text(sheet.weight_tolerance_g,
                                                                   places)))
        else:
            self.weight_target.setText(self.tr("no weight tolerance in the revision"))
        check = sheet.check_weight(weight) if sheet is not None and weight is not None else None
        self._show_check(self.weight_icon, self.weight_result, check)
        self.sheet_message.setText(self.sheet_problem)
        self.sheet_message.setVisible(bool(self.sheet_problem))
        if self.sheet_problem:
            self.sheet_message.setStyleSheet(
                f"color: {error_colour(self.palette()).name()};")
        rows = self._rows()
        self.measurements.show_rows(rows)
        checks = [c for c in ([check] + [r.check for r in rows]) if c is not None]
        out = [c for c in checks if not c.in_tolerance]
        to_measure = len(rows) + (1 if sheet is not None and sheet.weighs else 0)
        if not checks:
            text = self.tr("Nothing measured yet.")
        elif out:
            text = fill(self.tr("{out} of {measured} measured values out of tolerance: {values}"),
                        out=str(len(out)), measured=str(len(checks)),
                        values=", ".join(c.what for c in out))
        else:
            text = fill(self.tr("All {count} measured values in tolerance."),
                        count=str(len(checks)))
        if checks and len(checks) < to_measure:
            text += " " + fill(self.tr("{count} still to measure."),
                               count=str(to_measure - len(checks)))
        self.tolerance_summary.setText(text)

    def _show_check(self, icon: QLabel, label: QLabel, check: ToleranceCheck | None) -> None:
        if check is None:
            icon.clear()
            label.setText("")
            return
        kind = marks.OK if check.in_tolerance else marks.WARNING
        icon.setPixmap(marks.mark(kind).pixmap(16, 16))
        label.setText(check_text(check))
        label.setStyleSheet("" if check.in_tolerance else
                            f"color: {error_colour(self.palette()).name()};")

    def _row_result(self, row: _SheetRow) -> str:
        check = row.check
        if check is None:
            return self.tr("Not measured")
        text = check_text(check)
        return text if row.in_sheet else text + " " + self.tr("(not in this revision)")

    def _row_mark(self, row: _SheetRow) -> QIcon | None:
        check = row.check
        if check is None:
            return marks.mark(marks.UNCHECKED)
        return marks.mark(marks.OK if check.in_tolerance else marks.WARNING)

    def _show_qc(self) -> None:
        checks = {c.stage: c for c in self.sample.qc_checks}
        for stage in QcStage:
            check = checks.get(stage)
            result = self.qc_results[stage]
            result.setCurrentIndex(result.findData(
                check.result.value if check is not None and check.result else None))
            notes = self.qc_notes[stage]
            text = check.notes if check is not None else ""
            if not notes.hasFocus() or notes.text() == text:
                notes.setText(text)
        passed = sum(1 for c in checks.values() if c.result is QcResult.PASS)
        failed = sum(1 for c in checks.values() if c.result is QcResult.FAIL)
        self.qc_summary.setText(fill(self.tr("{passed} passed · {failed} failed · {unchecked} not "
                                             "checked"),
                                     passed=str(passed), failed=str(failed),
                                     unchecked=str(6 - passed - failed)))

    def _show_decision(self) -> None:
        sample = self.sample
        for field, text in ((self.dfm, sample.dfm_feedback), (self.notes, sample.notes)):
            if field.toPlainText() != text and not field.hasFocus():
                field.setPlainText(text)
        self.decision.setCurrentIndex(self.decision.findData(
            sample.decision.value if sample.decision else None))
        if sample.decided_on is not None:
            self.decided_date.setDate(to_qdate(sample.decided_on))
        elif not self.decided_date.hasFocus():
            self.decided_date.setDate(to_qdate(max(dt.date.today(),
                                                   sample.received_on or sample.requested_on)))
        self._show_field_error(self.decision_error, "")
        self.deviations_note.setText(deviations_summary(sample.deviation_lines,
                                                        sample.deviation_reason)
                                     if sample.with_deviations else "")
        self.deviations_note.setVisible(sample.with_deviations)
        if sample.received_on is None:
            help_text = self.tr("Record when the sample arrived (Measurements) before deciding.")
        else:
            help_text = fill(self.tr("Approving (with or without changes) moves {design_code} to "
                                     "Approved and makes this round's photos the golden sample "
                                     "production is held to. Production needs an approved sample "
                                     "of the current tech pack revision."),
                             design_code=self.design_code)
        self.decision_help.setText(help_text)

    def _show_field_error(self, label: QLabel, message: str) -> None:
        label.setText(message)
        label.setVisible(bool(message))

    # --- changing ------------------------------------------------------------------------

    def change(self, after: SampleRound, what: str) -> bool:
        """Save the changed round now, as one undoable command."""
        if after == self.sample:
            return True
        reason = self.controller.run(ReplaceSample(
            self.workspace, self.sample, after, fill(self.tr("{what} ({design_code} round "
                                                             "{round_number})"),
                                                     what=what, design_code=self.design_code,
                                                     round_number=str(self.sample.round_number))))
        if reason is not None:
            self.show_sample()  # the fields show what is kept, not what was refused
            self.say(fill(self.tr("Not saved: {reason}"), reason=reason))
            return False
        self.say(self.tr("Saved."))
        return True

    def _changed(self, what: str, error_label: QLabel | None = None, **fields: Any) -> bool:
        try:
            after = replace(self.sample, **fields)
        except DomainError as error:
            message = i18n.say(error) + "."
            if error_label is not None:
                self._show_field_error(error_label, message)
            self.say(fill(self.tr("Not saved: {reason}"), reason=message))
            return False
        if error_label is not None:
            self._show_field_error(error_label, "")
        return self.change(after, what)

    def set_received(self, received_on: dt.date | None) -> bool:
        return self._changed(self.tr("Record arrival"), self.received_error,
                             received_on=received_on)

    def _received_toggled(self, on: bool) -> None:
        self.received_date.setEnabled(on)
        if not self.set_received(from_qdate(self.received_date.date()) if on else None):
            self.received_check.blockSignals(True)
            self.received_check.setChecked(self.sample.received_on is not None)
            self.received_check.blockSignals(False)
            self.received_date.setEnabled(self.sample.received_on is not None)

    def _received_edited(self) -> None:
        if not self.received_check.isChecked():
            return
        chosen = from_qdate(self.received_date.date())
        if chosen != self.sample.received_on:
            self.set_received(chosen)

    def _weight_entered(self, grams: Decimal | None) -> None:
        if grams != self.sample.measured_weight_g:
            self._changed(self.tr("Enter the measured weight"), measured_weight_g=grams)

    def set_measured(self, dimension: str, value: Decimal | None) -> bool:
        rows = [replace(r, measured=value) if r.dimension == dimension else r
                for r in self._rows()]
        try:
            measurements = [Measurement(r.dimension, r.nominal, r.tolerance, r.measured, r.unit)
                            for r in rows if r.measured is not None]
        except DomainError as error:
            self.say(i18n.say(error))
            return False
        return self._changed(fill(self.tr("Measure {dimension}"), dimension=dimension),
                             measurements=measurements)

    def _measured_entered(self, row: _SheetRow, _key: str, text: str) -> None:
        try:
            value = parse_for_locale(text, MEASURED)
        except InputError as error:
            self.say(i18n.say(error))
            return
        self.set_measured(row.dimension, value)

    def set_qc(self, stage: QcStage, result: QcResult | None, notes: str) -> bool:
        checks = {c.stage: c for c in self.sample.qc_checks}
        checks[stage] = QcCheck(stage, result, notes.strip())
        ordered = [checks[s] for s in QcStage if s in checks
                   and (checks[s].result is not None or checks[s].notes)]
        return self._changed(fill(self.tr("QC stage {stage}"), stage=str(int(stage))),
                             qc_checks=ordered)

    def _qc_changed(self, stage: QcStage) -> None:
        value = self.qc_results[stage].currentData()
        self.set_qc(stage, QcResult(value) if value else None, self.qc_notes[stage].text())

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == event.Type.FocusOut:
            if watched is self.dfm:
                self._changed(self.tr("Change DFM feedback"),
                              dfm_feedback=self.dfm.toPlainText())
            elif watched is self.notes:
                self._changed(self.tr("Change notes"), notes=self.notes.toPlainText())
        return super().eventFilter(watched, event)

    def decide(self, decision: SampleDecision | None, decided_on: dt.date | None,
               reason: str | None = None) -> bool:
        """Record (or clear) the decision. Approving is one command that also moves the
        design to approved and makes this round's photos the golden sample. A round with
        problems (failed QC stages, critical dimensions or the weight out of tolerance) is
        approved only after the question names them and the user gives a reason (reason):
        without one this opens the question and returns False; the answer decides again."""
        if decision is not None and SampleDecision(decision) in APPROVING:
            assert decided_on is not None
            try:
                deciding = replace(self.sample, decision=decision, decided_on=decided_on,
                                   deviations="", deviation_reason="")
            except DomainError as error:
                return self._refuse_decision(i18n.say(error) + ".")
            problems = approval_problems(deciding, self.sheet)
            if problems and reason is None:
                kept = self.sample.deviation_reason
                if kept and [p.describe() for p in problems] == self.sample.deviation_lines:
                    reason = kept  # the same problems, already accepted: a new date or kind
                else:
                    self._ask_reason(SampleDecision(decision), decided_on, problems, kept)
                    return False
            return self._approve(SampleDecision(decision), decided_on,
                                 (reason or "") if problems else "")
        fields: dict[str, Any] = {"decision": decision,
                                  "decided_on": decided_on if decision is not None else None,
                                  "deviations": "", "deviation_reason": ""}
        if self.sample.approved:  # no longer approved: its photos are no longer the golden one
            fields["photos"] = [replace(p, is_golden=False) for p in self.sample.photos]
        try:
            after = replace(self.sample, **fields)
        except DomainError as error:
            return self._refuse_decision(i18n.say(error) + ".")
        what = (self.tr("Clear the decision") if decision is None else
                fill(self.tr("Decide: {decision}"), decision=sample_state_label(
                         SampleDecision(decision).value)))
        return self.change(after, what)

    def _ask_reason(self, decision: SampleDecision, decided_on: dt.date,
                    problems: list[ApprovalProblem], reason: str) -> None:
        """The question naming each problem; its answer approves, or leaves the round as it
        was (the choice shown goes back, nothing else on the form changes)."""
        self.decision.setCurrentIndex(self.decision.findData(
            self.sample.decision.value if self.sample.decision else None))

        def answered(given: str | None) -> None:
            self.deviations_question = None
            if given is None:
                self.say(fill(self.tr("Not approved: the round stays {state}."),
                              state=sample_state_label(self.sample.state).lower()))
                return
            self.decide(decision, decided_on, given)

        count = len(problems)
        self.deviations_question = ask_deviation_reason(
            self, self.settings,
            fill(self.tr("Approve with Deviations — {design_code} round {round_number}"),
                 design_code=self.design_code, round_number=str(self.sample.round_number)),
            fill(self.tr("Round {round_number} of {design_code} has a problem:") if count == 1
                 else self.tr("Round {round_number} of {design_code} has {count} problems:"),
                 round_number=str(self.sample.round_number), design_code=self.design_code,
                 count=str(count)),
            problems, reason, answered)

    def _approve(self, decision: SampleDecision, decided_on: dt.date, reason: str) -> bool:
        status_before = self.workspace.designs.summary(self.sample.design_id).status
        label = decided_label(decision.value, bool(reason))
        refused = self.controller.run(ApproveSample(
            self.workspace, self.sample, decision, decided_on,
            fill(self.tr("{decision}: {design_code} round {round_number}"), decision=label,
                 design_code=self.design_code, round_number=str(self.sample.round_number)),
            reason))
        if refused is not None:
            return self._refuse_decision(refused)
        status = self.workspace.designs.summary(self.sample.design_id).status
        golden = len(self.sample.photos)
        if status is LifecycleStatus.APPROVED and status_before is not status:
            text = fill(self.tr("{decision}: {design_code} is now approved"), decision=label,
                        design_code=self.design_code)
        else:
            text = fill(self.tr("{decision}: {design_code} keeps its status, {status}"),
                        decision=label, design_code=self.design_code,
                        status=status_label(status).lower())
        if golden == 0:
            text += "; " + self.tr("the round has no photos yet: those added under Photos "
                                   "become the golden sample.")
        elif golden == 1:
            text += "; " + self.tr("its photo is the golden sample.")
        else:
            text += "; " + fill(self.tr("{golden} photos are the golden sample."),
                                golden=str(golden))
        self.say(text)
        return True

    def _refuse_decision(self, reason: str) -> bool:
        self._show_field_error(self.decision_error, reason)
        self.say(fill(self.tr("Not saved: {reason}"), reason=reason))
        self.decision.setCurrentIndex(self.decision.findData(
            self.sample.decision.value if self.sample.decision else None))
        return False

    def _decision_chosen(self) -> None:
        value = self.decision.currentData()
        decision = SampleDecision(value) if value else None
        if decision == self.sample.decision:
            return
        self.decide(decision, from_qdate(self.decided_date.date()))

    def _decided_date_edited(self) -> None:
        if self.sample.decision is None:
            return
        chosen = from_qdate(self.decided_date.date())
        if chosen != self.sample.decided_on:
            self.decide(self.sample.decision, chosen)

    # --- following changes made anywhere -------------------------------------------------

    def _changed_elsewhere(self, topic: Topic, affected: object) -> None:
        mine = ((topic == Topic.SAMPLES and affected == self.sample_id)
                or (topic == Topic.DESIGNS and affected == self.sample.design_id)
                or topic == Topic.TECH_PACKS)
        if not mine:
            return
        try:
            self.sample = self.workspace.samples.get(self.sample_id)
            if topic == Topic.TECH_PACKS:
                self._read_revision()
        except ReadError as error:
            self.say(i18n.say(error))
            return
        except NotFound:  # the round was removed (undo of its request, or deleted)
            self.close()
            return
        self.show_sample()
