"""The comparison view's fixed-cost basis and margin (docs/costing.md, "Fixed-cost basis" and
"Margin"): a choice of basis for one design (allocated, incremental, stand-alone; a plan
carries its own total), the sentence that says which basis and share the figures use, and
each design's cost per piece against its wholesale and retail price, with margin and markup —
a design that loses money flagged."""

from __future__ import annotations

import html
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.costing import Comparison
from jewelbench.domain.costing_basis import FixedCostBasis
from jewelbench.domain.costing_figures import show, show_pct
from jewelbench.domain.costing_margin import Margin, loss_warnings
from jewelbench.domain.inputs import NumberRule
from jewelbench.domain.messages import fill
from jewelbench.storage import Workspace
from jewelbench.ui.commands import WorkspaceCommand
from jewelbench.ui.formatting import exact_text, integer_text
from jewelbench.ui.i18n import say
from jewelbench.ui.topics import Topic
from jewelbench.ui.widgets.fields import NumberField, error_colour

MAX_LOSSES = 3  # loss sentences in full; more are counted
MAX_DESIGNS = 12  # designs whose margin lines are shown (a control move stays quick)
# Any number is taken here: the engine's check says why one is refused (above 0, at most 1)
FACTOR = NumberRule(minimum=None, maximum=None, places=4)


class SetWholesaleFactor(WorkspaceCommand):
    """The workspace's wholesale factor (wholesale = retail × it, for designs without their
    own price); undo puts the one before back. Storage refuses one ≤ 0 or above 1."""

    topic = Topic.MARGIN

    def __init__(self, workspace: Workspace, before: Decimal, after: Decimal,
                 text: str) -> None:
        super().__init__(text, workspace)
        self.before = before
        self.after = after

    def apply(self) -> None:
        self.workspace.costing.set_wholesale_factor(self.after)

    def revert(self) -> None:
        self.workspace.costing.set_wholesale_factor(self.before)


