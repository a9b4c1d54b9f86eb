"""A small Norwegian translation built in a test's own folder (tests/ is on the path: import
tiny_translations), so tests of printing in Bokmål stand on their own: a .ts written here,
compiled with pyside6-lrelease, loaded through i18n.translations_from(folder).

    with tiny_translations.norwegian(tmp_path):
        ...  # i18n.install("nb"), printing_in("nb") load this .qm
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

from jewelbench.ui import i18n

# context -> English -> Bokmål (docs/glossary-nb.md's words)
BOKMAL = {
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


def write_ts(path: Path, translations: dict[str, dict[str, str]] = BOKMAL) -> Path:
    contexts = []
    for context, messages in translations.items():
        entries = "".join(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(target)}</translation></message>"
            for source, target in messages.items())
        contexts.append(f"<context><name>{escape(context)}</name>{entries}</context>")
    path.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
                    f'<TS version="2.1" language="nb_NO">{"".join(contexts)}</TS>',
                    encoding="utf-8")
    return path


def build(folder: Path, translations: dict[str, dict[str, str]] = BOKMAL) -> Path:
    """folder/jewelbench_nb.qm made from translations; the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    ts = write_ts(folder / "jewelbench_nb.ts", translations)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(folder / "jewelbench_nb.qm")],
                   check=True, timeout=60)
    return folder


@contextmanager
def norwegian(tmp_path: Path, more: dict[str, dict[str, str]] | None = None) -> Iterator[Path]:
    """jewelbench loads its Bokmål (BOKMAL and more) from a small .qm in tmp_path until the
    block ends (and speaks English again after it)."""
    translations = {context: dict(messages) for context, messages in BOKMAL.items()}
    for context, messages in (more or {}).items():
        translations.setdefault(context, {}).update(messages)
    folder = build(tmp_path / "translations", translations)
    with i18n.translations_from(folder):
        try:
            yield folder
        finally:
            i18n.install("en")
