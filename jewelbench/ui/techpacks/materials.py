"""The Materials & Marks tab: the metals of the bill of materials, the maker's mark and
hallmarks, and the BOM's findings with the pull strength the factory tests each to."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout

from jewelbench.domain.inputs import InputError, NumberRule
from jewelbench.domain.messages import fill
from jewelbench.domain.techpacks import Hallmarks, TechPackDraft
from jewelbench.domain.validation import DomainError
from jewelbench.ui import i18n
from jewelbench.ui.formatting import decimal_text
from jewelbench.ui.style import named
from jewelbench.ui.techpacks.section import (
    DraftSection,
    RevisionShown,
    fit_columns,
    set_text,
    table_in_tab,
)
from jewelbench.ui.widgets.fields import format_for_locale, parse_for_locale
from jewelbench.ui.widgets.list_page import ListPage
from jewelbench.ui.widgets.table_model import Column

# What a clasp or jump ring must hold before it opens; empty: not specified.
PULL_STRENGTH_N = NumberRule(unit="N", places=1, maximum=Decimal(10000), allow_zero=False,
                             required=False)


@dataclass(frozen=True)
class FindingShown:
    """A finding of the bill of materials (as the shown revision lists it) and the pull
    strength the draft asks of it."""

    index: int  # its place in the BOM's findings: what pull_strengths_n is keyed by
    kind: str
    description: str
    quantity: int
    pull_strength_n: Decimal | None


def findings_shown(draft: TechPackDraft, shown: RevisionShown) -> list[FindingShown]:
    """A draft's findings are the design's now; an issued revision's those it froze."""
    strengths = draft.pull_strengths_n
    if shown.issued:
        frozen = shown.revision.content.get("findings")
        rows = [f for f in frozen if isinstance(f, dict)] if isinstance(frozen, list) else []
        return [FindingShown(index, str(f.get("kind") or ""),
                             str(f.get("description") or ""),
                             f["quantity"] if isinstance(f.get("quantity"), int) else 0,
                             strengths.get(index)) for index, f in enumerate(rows)]
    return [FindingShown(index, f.kind, f.description, f.quantity, strengths.get(index))
            for index, f in enumerate(shown.design.findings)]


