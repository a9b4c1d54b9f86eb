"""A supplier's landed-cost terms: what bringing its goods home costs beyond its quotes —
import duty and what it is charged on (the importing country's basis or your own choice),
insurance, your own freight to the border and inland after it, inspection, an FX risk buffer,
a defect allowance and shipments a year. On top, the workspace's importing country, import VAT
and VAT registration (customs_group). One-time fees are charged over the design's or plan's
life, set in the comparison (fee_life).

Like every editor, each change is saved the moment a field is left, as one undoable command
(SetLandedTerms); a value the engine refuses is said next to the field and nothing is stored.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.costing_inputs import CustomsBasis, LandedCostTerms
from jewelbench.domain.inputs import NumberRule
from jewelbench.domain.messages import fill
from jewelbench.domain.validation import DomainError
from jewelbench.storage import ReadError, StorageError, Workspace
from jewelbench.ui import i18n
from jewelbench.ui.commands import UndoController
from jewelbench.ui.costs.commands import SetLandedTerms
from jewelbench.ui.costs.customs_group import CustomsGroup
from jewelbench.ui.style import named
from jewelbench.ui.topics import Topic
from jewelbench.ui.widgets.editor_dialog import EditorDialog
from jewelbench.ui.widgets.fields import NumberField, error_colour

_WHOLE = {"shipments_per_year"}
COUNTRY = "country"  # the basis choice that follows the importing country


class LandedTermsEditor(EditorDialog):
    settings_key = "dialogs/landedTerms"
    default_size = (600, 720)

    def __init__(self, workspace: Workspace, controller: UndoController, settings: QSettings,
                 supplier_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(controller, settings, parent)
        self.setObjectName("landedTermsEditor")
        self.setWindowTitle(self.tr("Landed Costs"))
        self.workspace = workspace
        base = workspace.base_currency
        self.supplier = QComboBox()
        self.supplier.setObjectName("termsSupplier")
        for sid, name in sorted(workspace.suppliers.names().items(),
                                key=lambda item: item[1].casefold()):
            self.supplier.addItem(name, sid)
        self.state = QLabel()
        named(self.state, "pageSubtitle")
        self.state.setWordWrap(True)

        percent = NumberRule(unit="%", places=2, maximum=Decimal(100))
        money = NumberRule(unit=base, places=2, maximum=Decimal("1e9"))
        self.fields: dict[str, NumberField] = {}
        specs = (
            ("duty", (
                ("duty_pct", self.tr("Import &duty"),
                 NumberRule(unit="%", places=2, maximum=Decimal(1000)),
                 self.tr("% of the customs value; none under DDP")),
                ("insurance_pct", self.tr("&Insurance"), percent,
                 self.tr("% of goods and freight; EXW and FOB quotes only")),
            )),
            ("costs", (
                ("freight_per_shipment", self.tr("Your &freight to the border a shipment"),
                 money, self.tr("what your forwarder charges to the border of your country, "
                                "besides the supplier's freight: in a CIF customs value")),
                ("freight_per_piece", self.tr("Your freight to the border a &piece"), money,
                 ""),
                ("inland_freight_per_shipment", self.tr("Inland f&reight a shipment"), money,
                 self.tr("after the goods arrive, invoiced apart: not dutiable "
                         "(EU UCC Art. 72(a))")),
                ("inland_freight_per_piece", self.tr("In&land freight a piece"), money, ""),
                ("inspection_per_shipment", self.tr("Inspection a shi&pment"), money, ""),
                ("inspection_per_piece", self.tr("Inspection a pie&ce"), money, ""),
            )),
            ("risk", (
                ("fx_buffer_pct", self.tr("FX risk &buffer"), percent,
                 self.tr("on what is invoiced in a foreign currency")),
                ("defect_allowance_pct", self.tr("D&efect allowance"),
                 NumberRule(unit="%", places=2, maximum=Decimal("99.99")),
                 self.tr("pieces received that cannot be sold")),
                ("shipments_per_year", self.tr("&Shipments a year"),
                 NumberRule(places=0, minimum=Decimal(1), maximum=Decimal(365)),
                 self.tr("the year's order is delivered in this many")),
            )),
        )
        self.customs = QComboBox()
        self.customs.setObjectName("customsBasis")
        self.customs.addItem(self.tr("Your importing country's rule"), COUNTRY)
        self.customs.addItem(self.tr("CIF: the goods at the border (EU, UK, most countries)"),
                             CustomsBasis.CIF.value)
        self.customs.addItem(self.tr("FOB: the goods as they left the supplier (US, Canada, "
                                     "Australia)"), CustomsBasis.FOB.value)
        self.customs.setToolTip(self.tr(
            "What duty is charged on. The customs value always holds the assists: mould, "
            "tooling and CAD fees ÷ the design's life, and the stones, findings and plating "
            "you supply (WTO Customs Valuation Agreement Art. 8.1(b))."))
        self.customs.activated.connect(lambda _i: self._basis_chosen())
        self.customs_error = QLabel()
        self.customs_error.setObjectName("fieldError")
        self.customs_error.setWordWrap(True)
        self.customs_error.hide()
        self.customs_group = CustomsGroup(workspace, controller)
        self.customs_group.said.connect(self.say)
        titles = {"duty": self.tr("Import"),
                  "costs": fill(self.tr("Freight and inspection ({base})"), base=base),
                  "risk": self.tr("Risk and timing")}
        layout = QVBoxLayout(self)
        supplier_form = QFormLayout()
        supplier_form.addRow(self.tr("S&upplier:"), self.supplier)
        layout.addWidget(self.customs_group)
        layout.addLayout(supplier_form)
        layout.addWidget(self.state)
        labels: list[QLabel] = []
        for group_key, rows in specs:
            group = QGroupBox(titles[group_key])
            form = QFormLayout(group)
            for name, text, rule, hint in rows:
                field = NumberField(rule)
                field.setObjectName(name)
                field.edit.setAccessibleName(text.replace("&", ""))
                if hint:
                    field.edit.setToolTip(hint)
                    field.edit.setPlaceholderText(hint if len(hint) < 40 else "")
                field.value_changed.connect(lambda value, n=name: self._commit(n, value))
                self.fields[name] = field
                label = QLabel(text + ":")
                label.setBuddy(field.edit)
                labels.append(label)
                form.addRow(label, field)
                if name == "duty_pct":
                    label = QLabel(self.tr("Duty &charged on:"))
                    label.setBuddy(self.customs)
                    labels.append(label)
                    form.addRow(label, self.customs)
                    form.addRow("", self.customs_error)
            layout.addWidget(group)
        labels += self.customs_group.labels
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:  # one column of labels across the groups
            label.setMinimumWidth(width)
        layout.addStretch(1)
        layout.addLayout(self.status_row())
        self.supplier.currentIndexChanged.connect(lambda _i: self.load_terms())
        index = self.supplier.findData(supplier_id) if supplier_id is not None else 0
        self.supplier.setCurrentIndex(max(0, index))
        self.load_terms()
        read_only = workspace.read_only
        for field in self.fields.values():
            field.edit.setReadOnly(read_only)
        self.customs.setEnabled(not read_only)
        if read_only:
            self.say(self.tr("This workspace is open read-only: the terms can be read, not "
                             "changed."))
        self.restore_size()

    @property
    def supplier_id(self) -> int | None:
        data = self.supplier.currentData()
        return int(data) if data is not None else None

    def terms(self) -> LandedCostTerms | None:
        if self.supplier_id is None:
            return None
        return self.workspace.costing.landed_terms(self.supplier_id)

    def load_terms(self) -> None:
        """Show the supplier's stored terms (the engine's defaults when none are stored)."""
        try:
            terms = self.terms()
            stored = self.supplier_id is not None and \
                self.workspace.costing.has_landed_terms(self.supplier_id)
        except (StorageError, ReadError) as error:
            self.say(i18n.say(error))
            return
        if terms is None:
            return
        for name, field in self.fields.items():
            field.set_value(Decimal(getattr(terms, name)))
        choice = COUNTRY if terms.basis_from_country else terms.customs_basis.value
        self.customs.setCurrentIndex(max(0, self.customs.findData(choice)))
        try:
            basis, source = self.workspace.costing.customs_settings().resolve(COUNTRY)
        except (StorageError, ReadError, DomainError) as error:
            self.say(i18n.say(error))
            return
        self.customs.setItemText(0, fill(
            self.tr("Your importing country's rule: {basis} ({source})"),
            basis=basis.value.upper(), source=source))
        self._show_basis_error("")
        self.state.setText(
            self.tr("Stored for this supplier; each change is saved when you leave the field "
                    "(Edit ▸ Undo takes it back).") if stored else
            self.tr("Nothing stored for this supplier yet: no duty, own freight, insurance, "
                    "inspection, FX buffer or defect allowance is counted. Enter what "
                    "applies."))

    def _basis_chosen(self) -> None:
        choice = str(self.customs.currentData())
        if choice == COUNTRY:
            self._commit("customs_basis", None, basis_from_country=True)
        else:
            self._commit("customs_basis", CustomsBasis(choice), basis_from_country=False)

    def _show_basis_error(self, message: str) -> None:
        self.customs_error.setText(message)
        self.customs_error.setVisible(bool(message))
        if message:
            self.customs_error.setStyleSheet(f"color: {error_colour(self.palette()).name()};")

    def _commit(self, name: str, value: Any, **also: Any) -> bool:
        """One field's new value, saved as one undoable step; False when refused."""
        supplier_id, before = self.supplier_id, self.terms()
        if supplier_id is None or before is None or self.workspace.read_only:
            return False
        if value is None and not also:
            return False
        if name in _WHOLE:
            value = int(value)
        changes = dict(also) if value is None else {name: value, **also}
        try:
            after = replace(before, **changes)
        except DomainError as error:
            self._refuse(name, i18n.say(error))
            return False
        if after == before:  # leaving a field unchanged stores nothing
            return True
        label = name.replace("_", " ")
        reason = self.controller.run(SetLandedTerms(
            self.workspace, supplier_id, after,
            fill(self.tr("Landed costs of {supplier}: {term}"),
                 supplier=self.supplier.currentText(), term=label)))
        if reason is not None:
            self._refuse(name, reason)
            return False
        self.say(self.tr("Saved."))
        self.load_terms()
        return True

    def _refuse(self, name: str, reason: str) -> None:
        field = self.fields.get(name)
        if field is not None:
            field.show_error(reason)
        if name == "customs_basis":
            self._show_basis_error(reason)
        self.say(fill(self.tr("Not saved: {reason}"), reason=reason))

    def set_field(self, name: str, text: str) -> bool:
        """Type into a field and leave it, as a person does (tests, scripts)."""
        field = self.fields[name]
        field.edit.setText(text)
        field.edit.editingFinished.emit()
        return not field.error.isVisible() and not self.status.text().startswith("Not")

    def _changed_elsewhere(self, topic: Topic, affected: object) -> None:
        if topic == Topic.LANDED_TERMS and affected in (self.supplier_id, None):
            self.customs_group.load()
            self.load_terms()
