"""Spin boxes that never take a number other than the one typed. Qt's own drop a character
they cannot use, so "1e3" typed as a volume became 13. Here such text stays as typed and is
refused with the reason beside the box; when the entry is left, the box goes back to the value
it had before the typing began."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Signal
from PySide6.QtGui import QFocusEvent, QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QSpinBox, QToolTip, QWidget

from jewelbench.domain.messages import fill

Verdict = tuple[QValidator.State, str, int]


translate = QCoreApplication.translate


class _Refusing:
    """What both kinds share; mixed into a QSpinBox or a QDoubleSpinBox."""

    refused_text = ""  # why the text as the user left it was refused; '' when it was not
    _verdict_text = ""  # the reason for the text last checked ('' if it was fine)

    def _start(self) -> None:
        box: QAbstractSpinBox = self  # type: ignore[assignment]
        self._before = box.value()  # type: ignore[attr-defined]
        box.editingFinished.connect(self._finished)
        # only the user's typing sets or clears the refusal, not Qt putting a value back
        box.lineEdit().textEdited.connect(self._typed)

    def _typed(self, _text: str) -> None:
        self.refused_text = self._verdict_text
        if not self.refused_text:
            self.setAccessibleDescription("")  # type: ignore[attr-defined]

    def _verdict(self, result: Verdict, text: str) -> Verdict:
        box: QAbstractSpinBox = self  # type: ignore[assignment]
        state, _kept, pos = result
        self._verdict_text = ""
        if state != QValidator.State.Invalid:
            return result
        body = text
        for part in (box.prefix(), box.suffix()):  # type: ignore[attr-defined]
            if part.strip():
                body = body.replace(part.strip(), "")
        message = fill(translate("SpinBox", "“{typed}” is not a number: type digits only."),
                       typed=body.strip())
        self._verdict_text = message
        box.setAccessibleDescription(message)
        box.setToolTip(message)
        self.refused.emit(message)  # type: ignore[attr-defined]
        if box.isVisible():
            QToolTip.showText(box.mapToGlobal(QPoint(0, box.height())), message, box)
        return QValidator.State.Intermediate, text, pos  # kept as typed, never "13"

    def _focused(self) -> None:
        self._before = self.value()  # type: ignore[attr-defined]

    def _finished(self) -> None:
        if self.refused_text:  # left as refused: the value from before the typing, not "13"
            self.setValue(self._before)  # type: ignore[attr-defined]
        self._before = self.value()  # type: ignore[attr-defined]


class SpinBox(_Refusing, QSpinBox):
    refused = Signal(str)  # why what was typed is not a number

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        self._focused()
        super().focusInEvent(event)

    def validate(self, text: str, pos: int) -> Verdict:
        return self._verdict(super().validate(text, pos), text)


class DoubleSpinBox(_Refusing, QDoubleSpinBox):
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self._focused()
        super().focusInEvent(event)

    def validate(self, text: str, pos: int) -> Verdict:
        return self._verdict(super().validate(text, pos), text)