class BasisMarginPanel(QWidget):
    """Under the verdict: the basis chooser, the basis sentence, the margin lines."""

    changed = Signal()  # another basis chosen: the comparison is priced again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = QComboBox()
        self.choice.setObjectName("costBasis")
        for text, basis, tip in (
                (self.tr("Allocated"), FixedCostBasis.ALLOCATED,
                 self.tr("The design's share of the workshop's equipment, overheads and staff "
                         "by bench minutes across the designs of its plan")),
                (self.tr("Incremental"), FixedCostBasis.INCREMENTAL,
                 self.tr("The workshop exists: only what this design adds (equipment marked "
                         "for it, staff added for its hours)")),
                (self.tr("Stand-alone"), FixedCostBasis.STAND_ALONE,
                 self.tr("A workshop for this design alone: every fixed cost"))):
            self.choice.addItem(text, basis.value)
            self.choice.setItemData(self.choice.count() - 1, tip,
                                    Qt.ItemDataRole.ToolTipRole)
        self.choice.setToolTip(self.tr("Which of the workshop's fixed costs one design "
                                       "carries"))
        self.choice.currentIndexChanged.connect(lambda _i: self.changed.emit())
        label = QLabel(self.tr("Fixed costs carried by:"))
        label.setBuddy(self.choice)
        # (workspace, undo controller) of the view, set by it
        self.context: Callable[[], tuple[Any, Any]] = lambda: (None, None)
        self.factor = NumberField(FACTOR)
        self.factor.setObjectName("wholesaleFactor")
        self.factor.edit.setMaximumWidth(70)
        self.factor.edit.setToolTip(self.tr(
            "Wholesale price = retail × this, for designs without their own wholesale price "
            "(a setting of the workspace; 0.5 is the trade's keystone)"))
        self.factor.value_changed.connect(self._factor_entered)
        factor_label = QLabel(self.tr("Wholesale = retail ×"))
        factor_label.setBuddy(self.factor.edit)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.choice)
        row.addSpacing(12)
        row.addWidget(factor_label)
        row.addWidget(self.factor, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        self.note = QLabel()
        self.note.setObjectName("basisNote")
        self.note.setWordWrap(True)
        self.losses = QLabel()
        self.losses.setObjectName("marginLosses")
        self.losses.setWordWrap(True)
        self.losses.hide()
        self.margins = QLabel()
        self.margins.setObjectName("marginLines")
        self.margins.setWordWrap(True)
        self.margins.setAccessibleName(self.tr("Margin"))
        self.margins.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # a plan's designs × routes can be many lines: they scroll, the card keeps its size
        self.margin_scroll = QScrollArea()
        self.margin_scroll.setObjectName("marginScroll")
        self.margin_scroll.setWidgetResizable(True)
        self.margin_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.margin_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.margin_scroll.setWidget(self.margins)
        self.margin_scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget "
                                         "{ background: transparent; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.losses)
        layout.addWidget(self.margin_scroll)

    def _factor_entered(self, value: Decimal | None) -> None:
        """Store the factor typed, as one undoable step; refused beside the field with the
        reason, nothing stored."""
        workspace, controller = self.context()
        if workspace is None or controller is None or value is None:
            return
        before = workspace.costing.wholesale_factor()
        if value == before:
            return
        reason = controller.run(SetWholesaleFactor(
            workspace, before, value, fill(self.tr("Set the wholesale factor to {factor}"),
                                           factor=exact_text(value.normalize()))))
        if reason is not None:
            self.factor.show_error(reason)

    def basis(self) -> FixedCostBasis:
        return FixedCostBasis(self.choice.currentData())

    def set_basis(self, basis: FixedCostBasis) -> None:
        self.choice.setCurrentIndex(self.choice.findData(basis.value))

    def set_plan(self, is_plan: bool) -> None:
        """A plan carries its own total: no choice."""
        self.choice.setEnabled(not is_plan)
        self.choice.setToolTip(self.tr("A plan carries its own total: the basis is for one "
                                       "design") if is_plan else
                               self.tr("Which of the workshop's fixed costs one design "
                                       "carries"))

    def clear(self) -> None:
        self.note.clear()
        self.margins.clear()
        self.losses.clear()
        self.losses.hide()

    def show_comparison(self, comparison: Comparison, factor: Decimal | None = None) -> None:
        """factor: the wholesale factor the comparison was priced with (read with its
        inputs on the GUI thread: a control move reads nothing from the file, which may
        have been closed while the pricing ran)."""
        if factor is not None and not self.factor.error.isVisible() \
                and not self.factor.edit.hasFocus():
            self.factor.set_value(factor)
        self.note.setText(say(comparison.basis_note))
        warn = error_colour(self.palette()).name()  # the fields' refusal red, light or dark
        margins = comparison.margins
        losing = list(dict.fromkeys(m.design for m in margins if m.loses_money))
        first = set(losing[:MAX_LOSSES])  # only these are written out: a move stays quick
        losses = loss_warnings(tuple(m for m in margins if m.design in first),
                               comparison.volume)
        sentences = [say(text) for text in losses]
        shown = [f"<b style='color:{warn}'>{html.escape(text)}</b>" for text in sentences]
        if len(losing) > MAX_LOSSES:
            more = fill(self.tr(
                "⚠ … and {count} more designs lose money (see the margin lines)"),
                count=str(len(losing) - MAX_LOSSES))
            shown.append(f"<b style='color:{warn}'>" + html.escape(more) + "</b>")
        self.losses.setText("<br>".join(shown))
        self.losses.setVisible(bool(losses))
        self.losses.setAccessibleName(" ".join(sentences))
        head = fill(self.tr("Margin at {volume} pieces a year, against the wholesale price:"),
                    volume=integer_text(comparison.volume))
        lines = [html.escape(head)]
        said: list[str] = []
        for m in comparison.margins:
            if m.design not in said:
                if len(said) == MAX_DESIGNS:
                    break
                said.append(m.design)
                lines.append(f"<b>{html.escape(self._prices(m))}</b>")
            lines.append("&nbsp;&nbsp;" + html.escape(self._line(m)))
        rest = len({m.design for m in comparison.margins}) - len(said)
        if rest > 0:
            lines.append(html.escape(fill(self.tr(
                "… and {count} more designs: `jewelbench compare` and the workbook list every "
                "one"), count=str(rest))))
        self.margins.setText("<br>".join(lines))
        self.margins.setAccessibleName(head)
        line = self.fontMetrics().lineSpacing()
        self.margin_scroll.setMaximumHeight(min(len(lines), 6) * line + 8)
        # at least a design and its first route show without scrolling
        self.margin_scroll.setMinimumHeight(min(len(lines), 3) * line + 8)

    def _prices(self, m: Margin) -> str:
        """"RG-001: wholesale 92.50 USD (retail × 0.5), retail 185.00 USD"."""
        if m.wholesale is None:
            return fill(self.tr("{design}: no wholesale price ({wholesale_from})"),
                        design=m.design, wholesale_from=m.wholesale_from)
        text = fill(self.tr("{design}: wholesale {wholesale} ({wholesale_from})"), design=m.design,
                    wholesale=show(m.wholesale, m.currency), wholesale_from=m.wholesale_from)
        if m.retail is not None:
            text += fill(self.tr(", retail {retail}"), retail=show(m.retail, m.currency))
        return text

    def _line(self, m: Margin) -> str:
        """"In-house 929.72 USD a piece: margin -837.22 USD (-905.1 %), markup -90.05 % —
        loses money"."""
        text = fill(self.tr("{route} {cost_per_piece} a piece"), route=m.route,
                    cost_per_piece=show(m.cost_per_piece, m.currency))
        if m.margin is None:
            return text
        text += fill(self.tr(": margin {margin}"), margin=show(m.margin, m.currency))
        if m.margin_pct is not None:
            text += f" ({show_pct(m.margin_pct)})"
        if m.markup_pct is not None:
            text += fill(self.tr(", markup {markup_pct}"), markup_pct=show_pct(m.markup_pct))
        if m.loses_money:
            text += self.tr(" — loses money")
        return text
