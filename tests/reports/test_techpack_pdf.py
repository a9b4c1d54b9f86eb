"""The tech pack PDF, read back as a factory would: pdftotext, pdfinfo, pdfimages, pdftoppm."""

from __future__ import annotations

import re

import pytest
import techpack_samples
from pdf_helpers import poppler
from PySide6.QtGui import QColor, QImage, QPalette

from jewelbench.reports import techpack_pdf
from jewelbench.reports.techpack_pdf import (
    TechPackError,
    build_document,
    page_header,
    print_document,
    render_techpack_pdf,
)

SECTIONS = ("Dimensions & tolerances", "Materials & quality stamp", "Stones", "Finishes by area",
            "Plating", "Hallmarks, logo & laser serial", "Findings", "Packaging & labels",
            "Quality control", "Compliance notes", "DFM notes & warnings", "Images & callouts")
HEADER = "Aurelia Studio · PD-031 · Rev B · 2026-10-02"
PAGE_POINTS = {"A4": (595, 842), "Letter": (612, 792)}


def _squashed(text: str) -> str:
    """pdftotext -layout pads columns with runs of spaces; compare words, not layout."""
    return re.sub(r"[ \t]+", " ", text)


@pytest.mark.integration
@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_the_tech_pack_prints_on_a4_and_letter(render, page_size):
    pdf = render(techpack_samples.full_snapshot(), page_size)
    info = pdf.info()
    assert int(info["Pages"]) == pdf.pages >= 5
    assert pdf.page_size_pt() == PAGE_POINTS[page_size]
    assert info["Title"] == "PD-031 Halo Drop Pendant — tech pack rev B"
    fonts = poppler("pdffonts", str(pdf.path)).splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), "fonts embedded"


@pytest.mark.integration
@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_the_text_holds_what_a_factory_checks(render, page_size):
    snapshot = techpack_samples.full_snapshot()
    text = _squashed(render(snapshot, page_size).text())
    assert "PD-031" in text and "Halo Drop Pendant" in text
    assert "REVISION" in text and "Rev B" in text
    for dimension in snapshot["dimensions"]:
        assert dimension["name"] in text
        assert f"± {dimension['tolerance_mm']}" in text
    assert "2.85 g ± 0.15 g" in text
    assert "(limits 2.70 – 3.00 g)" in text
    assert "6.45 – 6.55" in text  # the centre stone seat's limits, worked out exactly
    assert text.count("★") == 1 + sum(d["critical"] for d in snapshot["dimensions"])
    for number, title in enumerate(SECTIONS, start=1):
        assert f"{number} {title}" in text
    for stage in techpack_samples.QC_STAGES:
        assert stage in text
    for origin in ("Lab-grown", "Natural", "Simulant"):
        assert origin in text
    assert "Guaranteed" not in text and "Commercial" in text
    assert "Pull strength (N)" in text
    assert "Acknowledged: Sent to the" in text and "London Assay Office" in text
    assert "Open" in text
    assert "Maker's mark AUR" in text
    assert "EU REACH Annex XVII entry 27" in text
    for figure, caption in enumerate(["Render, front", "Approved sample on the bench"], 1):
        assert f"Figure {figure} {caption}" in text
    assert "Golden sample: hold production to this finish" in text  # no "ﬁ" ligature
    assert "ﬁ" not in text and "ﬂ" not in text


@pytest.mark.integration
def test_every_page_has_the_header_and_page_n_of_m(render):
    pdf = render(techpack_samples.full_snapshot())
    pages = pdf.page_texts()
    assert len(pages) == pdf.pages
    for number, page in enumerate(pages, start=1):
        lines = [line for line in page.splitlines() if line.strip()]
        assert lines[0].strip().startswith(HEADER), lines[0]
        assert lines[-1].strip().endswith(f"Page {number} of {pdf.pages}"), lines[-1]
        assert page.count("Page ") == 1


