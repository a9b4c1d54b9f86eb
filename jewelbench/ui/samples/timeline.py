"""A design's sample rounds as a timeline: each round by date of request, and under it what
happened — requested, received, decided — with its notes and DFM feedback."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.messages import fill
from jewelbench.storage.samples import SampleSummary
from jewelbench.ui.formatting import date_text
from jewelbench.ui.samples import marks
from jewelbench.ui.samples.deviations import decided_label, deviations_summary
from jewelbench.ui.style import named

ROUND_ROLE = Qt.ItemDataRole.UserRole + 1


def _first_line(text: str, limit: int = 160) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class SampleTimeline(QWidget):
    """Shows one design's history (SampleRepository.history); activating a round asks for
    it to be opened."""

    round_activated = Signal(int)  # the sample round's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sampleTimeline")
        self.setMinimumWidth(300)
        self.title = QLabel()
        named(self.title, "previewTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        named(self.subtitle, "pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("sampleTimelineTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("What happened")])
        self.tree.setAccessibleName(self.tr("Sample round history"))
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setIconSize(QSize(18, 18))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tree, 1)
        self.show_history(None, "", [])

    def show_history(self, design_id: int | None, design: str,
                     rounds: Sequence[SampleSummary]) -> None:
        """rounds in timeline order (oldest request first); design is 'RG-014 · name'."""
        self.design_id = design_id
        self.tree.clear()
        if design_id is None:
            self.title.setText(self.tr("Round history"))
            self.subtitle.setText(self.tr("Select a sample round to see its design's rounds "
                                          "with every supplier, oldest first."))
            return
        self.title.setText(fill(self.tr("Round history · {design}"), design=design))
        approved = [r for r in rounds if r.state in (marks.APPROVED, marks.CHANGES)]
        suppliers = len({r.supplier_id for r in rounds})
        summary = (self.tr("1 round") if len(rounds) == 1
                   else fill(self.tr("{count} rounds"), count=str(len(rounds)))) + " " + (
            self.tr("with 1 supplier") if suppliers == 1
            else fill(self.tr("with {suppliers} suppliers"), suppliers=str(suppliers)))
        if approved:
            last = approved[-1]
            summary += " · " + fill(self.tr("golden sample: round {round_number} from {supplier}"),
                                    round_number=str(last.round_number), supplier=last.supplier)
        else:
            summary += " · " + self.tr("no approved sample yet")
        self.subtitle.setText(summary)
        for sample in rounds:
            self._add_round(sample)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)

    def _add_round(self, sample: SampleSummary) -> None:
        state = decided_label(sample.state, sample.with_deviations)
        revision = (fill(self.tr("rev {revision}"), revision=sample.revision) if sample.revision
                    else self.tr("no revision"))
        top = QTreeWidgetItem([
            date_text(sample.requested_on),
            fill(self.tr("Round {round_number} — {state} · {revision}"),
                 round_number=str(sample.round_number), state=state, revision=revision)])
        top.setIcon(1, marks.mark(sample.state))
        top.setData(0, ROUND_ROLE, sample.id)
        top.setData(1, ROUND_ROLE, sample.id)
        font = top.font(1)
        font.setBold(True)
        top.setFont(1, font)
        top.setToolTip(1, fill(self.tr("Round {round_number} from {supplier} — open it with Enter "
                                       "or a double-click"),
                               round_number=str(sample.round_number), supplier=sample.supplier))
        self.tree.addTopLevelItem(top)

        def step(date_shown: str, text: str, kind: str | None = None,
                 tooltip: str = "") -> None:
            item = QTreeWidgetItem([date_shown, text])
            item.setData(0, ROUND_ROLE, sample.id)
            if kind is not None:
                item.setIcon(1, marks.mark(kind))
            item.setToolTip(1, tooltip or text)  # the full text where the column cuts it
            top.addChild(item)

        step("", fill(self.tr("Requested from {supplier}"),
                      supplier=sample.supplier), marks.REQUESTED)
        if sample.received_on is not None:
            days = (sample.received_on - sample.requested_on).days
            step(date_text(sample.received_on), fill(self.tr("Received after {days} days"),
                                                     days=str(days)), marks.RECEIVED)
            if sample.qc_passed or sample.qc_failed:
                step("", fill(self.tr("QC: {qc_passed} of 6 stages passed, {qc_failed} failed"),
                              qc_passed=str(sample.qc_passed), qc_failed=str(sample.qc_failed)),
                    marks.FAIL if sample.qc_failed else marks.PASS)
        else:
            step("", self.tr("Not received yet"))
        if sample.decision:
            text = state
            if sample.golden_count == 1:
                text += " — " + self.tr("its photo is the golden sample")
            elif sample.golden_count:
                text += " — " + fill(self.tr("{golden} photos are the golden sample"),
                                     golden=str(sample.golden_count))
            step(date_text(sample.decided_on), text, sample.state)
        if sample.with_deviations:
            summary = deviations_summary(sample.deviation_lines, sample.deviation_reason)
            step("", _first_line(summary, 240), marks.WARNING, tooltip=summary)
        if sample.dfm_feedback:
            step("", fill(self.tr("DFM: {feedback}"), feedback=_first_line(sample.dfm_feedback)),
                 tooltip=sample.dfm_feedback)
        if sample.notes:
            step("", fill(self.tr("Notes: {notes}"), notes=_first_line(sample.notes)),
                 tooltip=sample.notes)

    def round_ids(self) -> list[int]:
        return [int(item.data(0, ROUND_ROLE)) for n in range(self.tree.topLevelItemCount())
                if (item := self.tree.topLevelItem(n)) is not None]

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        sample_id = item.data(0, ROUND_ROLE)
        if sample_id is not None:
            self.round_activated.emit(int(sample_id))
