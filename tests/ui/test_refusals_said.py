"""A refused save is said twice over: storage says what happened to the file, the window what
it means for what the user typed (ui/commands.refusal). Nothing is pushed on the undo stack."""

from __future__ import annotations

import pytest

from jewelbench.domain.designs import Category, Design, DesignImage, LifecycleStatus
from jewelbench.storage import DiskFull, WorkspaceLocked
from jewelbench.storage.store import BUSY, DISK_FULL, READ_ONLY, ReadOnlyStore, WorkspaceTaken
from jewelbench.storage.workspace import TAKEN, UNCHECKED
from jewelbench.ui import i18n
from jewelbench.ui.commands import UndoController, refusal
from jewelbench.ui.designs.commands import AddDesign

FULL = "The disk is full, so nothing was saved. Free some space and try again."
KEPT = "Your change is still in the form."


def test_a_save_on_a_full_disk_says_so_and_that_the_change_is_still_in_the_form(
        make_workspace, qapp):
    workspace = make_workspace()
    conn = workspace.db.conn
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    controller = UndoController()
    design = Design(code="RG-900", name="Luna", category=Category.RING,
                    status=LifecycleStatus.IDEA,
                    images=[DesignImage(bytes(range(256)) * 2000, b"\x89PNG", "image/png",
                                        4000, 3000)])

    reason = controller.run(AddDesign(workspace, design, "New Design RG-900"))

    assert reason == f"{FULL} {KEPT}"
    assert controller.stack.count() == 0  # nothing to undo: nothing was written
    assert workspace.designs.id_for_code("RG-900") is None


@pytest.mark.parametrize(("error", "said"), [
    (DiskFull(DISK_FULL()), f"{FULL} {KEPT}"),
    (WorkspaceLocked(BUSY()), "Another program is writing to this workspace, so nothing was "
                              f"saved. Try again in a moment. {KEPT}"),
    (ReadOnlyStore(READ_ONLY()), "This workspace is open read-only, so nothing was saved."),
    (WorkspaceTaken(TAKEN(), elsewhere=True),
     "Another jewelbench window has opened this workspace for editing since its lock file was "
     "deleted, so nothing was saved here. Close this window and carry on in the other one."),
    (WorkspaceTaken(UNCHECKED(lock="ring.jewelbench.lock", reason="Is a directory")),
     "jewelbench can no longer check that it alone writes to the workspace (its lock file "
     "ring.jewelbench.lock: Is a directory), so nothing was saved. Close the workspace and "
     "open it again."),
])
def test_each_refused_write_is_said_of_the_file_and_then_of_the_window(error, said, qapp):
    assert "form" not in str(error) and "window and" not in str(error)  # storage: the file
    assert refusal(error) == said


def test_the_refusal_is_said_in_bokmal(qapp):
    i18n.install(i18n.BOKMAL)
    assert refusal(DiskFull(DISK_FULL())) == (
        "Disken er full, så ingenting ble lagret. Frigjør litt plass og prøv igjen. "
        "Endringen din står fortsatt i skjemaet.")
