"""The Brand Profile dialog: name, address and logo saved as they are edited, each change one
undoable step; unusable logo files refused with the reason; new tech packs print the brand."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QPainter
from PySide6.QtWidgets import QApplication
from ui_helpers import close_if_alive

from jewelbench.domain.brand import Brand
from jewelbench.domain.techpacks import RevisionStatus
from jewelbench.reports.techpack_pdf import render_techpack_pdf
from jewelbench.storage import Workspace

DEMO_BRAND = "Aurelia Studio"


@pytest.fixture
def dialog(qtbot, window):
    window.brand_action.trigger()
    dialog = window.brand_dialog
    qtbot.waitExposed(dialog)
    yield dialog
    if window.brand_dialog is not None:
        close_if_alive(dialog)


def _logo_png(path, width=400, height=160) -> None:
    """A wide logo on a transparent background: a gold disc and a bar."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#c9a227"))
    painter.drawEllipse(10, 10, height - 20, height - 20)
    painter.setBrush(QColor("#2f4358"))
    painter.drawRect(height + 10, height // 2 - 18, width - height - 30, 36)
    painter.end()
    assert image.save(str(path), "PNG")


def _bomb_png(path, side=30000) -> None:
    """A tiny PNG whose header claims 30,000 × 30,000 pixels (a decompression bomb)."""
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                     + chunk(b"IDAT", zlib.compress(b"\x00" * 1000)) + chunk(b"IEND", b""))


def _truncated_png(path) -> None:
    _logo_png(path)
    path.write_bytes(path.read_bytes()[:300])


def _too_big(path) -> None:
    with path.open("wb") as handle:
        handle.truncate(11 * 1024 * 1024)


def _type_into(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_the_brand_is_shown_and_the_menu_opens_one_dialog(qtbot, window, dialog):
    assert dialog.name.text() == DEMO_BRAND
    assert "Jewellery Quarter" in dialog.address.toPlainText()
    assert dialog.logo_view.image is not None, "the demo brand has a logo"
    assert dialog.remove_button.isEnabled()
    assert "issued revisions keep the brand" in " ".join(
        label.text() for label in dialog.findChildren(type(dialog.status)))
    assert window.brand_action in window.file_menu.actions()
    window.brand_action.trigger()
    assert window.brand_dialog is dialog, "opening it again raises the one already open"


def test_name_and_address_are_saved_when_editing_finishes(qtbot, window, dialog):
    qtbot.waitActive(dialog)
    _type_into(qtbot, dialog.name, "Maison Lune")
    assert window.workspace.brand.get().name == DEMO_BRAND, "nothing saved while typing"
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)  # leaving the field saves it
    assert dialog.address.hasFocus()
    assert window.workspace.brand.get().name == "Maison Lune"

    dialog.address.selectAll()
    qtbot.keyClicks(dialog.address, "Maison Lune")
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.address, "3 rue des Orfevres")
    dialog.address.insertPlainText(", 75001 Paris — France")  # QTest types ASCII only
    dialog.choose_button.setFocus()  # focus leaves the address
    brand = window.workspace.brand.get()
    assert brand.address == "Maison Lune\n3 rue des Orfevres, 75001 Paris — France"
    assert brand.logo is not None, "the logo is untouched"
    assert window.undo_action.text() == "&Undo Change brand address"
    assert "Saved" in dialog.status.text()


def test_return_in_the_name_saves_it_and_the_dialog_stays(qtbot, window, dialog):
    qtbot.waitActive(dialog)
    _type_into(qtbot, dialog.name, "Maison Lune")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert window.workspace.brand.get().name == "Maison Lune"
    assert dialog.isVisible() and not hasattr(dialog, "file_dialog")


def test_a_chosen_logo_is_stored_and_shown(qtbot, window, dialog, tmp_path):
    logo = tmp_path / "maison-lune.png"
    _logo_png(logo)
    assert dialog.use_logo_file(logo) is None
    brand = window.workspace.brand.get()
    assert brand.logo == logo.read_bytes(), "the file's own bytes are kept"
    assert brand.logo_mime_type == "image/png"
    assert brand.name == DEMO_BRAND
    assert (dialog.logo_view.image.width(), dialog.logo_view.image.height()) == (400, 160)
    shown = dialog.logo_view.image_rect()
    assert shown.width() / shown.height() == pytest.approx(400 / 160, rel=0.02), \
        "the preview keeps the logo's aspect"
    assert shown.width() <= dialog.logo_view.width()
    assert "400 × 160 px" in dialog.logo_info.text()
    assert not dialog.logo_error.isVisible()


