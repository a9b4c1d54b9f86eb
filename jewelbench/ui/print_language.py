"""Printing in the reader's language: a tech pack or an RFQ for a factory is printed in the
supplier's print language (Supplier.reads: its own choice, else its country's), whatever
language jewelbench itself speaks; a tech pack printed for no one in particular in the
language chosen beside its Print and PDF buttons (the app's own by default).

    with printing_in("en"):
        render_techpack_pdf(...)

switches the words (i18n.speaking) and the figures' forms (reports.print_forms.reading_in)
for the printing only, on the window's thread, and back.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QComboBox, QWidget

from jewelbench.reports import print_forms
from jewelbench.ui import i18n


def region_for(language: str) -> str:
    """The locale whose figures a reader of language gets: the user's own region when they
    read that language themselves (en_US stays en_US), else the language's home region."""
    current = print_forms.current_locale()
    if print_forms.language_of(current) == language:
        return current
    return i18n.DEFAULT_REGION.get(language, i18n.DEFAULT_REGION[i18n.ENGLISH])


@contextmanager
def printing_in(language: str) -> Iterator[str]:
    """Words and figures in language until the block ends; yields the language printed in
    (English when language's translation cannot be loaded: then its figures are English too)."""
    with i18n.speaking(language) as spoken, print_forms.reading_in(region_for(spoken)):
        yield spoken


class PrintLanguageBox(QComboBox):
    """English / Norsk bokmål, each in its own name; the app's language to begin with."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printLanguage")
        for code in i18n.LANGUAGES:
            self.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.set_language(i18n.language())
        self.setToolTip(self.tr("The language the tech pack is printed in: its headings, "
                                "words and figures. What was typed into it prints as typed."))

    def language(self) -> str:
        return str(self.currentData() or i18n.ENGLISH)

    def set_language(self, language: str) -> None:
        self.setCurrentIndex(max(0, self.findData(language)))
