"""The Labels & QC tab: the packaging labels, and what the factory checks at each of the six
QC stages (each stage must keep its criteria)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from jewelbench.domain.messages import fill
from jewelbench.domain.samples import QC_STAGE_NAMES, QcStage
from jewelbench.domain.techpacks import QcCriterion, TechPackDraft
from jewelbench.ui.techpacks.section import DraftSection, RevisionShown, set_plain


class QualityTab(DraftSection):
    """Packaging labels and the QC criteria of the six stages, saved when a field is left."""

    def __init__(self) -> None:
        super().__init__()
        inner = QWidget()
        form = QFormLayout(inner)
        self.labels = QPlainTextEdit()
        self.labels.setPlaceholderText(self.tr("Care card, barcode label on box base …"))
        self.labels.setFixedHeight(56)
        self.labels.installEventFilter(self)
        form.addRow(self.tr("Packaging labels:"), self.labels)
        self.qc_fields: dict[int, QPlainTextEdit] = {}
        for stage in QcStage:
            field = QPlainTextEdit()
            field.setFixedHeight(56)
            field.installEventFilter(self)
            self.qc_fields[int(stage)] = field
            form.addRow(f"{int(stage)} · {QC_STAGE_NAMES[stage]}:", field)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def fill(self, draft: TechPackDraft, shown: RevisionShown) -> None:
        set_plain(self.labels, draft.labels)
        for criterion in draft.qc_criteria:
            set_plain(self.qc_fields[criterion.stage], criterion.criteria)

    def text_left(self, field: QPlainTextEdit) -> None:
        if self._showing or self.draft is None or not self._editable:
            return
        text = field.toPlainText()
        if field is self.labels:
            self.set_field("labels", text.strip(), self.tr("labels"))
            return
        stage = next(s for s, f in self.qc_fields.items() if f is field)
        if not text.strip():
            self.say(fill(self.tr("Stage {stage} needs its QC criteria: the factory checks "
                                  "against them."), stage=str(stage)))
            set_plain(field, next(c.criteria for c in self.draft.qc_criteria
                                  if c.stage == stage))
            return
        criteria = [QcCriterion(c.stage, text.strip()) if c.stage == stage else c
                    for c in self.draft.qc_criteria]
        self.set_field("qc_criteria", criteria,
                       fill(self.tr("QC stage {stage}"), stage=str(stage)))
