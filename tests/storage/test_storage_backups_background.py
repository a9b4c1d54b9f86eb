"""Backups written off the GUI thread (issue 16): begun where the workspace's connection
lives (free space checked first), written from another thread with its own read-only
connection while the workspace goes on saving, and timed."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
import storage_helpers as make

from jewelbench.domain.designs import DesignImage
from jewelbench.storage import Workspace
from jewelbench.storage import backups as backups_module
from jewelbench.storage.backups import (
    HEADROOM_BYTES,
    BackupError,
    Backups,
    free_bytes,
    list_backups,
    space_problem,
    write_backup,
)

sys.path.insert(0, str(Path(__file__).parent.parent / "faults"))
from test_faults_disk_full import small_disk  # noqa: E402, F401, I001


def _with_photos(path: Path, count: int, size: int) -> Workspace:
    workspace = Workspace.create(path)
    for number in range(count):
        design = make.design(f"RG-{number:03d}")
        design.images = [DesignImage(bytes([number % 256]) * size, make.THUMB_BYTES,
                                     "image/jpeg", 2560, 1707, caption="front",
                                     is_cover=True)]
        workspace.designs.add(design)
    return workspace


def test_a_backup_written_from_another_thread_is_the_snapshot_it_began_with(tmp_path,
                                                                           monkeypatch):
    workspace = _with_photos(tmp_path / "studio.jewelbench", 20, 1_000_000)  # 20 MB of photos
    keeper = Backups(workspace, tmp_path / "backups")
    job = keeper.begin("automatic")
    written: list[object] = []
    # The workspace saves once the copy has begun (on a busy machine the thread may otherwise
    # not have begun before the save): the copy's read transaction is open, then it copies.
    began = threading.Event()
    real_copy = backups_module._copy

    def copy_once_begun(conn, partial):
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM designs").fetchone()
        began.set()
        real_copy(conn, partial)

    monkeypatch.setattr(backups_module, "_copy", copy_once_begun)

    def write() -> None:
        try:
            written.append(write_backup(job))  # its own connection, never workspace.db.conn
        except BaseException as error:  # handed back to the test
            written.append(error)

    worker = threading.Thread(target=write)
    worker.start()
    assert began.wait(60)
    # meanwhile the workspace goes on saving on its own connection
    later = workspace.designs.add(make.design("RG-999"))
    worker.join(60)
    assert not worker.is_alive()
    info = written[0]
    assert not isinstance(info, BaseException), info
    keeper.finish(job, info)
    assert info.took_s is not None and 0 < info.took_s < 60
    assert info.reason == "automatic" and info.path.exists()
    assert [b.path for b in list_backups(keeper.folder)] == [info.path]
    assert keeper.last_taken == info
    with Workspace.open(info.path, read_only=True) as copy:
        codes = [s.code for s in copy.designs.summaries()]
        assert len(codes) == 20 and "RG-999" not in codes, "the snapshot it began with"
        assert copy.designs.get_by_code("RG-007").images[0].image == bytes([7]) * 1_000_000
    assert workspace.designs.get(later).code == "RG-999"
    assert keeper.changed, "the change saved while it was written is not in it"
    workspace.close()


def test_a_backup_that_would_not_fit_is_refused_before_anything_is_written(tmp_path):
    """The real disk under tmp_path: asking for more room than it has."""
    free = free_bytes(tmp_path)
    problem = space_problem(tmp_path, free)
    assert problem.startswith("the disk is full (it needs about ")
    assert problem.endswith(" free); free some space there") and str(tmp_path) in problem
    assert space_problem(tmp_path, 1024) == "" or free < 1024 + HEADROOM_BYTES


@pytest.mark.integration
def test_no_free_space_refuses_the_backup_with_a_reason(tmp_path, small_disk):  # noqa: F811
    """A real 2 MB disk for the backups: too small for a copy of 1.05 MB of photos (in a file
    of about 1.4 MB with its schema and indexes) and the margin beside it."""
    workspace = _with_photos(tmp_path / "studio.jewelbench", 3, 350_000)
    folder = small_disk / "backups"
    keeper = Backups(workspace, folder)
    with pytest.raises(BackupError) as refused:
        keeper.begin("automatic")
    message = str(refused.value)
    assert message.startswith("The backup was not taken: the disk is full (it needs about "
                              f"1 MB and the disk holding {folder} has 2 MB free)"), message
    assert message.endswith("free some space there; the older backups are untouched.")
    assert not folder.exists(), "nothing written"
    with pytest.raises(BackupError, match="was not taken: the disk is full"):
        keeper.take("manual")  # the backup on this thread checks first too
    assert list(small_disk.iterdir()) == []
    workspace.close()