class MaterialsTab(DraftSection):
    """Materials (read from the BOM), marks, and the findings' pull strengths."""

    def __init__(self) -> None:
        super().__init__()
        self.metals = QLabel()
        self.metals.setWordWrap(True)
        self.metals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.maker_mark = QLineEdit()
        self.maker_mark.setMaxLength(200)
        self.maker_mark.setPlaceholderText(self.tr("The registered mark struck beside the "
                                                   "quality stamp"))
        self.maker_mark.editingFinished.connect(self._maker_mark_edited)
        self.markets = QLineEdit()
        self.markets.setPlaceholderText(
            self.tr("Markets, comma-separated: UK, Ireland, Norway, US"))
        self.hallmark_logo = QLineEdit()
        self.hallmark_logo.setPlaceholderText(self.tr("e.g. AUR logo inside band"))
        self.laser_serial = QLineEdit()
        self.laser_serial.setPlaceholderText(self.tr("e.g. AUR-{serial} inside band"))
        for field in (self.markets, self.hallmark_logo, self.laser_serial):
            field.setMaxLength(500)
            field.editingFinished.connect(self._hallmarks_edited)
        materials = QGroupBox(self.tr("Materials (from the bill of materials)"))
        QVBoxLayout(materials).addWidget(self.metals)
        marks = QGroupBox(self.tr("Marks"))
        form = QFormLayout(marks)
        form.addRow(self.tr("Maker's &mark:"), self.maker_mark)
        form.addRow(self.tr("Hallmark ma&rkets:"), self.markets)
        form.addRow(self.tr("&Logo:"), self.hallmark_logo)
        form.addRow(self.tr("Laser &serial:"), self.laser_serial)
        findings = QGroupBox(self.tr("Clasp and findings"))
        findings_layout = QVBoxLayout(findings)
        findings_layout.addWidget(self._findings_table(), 1)
        findings_hint = QLabel(self.tr("Double-click a pull strength (or select it and press "
                                       "F2) to set what the factory tests the finding to; "
                                       "left empty, none is specified."))
        named(findings_hint, "pageSubtitle")
        findings_hint.setWordWrap(True)
        findings_layout.addWidget(findings_hint)
        layout = QVBoxLayout(self)
        layout.addWidget(materials)
        layout.addWidget(marks)
        layout.addWidget(findings, 1)

    def _findings_table(self) -> ListPage:
        """The BOM's findings, each with the pull strength the factory must test it to."""
        self.findings = ListPage("techpack_findings", self.tr("Clasp and findings"), [
            Column(self.tr("Kind"), lambda r: r.kind.capitalize()),
            Column(self.tr("Description"), lambda r: r.description),
            Column(self.tr("Qty"), lambda r: str(r.quantity), sort_key=lambda r: r.quantity,
                   numeric=True),
            Column(self.tr("Pull strength (N)"), lambda r: decimal_text(r.pull_strength_n, 1),
                   sort_key=lambda r: r.pull_strength_n, numeric=True, key="pull_strength_n",
                   rule=PULL_STRENGTH_N,
                   edit_text=lambda r: format_for_locale(r.pull_strength_n, PULL_STRENGTH_N),
                   tooltip=lambda r: self.tr("The pull the factory tests this finding to, in "
                                             "newtons; leave it empty if none is specified")),
        ], self.tr("No findings in the bill of materials (Design editor → Bill of "
                   "Materials)."))
        page = self.findings
        table_in_tab(page)
        page.table.setMinimumHeight(90)
        fit_columns(page, stretch=1)  # the description
        page.model.edit_requested.connect(self._pull_strength_edited)
        page.message.connect(self.message)
        return page

    def fill(self, draft: TechPackDraft, shown: RevisionShown) -> None:
        self.findings.show_rows(findings_shown(draft, shown))
        alloys = {a.code: a for a in shown.alloys}
        lines = []
        for metal in shown.design.metals:
            alloy = alloys.get(metal.alloy_code)
            name = f"{alloy.name} ({metal.alloy_code})" if alloy else metal.alloy_code
            lines.append(f"{name}: {decimal_text(metal.finished_weight_g, 2)} g")
        self.metals.setText("\n".join(lines) or self.tr(
            "No metal in the bill of materials yet (Design editor → Bill of Materials)."))
        set_text(self.maker_mark, draft.maker_mark)
        set_text(self.markets, ", ".join(draft.hallmarks.markets))
        set_text(self.hallmark_logo, draft.hallmarks.logo)
        set_text(self.laser_serial, draft.hallmarks.laser_serial)

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self.findings.set_editable(editable)

    def _maker_mark_edited(self) -> None:
        self.set_field("maker_mark", self.maker_mark.text().strip(), self.tr("maker's mark"))

    def _hallmarks_edited(self) -> None:
        if self._showing or self.draft is None:
            return
        markets = tuple(m.strip() for m in self.markets.text().split(",") if m.strip())
        try:
            hallmarks = Hallmarks(markets, self.hallmark_logo.text().strip(),
                                  self.laser_serial.text().strip())
        except DomainError as error:
            self.say(i18n.say(error))
            return
        if hallmarks != self.draft.hallmarks:
            self.set_field("hallmarks", hallmarks, self.tr("hallmarks"))

    def _pull_strength_edited(self, row: FindingShown, _key: str, text: str) -> None:
        try:
            strength = parse_for_locale(text, PULL_STRENGTH_N)
        except InputError as error:
            self.say(i18n.say(error))
            return
        if self.draft is None:
            return
        after = self.edited()
        strengths = dict(after.pull_strengths_n)
        if strength is None:
            strengths.pop(row.index, None)
        else:
            strengths[row.index] = strength
        after.pull_strengths_n = strengths
        self.change(after, fill(self.tr("Change pull strength of {finding}"),
                                finding=row.kind or self.tr("a finding")))
