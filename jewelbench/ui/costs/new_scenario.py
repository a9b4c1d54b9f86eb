"""New in-house scenario: a name, a currency and what to start from (empty, or the seed's
low, mid or high figures), checked in place before anything is saved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from jewelbench.domain.messages import fill
from jewelbench.domain.prices import FxRate
from jewelbench.domain.scenarios import (
    CATALOGUE_CURRENCY,
    CostLevel,
    InHouseScenario,
    starter_scenario,
    usd_rate,
)
from jewelbench.domain.validation import DomainError
from jewelbench.ui import i18n
from jewelbench.ui.formatting import money_text
from jewelbench.ui.style import named
from jewelbench.ui.widgets.combo import line_edit
from jewelbench.ui.widgets.record_dialog import RecordDialog

EMPTY = "empty"


class NewScenarioDialog(RecordDialog):
    """accept() only when the entries make a scenario whose name is free."""

    geometry_key = "dialogs/newScenario/geometry"

    def __init__(self, currencies: list[str], taken: set[str], rates: Iterable[FxRate],
                 settings: QSettings, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(settings, parent)
        self.setObjectName("newScenarioDialog")
        self.setWindowTitle(self.tr("New In-house Scenario"))
        self.today = today or dt.date.today()
        self._rates = list(rates)
        self._taken = {name.casefold() for name in taken}
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("e.g. Small studio workshop"))
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line_edit(self.currency).setMaxLength(3)
        self.currency.addItems(currencies)
        self.start = QComboBox()
        self.start.addItem(self.tr("Empty: I will enter everything"), EMPTY)
        for level, text in ((CostLevel.LOW, self.tr("Seed figures: low equipment costs")),
                            (CostLevel.MID, self.tr("Seed figures: mid equipment costs")),
                            (CostLevel.HIGH, self.tr("Seed figures: high equipment costs"))):
            self.start.addItem(text, level.value)
        self.start.setCurrentIndex(2)
        self.preview = QLabel()
        named(self.preview, "pageSubtitle")
        self.preview.setWordWrap(True)
        lines = self.preview.fontMetrics().lineSpacing()
        self.preview.setMinimumHeight(4 * lines + 4)  # wrapped text never cut off
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("C&urrency:"), self.currency)
        form.addRow(self.tr("&Start from:"), self.start)
        self.button_box(ok_text=self.tr("Create"))
        self.start.currentIndexChanged.connect(self._show_preview)
        self.currency.currentTextChanged.connect(self._show_preview)
        self.lay_out(form, self.preview, stretch=True, minimum_width=560)
        self._show_preview()

    def level(self) -> CostLevel | None:
        data = self.start.currentData()
        return None if data == EMPTY else CostLevel(data)

    def scenario(self, name: str | None = None) -> InHouseScenario:
        """The scenario the entries describe, or DomainError saying what to fix."""
        name = self.name.text().strip() if name is None else name
        currency = self.currency.currentText().strip().upper()
        if name.casefold() in self._taken:
            raise DomainError(fill(self.tr("A scenario named “{name}” already exists: choose "
                                           "another name."), name=name))
        level = self.level()
        if level is None:
            return InHouseScenario(name, currency)
        rate, note = usd_rate(currency, self._rates, self.today)
        return starter_scenario(name, level, currency, rate, note)

    def _show_preview(self) -> None:
        level = self.level()
        if level is None:
            self.preview.setText(self.tr("An empty scenario: add its equipment, overheads, "
                                         "staff and labour yourself."))
            return
        try:
            sample = self.scenario(name="preview")
        except DomainError as error:
            self.preview.setText(i18n.say(error))
            return
        converted = sample.currency != CATALOGUE_CURRENCY
        self.preview.setText(fill(
            self.tr("{equipment} pieces of equipment (CapEx {capex}), {overheads} overheads, "
                    "{staff} staff roles and {labour} labour operations; fixed cost "
                    "{fixed_cost} a month.{converted} Edit any of them afterwards."),
            equipment=str(len(sample.equipment)), capex=money_text(sample.capex),
            overheads=str(len(sample.overheads)), staff=str(len(sample.staff)),
            labour=str(len(sample.labour)),
            fixed_cost=money_text(sample.monthly_fixed_cost),
            converted=" " + self.tr("Amounts converted from the seed's USD figures at the newest "
                                    "rate.") if converted else ""))

    def make(self) -> InHouseScenario:
        return self.scenario()

    @property
    def result_scenario(self) -> InHouseScenario | None:
        """What the dialog made once accepted (None before)."""
        made: InHouseScenario | None = self.made
        return made
