"""Figures and dates on a printed page, in the forms of the reader it is printed for.

A tech pack or an RFQ is printed in its reader's language (a factory in Thailand reads
English, one in Norway Norwegian): its words through Qt's translate (the ui switches language
around the printing with i18n.speaking), its figures through the reader's locale, chosen for
the printing with reading_in(locale_id), e.g. "nb_NO": 17,3 and 1 234,5; "en_GB": 17.3 and
1,234.5.

The locale's forms are jewelbench.domain.locale_forms' (babel): this module only adds what
print needs on top (a number keeps the places it was frozen with, a date a factory abroad
cannot misread). Where that module is not there, the same forms come from Qt's QLocale data.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import importlib
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QLocale  # locale data only


def _locale_forms() -> Any:
    try:
        return importlib.import_module("jewelbench.domain.locale_forms")
    except ImportError:  # an older jewelbench without babel's forms: Qt's data stands in
        return None


_FORMS = _locale_forms()
_READING: contextvars.ContextVar[str | None] = contextvars.ContextVar("print_reading",
                                                                       default=None)


def current_locale() -> str:
    """The locale figures are printed in now ("nb_NO", "en_GB" …)."""
    if _FORMS is not None:
        return str(_FORMS.current_locale())
    return _READING.get() or QLocale.system().name()


def language_of(locale_id: str) -> str:
    """ "nb_NO" -> "nb"; Norwegian of any kind reads Bokmål."""
    language = locale_id.replace("-", "_").split("_")[0].lower()
    return "nb" if language in ("nb", "no", "nn") else language


@contextmanager
def reading_in(locale_id: str) -> Iterator[str]:
    """Print figures in locale_id's forms until the block ends."""
    if _FORMS is not None:
        with _FORMS.reading_in(locale_id):
            yield locale_id
        return
    token = _READING.set(locale_id)
    try:
        yield locale_id
    finally:
        _READING.reset(token)


def as_decimal(value: object) -> Decimal | None:
    """value as a finite Decimal (a stored "17.30", an int), or None when it is not a number."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def number(value: Decimal | int) -> str:
    """value in the reader's forms with exactly the places it has ("2.0" stays one place:
    a tolerance printed as 2 is not the 2.0 the designer froze)."""
    if isinstance(value, int):
        return integer(value)
    places = max(0, -int(value.as_tuple().exponent))
    if _FORMS is not None:
        return str(_FORMS.format_decimal(value, places))
    return _qt_decimal(value, places)


def integer(value: int) -> str:
    """A count with the reader's grouping: 1,000 / 1 000."""
    if _FORMS is not None:
        return str(_FORMS.format_integer(value))
    return _qt_decimal(Decimal(value), 0)


def _qt_decimal(value: Decimal, places: int) -> str:
    locale = QLocale(current_locale())
    sign = "-" if value < 0 else ""
    whole, _, fraction = f"{abs(value):.{places}f}".partition(".")
    group = locale.groupSeparator()
    groups: list[str] = []
    while len(whole) > 3:
        whole, tail = whole[:-3], whole[-3:]
        groups.insert(0, tail)
    grouped = group.join([whole, *groups])
    return sign + grouped + (locale.decimalPoint() + fraction if fraction else "")


def date(day: dt.date) -> str:
    """A date on a tech pack: in English ISO 8601 (2026-10-02), which a factory reads alike
    whether it writes the day or the month first; in Norwegian Norway's own 02.10.2026."""
    if language_of(current_locale()) == "nb":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return day.isoformat()


def territory_name(code: str, language: str) -> str:
    """A country's name in language ("TH" -> "Thailand"), from babel's data where it is
    installed, else Qt's English name; the code itself when it names no country."""
    try:
        babel = importlib.import_module("babel")
        name = babel.Locale.parse(language).territories.get(code.upper())
        if name:
            return str(name)
    except Exception:  # noqa: S110 (no babel, or a language it lacks: Qt's name below)
        pass
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return QLocale.territoryToString(territory)
