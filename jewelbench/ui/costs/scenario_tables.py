"""The lists of an in-house scenario as its editor shows them: ScenarioTable (equipment,
overheads, staff, labour: edited in place, Add and Remove) and Totals (the headline figures
under the tabs).

A table knows its editor only through ScenarioHost (the scenario shown, change() to save one
as an undoable command, say() for the status line), so it never imports the editor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.inputs import InputError
from jewelbench.domain.messages import fill
from jewelbench.domain.scenarios import (
    Equipment,
    InHouseScenario,
    LabourOperation,
    Overhead,
    StaffRole,
)
from jewelbench.domain.validation import DomainError
from jewelbench.ui import i18n
from jewelbench.ui.formatting import amount_text, counted, decimal_text, money_text
from jewelbench.ui.style import named
from jewelbench.ui.widgets.fields import (
    parse_for_locale,
)
from jewelbench.ui.widgets.lines import Lines
from jewelbench.ui.widgets.list_page import ListPage
from jewelbench.ui.widgets.table_model import Column


@dataclass(frozen=True)
class ScenarioRow:
    """One row of one of the scenario's lists: its position and the row itself."""

    index: int
    item: Any
    currency: str


def figure_text(value: Decimal, places: int) -> str:
    """A count or a time as a person writes it: 160, 4.5 — no trailing zeros."""
    if value == value.to_integral_value():
        places = 0
    return decimal_text(value, places)


class ScenarioHost(Protocol):
    """What a ScenarioTable needs of the editor it sits in (ScenarioEditor)."""

    scenario: InHouseScenario
    status: QLabel

    def change(self, after: InHouseScenario, what: str) -> bool: ...

    def say(self, text: str) -> None: ...


# A scenario's lists, each edited as a table.
EQUIPMENT: Lines[InHouseScenario, Equipment] = Lines(
    "equipment", lambda s: s.equipment, lambda s, items: replace(s, equipment=items))
OVERHEADS: Lines[InHouseScenario, Overhead] = Lines(
    "overheads", lambda s: s.overheads, lambda s, items: replace(s, overheads=items))
STAFF: Lines[InHouseScenario, StaffRole] = Lines(
    "staff", lambda s: s.staff, lambda s, items: replace(s, staff=items))
LABOUR: Lines[InHouseScenario, LabourOperation] = Lines(
    "labour", lambda s: s.labour, lambda s, items: replace(s, labour=items))


