"""A file that is not a healthy workspace of a known schema is refused, and left untouched.

Each refusal must be the specific WorkspaceError a window can explain, with a one-line reason,
and the file must be byte-identical afterwards with no -wal/-shm left beside it.
"""

from __future__ import annotations

import os
import random
import sqlite3
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
import storage_helpers as make
from storage_helpers import query, sha256, sidecars

from jewelbench.storage import (
    NotAWorkspace,
    Workspace,
    WorkspaceBusy,
    WorkspaceDamaged,
    WorkspaceError,
    WorkspaceMissing,
    WorkspaceReadOnly,
    WorkspaceTooNew,
    schema,
)
from jewelbench.storage import workspace as workspace_module
from jewelbench.storage.checking import CheckReport

PAGE = 4096


def healthy(folder: Path, name: str = "studio") -> Path:
    """A closed workspace with enough content to span many pages."""
    path = folder / f"{name}.jewelbench"
    with Workspace.create(path) as workspace:
        supplier_id = workspace.suppliers.add(make.supplier())
        for number in range(12):
            design_id = workspace.designs.add(make.design(f"RG-{number:03}"))
            workspace.quotes.add(make.quote(supplier_id, design_id))
    assert sidecars(path) == []
    return path


def png_bytes() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00\xff\x00\x00" * 2)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels)
            + chunk(b"IEND", b""))


# --- the bad files -----------------------------------------------------------------------


def missing(folder: Path) -> Path:
    return folder / "gone.jewelbench"


def text_file(folder: Path) -> Path:
    path = folder / "notes.jewelbench"
    path.write_text("Ring ideas\n- moonstone bezel\n- hammered band\n" * 20)
    return path


def empty_file(folder: Path) -> Path:
    path = folder / "empty.jewelbench"
    path.write_bytes(b"")
    return path


def png_file(folder: Path) -> Path:
    path = folder / "render.jewelbench"
    path.write_bytes(png_bytes())
    return path


def other_apps_database(folder: Path) -> Path:
    path = folder / "inventory.jewelbench"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE designs (id INTEGER PRIMARY KEY, code TEXT)")
    conn.execute("INSERT INTO designs (code) VALUES ('not ours')")
    conn.commit()
    conn.close()
    return path


def header_only(folder: Path) -> Path:
    path = folder / "stub.jewelbench"
    path.write_bytes(healthy(folder).read_bytes()[:60])
    return path


def truncated(folder: Path) -> Path:
    path = healthy(folder)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def garbage_pages(folder: Path) -> Path:
    path = healthy(folder)
    data = bytearray(path.read_bytes())
    assert len(data) >= 8 * PAGE
    noise = random.Random(20250314)
    data[PAGE:] = bytes(noise.getrandbits(8) for _ in range(len(data) - PAGE))
    path.write_bytes(bytes(data))
    return path


def damaged_table(folder: Path) -> Path:
    """Schema pages intact, but the pages of one table overwritten: a bad disk sector."""
    path = healthy(folder)
    [(root_page,)] = query(path, "SELECT rootpage FROM sqlite_master WHERE name = 'quotes'")
    data = bytearray(path.read_bytes())
    noise = random.Random(7)
    start = (root_page - 1) * PAGE
    data[start:start + PAGE] = bytes(noise.getrandbits(8) for _ in range(PAGE))
    path.write_bytes(bytes(data))
    return path


def newer_schema(folder: Path) -> Path:
    path = healthy(folder)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('jewelbench', 'm999_future', '2031-01-01 00:00:00+00:00')")
    conn.commit()
    conn.close()
    assert sidecars(path) == []
    return path


def read_only(folder: Path) -> Path:
    path = healthy(folder)
    path.chmod(0o444)
    return path


def a_folder(folder: Path) -> Path:
    path = folder / "looks-like-a.jewelbench"
    path.mkdir()
    return path


