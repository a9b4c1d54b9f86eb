"""The language a file is written in: the workbook and its labels for the accountant.

A workbook may be written in a language other than the one jewelbench speaks (a Norwegian
designer's accountant reads Bokmål, a colleague English), so the reports do not swap the
application's translators: write_workbook sets a Wording for the time it writes, and every
label goes through translate(context, text), which asks that Wording (or, when none is set,
Qt's installed translators: the language spoken now).

Labels are marked where they are written, in the forms pyside6-lupdate reads:
`translate("workbook", "Costing date")`, or `QT_TRANSLATE_NOOP("workbook", "Plan")` for a
label made before it is written (a Grid translates a marked Text as it places it).

    wording = load("nb")          # jewelbench_nb.qm; English, with a log note, if missing
    with writing_in(wording): ...
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from jewelbench.domain.messages import Message, Sentence, Text
from jewelbench.domain.money import Money
from jewelbench.resources import resource_path

__all__ = ["ENGLISH", "LANGUAGE_NAMES", "Wording", "load", "translate", "words",
           "writing_in", "count_text", "date_text", "say"]

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"en": "English", "nb": "Norsk bokmål"}  # each in its own words


@dataclass(frozen=True)
class Wording:
    """A language to write in: its code ("en", "nb") and how it says a marked label."""

    language: str
    say: Callable[[str, str], str]  # (context, English) -> the words in this language


def _english(_context: str, text: str) -> str:
    return text


ENGLISH = Wording("en", _english)

_current: ContextVar[Wording | None] = ContextVar("jewelbench_wording", default=None)


def load(language: str, folder: Path | None = None) -> Wording:
    """The Wording for language from folder/jewelbench_<language>.qm (the shipped
    translations when folder is None). English for "en", and for a file that is missing or
    damaged (with a note in the log): a workbook is never refused for want of a translation."""
    if language not in LANGUAGE_NAMES or language == "en":
        return ENGLISH
    path = (folder or resource_path("translations")) / f"jewelbench_{language}.qm"
    if not path.is_file():
        log.warning("No translation file %s: the file is written in English", path)
        return ENGLISH
    translator = QTranslator()
    if not translator.load(str(path)) or translator.isEmpty():
        log.warning("The translation file %s is damaged: the file is written in English", path)
        return ENGLISH

    def say(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    return Wording(language, say)


@contextmanager
def writing_in(wording: Wording | None) -> Iterator[Wording | None]:
    """Write in wording until the block ends (None: in the language jewelbench speaks)."""
    token = _current.set(wording)
    try:
        yield wording
    finally:
        _current.reset(token)


def language() -> str:
    """The language being written now ("" when it is the one jewelbench speaks)."""
    wording = _current.get()
    return wording.language if wording is not None else ""


def translate(context: str, text: str) -> str:
    """text (English) in the language being written."""
    wording = _current.get()
    if wording is not None:
        return wording.say(context, text)
    return QCoreApplication.translate(context, text)


def words(value: object) -> object:
    """A marked Text in the language being written; anything else as it is."""
    if isinstance(value, Text):
        return translate(value.context, str(value))
    return value


REGIONS = {"en": "en_GB", "nb": "nb_NO"}  # the number forms a language is written with


def count_text(n: int) -> str:
    """A whole number inside a sentence, grouped as the language being written groups it
    ("1,250" / "1 250"); the figures of a sheet are numbers, which the spreadsheet shows."""
    try:  # the reader's forms from babel, once jewelbench.domain.locale_forms is there
        forms = importlib.import_module("jewelbench.domain.locale_forms")
    except ImportError:
        forms = None
    region = REGIONS.get(language())
    if forms is not None:
        if region is None:
            return str(forms.format_integer(n))
        with forms.reading_in(region):
            return str(forms.format_integer(n))
    return f"{n:,}".replace(",", "\u00a0" if language() == "nb" else ",")


def say(sentence: object) -> str:
    """A sentence of the engine in the language being written: a domain Message (or an error
    carrying one) rendered with its values in the language's forms; text as it is."""
    carried = getattr(sentence, "message", sentence) \
        if isinstance(sentence, (Exception, Sentence)) else sentence
    if isinstance(carried, Sentence):  # an error made from a Sentence
        carried = carried.message
    if isinstance(carried, Text):
        return translate(carried.context, str(carried))
    if isinstance(carried, Message):
        return carried.render(lambda text: translate(text.context, str(text)), _shown)
    return str(sentence)


def _shown(value: object) -> str:
    if isinstance(value, Text):  # a marked word (Message.render translates it already)
        return translate(value.context, str(value))
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return count_text(value)
    if isinstance(value, Money):
        return f"{_decimal_text(value.amount)} {value.currency}"
    if isinstance(value, Decimal):
        return _decimal_text(value)
    if isinstance(value, dt.date):
        return date_text(value)
    return str(value)


def date_text(day: dt.date) -> str:
    """A date inside a sentence as the language being written writes it (06.12.2026 in
    Bokmål, 2026-12-06 in English)."""
    return day.strftime("%d.%m.%Y") if language() == "nb" else day.isoformat()


def _decimal_text(value: Decimal) -> str:
    # ",f": never an exponent (1.25E+3 bench hours is written 1,250)
    text = f"{value:,f}" if value.is_finite() else str(value)
    if language() == "nb":
        return text.replace(",", "\u00a0").replace(".", ",")
    return text