@pytest.mark.integration
def test_a_draft_says_draft_and_every_empty_section_says_none_specified(render):
    pdf = render(techpack_samples.sparse_snapshot(), with_logo=False)
    pages = pdf.page_texts()
    for page in pages:
        assert _squashed(page).strip().startswith("Aurelia Studio · ER-007 · Rev A · DRAFT")
    text = _squashed(pdf.text())
    assert "not for production" in text
    for number, title in enumerate(SECTIONS, start=1):
        assert f"{number} {title}" in text, title
    for stage in techpack_samples.QC_STAGES:
        assert stage in text
    assert text.count("None specified") >= 8
    for phrase in ("No dimensions specified", "No metals specified", "No packaging specified",
                   "None raised", "No cover image"):
        assert phrase in text
    assert "Finished weight —" in text
    assert "Maker's mark —" in text
    assert "Collection —" in text


@pytest.mark.integration
@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_a_40_row_table_splits_across_pages_without_losing_a_row(render, page_size):
    snapshot = techpack_samples.with_many_stones(techpack_samples.full_snapshot(), 40)
    pdf = render(snapshot, page_size)
    pages = pdf.page_texts()
    found = [re.findall(r"position (\d\d)", page) for page in pages]
    numbers = [int(n) for page in found for n in page]
    assert numbers == list(range(1, 41)), "every row once, in order"
    spanned = [index for index, rows in enumerate(found) if rows]
    assert len(spanned) >= 2, "the table runs over a page break"
    for index in spanned:  # the header row repeats on every page the table spans
        assert re.search(r"Type\s+Origin\s+Shape", pages[index])
    assert "40 stones in total." in _squashed(pdf.text())


@pytest.mark.integration
@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_a_row_that_wraps_is_never_split_across_pages(render, page_size):
    pdf = render(techpack_samples.with_many_stones(techpack_samples.full_snapshot(), 40),
                 page_size)
    assert "round brilliant, position" not in _squashed(pdf.text()), "each row wraps"
    for page in pdf.page_texts():  # both lines of a row on the same page
        assert page.count("round brilliant,") == len(re.findall(r"position \d\d", page))


@pytest.mark.integration
def test_a_row_longer_than_a_page_still_prints_whole(render):
    snapshot = techpack_samples.full_snapshot()
    words = " ".join(f"word{n:04d}" for n in range(1, 1501))
    snapshot["dfm_warnings"][0]["why"] = words
    text = _squashed(render(snapshot).text())
    # Qt splits such a row itself, line by line; the last line before each break is also
    # drawn, clipped out of sight, under the repeated header row on the next page, so the
    # PDF's text layer holds it twice. Every word is there, in order.
    words = re.findall(r"word(\d{4})", text)
    assert list(dict.fromkeys(words)) == [f"{n:04d}" for n in range(1, 1501)]


@pytest.mark.integration
def test_no_heading_is_left_at_the_foot_of_a_page(render):
    snapshot = techpack_samples.with_many_stones(
        techpack_samples.with_many_dimensions(techpack_samples.full_snapshot(), 30), 40)
    headings = {f"{number} {title}" for number, title in enumerate(SECTIONS, start=1)}
    for page_size in ("A4", "Letter"):
        pdf = render(snapshot, page_size, name=f"{page_size}.pdf")
        for page in pdf.page_texts():
            body = [_squashed(line).strip() for line in page.splitlines() if line.strip()][1:-1]
            last = body[-1]
            assert last not in headings and not last.startswith("Figure "), (page_size, last)


@pytest.mark.integration
def test_pages_render_and_none_is_blank(render, tmp_path):
    pdf = render(techpack_samples.full_snapshot())
    pngs = pdf.to_png(tmp_path / "pages", "page", 60)
    assert len(pngs) == pdf.pages
    for png in pngs:
        image = QImage(str(png))
        assert not image.isNull()
        # Between header and footer (the body), something is printed in dark ink.
        top, bottom = int(image.height() * 0.09), int(image.height() * 0.9)
        assert _inked_pixels(image, top, bottom) > 300, png.name


def _inked_pixels(image: QImage, top: int, bottom: int, darker_than: int = 200) -> int:
    """Pixels between rows top and bottom that are not paper (every other pixel counted)."""
    count = 0
    for y in range(top, bottom, 2):
        for x in range(0, image.width(), 2):
            if QColor(image.pixel(x, y)).lightness() < darker_than:
                count += 1
    return count


