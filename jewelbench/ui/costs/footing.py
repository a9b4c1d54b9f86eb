"""The comparison view's figures foot as printed (jewelbench.domain.footing has the rule):

- under the routes' table, a Rounding note for each route whose printed cost a piece × the
  pieces is not its printed year ("Rounding, In-house: 138.88 a piece × 300 = 41,664.00;
  rounding +1.00 = 41,665.00 a year"), hidden when every row foots;
- in "How this number is made", a Rounding line under a year's total, a piece or a
  difference whose printed terms do not add up to it;
- "Against in-house" (the table and its explanation) is the difference of the two printed
  totals, as its formula already says ("41,665.00 USD − 40,000.00 USD").
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QTreeWidgetItem, QWidget

from jewelbench.domain.costing import IN_HOUSE, Comparison, RouteCost
from jewelbench.domain.costing_figures import Figure, show
from jewelbench.domain.footing import difference, foot, foot_per_piece, signed
from jewelbench.domain.messages import fill
from jewelbench.ui.costs.explain import ROUNDING_ROLE
from jewelbench.ui.formatting import integer_text

translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("costs", text)


def _minus(text: str) -> str:
    """A negative amount with the minus sign the view prints elsewhere ("−1.50")."""
    return text.replace("-", "\u2212")


def _plain(value: Decimal, currency: str) -> str:
    return show(value, currency).removesuffix(f" {currency}")


class RoundingNote(QLabel):
    """The rounding that separates a printed cost per piece × pieces from the printed year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roundingNote")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setToolTip(self.tr(
            "Each figure is the exact cost rounded once to the currency's smallest unit, so a "
            "rounded cost a piece times the pieces can miss the rounded year by a little: the "
            "rounding says by how much."))
        self.setAccessibleName(self.tr("Rounding"))
        self.lines: list[str] = []
        self.hide()

    def clear_lines(self) -> None:
        """Nothing compared (a price missing …): no figures, so no rounding either."""
        self.lines = []
        self.setText("")
        self.hide()

    def show_for(self, comparison: Comparison) -> None:
        self.lines = []
        for cost in (comparison.in_house, *comparison.routes):
            footing = foot_per_piece(cost.per_piece.value, cost.volume, cost.total.value,
                                     comparison.currency)
            if footing.foots:
                continue
            name = self.tr("In-house") if cost.route == IN_HOUSE else cost.route
            currency = comparison.currency
            self.lines.append(fill(self.tr(
                "Rounding, {name}: {per_piece} a piece × {pieces} = {product}; rounding "
                "{rounding} = {total} a year"),
                                   name=name, per_piece=_plain(footing.per_piece, currency),
                                   pieces=integer_text(footing.pieces),
                                   product=_plain(footing.product, currency),
                                   rounding=_minus(signed(footing.rounding, currency)),
                                   total=_plain(footing.total, currency)))
        self.setText("\n".join(self.lines))
        self.setVisible(bool(self.lines))


def printed_difference(comparison: Comparison, cost: RouteCost) -> Decimal:
    """A route's total less in-house's, as the difference of the two printed totals."""
    return difference(cost.total.value, comparison.in_house.total.value, comparison.currency)


def add_rounding(tree_top: QTreeWidgetItem | None, figure: Figure | None,
                 signs: Sequence[int] | None = None) -> QTreeWidgetItem | None:
    """Under an explained total (its terms its parts; `signs` for a difference), the Rounding
    line when the printed terms do not add up to the printed total; None when they do."""
    if tree_top is None or figure is None or not figure.terms or figure.currency is None:
        return None
    if tree_top.childCount() != len(figure.terms):  # cut short (… more terms): cannot foot
        return None
    footing = foot([term.value for term in figure.terms], figure.value, figure.currency, signs)
    if footing.foots:
        return None
    shown = _minus(signed(footing.rounding, figure.currency))
    item = QTreeWidgetItem([translate("costs", "Rounding"), f"{shown} {figure.currency}"])
    font = item.font(0)
    font.setItalic(True)
    item.setFont(0, font)
    item.setData(0, ROUNDING_ROLE, True)
    item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    item.setToolTip(0, translate("costs",
        "The printed total less the sum of its printed terms: each figure is rounded once "
                       "to the currency's smallest unit."))
    tree_top.addChild(item)
    return item