class ScenarioTable(QWidget):
    """One of a scenario's lists (equipment, overheads …): edited in place, Add and Remove."""

    def __init__(self, items: Lines[InHouseScenario, Any], title: str, hint: str,
                 columns: list[Column[ScenarioRow]], new_item: Callable[[], Any],
                 editor: ScenarioHost) -> None:
        super().__init__()
        self.field = items
        self.title = title
        self.editor = editor
        self.new_item = new_item
        self.page = ListPage(f"scenario_{items.name}", title, columns,
                             self.tr("None yet: use Add to enter the first."))
        self.page.search.hide()
        self.page.title.hide()
        self.page.subtitle.setText(hint)
        self.page.subtitle.setWordWrap(True)
        self.page.layout_.setContentsMargins(0, 4, 0, 0)
        self.page.table.setSortingEnabled(False)
        header = self.page.table.horizontalHeader()
        header.setSortIndicatorShown(False)  # rows stay in the order they were entered
        header.setStretchLastSection(False)  # the name takes the room, not the last figure
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.page.model.edit_requested.connect(self._edited)
        self.page.message.connect(editor.say)
        remove_action = QAction(self.tr("Remove"), self.page.table)
        remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove_action.triggered.connect(self.remove)
        self.page.table.addAction(remove_action)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add a row and type its name"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected row (Delete)"))
        self.remove_button.clicked.connect(self.remove)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.page, 1)
        layout.addLayout(self.buttons)

    def items(self, scenario: InHouseScenario | None = None) -> list[Any]:
        return self.field.of(scenario or self.editor.scenario)

    def show_scenario(self, scenario: InHouseScenario) -> None:
        rows = [ScenarioRow(i, item, scenario.currency)
                for i, item in enumerate(self.items(scenario))]
        if self.page.show_rows(rows, self.page.subtitle.text()):
            header = self.page.table.horizontalHeader()
            for column in range(1, header.count()):  # figures readable, not squeezed
                header.resizeSection(column, max(header.sectionSize(column), 110))

    def set_editable(self, editable: bool) -> None:
        self.page.set_editable(editable)
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)

    def append(self, item: Any, what: str, edit_column: int | None = 0) -> bool:
        """Add a row, then select it and open one of its cells for typing (none if None)."""
        items = [*self.items(), item]
        if not self.editor.change(self.field.write(self.editor.scenario, items), what):
            return False
        index = self.page.proxy.index(self.page.proxy.rowCount() - 1, edit_column or 0)
        self.page.table.setCurrentIndex(index)
        self.page.table.scrollTo(index)
        if edit_column is not None:
            self.page.table.edit(index)
        return True

    def add(self) -> None:
        self.append(self.new_item(), fill(self.tr("Add a row to {title}"), title=self.title))

    def remove(self) -> None:
        row = self.page.current_row()
        if row is None:
            self.editor.say(self.tr("Select the row to remove first."))
            return
        items = self.items()
        del items[row.index]
        if self.editor.change(self.field.write(self.editor.scenario, items),
                              fill(self.tr("Remove a row from {title}"), title=self.title)):
            remaining = self.page.proxy.rowCount()
            if remaining:
                self.page.table.selectRow(min(row.index, remaining - 1))

    def column_number(self, key: str) -> int:
        return next(n for n in range(self.page.model.columnCount())
                    if self.page.model.column(n).key == key)

    def _edited(self, row: ScenarioRow, field: str, text: str) -> None:
        column = self.page.model.column(self.column_number(field))
        try:
            value: Any = (text.strip() if column.rule is None
                          else parse_for_locale(text, column.rule))
            assert column.put is not None, f"column {field} is edited without a Setter"
            item = column.put(row.item, value)
        except (InputError, DomainError) as error:
            self._refuse(row, field, text, i18n.say(error))
            return
        items = self.items()
        if row.index >= len(items):
            return
        items[row.index] = item
        if not self.editor.change(self.field.write(self.editor.scenario, items),
                                  fill(self.tr("Change {what}"), what=column.title.lower())):
            self._refuse(row, field, text, self.editor.status.text())

    def _refuse(self, row: ScenarioRow, field: str, text: str, reason: str) -> None:
        """Say why beside the cell, and give the typing back to correct."""
        self.page.refuse(lambda r: r.index == row.index, self.column_number(field), text,
                         reason)


class Totals(QFrame):
    """The scenario's headline figures, each with its unit and currency."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scenarioTotals")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(0)
        self.values: dict[str, QLabel] = {}
        for number, (key, caption) in enumerate((
                ("capex", self.tr("CapEx (equipment)")),
                ("depreciation", self.tr("Depreciation")),
                ("fixed", self.tr("Fixed cost")),
                ("capacity", self.tr("Staff capacity")))):
            title = QLabel(caption)
            named(title, "pageSubtitle")
            value = QLabel()
            value.setObjectName(f"total_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.25)
            font.setBold(True)
            value.setFont(font)
            grid.addWidget(title, 0, number)
            grid.addWidget(value, 1, number)
            grid.setColumnStretch(number, 1)
            self.values[key] = value

    def show_scenario(self, scenario: InHouseScenario) -> None:
        cur = scenario.currency
        overheads = sum((o.monthly_cost for o in scenario.overheads), Decimal(0))
        salaries = scenario.monthly_fixed_cost.amount - overheads
        hours = scenario.staff_hours_per_month
        texts = {
            "capex": (money_text(scenario.capex),
                      counted(len(scenario.equipment),
                              self.tr("1 piece of equipment, paid up front"),
                              self.tr("{count} pieces of equipment, paid up front"))),
            "depreciation": (fill(self.tr("{amount} / year"),
                                  amount=money_text(scenario.depreciation_per_year)),
                self.tr("Straight line: (cost − salvage) ÷ useful life, summed")),
            "fixed": (fill(self.tr("{amount} / month"),
                           amount=money_text(scenario.monthly_fixed_cost)),
                      fill(self.tr("Overheads {overheads} + salaries {salaries}, whatever the "
                                   "volume"),
                           overheads=amount_text(overheads, cur),
                           salaries=amount_text(salaries, cur))),
            "capacity": (fill(self.tr("{hours} h / month"), hours=decimal_text(hours, 0)),
                         fill(self.tr("{headcount} people × their hours a month; beyond it the "
                                      "cost model adds staff in steps"),
                              headcount=str(scenario.headcount))),
        }
        for key, (text, tip) in texts.items():
            self.values[key].setText(text)
            self.values[key].setToolTip(tip)
