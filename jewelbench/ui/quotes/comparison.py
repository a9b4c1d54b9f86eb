"""Side-by-side comparison of one design's quotes, every amount in the base currency.

One column per quote, one row per figure a buyer weighs (the exchange rate used, the price per
piece at each quantity, development costs, terms, the supplier's score). The best value in each
row is bold on a tint of the palette's highlight colour, so it reads in light and dark mode.
The figures come from jewelbench.domain.quote_comparison; this window only shows them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.materials import fine_metal_by_metal
from jewelbench.domain.money import Money
from jewelbench.domain.prices import shown_rate
from jewelbench.domain.quote_comparison import (
    Cell,
    Comparison,
    ComparisonRow,
    QuoteColumn,
    RowKind,
    compare_quotes,
    default_quantities,
    parse_quantities,
)
from jewelbench.domain.quotes import PricingBasis
from jewelbench.domain.validation import DomainError
from jewelbench.storage import Workspace
from jewelbench.ui import settings as registry
from jewelbench.ui.commands import UndoController
from jewelbench.ui.costs.price_request import EnterPricesButton, PriceRequest
from jewelbench.ui.formatting import date_text, decimal_text, integer_text, money_text
from jewelbench.ui.i18n import say
from jewelbench.ui.quotes.labels import basis_label, row_label, row_tip
from jewelbench.ui.suppliers.scores import ScorecardCache, computing_text
from jewelbench.ui.widgets.fields import error_colour

_Index = QModelIndex | QPersistentModelIndex
BEST_ROLE = Qt.ItemDataRole.UserRole + 10
ERROR_ROLE = Qt.ItemDataRole.UserRole + 11
LABEL_WIDTH = 200


def _tr(text: str) -> str:
    return QCoreApplication.translate("quotes", text)


def best_background(palette: QPalette) -> QColor:
    """A quarter of the highlight colour over the table's base: a tint on light and on dark
    palettes alike, behind text in the palette's own text colour."""
    base = palette.color(QPalette.ColorRole.Base)
    highlight = palette.color(QPalette.ColorRole.Highlight)

    def mix(a: int, b: int) -> int:
        return round(a * 0.72 + b * 0.28)

    return QColor(mix(base.red(), highlight.red()), mix(base.green(), highlight.green()),
                  mix(base.blue(), highlight.blue()))


@dataclass
class ShownCell:
    text: str = ""
    tooltip: str = ""
    best: bool = False
    error: bool = False
    muted: bool = False  # an expired quote's figures


@dataclass
class ShownRow:
    label: str
    tooltip: str
    cells: list[ShownCell] = field(default_factory=list)
    kind: RowKind | None = None
    quantity: int | None = None


