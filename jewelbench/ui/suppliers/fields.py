"""The fields a supplier form shares: country and currency pickers that also take typing, and
dates typed as text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QWidget

from jewelbench.domain.currencies import COMMON_CURRENCIES, check_known_currency
from jewelbench.domain.messages import fill
from jewelbench.domain.validation import DomainError
from jewelbench.ui.suppliers.labels import COMMON_COUNTRIES, country_label, resolve_country
from jewelbench.ui.widgets.combo import line_edit


class CountryBox(QComboBox):
    """The common jewelry-making countries, and any other typed as a code or a name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        for code in sorted(COMMON_COUNTRIES, key=country_label):
            self.addItem(country_label(code), code)
        line_edit(self).setPlaceholderText(self.tr("Two-letter code, e.g. IT"))
        line_edit(self).setMaxLength(60)

    def code(self) -> str:
        """The chosen or typed country's code, or DomainError saying what to type."""
        return resolve_country(self.currentText())

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(country_label(code))


class CurrencyBox(QComboBox):
    """The workspace's currencies first, then the common ones; any ISO 4217 code typed."""

    def __init__(self, known: Iterable[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line_edit(self).setMaxLength(3)
        line_edit(self).setPlaceholderText("EUR")
        for code in dict.fromkeys([*known, *COMMON_CURRENCIES]):
            self.addItem(code)

    def code(self) -> str:
        return check_known_currency(self.currentText())

    def set_code(self, code: str) -> None:
        index = self.findText(code)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code)


def parse_date(text: str) -> dt.date | None:
    """A date typed as 2027-09-30 (or in the locale's short format); None when empty;
    DomainError saying how to type it otherwise."""
    typed = (text or "").strip()
    if not typed:
        return None
    try:
        return dt.date.fromisoformat(typed)
    except ValueError:
        pass
    locale = QLocale()
    parsed = locale.toDate(typed, locale.dateFormat(QLocale.FormatType.ShortFormat))
    if parsed.isValid():
        # A two-digit year ("9/30/27") is read by Qt as 19xx: certificates are not that old.
        year = parsed.year() + 100 if parsed.year() < 1950 else parsed.year()
        return dt.date(year, parsed.month(), parsed.day())
    raise DomainError(fill(QCoreApplication.translate(
             "suppliers", "“{typed}” is not a date: type it as year-month-day, e.g. 2027-09-30"),
                           typed=typed))