def test_an_svg_logo_is_refused_with_the_reason_and_the_logo_kept(qtbot, window, dialog,
                                                                   tmp_path):
    """SVG is not one of the formats jewelbench takes in (issue 13, item 6): its reader is
    one more parser of outside bytes, and a logo must print the same everywhere."""
    kept = tmp_path / "kept.png"
    _logo_png(kept, 200, 80)
    assert dialog.use_logo_file(kept) is None
    logo = tmp_path / "mark.png"  # named .png: the content decides, not the name
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100">'
                    '<circle cx="50" cy="50" r="40" fill="#c9a227"/></svg>')
    reason = dialog.use_logo_file(logo)
    assert reason == ("“mark.png” was not used as the logo: it is an SVG drawing, not an image "
                      "format jewelbench takes (PNG, JPEG, WebP, GIF, BMP).")
    assert dialog.logo_error.text() == reason and dialog.logo_error.isVisible()
    brand = window.workspace.brand.get()
    assert (brand.logo, brand.logo_mime_type) == (kept.read_bytes(), "image/png")
    assert dialog.logo_info.text().startswith("PNG · 200 × 80 px")


def test_an_svg_logo_an_older_version_stored_is_kept_but_not_shown(qtbot, window, tmp_path):
    """Files written before SVG was refused may hold an SVG logo: the workspace opens, the
    dialog says why the logo is not shown, the bytes stay until the user replaces them, and a
    draft tech pack prints without a logo (never a crash)."""
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100">'
           b'<circle cx="50" cy="50" r="40" fill="#c9a227"/></svg>')
    window.workspace.brand.set(Brand("Maison Lune", "", svg, "image/svg+xml"))
    window.brand_action.trigger()
    dialog = window.brand_dialog
    qtbot.waitExposed(dialog)
    assert dialog.logo_view.image is None
    assert dialog.logo_view.placeholder == (
        "The stored logo cannot be shown: it is an SVG drawing, not an image format jewelbench "
        "takes (PNG, JPEG, WebP, GIF, BMP).")
    assert window.workspace.brand.get().logo == svg
    assert dialog.remove_button.isEnabled()
    tech_packs = window.workspace.tech_packs
    design = window.workspace.designs.get_by_code("PD-012")
    draft = next(r for r in tech_packs.for_design(design.id)
                 if r.status is RevisionStatus.DRAFT)
    logo = tech_packs.brand_logo(draft.id)
    assert logo is not None and logo[0] == svg
    pages = render_techpack_pdf(tech_packs.snapshot(draft.id),
                                lambda image_id: tech_packs.image_for_snapshot(draft.id,
                                                                               image_id),
                                logo[0], tmp_path / "draft.pdf")
    assert pages >= 2
    close_if_alive(dialog)


def test_a_logo_dropped_on_the_preview_is_used(qtbot, window, dialog, tmp_path):
    logo = tmp_path / "dropped.png"
    _logo_png(logo, 300, 300)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(logo))])
    # As a file manager does: the drag enters (and is accepted), then the drop.
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dialog.logo_view, enter)
    assert enter.isAccepted(), "the logo area accepts dragged files"
    drop = QDropEvent(QPointF(QPoint(20, 20)), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dialog.logo_view, drop)
    assert window.workspace.brand.get().logo == logo.read_bytes()
    assert dialog.logo_view.image.width() == 300


@pytest.mark.parametrize("make, reason", [
    (lambda p: p.write_text("Maison Lune — notes, not a picture"), "not an image"),
    (_truncated_png, "the PNG file is cut short"),
    (_bomb_png, "too large"),
    (_too_big, "larger than 10 MB"),
], ids=["text-renamed-png", "truncated-png", "decompression-bomb", "over-10-MB"])
def test_an_unusable_logo_file_is_refused_and_the_logo_kept(qtbot, window, dialog, tmp_path,
                                                           make, reason):
    before = window.workspace.brand.get()
    steps = window.undo.stack.count()
    bad = tmp_path / "logo.png"
    make(bad)
    message = dialog.use_logo_file(bad)
    assert message is not None and reason in message and "logo.png" in message
    assert dialog.logo_error.isVisible() and reason in dialog.logo_error.text()
    assert "Saved" not in dialog.status.text(), "the reason is beside the logo, not a stale Saved."
    assert window.workspace.brand.get() == before
    assert window.undo.stack.count() == steps, "nothing to undo"
    assert dialog.logo_view.image is not None, "the stored logo still shows"


