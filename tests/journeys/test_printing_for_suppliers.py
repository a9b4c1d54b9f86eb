"""Journey: printing in the reader's language, from an empty workspace through the window.

The designer issues a tech pack, adds a silversmith in Norway (its print language: "as its
country reads: Norsk bokmål"), tries English in the supplier editor and takes it back with
Ctrl+Z, then sends it an RFQ: the letter and its tech pack come out in Bokmål although
jewelbench itself speaks English. The tech pack editor prints the same revision in Bokmål when
Language says so, and in English by default.

The Bokmål is a small .qm built by the test (tests/tiny_translations.py); the real one is
built from resources/translations at release."""

from __future__ import annotations

import re
import subprocess

import pytest
import tiny_translations
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from steps import DESIGN_CODE, QUANTITIES, Road, choose, click, new_supplier, type_into

# They start another program (see the integration marker in pyproject.toml).
pytestmark = pytest.mark.integration

WORKSHOP = "Bergen Sølvsmie AS"


def _pdf_text(path) -> str:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True, timeout=60).stdout
    return re.sub(r"[ \t\u00a0\u202f]+", " ", text)


def add_norwegian_workshop(road: Road) -> int:
    """View ▸ Suppliers ▸ New: a silversmith in Norway; its print language in its editor."""
    qtbot = road.qtbot
    editor = new_supplier(road, WORKSHOP, "Norway", "nok")
    qtbot.waitExposed(editor)
    supplier_id = road.workspace.suppliers.id_for_name(WORKSHOP)

    language = editor.print_language
    assert language.currentText() == "As its country reads: Norsk bokmål"
    assert road.workspace.suppliers.get(supplier_id).reads == "nb"
    road.snap("supplier-print-language", editor)

    choose(qtbot, language, "English")  # from the keyboard, as a user tabbing through
    stored = road.workspace.suppliers.get(supplier_id)
    assert (stored.print_language, stored.reads) == ("en", "en"), editor.status.text()
    assert editor.status.text() == "Saved."

    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z
    qtbot.waitUntil(lambda: road.workspace.suppliers.get(supplier_id).print_language == "")
    assert road.workspace.suppliers.get(supplier_id).reads == "nb"
    assert language.currentIndex() == 0  # the editor follows the undo
    editor.close()
    road.no_message_box()
    return supplier_id


def send_rfq_to_the_workshop(road: Road) -> str:
    """Sourcing ▸ New Request for Quotation… to the workshop; the PDF's text."""
    window, qtbot = road.window, road.qtbot
    window.new_rfq_action.trigger()
    dialog = window.rfq_dialog
    qtbot.waitExposed(dialog)
    choose(qtbot, dialog.design, DESIGN_CODE)
    type_into(qtbot, dialog.quantities, QUANTITIES, enter=False)
    row = next(r for r in range(dialog.supplier_model.rowCount())
               if dialog.supplier_model.item(r, 0).text() == WORKSHOP)
    assert dialog.supplier_model.item(row, 3).text() == "Norsk bokmål"  # its letter's language
    dialog.suppliers.setFocus()
    dialog.suppliers.setCurrentIndex(dialog.supplier_model.index(row, 0))
    qtbot.keyClick(dialog.suppliers, Qt.Key.Key_Space)
    road.snap("rfq-letter-language", dialog)
    click(qtbot, dialog.write_button)
    letters = sorted(road.rfq_folder.glob("*.pdf"))
    assert [p.name for p in letters] == [f"{DESIGN_CODE} RFQ rev A — {WORKSHOP}.pdf"]
    for widget in QApplication.topLevelWidgets():  # the RFQ list it opens on the way
        if widget is not window and widget.isVisible():
            widget.close()
    return _pdf_text(letters[0])


def export_tech_pack(road: Road, language: str | None, name: str) -> str:
    """Tech Pack… ▸ (Language) ▸ Export PDF…, saved as NAME; the PDF's text."""
    window, qtbot = road.window, road.qtbot
    window.view_actions[0].trigger()  # View ▸ Designs
    catalog = window.designs
    assert catalog.select(road.workspace.designs.id_for_code(DESIGN_CODE))
    click(qtbot, catalog.tech_pack_button)
    editor = catalog.tech_pack_editor
    qtbot.waitExposed(editor)
    assert editor.print_language.currentText() == "English"  # the app's language
    if language is not None:
        choose(qtbot, editor.print_language, language)
        road.snap("techpack-print-language", editor)
    click(qtbot, editor.export_button)
    saving = [w for w in QApplication.topLevelWidgets()
              if isinstance(w, QFileDialog) and w.isVisible()]
    assert len(saving) == 1
    out = road.tmp_path / name
    saving[0].selectFile(str(out))
    saving[0].accept()  # Save
    qtbot.waitUntil(lambda: out.exists())
    assert "Written" in editor.status.text(), editor.status.text()
    editor.close()
    return _pdf_text(out)


def test_a_norwegian_workshop_gets_its_rfq_in_bokmal_and_the_tech_pack_prints_as_chosen(
        road, tmp_path):
    road.set_brand_profile()
    road.create_design_with_bom()
    road.issue_tech_pack()
    with tiny_translations.norwegian(tmp_path):
        add_norwegian_workshop(road)
        letter = send_rfq_to_the_workshop(road)
        for norwegian in ("FORESPØRSEL OM TILBUD", "SVAR INNEN", "Antall (stk.)",
                          "Enhetspris (NOK)", "1 Mål og toleranser", "Side 1 av"):
            assert norwegian in letter, norwegian
        assert "REQUEST FOR QUOTATION" not in letter

        english = export_tech_pack(road, None, "english.pdf")
        norsk = export_tech_pack(road, "Norsk bokmål", "norsk.pdf")
    assert "1 Dimensions & tolerances" in english and "Page 1 of" in english
    assert "2.0" in english and "17.3" in english  # the band's width and inner diameter
    assert "1 Mål og toleranser" in norsk and "Side 1 av" in norsk
    assert "2,0" in norsk and "17,3" in norsk and "17.3" not in norsk
    road.no_message_box()
