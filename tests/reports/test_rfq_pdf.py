"""One supplier's request for quotation, read back as the factory reads it: the letter on page
1 with what to price and by when, then the whole tech pack of the issued revision."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import techpack_samples
from pdf_helpers import RenderedPdf, poppler

from jewelbench.domain.brand import Brand
from jewelbench.domain.quotes import Incoterm
from jewelbench.domain.rfqs import Rfq, RfqRecipient
from jewelbench.domain.suppliers import Contact, Supplier
from jewelbench.reports.rfq_pdf import (
    RfqLetter,
    country_name,
    long_date,
    pdf_file_name,
    render_rfq_pdf,
)
from jewelbench.reports.techpack_pdf import TechPackError

SECTIONS = ("Dimensions & tolerances", "Quality control", "Images & callouts")


def _squashed(text: str) -> str:
    return re.sub(r"[ \t]+", " ", text)


def supplier(contacts: bool = True) -> Supplier:
    return Supplier(
        "Siam Gem Setting Co., Ltd.", "TH", "THB", id=4,
        contacts=[Contact("Nattapong Srisuk", "Account manager",
                          "nattapong@siamgem.example", "+66 2 234 7710")] if contacts else [])


def rfq(**overrides) -> Rfq:
    values = dict(id=7, design_id=1, tech_pack_revision_id=2,
                  quantities=[50, 100, 300, 1000],
                  recipients=[RfqRecipient(4, dt.date(2026, 11, 24))],
                  created_on=dt.date(2026, 11, 24), reply_by=dt.date(2026, 12, 8),
                  incoterm=Incoterm.FOB,
                  notes="Centre stone consigned by us: quote the setting only.")
    values.update(overrides)
    return Rfq(**values)


@pytest.fixture
def write(qapp, tmp_path, drawn_images, logo):
    """Factory: one supplier's RFQ PDF in tmp_path, with the full sample tech pack."""

    def factory(letter_rfq: Rfq | None = None, who: Supplier | None = None,
                brand: Brand | None = None, page_size: str = "A4",
                name: str = "rfq.pdf") -> RenderedPdf:
        brand = brand or Brand("Aurelia Studio", "14 Jewellery Quarter · Birmingham",
                               logo, "image/png")
        letter = RfqLetter.of(letter_rfq or rfq(), who or supplier(), brand,
                              techpack_samples.full_snapshot())
        path = tmp_path / name
        pages = render_rfq_pdf(letter, drawn_images.__getitem__, logo, path, page_size)
        return RenderedPdf(path, pages)

    return factory


@pytest.mark.integration
def test_the_letter_asks_the_supplier_for_prices_at_each_quantity_by_a_date(write):
    pdf = write()
    letter = _squashed(pdf.page_texts()[0])
    for expected in ("REQUEST FOR QUOTATION", "PD-031", "Halo Drop Pendant",
                     "Tech pack revision B, issued 2 October 2026", "Aurelia Studio",
                     "Siam Gem Setting Co., Ltd.", "Thailand",
                     "Attn. Nattapong Srisuk, Account manager",
                     "nattapong@siamgem.example · +66 2 234 7710", "Dear Nattapong Srisuk,",
                     "REPLY BY", "8 December 2026", "RFQ-0007", "THB · FOB",
                     "24 November 2026", "Unit price (THB)", "Production lead time",
                     "Please note: Centre stone consigned by us: quote the setting only.",
                     "FOB: name the port of loading", "confidential"):
        assert expected in letter, expected
    rows = re.findall(r"^ *([\d,]+) *$", pdf.page_texts()[0], re.MULTILINE)
    assert rows == ["50", "100", "300", "1,000"], "one row to fill in per quantity"
    for fee in ("CAD / 3D model", "Wax or rubber mould", "Tooling", "Sample fee"):
        assert re.search(rf"{re.escape(fee)} .*Yes / No", letter), fee
    assert "Amount (THB)" in letter and "Refunded on order?" in letter
    assert "TECH PACK" not in letter, "the tech pack starts on a page of its own"


@pytest.mark.integration
def test_the_full_tech_pack_follows_with_its_qc_stages(write):
    pdf = write()
    pages = pdf.page_texts()
    assert "TECH PACK" in pages[1] and "REVISION" in pages[1]
    rest = _squashed("".join(pages[1:]))
    for stage in techpack_samples.QC_STAGES:
        assert stage in rest
    for number, title in zip((1, 9, 12), SECTIONS):
        assert f"{number} {title}" in rest
    assert "Golden sample: hold production to this finish" in rest
    assert pdf.pages == 1 + 7, "the letter, then the tech pack's seven pages"


