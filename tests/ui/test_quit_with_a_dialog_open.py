"""Quitting with the Brand Profile still open saves the address being typed and closes the
dialog first; nothing is lost and nothing crashes (found on the new user's road, issue 12:
the typing was lost, and closing the dialog afterwards failed with "Cannot operate on a
closed database")."""

from __future__ import annotations

import shiboken6

from jewelbench.storage import Workspace
from jewelbench.ui.main_window import MainWindow


def test_quit_with_the_brand_profile_open_keeps_the_typing(qtbot, settings, tmp_path):
    path = tmp_path / "studio.jewelbench"
    window = MainWindow(settings, Workspace.create(path), tmp_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.brand_action.trigger()  # File ▸ Brand Profile…
    dialog = window.brand_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.address.setFocus()
    qtbot.keyClicks(dialog.address, "Storgata 12, Oslo")  # still in the box, not saved yet

    window.quit_action.trigger()  # File ▸ Quit (Ctrl+Q)

    # the backup on closing waits in an event loop, where the closed dialog (deleted on
    # close) may already be deleted: gone counts as closed
    assert not window.isVisible()
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    with Workspace.open(path) as reopened:
        assert reopened.brand.get().address == "Storgata 12, Oslo"
