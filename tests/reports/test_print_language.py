"""Tech packs and RFQs in the reader's language, read back as the factory reads them.

A Norwegian session (jewelbench speaking Bokmål from a small .qm built here) prints a tech
pack in English for a factory in Thailand: English headings, English figures (2.85), English
dates; and in Bokmål for a workshop in Norway: Norwegian headings, decimal commas (2,85),
Norwegian dates (02.10.2026). An RFQ to a supplier in Norway comes out in Bokmål.

Figures by hand from techpack_samples.full_snapshot(): finished weight 2.85 g ± 0.15 g, so
limits 2.85 − 0.15 = 2.70 and 2.85 + 0.15 = 3.00; issued 2 October 2026; stones 1 + 22 + 6 +
1 + 2 = 32; the RFQ asks for 1000 pieces among others, 1 000 in Norway's grouping.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest
import techpack_samples
import tiny_translations
from pdf_helpers import RenderedPdf, poppler

from jewelbench.domain.brand import Brand
from jewelbench.domain.messages import QT_TRANSLATE_NOOP
from jewelbench.domain.quotes import Incoterm
from jewelbench.domain.rfqs import Rfq, RfqRecipient
from jewelbench.domain.suppliers import Contact, Supplier
from jewelbench.reports import print_forms
from jewelbench.reports.rfq_pdf import RfqLetter, render_rfq_pdf
from jewelbench.reports.techpack_pdf import render_techpack_pdf
from jewelbench.ui import i18n
from jewelbench.ui.print_language import printing_in

PACKAGE = Path(__file__).resolve().parents[2] / "jewelbench"


def _words(text: str) -> str:
    """pdftotext's layout spaces and the no-break spaces of Norwegian grouping, as one space."""
    return re.sub(r"[ \t\u00a0\u202f]+", " ", text)


def _flowing(pdf: RenderedPdf) -> str:
    """The text in reading order, a sentence wrapped in its table cell read as one line."""
    return re.sub(r"\s+", " ", poppler("pdftotext", str(pdf.path), "-"))


@pytest.fixture
def norwegian_session(qapp, tmp_path):
    """jewelbench speaking Bokmål, as a Norwegian designer runs it."""
    with tiny_translations.norwegian(tmp_path):
        assert i18n.install("nb") == "nb"
        yield
    assert i18n.language() == "en"


def _tech_pack(tmp_path, drawn_images, logo, language: str, name: str,
               snapshot: dict | None = None) -> RenderedPdf:
    path = tmp_path / name
    with printing_in(language) as spoken:
        assert spoken == language
        pages = render_techpack_pdf(snapshot or techpack_samples.full_snapshot(),
                                    drawn_images.__getitem__, logo, path, "A4")
    return RenderedPdf(path, pages)


@pytest.mark.integration
def test_a_tech_pack_printed_in_english_from_a_norwegian_session(
        norwegian_session, tmp_path, drawn_images, logo):
    pdf = _tech_pack(tmp_path, drawn_images, logo, "en", "english.pdf")
    text = _words(pdf.text())
    for english in ("TECH PACK", "REVISION", "Issued", "Revision history",
                    "1 Dimensions & tolerances", "Quality control", "Raw casting",
                    "2.85 g ± 0.15 g (limits 2.70 – 3.00 g)", "32 stones in total.",
                    f"Page 1 of {pdf.pages}", "Aurelia Studio · PD-031 · Rev B · 2026-10-02"):
        assert english in text, english
    for norwegian in ("Mål og toleranser", "Side 1", "2,85", "02.10.2026", "Råstøp"):
        assert norwegian not in text, norwegian
    # the session still speaks Norwegian after printing, for its own windows
    assert i18n.language() == "nb"
    assert i18n.translate(QT_TRANSLATE_NOOP("techpack", "DRAFT")) == "UTKAST"


@pytest.mark.integration
def test_a_tech_pack_printed_in_norwegian_has_norwegian_words_and_figures(
        qapp, tmp_path, drawn_images, logo):
    with tiny_translations.norwegian(tmp_path):  # from an English session
        pdf = _tech_pack(tmp_path, drawn_images, logo, "nb", "norsk.pdf")
        assert i18n.language() == "en"
    text = _words(pdf.text())
    for norwegian in ("REVISJON", "Utstedt", "Kategori", "Anheng", "Revisjonshistorikk",
                      "1 Mål og toleranser", "Kvalitetskontroll", "Råstøp",
                      "2,85 g ± 0,15 g (grenser 2,70 – 3,00 g)", "32 steiner totalt.",
                      f"Side 1 av {pdf.pages}", "Aurelia Studio · PD-031 · Rev B · 02.10.2026",
                      "24,50", "± 0,30"):
        assert norwegian in text, norwegian
    for english in ("Dimensions & tolerances", "Page 1 of", "2.85", "2026-10-02"):
        assert english not in text, english
    # what the designer typed prints as typed, in any language
    assert "Claws thickened to 0.90 mm" in text


def test_a_language_whose_translation_is_missing_prints_in_english_throughout(
        qapp, tmp_path, drawn_images, logo):
    empty = tmp_path / "no translations"
    empty.mkdir()
    with i18n.translations_from(empty), printing_in("nb") as spoken:
        assert spoken == "en"
        assert print_forms.language_of(print_forms.current_locale()) == "en"  # figures too