@pytest.mark.integration
def test_every_page_carries_the_header_and_page_n_of_m(write):
    pdf = write()
    info = pdf.info()
    assert info["Title"] == ("PD-031 Halo Drop Pendant — request for quotation RFQ-0007, "
                             "rev B, Siam Gem Setting Co., Ltd.")
    for number, page in enumerate(pdf.page_texts(), start=1):
        lines = [_squashed(line).strip() for line in page.splitlines() if line.strip()]
        assert lines[0] == ("Aurelia Studio · PD-031 · Rev B · 2026-10-02 Request for "
                            "quotation RFQ-0007"), lines[0]
        assert lines[-1].endswith(f"Page {number} of {pdf.pages}")


@pytest.mark.integration
def test_without_a_contact_or_logo_and_in_the_buyers_currency(write):
    pdf = write(rfq(currency="USD", incoterm=Incoterm.DDP, notes=""), supplier(contacts=False),
                Brand("Aurelia Studio"))
    letter = _squashed(pdf.page_texts()[0])
    assert "Dear Sir or Madam," in letter and "Attn." not in letter
    assert "USD · DDP" in letter and "Unit price (USD)" in letter
    assert "DDP: to our address, duties paid" in letter
    assert "Please note" not in letter
    images = poppler("pdfimages", "-list", str(pdf.path)).splitlines()[2:]
    assert [row.split()[0] for row in images].count("1") == 0, "no logo on the letter"


@pytest.mark.integration
@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_eight_quantities_still_print_every_row(write, page_size):
    quantities = [25, 50, 100, 250, 500, 1000, 2500, 10000]
    pdf = write(rfq(quantities=quantities), page_size=page_size, name=f"{page_size}.pdf")
    text = pdf.text()
    assert re.findall(r"^ *([\d,]+) *$", text, re.MULTILINE)[:8] == [
        f"{q:,}" for q in quantities]


def test_a_pdf_that_cannot_be_written_leaves_nothing_behind(write, tmp_path):
    (tmp_path / "taken").mkdir()
    with pytest.raises(TechPackError, match="cannot"):
        write(name="taken")  # a folder stands where the file should go
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]


def test_file_names_are_safe_and_say_what_they_are():
    assert pdf_file_name("RG-014", "B", "Siam Gem Setting Co., Ltd.") == \
        "RG-014 RFQ rev B — Siam Gem Setting Co., Ltd.pdf"
    assert pdf_file_name("RG/014", "A", 'Ace: "Gold" <Works>?') == \
        "RG-014 RFQ rev A — Ace- -Gold- -Works-.pdf"
    assert len(pdf_file_name("RG-1", "A", "x" * 400)) <= 184
    assert long_date(dt.date(2026, 1, 5)) == "5 January 2026"
    assert country_name("IT") == "Italy" and country_name("ZZ") == "ZZ"


@pytest.mark.integration
def test_the_first_page_is_kept_for_a_person_to_look_at(write, artifacts_dir):
    """tests/artifacts/rfq-pdf-1.png: the letter as the factory sees it (not checked here)."""
    pdf = write()
    poppler("pdftoppm", "-r", "80", "-f", "1", "-l", "1", "-png", "-singlefile",
            str(pdf.path), str(artifacts_dir / "rfq-pdf-1"))
    assert (artifacts_dir / "rfq-pdf-1.png").stat().st_size > 10_000


@pytest.mark.integration
def test_without_a_brand_profile_the_letter_prints_neutral_text(write):
    pdf = write(brand=Brand())
    letter = _squashed(pdf.page_texts()[0])
    assert "property of us" not in letter
    assert "is confidential and remains the property of the brand that sent it" in letter
    lines = [line.strip() for page in pdf.page_texts() for line in page.splitlines()]
    assert "—" not in lines, "no lone dash where the brand's name would be"


@pytest.mark.integration
def test_the_rfq_is_set_in_the_shipped_font_only(write):
    """Letter and tech pack alike: DejaVu Sans as jewelbench ships it, embedded (pdffonts:
    name, type, encoding, emb …)."""
    pdf = write()
    rows = [line.split() for line in poppler("pdffonts", str(pdf.path)).splitlines()[2:]]
    assert {row[0] for row in rows} == {"DejaVuSansJewelbench", "DejaVuSansJewelbench-Bold",
                                        "DejaVuSansJewelbench-Oblique"}  # notes in italics
    assert {row[-5] for row in rows} == {"yes"}