@pytest.mark.integration
def test_print_is_dark_on_white_even_under_a_dark_desktop_theme(qapp, render, tmp_path):
    original = qapp.palette()
    dark = QPalette(original)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        dark.setColor(role, QColor("white"))
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
        dark.setColor(role, QColor("#202020"))
    qapp.setPalette(dark)
    try:
        pdf = render(techpack_samples.sparse_snapshot(), with_logo=False)
    finally:
        qapp.setPalette(original)
    page = QImage(str(pdf.to_png(tmp_path / "dark", "page", 60)[1]))
    assert QColor(page.pixel(5, 5)).lightness() > 250, "paper stays white"
    assert _inked_pixels(page, int(page.height() * 0.09), int(page.height() * 0.9), 110) > 200


@pytest.mark.integration
def test_images_print_at_print_resolution_and_are_never_blown_up(render):
    pdf = render(techpack_samples.full_snapshot())
    rows = [line.split() for line in poppler("pdfimages", "-list", str(pdf.path)).splitlines()
            [2:]]
    # page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    images = [(int(r[3]), int(r[4]), int(r[12])) for r in rows if r[2] == "image"]
    assert len(images) == 1 + 1 + 6, "logo, cover and six figures"
    for width, height, ppi in images:
        assert 150 <= ppi <= 310, (width, height, ppi)
    small = [ppi for width, _, ppi in images if width == 320]
    assert small and all(149 <= ppi <= 151 for ppi in small), "shown at its own size, no bigger"


@pytest.mark.integration
def test_callouts_are_drawn_on_the_image_and_listed(render):
    text = _squashed(render(techpack_samples.full_snapshot()).text())
    legend = re.search(r"Figure 1 Render, front(.*?)Figure 2", text, re.S)
    assert legend
    lines = [line.strip() for line in legend[1].splitlines() if line.strip()]
    assert [line for line in lines if line[:2] in ("1 ", "2 ", "3 ")] == [
        "1 Bail: inner opening 3.00 mm",
        "2 Claw tips 0.90 mm, V-tip covers the pear's point",
        "3 Halo melee set level, no raised stones"]


