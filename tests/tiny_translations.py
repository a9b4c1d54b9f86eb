"""A tiny Norwegian translation for tests, built with pyside6-lrelease from a .ts written in the
test's folder: the tests of what is written in Bokmål stand on their own, whatever state the
real resources/translations/jewelbench_nb.ts is in."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

# The printed tech pack's and RFQ's words (context -> English -> Bokmål), for norwegian()
PRINT_BOKMAL = {
    "techpack": {
        "TECH PACK": "TECH PACK",
        "REVISION": "REVISJON",
        "Issued": "Utstedt",
        "DRAFT": "UTKAST",
        "Category": "Kategori",
        "Pendant": "Anheng",
        "Revision history": "Revisjonshistorikk",
        "Dimensions & tolerances": "Mål og toleranser",
        "Quality control": "Kvalitetskontroll",
        "Finished weight": "Ferdig vekt",
        "(limits {limits})": "(grenser {limits})",
        "Raw casting": "Råstøp",
        "{count} stones in total.": "{count} steiner totalt.",
        "Images & callouts": "Bilder og henvisninger",
    },
    "techpack_pdf": {
        "Page {page} of {pages}": "Side {page} av {pages}",
        "Tech pack": "Tech pack",
    },
    "rfq_letter": {
        "REQUEST FOR QUOTATION": "FORESPØRSEL OM TILBUD",
        "REPLY BY": "SVAR INNEN",
        "December": "desember",
        "October": "oktober",
        "November": "november",
        "{day} {month} {year}": "{day}. {month} {year}",
        "Dear {name},": "Hei {name},",
        "Quantity (pieces)": "Antall (stk.)",
        "Unit price ({currency})": "Enhetspris ({currency})",
        "Request for quotation {reference}": "Forespørsel om tilbud {reference}",
    },
}



def write_ts(path: Path, contexts: dict[str, dict[str, str]]) -> Path:
    """A Qt .ts file with these translations (context -> source -> translation)."""
    parts = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             '<TS version="2.1" language="nb_NO">']
    for context, messages in contexts.items():
        parts.append(f"<context><name>{escape(context)}</name>")
        for source, translation in messages.items():
            parts.append(f"<message><source>{escape(source)}</source>"
                         f"<translation>{escape(translation)}</translation></message>")
        parts.append("</context>")
    parts.append("</TS>")
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name(
        "pyside6-lrelease"))
    if not Path(found).exists():
        pytest.fail("pyside6-lrelease (PySide6-Essentials) is missing")
    return found


def tiny_translations(folder: Path, contexts: dict[str, dict[str, str]]) -> Path:
    """folder/jewelbench_nb.qm built from contexts (context -> source -> translation), as
    `python -m jewelbench.app.translations` builds the real one; returns folder."""
    folder.mkdir(parents=True, exist_ok=True)
    ts = write_ts(folder / "jewelbench_nb.ts", contexts)
    subprocess.run([lrelease(), str(ts), "-qm", str(folder / "jewelbench_nb.qm")],
                   check=True, capture_output=True, timeout=60)
    return folder


@contextmanager
def norwegian(tmp_path: Path, more: dict[str, dict[str, str]] | None = None) -> Iterator[Path]:
    """jewelbench loads its Bokmål (PRINT_BOKMAL: the printed tech pack's and RFQ's words,
    and more) from a small .qm in tmp_path until the block ends (i18n.translations_from), and
    speaks English again after it.

        with tiny_translations.norwegian(tmp_path):
            ...  # i18n.install("nb"), printing_in("nb") load this .qm
    """
    from jewelbench.ui import i18n

    translations = {context: dict(messages) for context, messages in PRINT_BOKMAL.items()}
    for context, messages in (more or {}).items():
        translations.setdefault(context, {}).update(messages)
    folder = tiny_translations(tmp_path / "translations", translations)
    with i18n.translations_from(folder):
        try:
            yield folder
        finally:
            i18n.install("en")