def test_removing_the_logo_and_undo_brings_it_back(qtbot, window, dialog):
    logo = window.workspace.brand.get().logo
    dialog.remove_button.click()
    assert window.workspace.brand.get().logo is None
    assert window.workspace.brand.get().logo_mime_type is None
    assert dialog.logo_view.image is None and not dialog.remove_button.isEnabled()
    window.undo.stack.undo()
    assert window.workspace.brand.get().logo == logo
    assert dialog.logo_view.image is not None and dialog.remove_button.isEnabled()


def test_undo_and_redo_anywhere_show_in_the_dialog(qtbot, window, dialog, tmp_path):
    before = window.workspace.brand.get()
    dialog.name.setText("Maison Lune")
    dialog.name.editingFinished.emit()
    logo = tmp_path / "new.png"
    _logo_png(logo)
    dialog.use_logo_file(logo)
    assert window.undo.stack.count() == 2

    window.undo.stack.undo()  # the logo
    window.undo.stack.undo()  # the name
    assert window.workspace.brand.get() == before
    assert dialog.name.text() == DEMO_BRAND
    assert dialog.logo_view.image.size() != QImage(str(logo)).size()

    window.undo.stack.redo()
    assert window.workspace.brand.get().name == "Maison Lune"
    assert dialog.name.text() == "Maison Lune"


def test_a_name_longer_than_the_brand_allows_is_refused_beside_the_field(qtbot, window,
                                                                        dialog):
    dialog.address.setPlainText("x" * 2001)
    dialog._address_finished()
    assert dialog.address_error.isVisible()
    assert "longer than 2000" in dialog.address_error.text()
    assert dialog.address.toPlainText() == "x" * 2001, "what was typed stays, to be fixed"
    assert "Jewellery Quarter" in window.workspace.brand.get().address


def test_closing_saves_what_is_being_typed(qtbot, window, dialog):
    dialog.address.setPlainText("Studio 4, Hatton Garden, London")
    dialog.reject()  # Escape
    assert window.workspace.brand.get().address == "Studio 4, Hatton Garden, London"
    assert window.brand_dialog is None


def test_a_read_only_workspace_has_no_brand_editing(qtbot, window, dialog, demo_path,
                                                    tmp_path):
    other = tmp_path / "other.jewelbench"
    shutil.copy(demo_path, other)
    window.switch_to(Workspace.open(other, read_only=True))
    assert not window.brand_action.isEnabled()
    assert window.brand_dialog is None, "the open dialog closed with its workspace"
    window.open_path(window.settings.value("recent")[1])
    assert not window.workspace.read_only and window.brand_action.isEnabled()


@pytest.mark.integration
def test_a_draft_tech_pack_prints_the_new_brand_an_issued_one_its_own(qtbot, window, dialog,
                                                                      tmp_path):
    dialog.name.setText("Maison Lune")
    dialog.name.editingFinished.emit()
    tech_packs = window.workspace.tech_packs
    design = window.workspace.designs.get_by_code("PD-012")  # issued A and a draft B

    def printed(status: RevisionStatus) -> list[str]:
        revision = next(r for r in tech_packs.for_design(design.id) if r.status is status)
        out = tmp_path / f"{revision.revision}.pdf"
        logo = tech_packs.brand_logo(revision.id)
        pages = render_techpack_pdf(
            tech_packs.snapshot(revision.id),
            lambda image_id: tech_packs.image_for_snapshot(revision.id, image_id),
            logo[0] if logo else None, out)
        text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                              text=True, check=True, timeout=60).stdout
        return text.split("\f")[:pages]

    draft = printed(RevisionStatus.DRAFT)
    assert len(draft) >= 2 and all("Maison Lune" in page for page in draft), \
        "the brand is in every page's header"
    issued = printed(RevisionStatus.ISSUED)
    assert all(DEMO_BRAND in page and "Maison Lune" not in page for page in issued)


def test_screenshot(qtbot, window, dialog, artifacts_dir, tmp_path):
    """At its default size on a 1366 × 768 laptop, with the demo brand, then a refusal."""
    assert dialog.width() <= 1366 and dialog.height() <= 768
    dialog.grab().save(str(artifacts_dir / "brand-dialog.png"))
    bad = tmp_path / "scan.png"
    bad.write_text("not a picture")
    dialog.use_logo_file(bad)
    dialog.grab().save(str(artifacts_dir / "brand-dialog-refused.png"))
    dialog.remove_button.click()
    dialog.grab().save(str(artifacts_dir / "brand-dialog-empty.png"))