def test_the_markers_change_the_pixels_they_cover(qapp):
    from jewelbench.reports.techpack_images import Callout, draw_callouts

    image = QImage(400, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    marked = draw_callouts(image, [Callout(0.5, 0.2), Callout(0.1, 0.9)])
    assert marked.size() == image.size()
    assert QColor(marked.pixel(200, 80)).lightness() < 120, "the point itself is marked"
    assert image.pixel(200, 80) == QColor("white").rgb(), "the original is left alone"


@pytest.mark.integration
def test_an_unreadable_image_prints_as_a_note_not_a_failure(render, drawn_images):
    images = dict(drawn_images)
    images[13] = b"this is not an image"
    del images[14]  # the loader raises KeyError for it
    text = _squashed(render(techpack_samples.full_snapshot(), images=images).text())
    assert "The image (13) could not be read." in text
    assert "The image (14) could not be read." in text
    assert "Figure 6 Packaging" in text


@pytest.mark.integration
def test_text_from_the_user_is_printed_as_typed_never_as_markup(render):
    snapshot = techpack_samples.sparse_snapshot()
    snapshot["design"]["name"] = "Ring <b>Deluxe</b> & Co"
    snapshot["dfm_notes"] = "<img src='img://logo'> keep walls > 0.8 mm"
    snapshot["dimensions"] = [{"name": "Width", "nominal_mm": "NaN", "tolerance_mm": "0.1",
                               "critical": False}]
    text = _squashed(render(snapshot, with_logo=False).text())
    assert "Ring <b>Deluxe</b> & Co" in text
    assert "<img src='img://logo'> keep walls > 0.8 mm" in text


def test_a_newer_snapshot_format_is_refused(qapp, tmp_path):
    snapshot = techpack_samples.sparse_snapshot()
    snapshot["format"] = 99
    out = tmp_path / "new.pdf"
    with pytest.raises(TechPackError, match="newer"):
        render_techpack_pdf(snapshot, {}.__getitem__, None, out)
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_output_raises_and_leaves_nothing(qapp, tmp_path):
    out = tmp_path / "missing folder" / "techpack.pdf"
    with pytest.raises(TechPackError, match="cannot write"):
        render_techpack_pdf(techpack_samples.sparse_snapshot(), {}.__getitem__, None, out)
    assert list(tmp_path.iterdir()) == []


def test_a_failure_midway_keeps_the_old_pdf_and_leaves_no_partial(qapp, tmp_path, monkeypatch):
    out = tmp_path / "techpack.pdf"
    out.write_bytes(b"%PDF- the previous export")

    def broken(*args, **kwargs):
        raise TechPackError("the printer caught fire")

    monkeypatch.setattr(techpack_pdf, "print_document", broken)
    with pytest.raises(TechPackError):
        render_techpack_pdf(techpack_samples.sparse_snapshot(), {}.__getitem__, None, out)
    assert out.read_bytes() == b"%PDF- the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["techpack.pdf"]


def test_an_unknown_page_size_is_refused(qapp, tmp_path):
    with pytest.raises(ValueError, match="A4, Letter"):
        render_techpack_pdf(techpack_samples.sparse_snapshot(), {}.__getitem__, None,
                            tmp_path / "x.pdf", "A3")


@pytest.mark.integration
def test_the_same_document_prints_to_a_qprinter_as_a_preview_would(qapp, tmp_path,
                                                                    drawn_images, logo):
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    snapshot = techpack_samples.full_snapshot()
    document = build_document(snapshot, drawn_images.__getitem__, logo)
    as_built = document.toHtml()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.Letter),
                                      QPageLayout.Orientation.Portrait,
                                      QMarginsF(10, 10, 10, 10)))  # a printer's own margins
    pages = print_document(document, printer, page_header(snapshot))
    del printer
    assert document.toHtml() == as_built, "page breaks are made in a copy"
    text = _squashed(poppler("pdftotext", "-layout", str(tmp_path / "printer.pdf"), "-"))
    assert text.count(HEADER) == pages
    assert f"Page {pages} of {pages}" in text
    # The document outlives the printer, and is left as it was: printed again on A4 it
    # paginates exactly as a fresh one does.
    again = techpack_pdf.pdf_writer(tmp_path / "again.pdf", "A4", "again")
    assert print_document(document, again, page_header(snapshot)) == \
        render_techpack_pdf(snapshot, drawn_images.__getitem__, logo, tmp_path / "fresh.pdf")
    del again
    assert poppler("pdftotext", "-layout", str(tmp_path / "again.pdf"), "-") == \
        poppler("pdftotext", "-layout", str(tmp_path / "fresh.pdf"), "-")


@pytest.mark.integration
def test_the_rendered_pages_are_kept_for_a_person_to_look_at(render, artifacts_dir):
    """tests/artifacts/techpack-pdf-*.png: the pages as a factory sees them (not checked
    here)."""
    for old in artifacts_dir.glob("techpack-pdf-*.png"):
        old.unlink()
    long_tables = techpack_samples.with_many_stones(techpack_samples.full_snapshot(), 40)
    for name, snapshot, page_size in [
            ("techpack-pdf-a4", techpack_samples.full_snapshot(), "A4"),
            ("techpack-pdf-letter", techpack_samples.full_snapshot(), "Letter"),
            ("techpack-pdf-draft", techpack_samples.sparse_snapshot(), "A4"),
            ("techpack-pdf-long-table", long_tables, "Letter")]:
        pdf = render(snapshot, page_size, name=f"{name}.pdf",
                     with_logo=snapshot["brand"]["has_logo"])
        assert len(pdf.to_png(artifacts_dir, name, 80)) == pdf.pages


@pytest.mark.integration
def test_without_a_brand_profile_nothing_stands_in_for_its_name(render):
    snapshot = techpack_samples.full_snapshot()
    snapshot["brand"] = {"name": "", "address": "", "has_logo": False}
    pdf = render(snapshot, with_logo=False)
    lines = [line.strip() for page in pdf.page_texts() for line in page.splitlines()]
    assert "—" not in lines, "no lone dash where the brand's name would be"
    cover = [line for line in lines[:12] if line]
    assert cover[0].startswith("PD-031 · Rev B"), cover
