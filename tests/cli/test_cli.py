"""The headless command line, run as a user runs it: a real process, real files."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from jewelbench_cli import run_cli


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m jewelbench ARGS`, forked from the warmed-up server (jewelbench_cli)."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return run_cli(args, env=env, cwd=cwd, timeout=120)


def run_started(*args: str) -> subprocess.CompletedProcess[str]:
    """`python -m jewelbench ARGS` started from scratch, for what start-up itself does."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.run([sys.executable, "-m", "jewelbench", *args], capture_output=True,
                          text=True, timeout=120, env=env)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.integration
def test_help_lists_the_subcommands():
    result = run_started("--help")
    assert result.returncode == 0
    for word in ("demo", "check", "--demo"):
        assert word in result.stdout


@pytest.mark.integration
def test_demo_then_check_reports_a_healthy_workspace(tmp_path):
    path = tmp_path / "demo.jewelbench"
    made = run("demo", str(path))
    assert made.returncode == 0, made.stderr
    assert path.exists()
    checked = run("check", str(path))
    assert checked.returncode == 0, checked.stderr
    assert "integrity check: ok" in checked.stdout
    assert "foreign keys: ok" in checked.stdout
    assert "OK: workspace is healthy" in checked.stdout


@pytest.mark.integration
def test_demo_refuses_to_overwrite_an_existing_file(tmp_path):
    path = tmp_path / "precious.jewelbench"
    path.write_bytes(b"years of work")
    result = run("demo", str(path))
    assert result.returncode == 2
    assert "already exists" in result.stderr
    assert path.read_bytes() == b"years of work"


@pytest.mark.integration
@pytest.mark.parametrize("content, reason", [
    (b"hello, this is a text file\n", "not a jewelbench workspace"),
    (b"", "not a jewelbench workspace"),
    (b"SQLite format 3\x00" + b"\x00" * 20, "truncated"),
])
def test_check_gives_a_one_line_reason_and_non_zero_exit(tmp_path, content, reason):
    path = tmp_path / "bad.jewelbench"
    path.write_bytes(content)
    before = _sha(path)
    result = run("check", str(path))
    assert result.returncode == 1
    assert reason in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, "one line, no traceback"
    assert "Traceback" not in result.stderr
    assert _sha(path) == before


@pytest.mark.integration
def test_check_of_a_missing_file(tmp_path):
    result = run("check", str(tmp_path / "nowhere.jewelbench"))
    assert result.returncode == 1
    assert "does not exist" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.integration
def test_check_reports_broken_references(demo_copy):
    import sqlite3

    path = demo_copy  # the demo `jewelbench demo` writes (tested above), written once
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO quote_tiers (quote_id, min_quantity, unit_price) "
                 "VALUES (9999, 10, '1.00')")
    conn.commit()
    conn.close()
    result = run("check", str(path))
    assert result.returncode == 1
    assert "broken reference" in result.stdout
    assert "FAILED" in result.stdout


@pytest.mark.integration
def test_check_refuses_a_newer_schema(demo_copy):
    import sqlite3

    path = demo_copy  # the demo `jewelbench demo` writes (tested above), written once
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('jewelbench', 'm999_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()
    result = run("check", str(path))
    assert result.returncode == 1
    assert "newer" in result.stderr


def test_window_options_are_read_without_argparse_and_anything_else_goes_to_it():
    from pathlib import Path

    from jewelbench.cli import _window_arguments

    assert _window_arguments([]) == {"demo": False, "path": None, "quit_after_shown": False}
    assert _window_arguments(["--demo"])["demo"] is True
    assert _window_arguments(["--workspace", "a b.jewelbench"])["path"] == Path("a b.jewelbench")
    assert _window_arguments(["--workspace=x.jewelbench"])["path"] == Path("x.jewelbench")
    for other in (["--help"], ["check", "x"], ["--workspace"], ["--workspace", "--demo"],
                  ["--version"], ["--bogus"]):
        assert _window_arguments(other) is None, other


@pytest.mark.integration
def test_an_unknown_option_is_a_usage_error_not_a_window():
    result = run("--bogus")
    assert result.returncode == 2
    assert "unrecognized arguments" in result.stderr


@pytest.mark.integration
def test_check_finds_a_dropped_table_and_text_that_is_not_utf8(demo_copy):
    import sqlite3

    path = demo_copy  # the demo `jewelbench demo` writes (tested above), written once
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE quote_tiers")
    photo = conn.execute("SELECT min(id) FROM sample_photos").fetchone()[0]
    conn.execute("UPDATE sample_photos SET caption = CAST(X'4f6bff' AS TEXT) WHERE id = ?",
                 [photo])
    conn.commit()
    conn.close()
    before = _sha(path)
    result = run("check", str(path))
    assert result.returncode == 1
    assert "  schema: 1 part(s) missing or changed: the table quote_tiers is missing\n" in \
        result.stdout
    assert (f"  text: 1 damaged value(s): sample_photos row {photo}: the text in caption is "
            "damaged (it is not readable as UTF-8)\n") in result.stdout
    assert "FAILED: workspace has problems" in result.stdout
    assert "Traceback" not in result.stderr
    assert _sha(path) == before
