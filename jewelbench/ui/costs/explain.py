"""“How this number is made”: any figure on screen opened into the terms that made it.

The engine's figures carry their formula and their terms, each a figure in turn; this panel
shows one as a tree that can be followed down to the inputs, and the formula of the line
under the cursor in full beneath it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.costing_figures import Figure
from jewelbench.domain.validation import DomainError
from jewelbench.ui import i18n
from jewelbench.ui.style import named

MAX_DEPTH = 6
MAX_TERMS = 200  # a 200-design plan's terms are many; the tree stays quick

FIGURE_ROLE = Qt.ItemDataRole.UserRole
PENDING_ROLE = Qt.ItemDataRole.UserRole + 1  # a closed group's figures, made when opened
ROUNDING_ROLE = Qt.ItemDataRole.UserRole + 2  # the Rounding line under a total (footing.py)


class ExplanationPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("explanation")
        self.title = QLabel(self.tr("How this number is made"))
        self.title.setObjectName("sectionTitle")
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.subject = QLabel(self.tr("Point at a figure in the verdict, the table or a chart "
                                      "to see the terms that make it."))
        named(self.subject, "pageSubtitle")
        self.subject.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("explanationTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Term"), self.tr("Value")])
        self.tree.setAccessibleName(self.tr("How this number is made"))
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setMouseTracking(True)
        self.tree.setIndentation(14)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.formula = QLabel()
        self.formula.setObjectName("formula")
        self.formula.setWordWrap(True)
        self.formula.setTextFormat(Qt.TextFormat.RichText)  # what is put in it is escaped
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formula.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.formula.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addWidget(self.subject)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.formula)
        self.tree.currentItemChanged.connect(lambda item, _old: self._show_formula(item))
        self.tree.itemEntered.connect(lambda item, _column: self._show_formula(item))
        self.tree.itemExpanded.connect(self._fill_group)
        self.figure: Figure | None = None
        self._open_groups: set[str] = set()  # groups left open, opened again when redrawn

    def show_figure(self, figure: Figure, context: str = "") -> None:
        """The figure at the top, its terms below it (opened one level), down to the inputs."""
        self.figure = figure
        self.subject.setText(context or i18n.say(figure.label))
        self._clear_tree()
        count = [0]
        top = self._item(figure, count, 0, None)
        self.tree.addTopLevelItem(top)
        top.setExpanded(True)
        self.tree.setCurrentItem(top)
        self._show_formula(top)

    def add_group(self, title: str,
                  figures: Sequence[Figure] | Callable[[], Sequence[Figure]]) -> None:
        """A closed group of figures under the top one: how each design of a plan is costed.

        Given a callable instead of figures, the group's rows are made only when it is opened
        (as a slider drags, a 200-design plan is explained again on every move); a group that
        was open before the figure was shown again is opened, and so made, at once.
        """
        group = QTreeWidgetItem([title, ""])
        font = group.font(0)
        font.setItalic(True)
        group.setFont(0, font)
        self.tree.addTopLevelItem(group)
        if callable(figures):
            group.setData(0, PENDING_ROLE, figures)
            group.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        else:
            self._add_figures(group, figures)
        if title in self._open_groups:
            group.setExpanded(True)

    def _fill_group(self, group: QTreeWidgetItem) -> None:
        make = group.data(0, PENDING_ROLE)
        if not callable(make):
            return
        group.setData(0, PENDING_ROLE, None)
        group.setChildIndicatorPolicy(
            QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicatorWhenChildless)
        try:
            figures = make()
        except DomainError as error:  # said in the group, not raised from a click
            group.addChild(QTreeWidgetItem([i18n.say(error), ""]))
            return
        self._add_figures(group, figures)

    def _add_figures(self, group: QTreeWidgetItem, figures: Sequence[Figure]) -> None:
        count = [0]
        for figure in figures:
            group.addChild(self._item(figure, count, 1, None))

    def _clear_tree(self) -> None:
        """Empty the tree, remembering which groups were open (by title)."""
        root = self.tree.invisibleRootItem()
        self._open_groups = {group.text(0) for i in range(1, root.childCount())
                             if (group := root.child(i)) is not None and group.isExpanded()}
        self.tree.clear()

    def show_text(self, title: str, lines: Sequence[str]) -> None:
        """Something that is not one figure (a break-even not found, a message): said."""
        self.figure = None
        self.subject.setText(title)
        self._clear_tree()
        for line in lines:
            item = QTreeWidgetItem([line, ""])
            item.setToolTip(0, line)
            self.tree.addTopLevelItem(item)
        self.formula.setText("<br>".join(_escape(line) for line in lines))

    def clear(self) -> None:
        self.figure = None
        self._clear_tree()
        self.formula.setText("")

    def _item(self, figure: Figure, count: list[int], depth: int,
              parent: Figure | None) -> QTreeWidgetItem:
        # The unit is said once, at the top, and again only where a term's differs.
        shown = value = figure_text(figure)
        unit = i18n.say(figure.unit) if figure.unit else ""
        if parent is not None and figure.unit == parent.unit and figure.currency and \
                unit and value.endswith(" " + unit):
            value = value[: -len(unit) - 1]
        label = i18n.say(figure.label)
        if parent is None and ": " in label:  # "Supplier X: total": the subject names X
            label = label.split(": ", 1)[1]
            label = label[:1].upper() + label[1:]
        item = QTreeWidgetItem([label, value])
        item.setToolTip(1, shown)
        item.setData(0, FIGURE_ROLE, figure)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if figure.formula:
            item.setToolTip(0, f"{i18n.say(figure.label)} = {i18n.say(figure.formula)}")
        count[0] += 1
        if depth < MAX_DEPTH:
            for term in figure.terms:
                if count[0] >= MAX_TERMS:
                    more = QTreeWidgetItem([self.tr("… more terms"), ""])
                    item.addChild(more)
                    break
                item.addChild(self._item(term, count, depth + 1, figure))
        return item

    def _show_formula(self, item: QTreeWidgetItem | None) -> None:
        figure = item.data(0, FIGURE_ROLE) if item is not None else None
        if not isinstance(figure, Figure):
            self.formula.setText(_escape(item.text(0)) if item is not None else "")
            return
        how = i18n.say(figure.formula) if figure.formula else \
            self.tr("an input, taken as it is")
        self.formula.setText(f"<b>{_escape(i18n.say(figure.label))}</b> = {_escape(how)}")

    def term_labels(self) -> list[str]:
        """The labels of the top figure's terms (for tests and for reading aloud)."""
        top = self.tree.topLevelItem(0)
        if top is None:
            return []
        return [term.text(0) for i in range(top.childCount())
                if (term := top.child(i)) is not None and not term.data(0, ROUNDING_ROLE)]


def figure_text(figure: Figure) -> str:
    """A figure's value and unit in the language spoken ("952,00 USD per år")."""
    return i18n.say(figure.display_message())


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
