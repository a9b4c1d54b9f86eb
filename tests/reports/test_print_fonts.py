"""Printed pages are set in the DejaVu Sans jewelbench ships (resources/fonts/), whatever fonts
the computer has: a factory and a designer printing the same revision get the same pages.

Expected values come from the font files themselves (their advance widths, read from their
'hmtx' table), never from what the layout printed."""

from __future__ import annotations

import io
import re
import struct
import tokenize
from pathlib import Path

import pytest
import techpack_samples
from pdf_helpers import RenderedPdf, poppler
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetricsF, QRawFont

from jewelbench.reports import print_fonts
from jewelbench.reports.techpack_pdf import BODY_PT, body_font, build_document, pdf_writer
from jewelbench.resources import resource_path

FONTS = resource_path("fonts")
FACES = {  # (bold, italic): the file that face must come from
    (False, False): "DejaVuSans.ttf",
    (True, False): "DejaVuSans-Bold.ttf",
    (False, True): "DejaVuSans-Oblique.ttf",
    (True, True): "DejaVuSans-BoldOblique.ttf",
}
SAMPLE = "Centre stone seat diameter 6.50 ± 0.05 mm ★ → × ÷ ≤ µg/cm² æøå ÆØÅ € fi AVATAR"
PACKAGE = Path(__file__).resolve().parents[2] / "jewelbench"


def face(bold: bool, italic: bool, point_size: float = BODY_PT) -> QFont:
    font = body_font(point_size)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def design_advance(path: Path, char: str, pixel_size: float) -> float:
    """char's advance at pixel_size, from the file's own 'hmtx' table and units per em."""
    raw = QRawFont(str(path), pixel_size)
    assert raw.isValid(), path
    (glyph,) = raw.glyphIndexesForString(char)
    assert glyph, f"{path.name} has no glyph for {char!r}"
    metrics_count = struct.unpack_from(">H", bytes(raw.fontTable("hhea")), 34)[0]
    hmtx = bytes(raw.fontTable("hmtx"))
    units = struct.unpack_from(">H", hmtx, 4 * min(glyph, metrics_count - 1))[0]
    return units * pixel_size / raw.unitsPerEm()


