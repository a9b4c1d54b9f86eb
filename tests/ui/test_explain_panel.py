"""The "How this number is made" panel under the comparison says a message as it is written:
an "&" or "<" in it reads as typed, never as "&amp;" (found on the new user's road, issue 12:
"make one under Scenarios &amp; Prices")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from jewelbench.ui.costs.explain import ExplanationPanel

MESSAGE = "There is no in-house scenario yet: make one under Scenarios & Prices (< 1 min)."


def shown(label) -> str:
    """The text a QLabel draws (rich text rendered, plain text as it is)."""
    if label.textFormat() == Qt.TextFormat.PlainText:
        return label.text()
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def test_a_message_with_an_ampersand_reads_as_written(qtbot):
    panel = ExplanationPanel()
    qtbot.addWidget(panel)
    panel.show_text("Why there is nothing to show", [MESSAGE, "and a second line"])
    assert panel.formula.textFormat() == Qt.TextFormat.RichText
    assert shown(panel.formula) == f"{MESSAGE}\nand a second line"


def test_a_single_line_message_reads_as_written(qtbot):
    panel = ExplanationPanel()
    qtbot.addWidget(panel)
    panel.show_text("Why there is nothing to show", [MESSAGE])
    assert shown(panel.formula) == MESSAGE
    first = panel.tree.topLevelItem(0)
    assert first is not None
    panel.tree.setCurrentItem(first)  # the message chosen in the tree
    assert shown(panel.formula) == MESSAGE
