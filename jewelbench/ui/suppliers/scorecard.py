"""A supplier's scorecard as text: each figure, and below it how it was computed."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from jewelbench.domain.messages import fill
from jewelbench.domain.scorecard import Scorecard
from jewelbench.ui import i18n
from jewelbench.ui.formatting import integer_text

DETAIL_LIMIT = 25  # workings shown under each figure; a long history says how many more


def scorecard_html(scorecard: Scorecard) -> str:
    """Each figure with its workings. A history of thousands of designs would make a label
    that takes seconds to lay out: the first DETAIL_LIMIT lines of each figure's workings are
    shown, and how many more there are."""
    parts: list[str] = []
    for title, details in scorecard.sections():
        parts.append(f"<p style='margin-top:8px; margin-bottom:2px'><b>"
                     f"{html.escape(i18n.say(title))}"
                     "</b></p>")
        if details:
            shown = details if len(details) <= DETAIL_LIMIT + 1 else details[:DETAIL_LIMIT]
            items = "".join(f"<li>{html.escape(line)}</li>" for line in shown)
            if len(shown) < len(details):
                more = fill(QCoreApplication.translate("suppliers", "… and {count} more lines"),
                            count=integer_text(len(details) - len(shown)))
                items += f"<li><i>{html.escape(more)}</i></li>"
            parts.append(f"<ul style='margin-top:0px; margin-left:-20px'>{items}</ul>")
    return "".join(parts)


class ScorecardText(QLabel):
    """The scorecard's sections; selectable, so a figure can be copied into an e-mail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scorecardText")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.scorecard: Scorecard | None = None

    def show_scorecard(self, scorecard: Scorecard | None, note: str = "") -> None:
        """note: what shows while there is no scorecard (it is being computed, or why not)."""
        self.scorecard = scorecard
        if scorecard is None:
            self.setText(f"<p><i>{html.escape(note)}</i></p>" if note else "")
            return
        self.setText(scorecard_html(scorecard))

    def lines(self) -> list[str]:
        """What is shown, as plain lines (for tests and copying)."""
        return self.scorecard.explain() if self.scorecard else []