BAD_FILES: list[tuple[Callable[[Path], Path], type[WorkspaceError], str]] = [
    (missing, WorkspaceMissing, "does not exist"),
    (text_file, NotAWorkspace, "not a jewelbench workspace"),
    (empty_file, NotAWorkspace, "not a jewelbench workspace"),
    (png_file, NotAWorkspace, "not a jewelbench workspace"),
    (other_apps_database, NotAWorkspace, "SQLite database is not a jewelbench workspace"),
    (header_only, WorkspaceDamaged, "truncated"),
    (truncated, WorkspaceDamaged, "truncated"),
    (garbage_pages, WorkspaceDamaged, "damaged"),
    (damaged_table, WorkspaceDamaged, "damaged"),
    (newer_schema, WorkspaceTooNew, "newer jewelbench"),
    (read_only, WorkspaceReadOnly, "read-only"),
    (a_folder, NotAWorkspace, "folder"),
]


def fingerprint(path: Path) -> tuple[str, int] | None:
    if not path.exists():
        return None
    if path.is_dir():
        return ("folder", len(list(path.iterdir())))
    return (sha256(path), path.stat().st_mode)


@pytest.mark.parametrize("make_bad_file, error_type, reason",
                         BAD_FILES, ids=[b[0].__name__ for b in BAD_FILES])
def test_a_bad_file_is_refused_with_a_specific_one_line_reason_and_left_untouched(
        tmp_path, make_bad_file, error_type, reason):
    path = make_bad_file(tmp_path)
    before = fingerprint(path)
    with pytest.raises(error_type) as caught:
        Workspace.open(path)
    error = caught.value
    assert type(error) is error_type
    assert reason in error.reason
    assert str(error) == f"{path}: {error.reason}"
    assert "\n" not in str(error) and len(error.reason) < 160
    assert error.path == path
    assert fingerprint(path) == before
    assert sidecars(path) == []


def test_a_missing_file_is_not_created_by_trying_to_open_it(tmp_path):
    path = tmp_path / "typo.jewelbench"
    with pytest.raises(WorkspaceMissing):
        Workspace.open(path)
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_file_is_refused_even_for_root(tmp_path):
    # CI runs as root, to whom os.access() says every file is writable: the mode bits decide
    path = read_only(tmp_path)
    with pytest.raises(WorkspaceReadOnly, match="save a copy elsewhere"):
        Workspace.open(path)
    path.chmod(0o644)
    with Workspace.open(path) as workspace:
        assert workspace.designs.count() == 12


def test_a_newer_schema_names_both_versions_and_the_cure(tmp_path):
    path = newer_schema(tmp_path)
    with pytest.raises(WorkspaceTooNew) as caught:
        Workspace.open(path)
    known = schema.SCHEMA_VERSION  # one more migration than this app knows
    assert caught.value.reason == (f"it was written by a newer jewelbench (schema {known + 1}, "
                                   f"this app knows {known}); update jewelbench to open it")


def test_the_refusals_share_one_base_class_a_window_can_catch(tmp_path):
    for make_bad_file, _, _ in BAD_FILES:
        folder = tmp_path / make_bad_file.__name__
        folder.mkdir()
        with pytest.raises(WorkspaceError):
            Workspace.open(make_bad_file(folder))


def test_the_healthy_original_of_the_bad_files_opens(tmp_path):
    path = healthy(tmp_path)
    before = sha256(path)
    with Workspace.open(path) as workspace:
        assert workspace.designs.count() == 12
        assert len(workspace.quotes.summaries()) == 12
    assert sha256(path) == before  # opening and closing without edits changes nothing
    assert sidecars(path) == []


# --- Workspace.check ---------------------------------------------------------------------


def checked(path: Path) -> CheckReport:
    """Workspace.check, asserting that it did not touch the file."""
    before = fingerprint(path)
    report = Workspace.check(path)
    assert fingerprint(path) == before
    assert sidecars(path) == []
    return report


