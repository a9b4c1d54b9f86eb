"""Choosing in a picker of designs or suppliers as a user does (issue 16): type, wait for the
list, Down to the entry, Enter. steps.choose uses it for every RecordPicker."""

from __future__ import annotations

from PySide6.QtCore import Qt

from jewelbench.ui.widgets.record_picker import RecordPicker


def pick_typed(qtbot, picker: RecordPicker, starts_with: str, *, kept: bool = True) -> None:
    """Type the code into a picker, wait for its list, go Down to the entry that starts with
    the text and choose it with Enter, as a user does. kept=False: the choice is taken at
    once and the field emptied for the next (a plan's designs)."""
    from steps import focus  # (steps imports this module)

    line = picker.edit
    focus(qtbot, line)
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, starts_with)
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    offered = [picker.model.item(i).text() for i in range(picker.model.rowCount())]
    wanted = next((i for i, text in enumerate(offered) if text.startswith(starts_with)), -1)
    assert wanted >= 0, f"{starts_with!r} is not among {offered}"
    for _ in range(wanted + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    assert popup.currentIndex().row() == wanted
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert not popup.isVisible()
    if not kept:
        return
    chosen = picker.current_record()
    assert chosen is not None and chosen.text == offered[wanted], (chosen, offered[wanted])
    assert line.text() == chosen.text
