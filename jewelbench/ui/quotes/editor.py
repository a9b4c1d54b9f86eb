"""The quote editor: one supplier's offer for one design, entered as it reads on paper.

A quote only means something whole (tiers that fit the MOQ, a validity after its date), so the
editor works on a copy: nothing is written while the user types, Save is offered only once the
entries make a valid quote, and then the whole quote is stored as ONE undoable command. Cancel
leaves the file as it was. What is wrong is said beside the field, and above Save.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QRegularExpression, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.costing_inputs import BOM_GROUPS
from jewelbench.domain.inputs import PRICE, InputError
from jewelbench.domain.messages import fill
from jewelbench.domain.prices import PriceNotFound, fx_rate_on, rate_note, shown_rate
from jewelbench.domain.quotes import (
    FeeKind,
    Incoterm,
    PricingBasis,
    Quote,
    QuoteFee,
    QuoteTier,
    rising_tiers,
)
from jewelbench.domain.techpacks import RevisionStatus
from jewelbench.domain.validation import DomainError
from jewelbench.storage import StorageError, Workspace
from jewelbench.storage.costing import QuoteCostingTerms
from jewelbench.ui import i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.commands import UndoController
from jewelbench.ui.costs.price_request import EnterPrices, EnterPricesButton
from jewelbench.ui.formatting import date_text, decimal_text, integer_text
from jewelbench.ui.quotes.commands import AddQuote, ReplaceQuote
from jewelbench.ui.quotes.editor_fields import (
    DAYS,
    DEFAULT_VALIDITY_DAYS,
    DEPOSIT,
    FIELD_WIDTH,
    MAX_PIECES,
    METAL_LOSS,
    METAL_PER_G,
    MOQ_RULE,
    OPTIONAL_AMOUNT,
    TIER_QUANTITY,
    FeesBox,
    _price_text,
    _pydate,
    _qdate,
    _Tier,
    show_refusal,
)
from jewelbench.ui.quotes.labels import basis_label, fee_label, incoterm_label
from jewelbench.ui.samples.request import date_edit
from jewelbench.ui.style import named
from jewelbench.ui.topics import Topic
from jewelbench.ui.widgets.fields import (
    NumberField,
    error_colour,
    format_for_locale,
    parse_for_locale,
    widget_locale,
)
from jewelbench.ui.widgets.list_page import ListPage
from jewelbench.ui.widgets.pickers import choose_or_first, design_picker, supplier_picker
from jewelbench.ui.widgets.table_model import Column


class QuoteEditor(QDialog):
    """New quote (quote=None) or a stored one. self.saved_id is set once Save has stored it."""

    settings_key = "dialogs/quoteEditor"
    default_size = (1160, 690)
    navigate = Signal(object)  # Enter Prices… for the rate the quote cannot be read at

    def __init__(self, workspace: Workspace, controller: UndoController, settings: QSettings,
                 parent: QWidget | None = None, *, quote: Quote | None = None,
                 design_id: int | None = None, supplier_id: int | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quoteEditor")
        self.workspace = workspace
        self.controller = controller
        self.settings = settings
        self.today = today or dt.date.today()
        self.before = quote
        self.terms_before: QuoteCostingTerms | None = (
            workspace.costing.quote_terms(quote.id) if quote is not None and quote.id is not None
            else None)
        self.saved_id: int | None = None
        self.base_currency = workspace.base_currency
        self._rates = workspace.prices.fx_rates()
        self._currencies = workspace.picks.supplier_currencies()  # by supplier id
        self._tiers: list[tuple[int, Decimal | None]] = []
        self._loading = True
        self._money_labels: list[QLabel] = []

        left = QVBoxLayout()
        left.addWidget(self._quote_box())
        left.addWidget(self._terms_box())
        right = QVBoxLayout()
        right.addWidget(self._pricing_box(), 1)
        right.addWidget(self._fees_box())
        right.addWidget(self._costing_box())
        left.addWidget(self._notes_box(), 1)  # built last: Tab reaches it after the costing
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)

        self.fx_note = named(QLabel(), "pageSubtitle")
        self.fx_note.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("quoteProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save Quote"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        messages = QVBoxLayout()
        self.enter_prices = EnterPricesButton()
        self.enter_prices.asked.connect(self.navigate)
        fx_row = QHBoxLayout()
        fx_row.addWidget(self.fx_note, 1)
        fx_row.addWidget(self.enter_prices)
        messages.addLayout(fx_row)
        messages.addWidget(self.problem)
        bottom.addLayout(messages, 1)
        bottom.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)

        self._fill(quote, design_id, supplier_id)
        self._loading = False
        controller.changed.connect(self._prices_changed)
        self.finished.connect(self._stop_following_prices)
        self._connect_changes()
        geometry = registry.read(settings, registry.layout(f"{self.settings_key}/geometry"))
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(*self.default_size)
        self.refresh()

    # --- building ------------------------------------------------------------------------

    def _money(self, field: NumberField) -> NumberField:
        """A money field with the quote's currency beside it (it follows the currency field)."""
        label = QLabel()
        label.setMinimumWidth(32)
        self._money_labels.append(label)
        self._narrow(field, label)
        return field

    @staticmethod
    def _narrow(field: NumberField, unit: QLabel | None = None) -> None:
        """A number as wide as a number needs, its unit (or currency) right beside it; the
        field's error line below keeps the whole width of the form."""
        field.edit.setMaximumWidth(FIELD_WIDTH)
        field.edit.setMinimumWidth(FIELD_WIDTH - 40)
        row = field.row
        if unit is not None:
            row.addWidget(unit)
        row.addStretch(1)
        row.setStretch(0, 0)

    def _quote_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Quote"))
        form = QFormLayout(box)
        self.supplier = supplier_picker(self.workspace, parent=box)
        # typed and chosen from a short list read per keystroke, never every design
        self.design = design_picker(self.workspace, parent=box)
        self.revision = QComboBox()
        self.revision.setAccessibleName(self.tr("Tech pack revision"))
        self.revision.setToolTip(self.tr("The issued tech pack revision this quote answers"))
        self.reference = QLineEdit()
        self.reference.setMaxLength(100)
        self.reference.setPlaceholderText(self.tr("The supplier's quote number"))
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(70)
        self.currency.setValidator(QRegularExpressionValidator(
            QRegularExpression("[A-Za-z]{0,3}"), self.currency))
        self.currency.textEdited.connect(self._currency_typed)
        self.currency.setToolTip(self.tr("Three letters (ISO 4217), e.g. EUR, THB, USD"))
        self.quoted_on = date_edit()  # dates read as in the lists (ISO in the C locale)
        self.valid_until = date_edit()
        self.open_ended = QCheckBox(self.tr("No end date"))
        self.open_ended.toggled.connect(self._open_ended_toggled)
        validity = QHBoxLayout()
        validity.addWidget(self.valid_until, 1)
        validity.addWidget(self.open_ended)
        form.addRow(self.tr("S&upplier:"), self.supplier)
        form.addRow(self.tr("&Design:"), self.design)
        form.addRow(self.tr("&Tech pack revision:"), self.revision)
        form.addRow(self.tr("&Reference:"), self.reference)
        form.addRow(self.tr("&Currency:"), self.currency)
        form.addRow(self.tr("&Quote date:"), self.quoted_on)
        valid_label = QLabel(self.tr("&Valid until:"))
        valid_label.setBuddy(self.valid_until)
        form.addRow(valid_label, validity)
        return box

    def _terms_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Terms"))
        form = QFormLayout(box)
        self.moq = NumberField(MOQ_RULE)
        self.moq.setToolTip(self.tr("Minimum order quantity for this style"))
        self.min_order_value = NumberField(OPTIONAL_AMOUNT)
        self.deposit = NumberField(DEPOSIT)
        self.incoterm = QComboBox()
        for value in Incoterm:
            self.incoterm.addItem(incoterm_label(value), value.value)
        self.freight_shipment = NumberField(OPTIONAL_AMOUNT)
        self.freight_piece = NumberField(OPTIONAL_AMOUNT)
        self.sample_lead = NumberField(DAYS)
        self.production_lead = NumberField(DAYS)
        for field in (self.moq, self.deposit, self.sample_lead, self.production_lead):
            self._narrow(field)
        form.addRow(self.tr("&MOQ:"), self.moq)
        form.addRow(self.tr("Minimum &order value:"), self._money(self.min_order_value))
        form.addRow(self.tr("De&posit:"), self.deposit)
        form.addRow(self.tr("&Incoterm:"), self.incoterm)
        form.addRow(self.tr("&Freight per shipment:"), self._money(self.freight_shipment))
        form.addRow(self.tr("Freight per pi&ece:"), self._money(self.freight_piece))
        form.addRow(self.tr("S&ample lead time:"), self.sample_lead)
        form.addRow(self.tr("Production lead time:"), self.production_lead)
        return box

    def _costing_box(self) -> QGroupBox:
        """What the quote leaves to the brand, which the cost comparison adds to its price."""
        box = QGroupBox(self.tr("Costing"))
        form = QFormLayout(box)
        self.metal_loss = NumberField(METAL_LOSS)
        self.metal_loss.edit.setPlaceholderText(self.tr("none"))
        self.metal_loss.edit.setAccessibleName(self.tr("Supplier's metal loss"))
        loss_tip = self.tr(
            "Metal a making-charge supplier bills on top of the finished weight (casting "
            "and filing loss), as a % of the fine metal. Empty: none. An all-in price "
            "includes the metal, so it has no loss of its own.")
        self.metal_loss.edit.setToolTip(loss_tip)
        self._narrow(self.metal_loss)
        self.metal_loss_label = QLabel(self.tr("Supplier's metal loss:"))
        self.metal_loss_label.setBuddy(self.metal_loss.edit)
        self.metal_loss_label.setToolTip(loss_tip)
        names = {"stones": self.tr("Stones"), "findings": self.tr("Findings"),
                 "plating": self.tr("Plating"), "packaging": self.tr("Packaging")}
        tips = {"stones": self.tr("You buy the stones and hand them to the supplier to set"),
                "findings": self.tr("You buy the clasps, jump rings, posts … and hand them "
                                    "over"),
                "plating": self.tr("You have the pieces plated elsewhere"),
                "packaging": self.tr("You pack the pieces in your own boxes and pouches")}
        parts = QHBoxLayout()
        parts.setSpacing(14)
        self.consigned: dict[str, QCheckBox] = {}
        for group in BOM_GROUPS:
            check = QCheckBox(names[group])
            check.setToolTip(tips[group])
            check.setAccessibleName(fill(self.tr("{materials} supplied by us"),
                                         materials=names[group]))
            parts.addWidget(check)
            self.consigned[group] = check
        parts.addStretch(1)
        hint = QLabel(self.tr(
            "In the comparison, ticked parts are costed from the BOM as “materials you "
            "supply”; the loss adds to the metal a making-charge quote bills."))
        named(hint, "pageSubtitle")
        hint.setWordWrap(True)
        hint.setToolTip(self.tr(
            "In the cost comparison, the parts you supply are costed from the design's bill "
            "of materials under “materials you supply” (the supplier's price is taken to "
            "leave them out), and a making-charge quote bills its metal with this loss."))
        form.addRow(self.metal_loss_label, self.metal_loss)
        form.addRow(self.tr("Parts we supply (consigned):"), parts)
        form.addRow(hint)
        return box

    def _pricing_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Price"))
        layout = QVBoxLayout(box)
        form = QFormLayout()
        self.basis = QComboBox()
        for value in PricingBasis:
            self.basis.addItem(basis_label(value), value.value)
        self.basis.setToolTip(self.tr("All-in: the unit price includes the metal. Making "
                                      "charge + metal: the metal is invoiced on top, at the "
                                      "price per fine gram the quote assumes."))
        self.metal_basis = NumberField(METAL_PER_G)
        self.metal_basis.setToolTip(self.tr("The fine-metal price per gram the making charge "
                                            "assumes (the quote is re-priced if metal moves)"))
        form.addRow(self.tr("Pricing &basis:"), self.basis)
        self.metal_label = QLabel(self.tr("Meta&l price per fine gram:"))
        self.metal_label.setBuddy(self.metal_basis)
        form.addRow(self.metal_label, self._money(self.metal_basis))
        layout.addLayout(form)

        price_title = self.tr("Unit price")
        self.tier_page = ListPage("quoteTiers", self.tr("Price tiers"), [
            Column(self.tr("From (pieces)"), lambda t: integer_text(t.min_quantity), numeric=True,
                   key="min_quantity", rule=TIER_QUANTITY,
                   edit_text=lambda t: str(t.min_quantity),
                   tooltip=lambda t: fill(self.tr("This price applies from {min_quantity} pieces"),
                                          min_quantity=integer_text(t.min_quantity))),
            Column(price_title, lambda t: _price_text(t.unit_price)
                   if t.unit_price is not None else self.tr("(enter a price)"),
                   numeric=True, key="unit_price", rule=PRICE,
                   edit_text=lambda t: format_for_locale(t.unit_price, PRICE),
                   emphasis=lambda t: t.unit_price is None),
        ], self.tr("No price tiers yet: use New Tier for each quantity the supplier priced "
                   "(e.g. 50, 100, 300, 1000)."))
        self.tier_page.search.hide()
        self.tier_page.title.hide()
        self.tier_page.subtitle.hide()
        self.tier_page.table.setSortingEnabled(False)
        self.tier_page.layout_.setContentsMargins(0, 0, 0, 0)
        self.tier_page.model.edit_requested.connect(self._tier_edited)
        self.tier_page.message.connect(self._tier_refused)
        self.tier_page.table.setMinimumHeight(120)
        self.tier_page.table.setAccessibleName(self.tr("Price tiers"))
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self.tier_page.table, self.add_tier,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tier_page.table,
                  self.remove_tier, context=Qt.ShortcutContext.WidgetShortcut)
        self.add_tier_button = QPushButton(self.tr("Ne&w Tier"))
        self.add_tier_button.setToolTip(self.tr("Add a quantity break (Insert in the table)"))
        self.add_tier_button.clicked.connect(self.add_tier)
        self.remove_tier_button = QPushButton(self.tr("Remove Tier"))
        self.remove_tier_button.setToolTip(self.tr("Remove the selected tier (Delete in the "
                                                   "table)"))
        self.remove_tier_button.clicked.connect(self.remove_tier)
        self.tiers_error = QLabel()
        self.tiers_error.setObjectName("fieldError")
        self.tiers_error.setWordWrap(True)
        self.tiers_error.hide()
        self.tiers_warning = QLabel()  # allowed, but said: a unit price rising with quantity
        self.tiers_warning.setWordWrap(True)
        self.tiers_warning.hide()
        tier_title = QLabel(self.tr("Price tiers — from a quantity, the unit price in the "
                                    "quote's currency; kept in order"))
        named(tier_title, "pageSubtitle")
        tier_title.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(tier_title, 1)
        buttons.addWidget(self.add_tier_button)
        buttons.addWidget(self.remove_tier_button)
        layout.addLayout(buttons)
        layout.addWidget(self.tier_page, 1)
        layout.addWidget(self.tiers_error)
        layout.addWidget(self.tiers_warning)
        return box

    def _fees_box(self) -> QGroupBox:
        box = FeesBox(self._money)
        self.fee_amounts, self.fee_refundable = box.amounts, box.refundable
        self.fee_total = box.total
        self._fees = box
        return box

    def _notes_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("&Notes"))
        layout = QVBoxLayout(box)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What the price includes or leaves out, "
                                              "conditions, what was agreed …"))
        self.notes.setTabChangesFocus(True)
        layout.addWidget(self.notes)
        return box

    # --- filling and reading --------------------------------------------------------------

    def _fill(self, quote: Quote | None, design_id: int | None,
              supplier_id: int | None) -> None:
        if quote is None:
            self.setWindowTitle(self.tr("New Quote"))
            choose_or_first(self.supplier, supplier_id)
            self.design.choose_key(design_id)
            self.currency.setText(self._supplier_currency())
            self.quoted_on.setDate(_qdate(self.today))
            self.valid_until.setDate(_qdate(self.today + dt.timedelta(DEFAULT_VALIDITY_DAYS)))
            self.moq.set_value(Decimal(1))
            self._fill_terms(QuoteCostingTerms())
            self.incoterm.setCurrentIndex(self.incoterm.findData(Incoterm.FOB.value))
            self._show_revisions(None, newest=True)
            self._set_tiers([])
            self._basis_changed()
            return
        self.setWindowTitle(fill(self.tr("Quote {quote} — {design_code}"),
                                 quote=quote.reference or f"#{quote.id}",
                                 design_code=self._design_code(quote)))
        choose_or_first(self.supplier, quote.supplier_id)
        self.design.choose_key(quote.design_id)
        self._show_revisions(quote.tech_pack_revision_id)
        self.reference.setText(quote.reference)
        self.currency.setText(quote.currency)
        self.quoted_on.setDate(_qdate(quote.quoted_on))
        self.open_ended.setChecked(quote.valid_until is None)
        self.valid_until.setDate(_qdate(quote.valid_until or quote.quoted_on))
        self.moq.set_value(Decimal(quote.moq))
        self.min_order_value.set_value(quote.min_order_value or None)
        self.basis.setCurrentIndex(self.basis.findData(quote.pricing_basis.value))
        self.metal_basis.set_value(quote.metal_price_basis_per_g)
        self.deposit.set_value(quote.deposit_pct or None)
        self.incoterm.setCurrentIndex(self.incoterm.findData(quote.incoterm.value))
        self.freight_shipment.set_value(quote.freight_per_shipment or None)
        self.freight_piece.set_value(quote.freight_per_piece or None)
        self.sample_lead.set_value(None if quote.sample_lead_time_days is None
                                   else Decimal(quote.sample_lead_time_days))
        self.production_lead.set_value(None if quote.production_lead_time_days is None
                                       else Decimal(quote.production_lead_time_days))
        # One line per kind here: two fees of a kind (from an import) are shown summed.
        for kind in FeeKind:
            fees = [f for f in quote.fees if f.kind is kind]
            self.fee_amounts[kind].set_value(sum((f.amount for f in fees), Decimal(0))
                                             if fees else None)
            self.fee_refundable[kind].setChecked(any(f.refundable_on_order for f in fees))
        self.notes.setPlainText(quote.notes)
        self._fill_terms(self.terms_before or QuoteCostingTerms())
        self._set_tiers([(t.min_quantity, t.unit_price) for t in quote.tiers])
        self._basis_changed()

    def _fill_terms(self, terms: QuoteCostingTerms) -> None:
        self.metal_loss.set_value(terms.supplier_metal_loss_pct or None)
        for group, box in self.consigned.items():
            box.setChecked(group in terms.brand_supplied)

    def _design_code(self, quote: Quote) -> str:
        record = self.design.current_record()
        return record.code if record is not None and record.key == quote.design_id else ""

    def _supplier_currency(self) -> str:
        return self._currencies.get(self.supplier.current_key(), self.base_currency)

    def design_id(self) -> int | None:
        key = self.design.current_key()
        return None if key is None else int(key)

    def _show_revisions(self, chosen: int | None, *, newest: bool = False) -> None:
        self.revision.blockSignals(True)
        self.revision.clear()
        self.revision.addItem(self.tr("(no tech pack revision)"), None)
        design_id = self.design_id()
        revisions = self.workspace.tech_packs.for_design(design_id) if design_id else []
        for revision in revisions:
            if revision.status is RevisionStatus.ISSUED or revision.id == chosen:
                issued = (fill(self.tr("issued {issued_on}"),
                               issued_on=date_text(revision.issued_on))
                          if revision.issued_on else self.tr("draft"))
                self.revision.addItem(fill(self.tr("Revision {revision} — {issued}"),
                                           revision=revision.revision, issued=issued), revision.id)
        if newest and self.revision.count() > 1:
            self.revision.setCurrentIndex(self.revision.count() - 1)
        else:
            self.revision.setCurrentIndex(max(0, self.revision.findData(chosen)))
        self.revision.blockSignals(False)

    def _connect_changes(self) -> None:
        self.supplier.chosen.connect(lambda _key: self._supplier_changed())
        self.design.chosen.connect(lambda _key: self._design_changed())
        self.basis.currentIndexChanged.connect(self._basis_changed)
        for signal in (self.design.edit.textChanged, self.revision.currentIndexChanged,
                       self.incoterm.currentIndexChanged, self.reference.textChanged,
                       self.currency.textChanged, self.notes.textChanged, self.open_ended.toggled,
                       self.quoted_on.dateChanged, self.valid_until.dateChanged,
                       *(box.toggled for box in self.consigned.values()),
                       *(field.edit.textChanged for field in (
                           self.moq, self.min_order_value, self.deposit, self.freight_shipment,
                           self.freight_piece, self.sample_lead, self.production_lead,
                           self.metal_basis, self.metal_loss, *self.fee_amounts.values())),
                       *(box.toggled for box in self.fee_refundable.values())):
            signal.connect(self._entry_changed)

    def _entry_changed(self, *_value: object) -> None:
        self.refresh()  # whatever changed is read again from the form

    def _currency_typed(self, text: str) -> None:
        self.currency.setText(text.upper())  # a currency code reads in capitals as typed

    def _open_ended_toggled(self, open_ended: bool) -> None:
        self.valid_until.setEnabled(not open_ended)  # no end date: nothing to pick

    def _supplier_changed(self) -> None:
        # Follow the supplier's currency unless the user chose another one for this quote.
        # (while a supplier's name is typed over, none is chosen: the currency waits)
        if self.supplier.current_key() is not None and \
                self.currency.text() in {*self._currencies.values(), ""}:
            self.currency.setText(self._supplier_currency())
        self.refresh()

    def _design_changed(self) -> None:
        self._show_revisions(None, newest=True)
        self.refresh()

    def _basis_changed(self) -> None:
        making = self.basis.currentData() == PricingBasis.MAKING_PLUS_METAL.value
        self.metal_basis.setEnabled(making)
        self.metal_label.setEnabled(making)
        self.metal_loss.setEnabled(making)
        self.metal_loss_label.setEnabled(making)
        self.refresh()

    # --- tiers ---------------------------------------------------------------------------

    def tiers(self) -> list[tuple[int, Decimal | None]]:
        return list(self._tiers)

    def _set_tiers(self, tiers: list[tuple[int, Decimal | None]]) -> None:
        # Kept in order of quantity; equal quantities stay, so the user is told about them.
        self._tiers = sorted(tiers, key=lambda tier: tier[0])
        rows = [_Tier(i, q, p) for i, (q, p) in enumerate(self._tiers)]
        # in place when the count is the same: the cell editor that made this change stays open
        self.tier_page.show_rows(rows)
        self.refresh()

    def add_tier(self) -> None:
        """A new quantity break after the last (twice it), its price to be typed next."""
        if self._tiers:
            quantity = min(self._tiers[-1][0] * 2, int(MAX_PIECES))
        else:
            quantity = self._typed_moq() or 1
        self._set_tiers([*self._tiers, (quantity, None)])
        row = len(self._tiers) - 1
        index = self.tier_page.proxy.index(row, 1)
        self.tier_page.table.setCurrentIndex(index)
        self.tier_page.table.setFocus()
        self.tier_page.table.edit(index)

    def remove_tier(self) -> None:
        current = self.tier_page.current_row()
        if current is None:
            return
        tiers = list(self._tiers)
        del tiers[current.index]
        self._set_tiers(tiers)
        if tiers:
            self.tier_page.table.selectRow(min(current.index, len(tiers) - 1))

    def _tier_edited(self, row: _Tier, key: str, text: str) -> None:
        tiers = list(self._tiers)
        quantity, price = tiers[row.index]
        try:
            value = parse_for_locale(text, TIER_QUANTITY if key == "min_quantity" else PRICE)
        except InputError as error:
            self._tier_refused(i18n.say(error))
            return
        if key == "min_quantity" and value is not None:
            quantity = int(value)
        elif key == "unit_price":
            price = value
        tiers[row.index] = (quantity, price)
        self._set_tiers(tiers)

    def _tier_refused(self, message: str) -> None:
        self._show_tiers_error(message)
        self.problem.setText(message)

    def _show_tiers_error(self, message: str) -> None:
        self.tiers_error.setText(message)
        self.tiers_error.setVisible(bool(message))
        self.tiers_error.setStyleSheet(f"color: {error_colour(self.palette()).name()};")

    def _warn_rising_tiers(self) -> None:
        """A unit price that rises with quantity is stored if saved, but said first."""
        try:
            rising = rising_tiers([QuoteTier(q, p) for q, p in self._tiers if p is not None])
        except DomainError:
            rising = []  # a refused price is said by the error line
        text = ""
        if rising:
            low, high = rising[0]
            text = fill(self.tr("Check the tiers: the unit price rises with quantity "
                                "({high_price} from {high_pieces} "
                                "pieces is more than {low_price} from {low_pieces}). Save keeps "
                                "it as typed."),
                        high_price=decimal_text(high.unit_price),
                        high_pieces=integer_text(high.min_quantity),
                        low_price=decimal_text(low.unit_price),
                        low_pieces=integer_text(low.min_quantity))
        self.tiers_warning.setText(text)
        self.tiers_warning.setVisible(bool(text))

    def _typed_moq(self) -> int | None:
        try:
            value = parse_for_locale(self.moq.edit.text(), MOQ_RULE)
        except InputError:
            return None
        return None if value is None else int(value)

    # --- the quote the entries make ----------------------------------------------------------

    def _number(self, field: NumberField, what: str) -> Decimal | None:
        try:
            return parse_for_locale(field.edit.text(), field.rule, widget_locale(field.edit))
        except InputError as error:
            raise InputError(f"{what}: {error}") from None

    def quote(self) -> Quote:
        """The quote the entries describe, or DomainError/InputError saying what to fix."""
        supplier_id = self.supplier.current_key()
        if supplier_id is None:
            raise DomainError(self.tr("Choose the supplier who sent this quote (add suppliers "
                                      "under Suppliers first)."))
        design_id = self.design_id()
        if design_id is None:
            raise DomainError(self.tr("Choose the design this quote is for."))
        moq = self._number(self.moq, self.tr("MOQ"))
        tiers = []
        for quantity, price in self._tiers:
            if price is None:
                raise DomainError(fill(self.tr("Enter the unit price for the tier from {quantity} "
                                               "pieces."),
                                       quantity=integer_text(quantity)))
            tiers.append(QuoteTier(quantity, price))
        fees = []
        for kind, field in self.fee_amounts.items():
            amount = self._number(field, fill(self.tr("{kind} fee"), kind=fee_label(kind)))
            if amount is not None:
                fees.append(QuoteFee(kind, amount, self.fee_refundable[kind].isChecked()))
        basis = PricingBasis(self.basis.currentData())
        metal = self._number(self.metal_basis, self.tr("Metal price per fine gram"))
        sample = self._number(self.sample_lead, self.tr("Sample lead time"))
        production = self._number(self.production_lead, self.tr("Production lead time"))
        return Quote(
            id=self.before.id if self.before else None,
            supplier_id=int(supplier_id), design_id=design_id,
            tech_pack_revision_id=self.revision.currentData(),
            reference=self.reference.text(), currency=self.currency.text(),
            quoted_on=_pydate(self.quoted_on.date()),
            valid_until=None if self.open_ended.isChecked() else _pydate(
                self.valid_until.date()),
            tiers=tiers, moq=int(moq) if moq is not None else 1,
            min_order_value=self._number(self.min_order_value,
                                         self.tr("Minimum order value")) or Decimal(0),
            pricing_basis=basis,
            metal_price_basis_per_g=metal if basis is PricingBasis.MAKING_PLUS_METAL else None,
            fees=fees,
            sample_lead_time_days=None if sample is None else int(sample),
            production_lead_time_days=None if production is None else int(production),
            deposit_pct=self._number(self.deposit, self.tr("Deposit")) or Decimal(0),
            incoterm=Incoterm(self.incoterm.currentData()),
            freight_per_shipment=self._number(self.freight_shipment,
                                              self.tr("Freight per shipment")) or Decimal(0),
            freight_per_piece=self._number(self.freight_piece,
                                           self.tr("Freight per piece")) or Decimal(0),
            notes=self.notes.toPlainText())

    def costing_terms(self) -> QuoteCostingTerms:
        """What the quote leaves to the brand, or InputError/DomainError saying what to fix.

        The metal loss counts only with a making-charge price (an all-in price includes the
        metal): an all-in quote is stored without one, as its metal price basis is."""
        making = self.basis.currentData() == PricingBasis.MAKING_PLUS_METAL.value
        loss = self._number(self.metal_loss, self.tr("Supplier's metal loss")) \
            if making else None
        return QuoteCostingTerms(
            supplier_metal_loss_pct=loss or Decimal(0),
            brand_supplied=frozenset(group for group, box in self.consigned.items()
                                     if box.isChecked()))

    def _check_metal_loss(self) -> None:
        """The metal loss's reason beside it, as it is typed (it is easily missed below)."""
        show_refusal(self.metal_loss)

    def refresh(self) -> None:
        """Check the entries as they are typed: Save only for a valid quote, the reason
        otherwise, shown beside the part to fix and above Save."""
        if self._loading:
            return
        currency = self.currency.text().strip().upper()
        for label in self._money_labels:
            label.setText(currency)
        self._show_fee_total(currency)
        self._show_fx_note(currency)
        self._check_metal_loss()
        try:
            self.quote()
            self.costing_terms()
        except (DomainError, InputError) as error:
            message = i18n.say(error)
        else:
            message = ""
        if not message and self.workspace.read_only:
            message = self.tr("This workspace is open read-only: the quote cannot be saved.")
        self._show_tiers_error(message if "tier" in message.lower() else "")
        self._warn_rising_tiers()
        self.problem.setText(message)
        self.problem.setStyleSheet(f"color: {error_colour(self.palette()).name()};")
        self.save_button.setEnabled(not message)

    def _show_fee_total(self, currency: str) -> None:
        self._fees.show_total(currency)

    def _prices_changed(self, topic: Topic, _affected: object) -> None:
        """A rate entered (Enter Prices…) or undone: the note says what holds now."""
        if topic != Topic.PRICES:
            return
        try:
            self._rates = self.workspace.prices.fx_rates()
        except StorageError:
            return
        self._show_fx_note(self.currency.text().strip().upper())

    def _stop_following_prices(self, _result: int) -> None:
        try:
            self.controller.changed.disconnect(self._prices_changed)
        except (RuntimeError, TypeError):
            pass  # already let go

    def _show_fx_note(self, currency: str) -> None:
        self.enter_prices.offer(None)
        if len(currency) != 3 or currency == self.base_currency:
            self.fx_note.clear()
            return
        on = _pydate(self.quoted_on.date())
        try:
            rate, used = fx_rate_on(self._rates, currency, self.base_currency, on)
        except PriceNotFound:
            self.fx_note.setText(fill(self.tr(
                "No {currency}→{base_currency} exchange rate on or before {on}: the quote can "
                "be saved, but the comparison cannot convert it until a rate is entered "
                "(Enter Prices…)."),
                                      currency=currency, base_currency=self.base_currency,
                                      on=date_text(on)))
            self.enter_prices.offer(EnterPrices(None, currency, on))
            return
        when = date_text(used.rate_date) if used else ""
        text = fill(self.tr("Compared in {base_currency} at 1 {currency} = {rate} {base_currency} "
                            "(rate of {when})."),
                    base_currency=self.base_currency, currency=currency, rate=shown_rate(rate),
                    when=when)
        note = rate_note(used, currency)
        if note:
            text += " " + fill(self.tr("The rate is {note}."), note=note)
        self.fx_note.setText(text)

    # --- saving --------------------------------------------------------------------------

    def save(self) -> bool:
        """Store the quote as one undoable command and close; False (and why) if it is not
        a valid quote or the file refused it."""
        try:
            quote = self.quote()
            terms = self.costing_terms()
        except (DomainError, InputError) as error:
            self.problem.setText(i18n.say(error))
            self.save_button.setEnabled(False)
            self._check_metal_loss()
            return False
        if self.workspace.read_only:
            self.refresh()
            return False
        if self.before is not None and quote == self.before and terms == self.terms_before:
            self.saved_id = quote.id
            self.accept()
            return True
        record = self.design.current_record()
        code = record.code if record is not None else ""
        label = quote.reference or code
        command: AddQuote | ReplaceQuote
        if self.before is None:
            command = AddQuote(self.workspace, quote,
                               fill(self.tr("New quote {quote}"), quote=label), terms)
        else:
            command = ReplaceQuote(self.workspace, self.before, quote,
                                   fill(self.tr("Edit quote {quote}"), quote=label), terms)
        reason = self.controller.run(command)
        if reason is not None:
            self.problem.setText(fill(self.tr("Not saved: {reason}"), reason=reason))
            return False
        self.saved_id = command.affected() if isinstance(command, AddQuote) else quote.id
        self.accept()
        return True

    def done(self, result: int) -> None:
        registry.write(self.settings, registry.layout(f"{self.settings_key}/geometry"),
                       self.saveGeometry())
        super().done(result)