def test_check_of_a_healthy_workspace_is_ok(tmp_path):
    report = checked(healthy(tmp_path))
    assert report.ok
    assert report.error == ""
    assert report.integrity == ["ok"]
    assert report.foreign_key_problems == []
    assert report.schema_version == report.app_schema_version == 12
    assert report.schema_problems == report.text_problems == []
    assert report.lines() == ["integrity check: ok", "schema: ok", "foreign keys: ok", "text: ok",
                              "schema version: 12 (this app: 12)", "OK: workspace is healthy"]


def test_check_of_a_workspace_with_a_broken_reference_says_where(tmp_path):
    path = healthy(tmp_path)
    conn = sqlite3.connect(path)  # foreign keys are off by default in plain sqlite3
    conn.execute("INSERT INTO bom_metals (design_id, position, alloy_code, finished_weight_g) "
                 "VALUES (9999, 0, 'AG925', '2.5')")
    conn.commit()
    conn.close()
    bad_rowid = query(path, "SELECT id FROM bom_metals WHERE design_id = 9999")[0][0]

    report = checked(path)
    assert not report.ok
    assert report.error == ""
    assert report.integrity == ["ok"]
    said = f"bom_metals row {bad_rowid} refers to a row of designs that does not exist"
    assert report.foreign_key_problems == [said]
    lines = report.lines()
    assert f"foreign keys: 1 broken reference(s): {said}" in lines
    assert lines[-1] == "FAILED: workspace has problems"


@pytest.mark.parametrize("make_bad_file, expected", [
    (garbage_pages, "damaged"),
    (damaged_table, "damaged"),
    (truncated, "truncated"),
    (newer_schema, "update jewelbench"),
    (other_apps_database, "not a jewelbench workspace"),
    (text_file, "not a jewelbench workspace"),
    (missing, "does not exist"),
])
def test_check_of_a_bad_file_reports_the_error_in_one_line(tmp_path, make_bad_file, expected):
    report = checked(make_bad_file(tmp_path))
    assert not report.ok
    assert expected in report.error
    assert report.lines() == [f"FAILED: {report.error}"]
    assert "\n" not in report.error


def test_check_of_a_read_only_workspace_reads_it_without_writing(tmp_path):
    path = read_only(tmp_path)
    report = checked(path)
    assert report.ok
    assert os.stat(path).st_mode & 0o777 == 0o444


@pytest.mark.parametrize("name", ["Spring #2.jewelbench", "what?.jewelbench",
                                  "50% off.jewelbench", "Ünïcode ✓.jewelbench"])
def test_check_works_whatever_the_file_is_called(tmp_path, name):
    path = healthy(tmp_path).rename(tmp_path / name)
    report = checked(path)
    assert report.ok, report.lines()


def test_check_of_an_open_workspace_sees_its_committed_work(make_workspace):
    workspace = make_workspace()
    workspace.designs.add(make.design())
    report = Workspace.check(workspace.path)
    assert report.ok, report.lines()
    assert workspace.designs.count() == 1


# --- a file another program is writing ---------------------------------------------------


@pytest.fixture
def held_exclusively(tmp_path, monkeypatch):
    """A workspace another program has locked for itself (SQLite exclusive locking mode)."""
    monkeypatch.setattr(workspace_module, "BUSY_TIMEOUT_S", 0.2)  # do not wait 5 s in a test
    path = healthy(tmp_path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("UPDATE workspace_settings SET value = value")
    other.execute("COMMIT")
    yield path
    other.close()


def test_a_workspace_locked_by_another_program_is_busy_not_damaged(held_exclusively):
    path = held_exclusively
    with pytest.raises(WorkspaceBusy, match="another program is writing to it; try again"):
        Workspace.open(path)


def test_check_of_a_locked_workspace_says_busy_not_damaged(held_exclusively):
    report = Workspace.check(held_exclusively)
    assert not report.ok
    assert report.error == "another program is writing to it; try again"
    assert "damaged" not in " ".join(report.lines())
