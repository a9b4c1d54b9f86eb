"""The language jewelbench speaks: English (the source) or Norsk bokmål.

install() loads the chosen language's translations (resources/translations/jewelbench_nb.qm,
built from jewelbench_nb.ts by `python -m jewelbench.app.translations`) and Qt's own for its
standard dialogs. A translation file that is missing or damaged leaves jewelbench in English
with a note in the log, never a refusal to start.

say() renders what the domain, storage and reports layers hand up (a Message, or a
DomainError carrying one) in the language installed, with figures in the reader's forms.
speaking() switches language for one piece of work (a tech pack printed in English for a
factory from a Norwegian session) and back.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from jewelbench.domain.messages import Message, Sentence, Text
from jewelbench.domain.money import Money
from jewelbench.resources import resource_path

log = logging.getLogger(__name__)

ENGLISH = "en"
BOKMAL = "nb"
LANGUAGES: tuple[str, ...] = (ENGLISH, BOKMAL)
# A language's own name, as a person looking for it would recognise it (not translated).
LANGUAGE_NAMES = {ENGLISH: "English", BOKMAL: "Norsk bokmål"}
# The region whose number and date forms a language takes unless the user chose one.
DEFAULT_REGION = {ENGLISH: "en_GB", BOKMAL: "nb_NO"}


_FOLDERS: list[Path] = []  # translations_from's folders, innermost last


def translations_dir() -> Path:
    """Where jewelbench_<language>.qm is loaded from: resources/translations, or the folder
    translations_from names."""
    return _FOLDERS[-1] if _FOLDERS else resource_path("translations")


@contextmanager
def translations_from(folder: Path) -> Iterator[Path]:
    """Load translations from folder until the block ends: a translator's fresh build, or a
    test's own small .qm (languages installed meanwhile stay installed)."""
    _FOLDERS.append(Path(folder))
    try:
        yield Path(folder)
    finally:
        _FOLDERS.pop()


def system_language(locale: QLocale | None = None) -> str:
    """The system's language if jewelbench speaks it (Norwegian of any kind reads Bokmål);
    English otherwise."""
    locale = locale or QLocale.system()
    if locale.language() in (QLocale.Language.NorwegianBokmal, QLocale.Language.NorwegianNynorsk):
        return BOKMAL
    return ENGLISH


class _Installed:
    """The translators installed now, so they can be swapped and taken out again."""

    def __init__(self) -> None:
        self.language = ENGLISH
        self.translators: list[QTranslator] = []


_installed = _Installed()


def language() -> str:
    """The language installed now ("en" or "nb")."""
    return _installed.language


def _load(language: str, folder: Path | None = None) -> list[QTranslator]:
    """The translators for language (from folder, else the installed translations); [] for
    English or when its file is missing or damaged (said in the log)."""
    if language == ENGLISH:
        return []
    app = QCoreApplication.instance()
    translators: list[QTranslator] = []
    ours = QTranslator(app)
    path = (folder or translations_dir()) / f"jewelbench_{language}.qm"
    if not path.is_file():
        log.warning("No translation file %s: jewelbench speaks English", path)
        return []
    if not ours.load(str(path)) or ours.isEmpty():
        log.warning("The translation file %s is damaged: jewelbench speaks English", path)
        return []
    translators.append(ours)
    qt_own = QTranslator(app)  # Qt's standard dialogs and buttons (Cancel, Open, Save)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        translators.append(qt_own)
    else:
        log.info("Qt's own %s translation is not installed (%s)", language, qt_dir)
    return translators


def install(language: str | None = None, folder: Path | None = None) -> str:
    """Speak language ("en", "nb"; None or "" for the system's); the language now spoken
    (English when the file for it is missing or damaged). folder: where the .qm files are
    (the installed translations unless given)."""
    wanted = language if language in LANGUAGES else system_language()
    translators = _load(wanted, folder)
    spoken = wanted if translators or wanted == ENGLISH else ENGLISH
    _swap(spoken, translators)
    log.info("Language: %s", spoken)
    return spoken


def _swap(language: str, translators: list[QTranslator]) -> None:
    for old in _installed.translators:
        QCoreApplication.removeTranslator(old)
    for new in translators:
        QCoreApplication.installTranslator(new)
    _installed.language, _installed.translators = language, translators


@contextmanager
def speaking(language: str, folder: Path | None = None) -> Iterator[str]:
    """Translate in language until the block ends, then in the language before; yields the
    language spoken (English if language's file cannot be loaded). Widgets made before keep
    their text: this is for printing and writing files, on the window's thread."""
    before = (_installed.language, list(_installed.translators))
    translators = _load(language, folder) if language != before[0] else before[1]
    spoken = language if translators or language == ENGLISH else ENGLISH
    if spoken != before[0]:
        _swap(spoken, translators)
    try:
        yield spoken
    finally:
        if spoken != before[0]:
            _swap(*before)


def translate(text: Text) -> str:
    """A marked Text in the language spoken now."""
    return QCoreApplication.translate(text.context, str(text))


def show(value: object) -> str:
    """A value inside a sentence, as the reader writes it."""
    from jewelbench.ui import formatting

    if isinstance(value, Text):
        return translate(value)
    if isinstance(value, Money):
        return formatting.money_text(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return formatting.integer_text(value)
    if isinstance(value, Decimal):
        places = max(0, -int(value.as_tuple().exponent)) if value.is_finite() else 0
        return formatting.decimal_text(value, places)
    if isinstance(value, dt.date):
        return formatting.date_text(value)
    return str(value)


def say(message: object) -> str:
    """A Message (or an error or Sentence carrying one as .message, or a marked Text) in the
    language spoken now; text that is already a sentence, and an error that carries no
    Message, are given back as str() gives them."""
    carried = getattr(message, "message", None) \
        if isinstance(message, (Exception, Sentence)) else message
    if isinstance(carried, Sentence):  # an error made from a Sentence
        carried = carried.message
    if isinstance(carried, Message):
        return carried.render(translate, show)
    if isinstance(carried, Text):
        return translate(carried)
    return str(message)