class ComparisonModel(QAbstractTableModel):
    """Column 0 names the row; column n is quote n."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ShownRow] = []
        self.headers: list[tuple[str, str]] = []  # text, tooltip
        self.best_brush = QColor()
        self.error_brush = QColor()

    def show(self, headers: list[tuple[str, str]], rows: list[ShownRow]) -> None:
        self.beginResetModel()
        self.headers = headers
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers) + 1

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 < section <= len(self.headers):
            return None
        text, tip = self.headers[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        return None

    def cell(self, row: int, column: int) -> ShownCell:
        return self.rows[row].cells[column - 1]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        shown = self.rows[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return shown.label
            if role == Qt.ItemDataRole.ToolTipRole:
                return shown.tooltip or None
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setWeight(QFont.Weight.DemiBold)
                return font
            return None
        cell = self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = cell.tooltip
            if cell.best:
                tip = _tr("Best in this row.") + ("\n" + tip if tip else "")
            return tip or None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and cell.best:
            return _tr("best in this row")
        if role == BEST_ROLE:
            return cell.best
        if role == ERROR_ROLE:
            return cell.error
        if role == Qt.ItemDataRole.FontRole and (cell.best or cell.muted):
            font = QFont()
            font.setBold(cell.best)
            font.setItalic(cell.muted)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and cell.best:
            return self.best_brush
        if role == Qt.ItemDataRole.ForegroundRole and cell.error:
            return self.error_brush
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None


class QuoteComparison(QDialog):
    """Every quote for one design side by side, at the quantities asked for."""

    settings_key = "dialogs/quoteComparison"
    default_size = (1120, 640)
    navigate = Signal(str, object)  # Enter Prices… for a rate a quote cannot be converted at

    def __init__(self, workspace: Workspace, design_id: int, controller: UndoController | None,
                 settings: QSettings, parent: QWidget | None = None, *,
                 today: dt.date | None = None, quantities: list[int] | None = None,
                 selected_quote_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quoteComparison")
        self.workspace = workspace
        self.design_id = design_id
        self.controller = controller
        self.settings = settings
        self.today = today or dt.date.today()
        self.selected_quote_id = selected_quote_id
        self.comparison: Comparison | None = None
        design = workspace.designs.get(design_id)
        self.design_code = design.code
        self.setWindowTitle(self.tr("Compare Quotes — %1 · %2").replace(
            "%1", design.code).replace("%2", design.name))
        alloys = {a.code: a for a in workspace.prices.alloys()}
        fine = fine_metal_by_metal(design, alloys)
        # A making-charge quote's metal: the design's main fine metal at the quote's basis.
        main: tuple[str, Decimal | None] = (max(fine.items(), key=lambda item: item[1])
                                            if fine else ("", None))
        self.metal, self.fine_metal_g = main

        title = QLabel(self.tr("%1 · %2").replace("%1", design.code).replace(
            "%2", design.name))
        title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.quantities = QLineEdit()
        self.quantities.setObjectName("comparisonQuantities")
        self.quantities.setPlaceholderText(self.tr("e.g. 50, 100, 300, 1000"))
        self.quantities.setMaximumWidth(320)
        self.quantities.returnPressed.connect(self.recompute)
        quantities_label = QLabel(self.tr("&Quantities:"))
        quantities_label.setBuddy(self.quantities)
        self.compare_button = QPushButton(self.tr("&Compare"))
        self.compare_button.setAutoDefault(False)
        self.compare_button.clicked.connect(self.recompute)
        self.quantities_error = QLabel()
        self.quantities_error.setObjectName("fieldError")
        self.quantities_error.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(quantities_label)
        bar.addWidget(self.quantities, 1)
        bar.addWidget(self.compare_button)
        bar.addWidget(self.quantities_error, 2)

        self.model = ComparisonModel(self)
        self.table = QTableView()
        self.table.setObjectName("comparisonTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setStyleSheet("QTableView#comparisonTable::item { padding: 3px 6px; }")
        self.table.setAlternatingRowColors(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setMinimumSectionSize(150)
        # wrapped cells (a missing rate's message) take the height their column width needs
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setHighlightSections(False)

        self.legend = QLabel()
        self.legend.setObjectName("pageSubtitle")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.PlainText)
        self.legend.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        self.enter_prices = EnterPricesButton()
        self.enter_prices.setAutoDefault(False)
        self.enter_prices.asked.connect(self.navigate)
        bottom = QHBoxLayout()
        bottom.addWidget(self.legend, 1)
        bottom.addWidget(self.enter_prices, 0, Qt.AlignmentFlag.AlignBottom)
        bottom.addWidget(close, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.subtitle)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self._quotes = workspace.quotes.for_design(design_id)
        chosen = quantities or default_quantities(self._quotes)
        self.quantities.setText(", ".join(str(q) for q in chosen))
        geometry = registry.read(settings, registry.layout(f"{self.settings_key}/geometry"))
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(*self.default_size)
        self.scores = ScorecardCache(workspace, lambda: self.today, self)
        self._asking = False
        self.scores.changed.connect(lambda _ids: self._asking or self.recompute())
        if controller is not None:
            self.scores.follow(controller)
            controller.changed.connect(self._changed_elsewhere)
        self.recompute()

    # --- computing -----------------------------------------------------------------------

    def _scores(self) -> dict[int, str]:
        """Each supplier's scorecard headline (domain/scorecard.py, from its history), kept
        while the dialog is open; a large history's computed in the background ("Computing
        scorecards…" until it arrives, ui/suppliers/scores.py). The score is a hint: the prices
        compare meanwhile, or when it cannot be computed."""
        suppliers = list(dict.fromkeys(q.supplier_id for q in self._quotes))
        self._asking = True  # what a small history computes at once is used right here
        try:
            self.scores.request(suppliers)
        finally:
            self._asking = False
        headlines: dict[int, str] = {}
        for supplier_id in suppliers:
            card = self.scores.scorecard(supplier_id)
            if card is not None:
                headlines[supplier_id] = say(card.headline_message())
            elif self.scores.computing(supplier_id):
                headlines[supplier_id] = computing_text()
            elif error := self.scores.error(supplier_id):
                headlines[supplier_id] = self.tr("(no score: %1)").replace("%1", error)
        return headlines

    def recompute(self) -> bool:
        """Compare at the quantities typed; False (and why, beside the field) if they are not
        quantities, the last comparison staying on screen."""
        try:
            quantities = parse_quantities(self.quantities.text())
        except DomainError as error:
            self.quantities_error.setText(say(error))
            self.quantities_error.setStyleSheet(
                f"color: {error_colour(self.palette()).name()};")
            return False
        self.quantities_error.clear()
        names = {s.id: s.name for s in self.workspace.suppliers.summaries()}
        self.comparison = compare_quotes(
            self._quotes, self.workspace.prices.fx_rates(), self.workspace.base_currency,
            self.today, quantities, supplier_names=names, scores=self._scores(),
            fine_metal_g=self.fine_metal_g)
        self._show(self.comparison)
        return True

    def _changed_elsewhere(self, topic: str, _affected: object) -> None:
        if topic in ("quotes", "suppliers", "prices", "samples", "designs"):
            self._quotes = self.workspace.quotes.for_design(self.design_id)
            self.recompute()

    # --- showing -------------------------------------------------------------------------

    def _show(self, comparison: Comparison) -> None:
        base = comparison.base_currency
        columns = comparison.columns
        self.enter_prices.offer(PriceRequest.for_missing(
            c.missing for c in columns if c.missing is not None))
        expired = sum(c.expired for c in columns)
        quotes = (self.tr("1 quote") if len(columns) == 1
                  else self.tr("%1 quotes").replace("%1", str(len(columns))))
        self.subtitle.setText(self.tr(
            "%1 · amounts in %2, the workspace's base currency, each converted at the "
            "rate dated on or before its quote date · expired quotes are shown in italics and "
            "never marked best").replace("%1", quotes).replace("%2", base)
            if columns else self.tr("No quotes for this design yet."))
        headers = [self._header(c) for c in columns]
        rows = [self._fx_row(columns), self._validity_row(columns),
                self._basis_row(columns)]
        rows += [self._row(row, columns) for row in comparison.rows]
        self.model.best_brush = best_background(self.table.palette())
        self.model.error_brush = error_colour(self.table.palette())
        self.model.show(headers, rows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, LABEL_WIDTH)
        for number in range(1, len(headers) + 1):
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
        notes = [self.tr("The best value in each row is in bold on a tint: the lowest price, "
                         "development cost, deposit and MOQ, the shortest lead times. Hover a "
                         "price to see its tier, the MOQ and the order total.")]
        if expired:
            notes.append(self.tr("%1 expired: its prices may no longer hold.").replace(
                "%1", ", ".join(c.quote.reference or c.supplier for c in columns
                                if c.expired)))
        self.legend.setText("\n".join(notes))
        if self.selected_quote_id is not None:
            try:
                self.table.scrollTo(self.model.index(0, comparison.column_of(
                    self.selected_quote_id) + 1))
            except KeyError:
                pass

    def _header(self, column: QuoteColumn) -> tuple[str, str]:
        quote = column.quote
        first = column.supplier
        second = " · ".join(part for part in (quote.reference, quote.currency) if part)
        if column.expired:
            second += " · " + self.tr("expired")
        tip = self.tr("%1, quote %2 of %3").replace("%1", column.supplier).replace(
            "%2", quote.reference or f"#{quote.id}").replace("%3", date_text(quote.quoted_on))
        return f"{first}\n{second}", tip

    def _rate_text(self, column: QuoteColumn) -> str:
        conversion = column.conversion
        assert conversion is not None
        if conversion.rate_date is None:
            return self.tr("in %1: not converted").replace("%1", conversion.to_currency)
        text = self.tr("1 %1 = %2 %3 (rate of %4)").replace("%1", conversion.from_currency) \
            .replace("%2", shown_rate(conversion.rate)) \
            .replace("%3", conversion.to_currency).replace("%4", date_text(conversion.rate_date))
        if conversion.note:
            text += "\n" + self.tr("(%1)").replace("%1", conversion.note)
        return text

    def _fx_row(self, columns: tuple[QuoteColumn, ...]) -> ShownRow:
        cells = [ShownCell(self._rate_text(c), muted=c.expired) if c.conversion
                 else ShownCell(say(c.error), say(c.error), error=True) for c in columns]
        return ShownRow(self.tr("Exchange rate"),
                        self.tr("The rate each quote was converted at: the newest one dated "
                                "on or before the quote's own date."), cells)

    def _validity_row(self, columns: tuple[QuoteColumn, ...]) -> ShownRow:
        cells = []
        for c in columns:
            quote = c.quote
            until = (date_text(quote.valid_until) if quote.valid_until
                     else self.tr("open-ended"))
            text = self.tr("%1 → %2").replace("%1", date_text(quote.quoted_on)).replace(
                "%2", until)
            if c.expired:
                text += " " + self.tr("(expired)")
            cells.append(ShownCell(text, muted=c.expired, error=c.expired))
        return ShownRow(self.tr("Quoted → valid until"), "", cells)

    def _basis_row(self, columns: tuple[QuoteColumn, ...]) -> ShownRow:
        cells = []
        for c in columns:
            quote = c.quote
            text = basis_label(quote.pricing_basis)
            tip = ""
            if quote.pricing_basis is PricingBasis.MAKING_PLUS_METAL:
                assert quote.metal_price_basis_per_g is not None
                text += " " + self.tr("(metal at %1 per g)").replace(
                    "%1", money_text(Money(quote.metal_price_basis_per_g, quote.currency)))
                tip = (self.tr("Prices below add %1 g of fine %2 per piece at this basis.")
                       .replace("%1", decimal_text(self.fine_metal_g, 3)).replace(
                           "%2", self.metal) if self.fine_metal_g is not None else
                       self.tr("The design has no metal weight: prices below are the making "
                               "charge alone, metal extra."))
            cells.append(ShownCell(text, tip, muted=c.expired))
        return ShownRow(self.tr("Pricing"), "", cells)

    def _row(self, row: ComparisonRow, columns: tuple[QuoteColumn, ...]) -> ShownRow:
        shown = ShownRow(row_label(row.kind, row.quantity), row_tip(row.kind, row.quantity),
                         kind=row.kind, quantity=row.quantity)
        for column, cell in zip(columns, row.cells):
            text, tip = self._cell_text(row, column, cell)
            shown.cells.append(ShownCell(text, tip, best=cell.best, error=bool(cell.error),
                                         muted=column.expired))
        return shown

    def _cell_text(self, row: ComparisonRow, column: QuoteColumn,
                   cell: Cell) -> tuple[str, str]:
        value = cell.value
        if cell.error:
            quoted = money_text(cell.quoted) if cell.quoted else ""
            return (self.tr("%1 — not converted").replace("%1", quoted) if quoted
                    else self.tr("not converted"), say(cell.error))
        if value is None:
            return "—", self.tr("Not stated in the quote")
        if row.kind is RowKind.UNIT_PRICE and cell.price is not None:
            return self._price_text(column, cell)
        if isinstance(value, Money):
            quoted = money_text(cell.quoted) if cell.quoted else ""
            tip = (self.tr("Quoted: %1").replace("%1", quoted)
                   if cell.quoted and cell.quoted.currency != value.currency else "")
            return money_text(value), tip
        if row.kind in (RowKind.SAMPLE_LEAD_TIME, RowKind.PRODUCTION_LEAD_TIME):
            return self.tr("%1 days").replace("%1", str(value)), ""
        if row.kind is RowKind.DEPOSIT:
            assert isinstance(value, Decimal)
            exponent = value.normalize().as_tuple().exponent
            places = max(0, -exponent) if isinstance(exponent, int) else 2
            return self.tr("%1 %").replace("%1", decimal_text(value, places)), ""
        if row.kind is RowKind.MOQ:
            assert isinstance(value, int)
            return self.tr("%1 pcs").replace("%1", integer_text(value)), ""
        return str(value), ""

    def _price_text(self, column: QuoteColumn, cell: Cell) -> tuple[str, str]:
        price = cell.price
        assert price is not None and isinstance(cell.value, Money)
        per_piece = money_text(cell.value)
        text = per_piece
        lines = [self.tr("Tier from %1 pieces: %2 per piece.").replace(
            "%1", integer_text(price.tier_quantity)).replace("%2", money_text(price.unit_price))]
        if price.making_charge is not None and price.metal is not None:
            lines.append(self.tr("Making charge %1 + metal %2 (%3 g fine %4 at the quote's "
                                 "basis).").replace("%1", money_text(price.making_charge))
                         .replace("%2", money_text(price.metal))
                         .replace("%3", decimal_text(self.fine_metal_g, 3))
                         .replace("%4", self.metal))
        if price.metal_unknown:
            text += " " + self.tr("+ metal")
            lines.append(self.tr("Making charge only: the metal is invoiced on top, so this "
                                 "price is not ranked against all-in prices."))
        if price.below_moq:
            text += "  " + self.tr("(below MOQ %1)").replace("%1", integer_text(column.quote.moq))
            lines.append(self.tr(
                "You need %1 but the MOQ is %2: you are billed for %2 × %3 = %4, which is "
                "%5 for each piece you need.").replace("%1", integer_text(price.quantity))
                .replace("%2", integer_text(price.billed_quantity))
                .replace("%3", money_text(price.unit_price))
                .replace("%4", money_text(price.order_total)).replace("%5", per_piece))
        else:
            lines.append(self.tr("Order of %1: %2.").replace("%1", integer_text(price.quantity))
                         .replace("%2", money_text(price.order_total)))
        if price.below_min_order_value:
            lines.append(self.tr("Below the supplier's minimum order value of %1.").replace(
                "%1", money_text(Money(column.quote.min_order_value, column.quote.currency))))
        return text, "\n".join(lines)

    def done(self, result: int) -> None:
        registry.write(self.settings, registry.layout(f"{self.settings_key}/geometry"),
                       self.saveGeometry())
        if self.controller is not None:
            try:
                self.controller.changed.disconnect(self._changed_elsewhere)
            except (RuntimeError, TypeError):
                pass
        super().done(result)
