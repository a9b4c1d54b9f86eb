"""Sample rounds: where each sample stands, and how its QC went."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from jewelbench.storage import Workspace
from jewelbench.storage.samples import SampleSummary
from jewelbench.ui.formatting import date_text
from jewelbench.ui.labels import sample_state_label
from jewelbench.ui.widgets.list_page import ListPage
from jewelbench.ui.widgets.table_model import Column


class SamplesView(ListPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        columns: list[Column[SampleSummary]] = [
            Column(self.tr("Design"), lambda s: s.design_code),
            Column(self.tr("Supplier"), lambda s: s.supplier),
            Column(self.tr("Round"), lambda s: str(s.round_number),
                   sort_key=lambda s: s.round_number, numeric=True),
            Column(self.tr("Revision"), lambda s: s.revision),
            Column(self.tr("Requested"), lambda s: date_text(s.requested_on),
                   sort_key=lambda s: s.requested_on),
            Column(self.tr("Received"), lambda s: date_text(s.received_on),
                   sort_key=lambda s: s.received_on),
            Column(self.tr("State"), lambda s: sample_state_label(s.state),
                   emphasis=lambda s: s.state == "rejected"),
            Column(self.tr("QC passed"), lambda s: f"{s.qc_passed} / 6",
                   sort_key=lambda s: s.qc_passed, numeric=True),
            Column(self.tr("QC failed"), lambda s: str(s.qc_failed),
                   sort_key=lambda s: s.qc_failed, numeric=True,
                   emphasis=lambda s: s.qc_failed > 0),
        ]
        super().__init__("samples", self.tr("Samples"), columns,
                         self.tr("No sample rounds yet. Samples requested from suppliers, "
                                 "their QC and decisions appear here."), parent)

    def load(self, workspace: Workspace) -> None:
        rows = workspace.samples.summaries()
        approved = sum(1 for s in rows if s.state in ("approved", "approved_with_changes"))
        open_rounds = sum(1 for s in rows if s.state in ("requested", "received"))
        self.set_rows(rows, self.tr("%1 sample rounds: %2 approved, %3 open").replace(
            "%1", str(len(rows))).replace("%2", str(approved)).replace("%3", str(open_rounds)))
