"""The first hour: a short checklist on the Designs page of a workspace that is not set up
yet. Each step ticks itself as soon as it is done (after every edit, undo or redo) and has a
button that opens the place to do it. Hidden once every step is done, or when dismissed
(remembered for that workspace file)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.messages import fill
from jewelbench.storage import ReadError, Workspace
from jewelbench.ui import settings as registry
from jewelbench.ui.formatting import counted
from jewelbench.ui.style import named

TICK = "✔"
TODO = "○"


class ChecklistStep(Enum):
    """The six getting-started steps, in the order the checklist shows them; the value names
    the step's widgets (checklistButton_brand …)."""

    BRAND = "brand"
    PRICES = "prices"
    DESIGN = "design"
    SCENARIO = "scenario"
    SUPPLIER = "supplier"
    QUOTE = "quote"


@dataclass(frozen=True)
class Step:
    key: ChecklistStep
    title: str
    detail: str  # what is there now, or what to do
    button: str
    done: bool


class FirstHourChecklist(QFrame):
    """Six steps in two rows; `open_step` asks the window to open the place for one."""

    open_step = Signal(object)  # a ChecklistStep
    dismissed = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "firstHourChecklist")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Getting started checklist"))
        self.settings = settings
        self.workspace: Workspace | None = None
        self.steps: list[Step] = []
        self.title = QLabel()
        named(self.title, "checklistTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.dismiss_button = QToolButton()
        self.dismiss_button.setObjectName("dismissChecklist")
        self.dismiss_button.setText(self.tr("Hide"))
        self.dismiss_button.setToolTip(self.tr("Hide this checklist for this workspace"))
        self.dismiss_button.setAutoRaise(True)
        self.dismiss_button.clicked.connect(self.dismiss)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.dismiss_button)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addLayout(self.grid)
        self.marks: dict[ChecklistStep, QLabel] = {}
        self.texts: dict[ChecklistStep, QLabel] = {}
        self.buttons: dict[ChecklistStep, QPushButton] = {}
        self.placed = False  # on the Designs page (until then it stays hidden)
        self.hide()

    # --- what is done ----------------------------------------------------------------------

    def read_steps(self, workspace: Workspace) -> list[Step]:
        counts = workspace.counts()
        brand = workspace.brand.get()
        prices, rates = counts["metal_prices"], counts["fx_rates"]
        designs, scenarios = counts["designs"], counts["inhouse_scenarios"]
        suppliers, quotes = counts["suppliers"], counts["quotes"]
        return [
            Step(ChecklistStep.BRAND, self.tr("Brand profile"),
                 brand.name if brand.name else self.tr("Your name and logo on tech packs"),
                 self.tr("&Brand Profile…"), bool(brand.name)),
            Step(ChecklistStep.PRICES, self.tr("Prices and rates"),
                 fill(self.tr("{prices}, {rates}"),
                      prices=counted(prices, self.tr("1 metal price"),
                                                             self.tr("{count} metal prices")),
                      rates=counted(rates, self.tr("1 exchange rate"),
                                            self.tr("{count} exchange rates")))
                 if prices or rates else self.tr("Today's metal prices and exchange rates"),
                 self.tr("P&rices…"), prices > 0 and rates > 0),
            Step(ChecklistStep.DESIGN, self.tr("First design"),
                 counted(designs, self.tr("1 design"), self.tr("{count} designs")) if designs
                 else self.tr("A design with its bill of materials"),
                 self.tr("New &Design…"), designs > 0),
            Step(ChecklistStep.SCENARIO, self.tr("In-house scenario"),
                 counted(scenarios, self.tr("1 scenario"),
                         self.tr("{count} scenarios")) if scenarios
                 else self.tr("What making it yourself costs"),
                 self.tr("New Sce&nario…"), scenarios > 0),
            Step(ChecklistStep.SUPPLIER, self.tr("First supplier"),
                 counted(suppliers, self.tr("1 supplier"),
                         self.tr("{count} suppliers")) if suppliers
                 else self.tr("A workshop that could make it"),
                 self.tr("New Su&pplier…"), suppliers > 0),
            Step(ChecklistStep.QUOTE, self.tr("First quote"),
                 counted(quotes, self.tr("1 quote"), self.tr("{count} quotes")) if quotes
                 else self.tr("What a supplier asks for it"),
                 self.tr("New &Quote…"), quotes > 0),
        ]

    def load(self, workspace: Workspace) -> None:
        """Read the workspace's steps and show the list unless it is done or dismissed."""
        self.workspace = workspace
        self.refresh()

    def refresh(self) -> None:
        """Read the steps again (after an edit, undo or redo); nothing is read while the list
        is not on a page yet or has been dismissed."""
        if self.workspace is None or not self.placed or self.is_dismissed():
            self.hide()
            return
        try:
            self.steps = self.read_steps(self.workspace)
        except ReadError:
            self.hide()
            return
        self._show_steps()
        self.setVisible(self.placed and not self.is_dismissed() and not self.is_complete())

    def is_complete(self) -> bool:
        return bool(self.steps) and all(step.done for step in self.steps)

    def done(self) -> set[ChecklistStep]:
        return {step.key for step in self.steps if step.done}

    def _show_steps(self) -> None:
        finished = sum(step.done for step in self.steps)
        self.title.setText(fill(self.tr("Getting started — {done} of {count} done"),
                                done=str(finished), count=str(len(self.steps))))
        read_only = self.workspace is not None and self.workspace.read_only
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for number, step in enumerate(self.steps):
            if step.key not in self.marks:
                self._add_cell(number, step)
            mark, text, button = (self.marks[step.key], self.texts[step.key],
                                  self.buttons[step.key])
            mark.setText(TICK if step.done else TODO)
            mark.setStyleSheet(f"color: {(self._done_colour() if step.done else muted).name()};")
            mark.setAccessibleName(self.tr("Done") if step.done else self.tr("To do"))
            text.setText(f"<b>{_escape(step.title)}</b><br>"
                         f"<span style='color:{muted.name()}'>{_escape(step.detail)}</span>")
            text.setAccessibleName(f"{step.title}: {step.detail}")
            button.setText(step.button)
            button.setEnabled(not read_only)
            button.setToolTip(step.detail)

    def _done_colour(self) -> QColor:
        """A green that reads on the palette's base, light or dark."""
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        return QColor("#5cc77a" if dark else "#23863f")

    def _add_cell(self, number: int, step: Step) -> None:
        mark = QLabel()
        mark.setObjectName(f"checklistMark_{step.key.value}")
        mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = mark.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        mark.setFont(font)
        mark.setFixedWidth(mark.fontMetrics().horizontalAdvance(TICK) + 8)
        text = QLabel()
        text.setObjectName(f"checklistText_{step.key.value}")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        button = QPushButton()
        button.setObjectName(f"checklistButton_{step.key.value}")
        button.clicked.connect(lambda _=False, step=step.key: self.open_step.emit(step))
        row, column = divmod(number, 3)
        self.grid.addWidget(mark, row, column * 3)
        self.grid.addWidget(text, row, column * 3 + 1)
        self.grid.addWidget(button, row, column * 3 + 2, Qt.AlignmentFlag.AlignVCenter)
        self.grid.setColumnStretch(column * 3 + 1, 1)
        if column:  # a gap between the three columns of steps
            self.grid.setColumnMinimumWidth(column * 3, mark.width() + 18)
        self.marks[step.key], self.texts[step.key], self.buttons[step.key] = mark, text, button

    # --- dismissing --------------------------------------------------------------------------

    def _key(self) -> registry.Setting[bool]:
        assert self.workspace is not None
        path = str(self.workspace.path.resolve())
        return registry.CHECKLIST_DISMISSED.at(
            workspace=hashlib.sha1(path.encode()).hexdigest()[:16])

    def is_dismissed(self) -> bool:
        return self.workspace is not None and bool(
            registry.read(self.settings, self._key()))

    def undismiss(self) -> None:
        """Help ▸ Getting Started Checklist: show it again for this workspace."""
        if self.workspace is not None:
            registry.forget(self.settings, self._key())
        self.refresh()

    def dismiss(self) -> None:
        if self.workspace is None:
            return
        registry.write(self.settings, self._key(), True)
        self.hide()
        self.dismissed.emit()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
