"""Print Preview… from the tech pack editor: the real preview dialog opens (offscreen, no
blocking exec), paints every page on the paper chosen beside the button, and shows as many pages
as the PDF of the same revision on that paper."""

from __future__ import annotations

import gc
import weakref

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from qt_helpers import laid_out

from jewelbench.ui.techpacks import printing as printing_module

EDITOR_SIZE = (1300, 720)

# The paper's size in millimetres, as printed on the packet: ISO 216 A4; US Letter 8.5 × 11 in.
PAPER_MM = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}


def _open_preview(qtbot, editor, paper: str) -> tuple[QPrintPreviewDialog, QPrintPreviewWidget]:
    """Choose the paper and press Print Preview… as a user does; the dialog it opened."""
    editor.page_size.setCurrentText(paper)
    qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    dialogs = [dialog for dialog in editor.findChildren(QPrintPreviewDialog)
               if dialog.isVisible()]
    assert len(dialogs) == 1, editor.message.text() if hasattr(editor, "message") else ""
    preview = dialogs[0]
    qtbot.waitExposed(preview)
    widget = preview.findChild(QPrintPreviewWidget)
    assert widget is not None
    return preview, widget


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_print_preview_paints_every_page_on_the_chosen_paper(qtbot, open_editor, tmp_path,
                                                               artifacts_dir, paper):
    editor = open_editor("RG-014", EDITOR_SIZE)
    editor.revision_list.setCurrentRow(0)  # the issued revision A
    painted: list[int] = []
    preview, widget = _open_preview(qtbot, editor, paper)
    preview.paintRequested.connect(lambda _printer: painted.append(1))
    try:
        layout = preview.printer().pageLayout()
        width, height = PAPER_MM[paper]
        size = layout.pageSize().size(QPageSize.Unit.Millimeter)
        assert (round(size.width(), 1), round(size.height(), 1)) == (width, height)
        assert layout.orientation() == QPageLayout.Orientation.Portrait

        pdf_pages = editor.export_pdf(tmp_path / f"rev A {paper}.pdf", paper)
        assert pdf_pages >= 2
        assert widget.pageCount() == pdf_pages

        widget.updatePreview()  # as Page Setup does: it paints again
        assert painted == [1]
        assert widget.pageCount() == pdf_pages
        preview.resize(900, 700)
        widget.setViewMode(QPrintPreviewWidget.ViewMode.AllPagesView)
        qtbot.waitUntil(lambda: laid_out(preview))
        widget.grab().save(str(artifacts_dir / f"techpack-print-preview-{paper}.png"))
    finally:
        preview.close()


def test_a4_and_letter_differ_in_the_preview(qtbot, open_editor):
    editor = open_editor("RG-014", EDITOR_SIZE)
    editor.revision_list.setCurrentRow(0)
    heights = {}
    for paper in ("A4", "Letter"):
        preview, widget = _open_preview(qtbot, editor, paper)
        rect = preview.printer().pageLayout().fullRectPoints()
        heights[paper] = (rect.width(), rect.height())
        assert widget.pageCount() >= 2
        preview.close()
    # 1 pt = 1/72 in: A4 is 595 × 842 pt, Letter 612 × 792 pt.
    assert heights == {"A4": (595, 842), "Letter": (612, 792)}


def test_the_preview_keeps_its_printer_while_it_is_open(qtbot, open_editor, monkeypatch):
    """Qt does not own the preview's printer: had Python collected it when print_preview()
    returned, Print or Page Setup in the open dialog would use a deleted printer (a crash).
    (Today a reference PySide keeps from QAbstractTextDocumentLayout.setPaintDevice also
    holds it; the dialog must not depend on that.)"""
    made: list[weakref.ref[QPrinter]] = []

    class CountedPrinter(QPrinter):
        def __init__(self, *args: object) -> None:
            super().__init__(*args)
            made.append(weakref.ref(self))

    monkeypatch.setattr(printing_module, "QPrinter", CountedPrinter)
    editor = open_editor("RG-014", EDITOR_SIZE)
    editor.revision_list.setCurrentRow(0)
    preview, widget = _open_preview(qtbot, editor, "A4")
    gc.collect()
    assert len(made) == 1 and made[0]() is not None
    assert preview.printer() is made[0]()
    pages = widget.pageCount()
    widget.updatePreview()
    assert widget.pageCount() == pages >= 2
    preview.close()  # and the dialog goes away with it
    qtbot.waitUntil(lambda: not editor.findChildren(QPrintPreviewDialog))
