"""A workspace another program changed behind jewelbench's back — a table or column dropped, a
stored number or date that no longer is one — is said to be damaged wherever it is read: the
commands exit 1 with that sentence and the window shows it, never a traceback. Nothing is
written to the file.

(`jewelbench check` names a dropped table or column; a number that is no longer a number is
not something SQLite's or the schema's checks can see, so it is caught where it is read.)
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from storage_helpers import sha256

from jewelbench.storage import ReadError, Workspace, WorkspaceDamaged
from jewelbench.storage.convert import date_in, dec_in, money_in


def changed_by_another_program(path: Path, *statements: str) -> str:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return sha256(path)


def command(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jewelbench", *arguments],
                          capture_output=True, text=True, timeout=120)


# --- a table or column that is gone ------------------------------------------------------------


def test_a_dropped_table_is_said_to_be_damage_by_every_read_that_needs_it(demo_copy):
    before = changed_by_another_program(demo_copy, "DROP TABLE quote_tiers")
    with Workspace.open(demo_copy, full_check=False) as workspace:
        assert workspace.designs.summaries()  # what does not need it still reads
        with pytest.raises(ReadError) as refused:
            workspace.quotes.summaries()
    assert str(refused.value).startswith(
        "the workspace file is damaged (no such table: quote_tiers;")
    assert "Traceback" not in command("check", str(demo_copy)).stderr
    assert sha256(demo_copy) == before


@pytest.mark.parametrize("arguments", [["compare", "--design", "RG-014"],
                                       ["compare", "--plan", "Tidal 2027"],
                                       ["prices", "{path}", "list"],
                                       ["export", "-o", "{folder}/out.xlsx"]])
def test_the_commands_refuse_a_workspace_whose_table_or_column_was_dropped(
        demo_copy, arguments):
    before = changed_by_another_program(
        demo_copy, "DROP INDEX designs_collection", "ALTER TABLE designs DROP COLUMN collection")
    filled = [a.replace("{path}", str(demo_copy)).replace("{folder}", str(demo_copy.parent))
              for a in arguments]
    done = command(*filled, *([] if "{path}" in arguments else [str(demo_copy)]))
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert ("the file is damaged (the table designs has no column collection and 1 more; "
            "“jewelbench check” lists every problem)") in done.stderr
    assert sha256(demo_copy) == before
    assert not (demo_copy.parent / "out.xlsx").exists()


def test_a_read_only_open_names_the_dropped_column(demo_copy):
    before = changed_by_another_program(
        demo_copy, "DROP INDEX designs_collection", "ALTER TABLE designs DROP COLUMN collection")
    with pytest.raises(WorkspaceDamaged) as refused:
        Workspace.open(demo_copy, read_only=True)
    assert "the table designs has no column collection" in refused.value.reason
    assert sha256(demo_copy) == before


# --- stored values that are no longer what jewelbench wrote ----------------------------------


def test_a_stored_price_that_is_no_longer_a_number_is_damage_not_a_crash(demo_copy):
    before = changed_by_another_program(
        demo_copy, "UPDATE quote_tiers SET unit_price = 'twelve' WHERE quote_id IN (SELECT id "
                   "FROM quotes WHERE design_id = (SELECT id FROM designs WHERE code = 'RG-014'))")
    with Workspace.open(demo_copy, read_only=True) as workspace:
        with pytest.raises(ReadError) as refused:
            workspace.quotes.summaries()
        assert str(refused.value) == ("the workspace file is damaged (a stored number reads "
                                      "'twelve')")
    done = command("compare", "--design", "RG-014", str(demo_copy))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "a stored number reads 'twelve'" in done.stderr
    assert sha256(demo_copy) == before


def test_a_metal_price_that_is_not_finite_is_damage_not_a_crash(demo_copy):
    before = changed_by_another_program(
        demo_copy, "UPDATE metal_prices SET price_per_troy_oz = 'NaN'")
    done = command("prices", str(demo_copy), "list")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "the workspace file is damaged (a stored number reads 'NaN')" in done.stderr
    assert sha256(demo_copy) == before


@pytest.mark.parametrize("text", ["abc", "NaN", "Infinity", "1e", "", "١٢"])
def test_a_stored_number_that_is_not_one_reads_as_damage(text):
    with pytest.raises(ReadError, match="a stored number reads"):
        dec_in(text)
    with pytest.raises(ReadError):
        money_in(text, "EUR")


def test_stored_values_that_are_whole_read_as_before():
    assert dec_in("12.50") == Decimal("12.50") and dec_in(None) is None
    assert money_in("3.10", "USD") is not None and money_in(None, "USD") is None
    assert date_in("2026-03-14") == dt.date(2026, 3, 14) and date_in("") is None
    with pytest.raises(ReadError, match="a stored date reads '2026-13-45'"):
        date_in("2026-13-45")
    with pytest.raises(ReadError, match="is not a currency code"):
        money_in("1.00", "not a currency")


def test_a_design_read_whole_from_a_table_that_lost_a_column_is_damage(demo_copy):
    before = changed_by_another_program(
        demo_copy, "DROP INDEX designs_collection", "ALTER TABLE designs DROP COLUMN collection")
    with Workspace.open(demo_copy, full_check=False) as workspace:  # as the window opens it
        with pytest.raises(ReadError) as refused:
            workspace.designs.get_by_code("RG-014")
    assert str(refused.value) == ("the workspace file is damaged (the column collection is "
                                  "missing; “jewelbench check” lists what is missing)")
    assert sha256(demo_copy) == before