def test_the_four_faces_and_their_licence_are_shipped():
    for name in FACES.values():
        assert (FONTS / name).stat().st_size > 100_000, name
    licence = (FONTS / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera Fonts Copyright" in licence and "Arev Fonts Copyright" in licence


def test_every_character_the_printed_pages_write_is_in_every_face(qapp):
    """The characters in reports' and domain's strings (★ → ▸ × ÷ Σ ≤ ± µ ⌈ ⌉ φ …), and
    Nordic letters a user may type, come from the shipped font, not a stand-in."""
    written = set("æøåÆØÅ€")
    for path in [*(PACKAGE / "reports").glob("*.py"), *(PACKAGE / "domain").rglob("*.py")]:
        source = path.read_text(encoding="utf-8")
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.STRING or token.type == getattr(
                    tokenize, "FSTRING_MIDDLE", tokenize.STRING):
                written |= {char for char in token.string if ord(char) > 127}
    assert {"★", "→", "▸", "⌈", "Σ"} <= written, "the source scan found the print symbols"
    for name in FACES.values():
        raw = QRawFont(str(FONTS / name), 12)
        assert [char for char in sorted(written) if not raw.supportsCharacter(ord(char))] == []


def test_printed_pages_ask_for_the_shipped_family_in_all_four_faces(qapp):
    assert print_fonts.register().problems == ()
    assert print_fonts.families()[0] == print_fonts.FAMILY
    for (bold, italic), name in FACES.items():
        font = face(bold, italic)
        info = QFontInfo(font)
        shipped = QRawFont(str(FONTS / name), 12)
        assert info.family() == print_fonts.FAMILY
        # unhinted: no platform's hinting moves advances to whole device pixels
        assert font.hintingPreference() == QFont.HintingPreference.PreferNoHinting
        assert info.styleName() == shipped.styleName(), name
        used = QRawFont.fromFont(font)
        for table in ("glyf", "hmtx", "cmap"):  # the very outlines and widths of the file
            assert bytes(used.fontTable(table)) == bytes(shipped.fontTable(table)), (name, table)


def test_the_tech_pack_lays_out_with_the_fonts_design_metrics(qapp):
    document = build_document(techpack_samples.sparse_snapshot(), {}.__getitem__, None)
    assert document.useDesignMetrics()
    assert QFontInfo(document.defaultFont()).family() == print_fonts.FAMILY


@pytest.mark.parametrize(("bold", "italic"), sorted(FACES))
def test_text_is_measured_with_the_files_own_advances(qapp, tmp_path, bold, italic):
    """On the PDF's own 1200 dpi device, unhinted: each character is as wide as the font file
    says, so lines break in the same places on every computer."""
    writer = pdf_writer(tmp_path / "probe.pdf", "A4", "probe")
    metrics = QFontMetricsF(face(bold, italic), writer)
    pixel_size = round(BODY_PT * 1200 / 72)  # 166.7 px: Qt sizes fonts in whole pixels
    path = FONTS / FACES[bold, italic]
    for char in sorted(set(SAMPLE)):
        expected = design_advance(path, char, pixel_size)
        assert metrics.horizontalAdvance(char) == pytest.approx(expected, abs=1 / 64), char
    del writer


def _impostor(path: Path) -> bytes:
    """The regular face under its own name, "DejaVu Sans", with every advance half as wide
    again: another version of the family, as a computer may have installed."""
    tables = print_fonts.read_tables(path.read_bytes())
    metrics_count = struct.unpack_from(">H", tables[b"hhea"], 34)[0]
    hmtx = bytearray(tables[b"hmtx"])
    for index in range(metrics_count):
        (advance,) = struct.unpack_from(">H", hmtx, 4 * index)
        struct.pack_into(">H", hmtx, 4 * index, min(0xFFFF, advance * 3 // 2))
    tables[b"hmtx"] = bytes(hmtx)
    return print_fonts.write_tables(tables)


def test_another_dejavu_sans_on_the_computer_changes_nothing(qapp):
    print_fonts.register()
    impostor = QFontDatabase.addApplicationFontFromData(_impostor(FONTS / "DejaVuSans.ttf"))
    try:
        assert QFontDatabase.applicationFontFamilies(impostor) == ["DejaVu Sans"]
        plain = QFont()
        plain.setFamilies(["DejaVu Sans"])
        plain.setPixelSize(100)
        plain.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        # Qt takes the face registered last for a name: asking for "DejaVu Sans" gets the
        # impostor (which is why the shipped font is registered under a name of its own) …
        assert QFontMetricsF(plain).horizontalAdvance("x") == pytest.approx(
            design_advance(FONTS / "DejaVuSans.ttf", "x", 100) * 1.5, abs=0.02)
        # … while the printed pages' font still measures as the shipped file.
        body = body_font()
        body.setPixelSize(100)
        assert QFontInfo(body).family() == print_fonts.FAMILY
        assert QFontMetricsF(body).horizontalAdvance("x") == pytest.approx(
            design_advance(FONTS / "DejaVuSans.ttf", "x", 100), abs=1 / 64)
    finally:
        assert QFontDatabase.removeApplicationFont(impostor)


def _pdf_fonts(path: Path) -> list[tuple[str, str]]:
    """(name, embedded yes/no) of each font pdffonts lists (name type… encoding emb sub uni
    object-number generation)."""
    lines = poppler("pdffonts", str(path)).splitlines()[2:]
    return [(line.split()[0], line.split()[-5]) for line in lines if line.strip()]


@pytest.mark.integration
def test_pdfs_embed_the_shipped_font_and_no_other(render):
    pdf: RenderedPdf = render(techpack_samples.sparse_snapshot())  # italic "none" notes too
    fonts = _pdf_fonts(pdf.path)
    assert {name for name, _embedded in fonts} == {
        "DejaVuSansJewelbench", "DejaVuSansJewelbench-Bold", "DejaVuSansJewelbench-Oblique"}
    assert {embedded for _name, embedded in fonts} == {"yes"}


def test_a_font_folder_with_nothing_in_it_gives_reasons_and_the_system_fonts(qapp, tmp_path):
    registration = print_fonts.register_from(tmp_path)
    assert not registration.shipped
    assert registration.families == print_fonts.FALLBACK_FAMILIES
    assert len(registration.problems) == 5
    for name, problem in zip(print_fonts.FACES, registration.problems):
        assert problem.startswith(f"the print font {tmp_path / name} cannot be read")
    assert "this computer's own sans-serif fonts" in registration.problems[-1]


def test_damaged_or_foreign_font_files_are_refused_with_a_reason(qapp, tmp_path):
    regular = (FONTS / "DejaVuSans.ttf").read_bytes()
    other_family = print_fonts.rename_font(regular, "DejaVu Sans", "Other Sans")
    no_outlines = print_fonts.write_tables({b"name": print_fonts.read_tables(regular)[b"name"]})
    files = {
        "DejaVuSans.ttf": b"this is a text file, not a font",
        "DejaVuSans-Bold.ttf": regular[:5000],
        "DejaVuSans-Oblique.ttf": other_family,
        "DejaVuSans-BoldOblique.ttf": no_outlines,
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    registration = print_fonts.register_from(tmp_path)
    assert registration.families == print_fonts.FALLBACK_FAMILIES
    where = {name: f"the print font {tmp_path / name}" for name in files}
    first, cut, foreign, refused, fallback = registration.problems
    assert first == f"{where['DejaVuSans.ttf']} is damaged (not a TrueType font)"
    assert re.fullmatch(re.escape(f"{where['DejaVuSans-Bold.ttf']} is damaged (its ")
                        + "'....' table is cut short\\)", cut)
    assert foreign == (f"{where['DejaVuSans-Oblique.ttf']} is damaged "
                       "(its family is not DejaVu Sans)")
    assert refused == (f"{where['DejaVuSans-BoldOblique.ttf']} was refused by Qt "
                       "(not a font it can use)")
    assert "this computer's own sans-serif fonts" in fallback


def test_start_up_says_when_the_print_font_is_missing(qapp, tmp_path, monkeypatch):
    from jewelbench.app.main import print_font_notices

    monkeypatch.setattr(print_fonts, "_registered", None)
    monkeypatch.setattr(print_fonts, "fonts_folder", lambda: tmp_path)
    [(title, text, details)] = print_font_notices()
    assert title == "Print font missing"
    assert "may print differently from other computers" in text
    assert f"The print font {tmp_path / 'DejaVuSans.ttf'} cannot be read" in details
    monkeypatch.undo()
    assert print_font_notices() == []


def test_any_damage_to_a_font_file_is_a_reason_never_a_crash():
    """Cut short anywhere in its directory or naming table, or with any byte of them changed,
    a font is renamed or refused with FontFileError, and nothing else escapes."""
    regular = (FONTS / "DejaVuSans.ttf").read_bytes()
    tables = print_fonts.read_tables(regular)
    name_at = regular.index(tables[b"name"])
    spots = [*range(0, 12 + 16 * len(tables), 3), *range(name_at, name_at + 240, 2)]
    damaged = [regular[:cut] for cut in spots]
    for spot in spots:
        for value in (0x00, 0xFF):
            changed = bytearray(regular)
            changed[spot] = value
            damaged.append(bytes(changed))
    refused = 0
    for data in damaged:
        try:
            print_fonts.rename_font(data, "DejaVu Sans", "DejaVu Sans Jewelbench")
        except print_fonts.FontFileError as error:
            refused += 1
            assert str(error)
    assert refused >= len(spots), "every cut-short file at least is refused"
