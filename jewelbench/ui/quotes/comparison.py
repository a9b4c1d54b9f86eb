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
from jewelbench.domain.messages import fill
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
from jewelbench.ui.costs.price_request import EnterPrices, EnterPricesButton
from jewelbench.ui.formatting import date_text, decimal_text, integer_text, money_text
from jewelbench.ui.i18n import say
from jewelbench.ui.quotes.labels import basis_label, row_label, row_tip
from jewelbench.ui.style import named
from jewelbench.ui.suppliers.scores import ScorecardCache, computing_text
from jewelbench.ui.topics import Topic
from jewelbench.ui.widgets.fields import error_colour

_Index = QModelIndex | QPersistentModelIndex
BEST_ROLE = Qt.ItemDataRole.UserRole + 10
ERROR_ROLE = Qt.ItemDataRole.UserRole + 11
LABEL_WIDTH = 200


translate = QCoreApplication.translate


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
                tip = translate("quotes", "Best in this row.") + ("\n" + tip if tip else "")
            return tip or None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and cell.best:
            return translate("quotes", "best in this row")
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
    navigate = Signal(object)  # Enter Prices… for a rate a quote cannot be converted at

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
        self.setWindowTitle(fill(self.tr("Compare Quotes — {code} · {name}"), code=design.code,
                                 name=design.name))
        alloys = {a.code: a for a in workspace.prices.alloys()}
        fine = fine_metal_by_metal(design, alloys)
        # A making-charge quote's metal: the design's main fine metal at the quote's basis.
        main: tuple[str, Decimal | None] = (max(fine.items(), key=lambda item: item[1])
                                            if fine else ("", None))
        self.metal, self.fine_metal_g = main

        title = QLabel(fill(self.tr("{code} · {name}"), code=design.code, name=design.name))
        named(title, "pageTitle")
        self.subtitle = QLabel()
        named(self.subtitle, "pageSubtitle")
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
        named(self.legend, "pageSubtitle")
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
        self.scores.changed.connect(self._scores_changed)
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
                headlines[supplier_id] = fill(self.tr("(no score: {error})"), error=error)
        return headlines

    def _scores_changed(self, _supplier_ids: object) -> None:
        """Scorecards were read again: the comparison follows (not while a question is open)."""
        if not self._asking:
            self.recompute()

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

    def _changed_elsewhere(self, topic: Topic, _affected: object) -> None:
        if topic in (Topic.QUOTES, Topic.SUPPLIERS, Topic.PRICES, Topic.SAMPLES, Topic.DESIGNS):
            self._quotes = self.workspace.quotes.for_design(self.design_id)
            self.recompute()

    # --- showing -------------------------------------------------------------------------

    def _show(self, comparison: Comparison) -> None:
        base = comparison.base_currency
        columns = comparison.columns
        self.enter_prices.offer(EnterPrices.for_missing(
            c.missing for c in columns if c.missing is not None))
        expired = sum(c.expired for c in columns)
        quotes = (self.tr("1 quote") if len(columns) == 1
                  else fill(self.tr("{count} quotes"), count=str(len(columns))))
        self.subtitle.setText(fill(self.tr(
            "{quotes} · amounts in {base}, the workspace's base currency, each converted at "
            "the rate dated on or before its quote date · expired quotes are shown in italics "
            "and never marked best"), quotes=quotes, base=base)
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
            notes.append(fill(self.tr("{quotes} expired: its prices may no longer hold."),
                              quotes=", ".join(c.quote.reference or c.supplier for c in columns
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
        tip = fill(self.tr("{supplier}, quote {quote} of {quoted_on}"), supplier=column.supplier,
                   quote=quote.reference or f"#{quote.id}", quoted_on=date_text(quote.quoted_on))
        return f"{first}\n{second}", tip

    def _rate_text(self, column: QuoteColumn) -> str:
        conversion = column.conversion
        assert conversion is not None
        if conversion.rate_date is None:
            return fill(self.tr("in {to_currency}: not converted"),
                        to_currency=conversion.to_currency)
        text = fill(self.tr("1 {from_currency} = {rate} {to_currency} (rate of {rate_date})"),
                    from_currency=conversion.from_currency, rate=shown_rate(conversion.rate),
                    to_currency=conversion.to_currency, rate_date=date_text(conversion.rate_date))
        if conversion.note:
            text += "\n" + fill(self.tr("({note})"), note=conversion.note)
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
            text = fill(self.tr("{quoted_on} → {until}"), quoted_on=date_text(quote.quoted_on),
                        until=until)
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
                text += " " + fill(self.tr("(metal at {price} per g)"),
                                   price=money_text(Money(quote.metal_price_basis_per_g,
                                                          quote.currency)))
                tip = (fill(self.tr("Prices below add {grams} g of fine {metal} per piece "
                                    "at this basis."),
                            grams=decimal_text(self.fine_metal_g, 3),
                            metal=self.metal) if self.fine_metal_g is not None else
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
            return (fill(self.tr("{quoted} — not converted"), quoted=quoted) if quoted
                    else self.tr("not converted"), say(cell.error))
        if value is None:
            return "—", self.tr("Not stated in the quote")
        if row.kind is RowKind.UNIT_PRICE and cell.price is not None:
            return self._price_text(column, cell)
        if isinstance(value, Money):
            quoted = money_text(cell.quoted) if cell.quoted else ""
            tip = (fill(self.tr("Quoted: {quoted}"), quoted=quoted)
                   if cell.quoted and cell.quoted.currency != value.currency else "")
            return money_text(value), tip
        if row.kind in (RowKind.SAMPLE_LEAD_TIME, RowKind.PRODUCTION_LEAD_TIME):
            return fill(self.tr("{days} days"), days=str(value)), ""
        if row.kind is RowKind.DEPOSIT:
            assert isinstance(value, Decimal)
            exponent = value.normalize().as_tuple().exponent
            places = max(0, -exponent) if isinstance(exponent, int) else 2
            return fill(self.tr("{percent} %"), percent=decimal_text(value, places)), ""
        if row.kind is RowKind.MOQ:
            assert isinstance(value, int)
            return fill(self.tr("{pieces} pcs"), pieces=integer_text(value)), ""
        return str(value), ""

    def _price_text(self, column: QuoteColumn, cell: Cell) -> tuple[str, str]:
        price = cell.price
        assert price is not None and isinstance(cell.value, Money)
        per_piece = money_text(cell.value)
        text = per_piece
        lines = [fill(self.tr("Tier from {pieces} pieces: {unit_price} per piece."),
                      pieces=integer_text(price.tier_quantity),
                      unit_price=money_text(price.unit_price))]
        if price.making_charge is not None and price.metal is not None:
            lines.append(fill(self.tr("Making charge {making_charge} + metal {metal_cost} "
                                      "({grams} g fine {metal} at the quote's "
                                      "basis)."), making_charge=money_text(price.making_charge),
                              metal_cost=money_text(price.metal),
                              grams=decimal_text(self.fine_metal_g, 3), metal=self.metal))
        if price.metal_unknown:
            text += " " + self.tr("+ metal")
            lines.append(self.tr("Making charge only: the metal is invoiced on top, so this "
                                 "price is not ranked against all-in prices."))
        if price.below_moq:
            text += "  " + fill(self.tr("(below MOQ {moq})"), moq=integer_text(column.quote.moq))
            lines.append(fill(self.tr(
                "You need {quantity} but the MOQ is {billed_quantity}: you are billed for "
                "{billed_quantity} × {unit_price} = {order_total}, which is "
                "{per_piece} for each piece you need."), quantity=integer_text(price.quantity),
                              billed_quantity=integer_text(price.billed_quantity),
                              unit_price=money_text(price.unit_price),
                              order_total=money_text(price.order_total), per_piece=per_piece))
        else:
            lines.append(fill(self.tr("Order of {quantity}: {order_total}."),
                              quantity=integer_text(price.quantity),
                              order_total=money_text(price.order_total)))
        if price.below_min_order_value:
            lines.append(fill(self.tr("Below the supplier's minimum order value of "
                                      "{min_order_value}."),
                              min_order_value=money_text(Money(column.quote.min_order_value,
                                                               column.quote.currency))))
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