@pytest.mark.integration
def test_a_dfm_warning_kept_as_a_message_prints_in_the_readers_language(
        qapp, tmp_path, drawn_images, logo):
    """An issued revision keeps its DFM warnings' English text and, beside it, the sentence as
    a message ("said", "rule"): the Norwegian tech pack says it in Norwegian, 2.5 as 2,5; a
    warning from before messages were kept prints its English in every language."""
    warning = QT_TRANSLATE_NOOP("techpacks", "Vermeil needs at least {minimum} µm of gold")
    why = QT_TRANSLATE_NOOP("techpacks", "Thinner plating wears through within {months} months")
    snapshot = techpack_samples.full_snapshot()
    snapshot["dfm_warnings"] = [
        {"code": "vermeil_thickness", "message": "Vermeil needs at least 2.5 µm of gold",
         "why": "Thinner plating wears through within 12 months",
         "said": warning(minimum=Decimal("2.5")).to_json(),
         "rule": why(months=12).to_json(), "acknowledged": False, "note": ""},
        {"code": "older", "message": "An older warning, kept in English", "why": "—",
         "acknowledged": True, "note": "Seen"}]
    bokmal = {"techpacks": {
        "Vermeil needs at least {minimum} µm of gold": "Vermeil krever minst {minimum} µm gull",
        "Thinner plating wears through within {months} months":
            "Tynnere belegg slites gjennom innen {months} måneder"}}
    with tiny_translations.norwegian(tmp_path, bokmal):
        norsk = _flowing(_tech_pack(tmp_path, drawn_images, logo, "nb", "norsk.pdf", snapshot))
        english = _flowing(_tech_pack(tmp_path, drawn_images, logo, "en", "english.pdf",
                                      snapshot))
    assert "Vermeil krever minst 2,5 µm gull" in norsk
    assert "Tynnere belegg slites gjennom innen 12 måneder" in norsk
    assert "Vermeil needs at least" not in norsk
    assert "An older warning, kept in English" in norsk
    assert "Vermeil needs at least 2.5 µm of gold" in english
    assert "Thinner plating wears through within 12 months" in english


def _rfq() -> Rfq:
    return Rfq(id=7, design_id=1, tech_pack_revision_id=2, quantities=[50, 300, 1000],
               recipients=[RfqRecipient(4, dt.date(2026, 11, 24))],
               created_on=dt.date(2026, 11, 24), reply_by=dt.date(2026, 12, 8),
               incoterm=Incoterm.DDP, currency="NOK")


@pytest.mark.integration
def test_an_rfq_for_a_supplier_in_norway_is_written_in_norwegian(
        qapp, tmp_path, drawn_images, logo):
    workshop = Supplier("Bergen Sølvsmie AS", "NO", "NOK", id=4,
                        contacts=[Contact("Kari Nordmann", "Daglig leder")])
    assert workshop.reads == "nb"
    letter = RfqLetter.of(_rfq(), workshop, Brand("Nordlys smykker", "Oslo", logo, "image/png"),
                          techpack_samples.full_snapshot())
    path = tmp_path / "rfq.pdf"
    with tiny_translations.norwegian(tmp_path), printing_in(workshop.reads):
        pages = render_rfq_pdf(letter, drawn_images.__getitem__, logo, path)
    pdf = RenderedPdf(path, pages)
    first = _words(pdf.page_texts()[0])
    for norwegian in ("FORESPØRSEL OM TILBUD", "SVAR INNEN", "8. desember 2026",
                      "24. november 2026", "Hei Kari Nordmann,", "Antall (stk.)",
                      "Enhetspris (NOK)", "1 000", "Forespørsel om tilbud RFQ-0007"):
        assert norwegian in first, norwegian
    assert "REQUEST FOR QUOTATION" not in first
    assert "1,000" not in first
    # the tech pack that follows is in the same language
    assert "Mål og toleranser" in _words(pdf.text())


@pytest.mark.integration
def test_a_supplier_abroad_gets_its_rfq_in_english_from_a_norwegian_session(
        norwegian_session, tmp_path, drawn_images, logo):
    factory = Supplier("Siam Gem Setting Co., Ltd.", "TH", "THB", id=4)
    assert factory.reads == "en"
    letter = RfqLetter.of(_rfq(), factory, Brand("Nordlys smykker", "Oslo", logo, "image/png"),
                          techpack_samples.full_snapshot())
    path = tmp_path / "rfq.pdf"
    with printing_in(factory.reads):
        pages = render_rfq_pdf(letter, drawn_images.__getitem__, logo, path)
    first = _words(RenderedPdf(path, pages).page_texts()[0])
    for english in ("REQUEST FOR QUOTATION", "8 December 2026", "Dear Sir or Madam,",
                    "1,000", "Thailand"):
        assert english in first, english


@pytest.mark.integration
def test_every_printed_word_is_visible_to_lupdate(tmp_path):
    """A word lupdate does not see is never translated: each translate("context", "…") and
    QT_TRANSLATE_NOOP of the printing modules is in the .ts lupdate makes of them."""
    import subprocess
    import sys

    modules = [PACKAGE / "reports" / name
               for name in ("techpack_html.py", "techpack_pdf.py", "rfq_pdf.py")]
    written: set[tuple[str, str]] = set()
    for module in modules:
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and len(node.args) >= 2 and \
                    getattr(node.func, "id", None) in ("translate", "QT_TRANSLATE_NOOP") and \
                    all(isinstance(a, ast.Constant) for a in node.args[:2]):
                written.add((node.args[0].value, node.args[1].value))
    ts = tmp_path / "print.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *map(str, modules), "-ts", str(ts)], check=True,
                   capture_output=True, timeout=120)
    seen = {(context.findtext("name"), message.findtext("source"))
            for context in ET.parse(ts).getroot() for message in context.iter("message")}
    assert len(written) > 150
    assert written - seen == set()
    assert {context for context, _ in written} == {"techpack", "techpack_pdf", "rfq_letter"}
