"""On a dark desktop the tech pack is still shown as it prints: dark ink on a white page (found
on the new user's road in the dark, issue 12: the design's code, name and values were dark grey
on near-black, unreadable)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from jewelbench.app.main import apply_style
from jewelbench.storage import Workspace
from jewelbench.ui.main_window import MainWindow
from jewelbench.ui.techpacks import TechPackEditor

DARK = {"Window": "#202124", "WindowText": "#e8eaed", "Base": "#17181a", "Text": "#e8eaed",
        "Button": "#2d2e31", "ButtonText": "#e8eaed"}


def test_the_tech_pack_reads_as_ink_on_paper_on_a_dark_desktop(qtbot, qapp, demo_copy,
                                                               settings, tmp_path):
    light = qapp.palette()
    dark = QPalette(light)
    for role, colour in DARK.items():
        dark.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    qapp.setPalette(dark)
    try:
        apply_style(qapp)
        window = MainWindow(settings, Workspace.open(demo_copy), tmp_path)
        qtbot.addWidget(window)
        workspace = window.workspace
        design_id = workspace.designs.id_for_code("RG-014")
        assert design_id is not None
        editor = TechPackEditor(workspace, design_id, window.undo, settings, window)
        qtbot.addWidget(editor)
        editor.resize(1180, 720)
        editor.show()
        qtbot.waitExposed(editor)
        editor.revision_list.setCurrentRow(0)  # revision A, issued
        editor.tabs.setCurrentWidget(editor.document_view)
        assert "RG-014" in editor.document_view.toPlainText()
        page = editor.document_view.viewport().grab().toImage()
        background = page.pixelColor(4, page.height() - 4)
        assert background.lightness() > 245, background.name()
        # the darkest pixel drawn is the ink: it stands out from the page
        darkest = min(page.pixelColor(x, y).lightness()
                      for x in range(0, page.width(), 3) for y in range(0, page.height(), 3))
        assert darkest < 90
        editor.close()
        window.close()
    finally:
        qapp.setPalette(light)
