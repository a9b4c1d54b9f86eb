"""`jewelbench prices WORKSPACE list | import FILE | add …` on a real workspace file."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from jewelbench_cli import run_cli

from jewelbench.cli_prices import main
from jewelbench.domain.money import Money
from jewelbench.domain.prices import FxRate
from jewelbench.storage import Workspace

FILES = Path(__file__).parent.parent / "reports" / "price_files"
TODAY = dt.date(2026, 12, 6)
NOV27 = dt.date(2026, 11, 27)


@pytest.fixture
def path(tmp_path):
    made = tmp_path / "shop.jewelbench"
    Workspace.create(made).close()
    return made


def prices(capsys, *args, today=TODAY):
    try:
        code = main([str(a) for a in args], today=today)
    except SystemExit as stop:  # argparse's own mistakes (still one line: _OneLineParser)
        code = stop.code
    out, err = capsys.readouterr()
    return code, out, err


def stored(path):
    with Workspace.open(path, read_only=True) as workspace:
        return workspace.prices.metal_prices(), workspace.prices.fx_rates()


@pytest.mark.parametrize("name, metal_prices, rates", [
    ("eurofxref-hist.csv", 0, 89),
    ("norges-bank-exr.csv", 0, 8),
    ("lbma-gold_pm.json", 11, 0),
    ("lbma-silver.json", 9, 0),
    ("plain-prices.csv", 3, 2),
])
def test_import_stores_every_layout(capsys, path, name, metal_prices, rates):
    code, out, err = prices(capsys, path, "import", FILES / name)
    assert (code, err) == (0, "")
    assert f"{metal_prices + rates} stored, 0 replaced, 0 skipped, 0 refused" in out
    kept_prices, kept_rates = stored(path)
    assert (len(kept_prices), len(kept_rates)) == (metal_prices, rates)


def test_the_ecb_zip_imports_too(capsys, path, tmp_path):
    archive = shutil.make_archive(str(tmp_path / "eurofxref-hist"), "zip", FILES,
                                  "eurofxref-hist.csv")
    code, out, _err = prices(capsys, path, "import", archive)
    assert code == 0 and "89 stored" in out


def test_importing_again_skips_what_is_stored_and_says_why(capsys, path):
    prices(capsys, path, "import", FILES / "plain-prices.csv")
    code, out, _err = prices(capsys, path, "import", FILES / "plain-prices.csv")
    assert code == 0
    assert "skipped  2026-11-27 1 EUR = 1.0842 USD: already stored, the same rate" in out
    assert "0 stored, 0 replaced, 5 skipped, 0 refused" in out


def test_a_file_with_refused_rows_stores_nothing_unless_told(capsys, path, tmp_path):
    bad = tmp_path / "mixed.csv"
    bad.write_text("date,item,price,currency,unit\n2026-11-27,gold,2670.25,USD,ozt\n"
                   "2027-01-04,gold,2680,USD,ozt\n2026-11-27,EUR,-1,USD,\n")
    code, out, err = prices(capsys, path, "import", bad)
    assert code == 1
    assert err.count("\n") == 1
    assert err == ("jewelbench prices: mixed.csv: 2 rows refused, nothing stored (line 3: "
                   "dated 2027-01-04, after today (2026-12-06) …); --skip-refused stores the "
                   "rest\n")
    assert "refused  line 4: the price -1 is not above zero" in out
    assert stored(path) == ([], [])
    code, out, _err = prices(capsys, path, "import", bad, "--skip-refused")
    assert code == 0 and "1 stored, 0 replaced, 0 skipped, 2 refused" in out
    assert len(stored(path)[0]) == 1


def test_one_refused_row_is_one_row(capsys, path, tmp_path):
    bad = tmp_path / "one.csv"
    bad.write_text("date,item,price,currency,unit\n2026-11-27,gold,-1,USD,ozt\n")
    code, _out, err = prices(capsys, path, "import", bad)
    assert code == 1
    assert err.startswith("jewelbench prices: one.csv: 1 row refused, nothing stored (line 2: ")


@pytest.mark.parametrize("content, reason", [
    (b"\x00\x01\x02garbage\xff", "is not a text file (binary content)"),
    (b"a,b,c\n1,2,3\n", "is not a price or rate file jewelbench reads"),
    (b"", "is empty"),
])
def test_an_unreadable_file_is_one_line_and_nothing_stored(capsys, path, tmp_path, content,
                                                           reason):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(content)
    code, out, err = prices(capsys, path, "import", bad)
    assert code == 1 and out == ""
    assert err.startswith("jewelbench prices: bad.csv: ") and reason in err
    assert err.count("\n") == 1
    assert stored(path) == ([], [])


def test_dry_run_stores_nothing(capsys, path):
    code, out, _err = prices(capsys, path, "import", FILES / "eurofxref-hist.csv", "--dry-run")
    assert code == 0 and "89 stored" in out and "(would be stored)" in out
    assert stored(path) == ([], [])


def test_replace_overwrites_a_stored_value_of_the_same_date(capsys, path):
    prices(capsys, path, "add", "EUR", "1.05", "USD", "--date", "2026-11-27")
    code, out, _err = prices(capsys, path, "import", FILES / "plain-prices.csv")
    assert "skipped  2026-11-27 1 EUR = 1.0842 USD: already stored as 1 EUR = 1.05 USD; kept" \
        in out
    code, out, _err = prices(capsys, path, "import", FILES / "plain-prices.csv", "--replace")
    assert code == 0
    assert "replaced 2026-11-27 1 EUR = 1.05 USD by 2026-11-27 1 EUR = 1.0842 USD" in out
    assert FxRate(NOV27, "EUR", "USD", Decimal("1.0842")) in stored(path)[1]


def test_add_a_metal_price_per_gram_or_per_troy_ounce(capsys, path):
    code, out, _err = prices(capsys, path, "add", "silver", "0.95", "EUR", "--per", "g",
                             "--date", "2026-11-27", "--source", "Dealer")
    # 0.95 EUR a gram × 31.1034768 g = 29.54830296 EUR a troy ounce
    assert (code, out) == (0, "stored 2026-11-27 silver 29.54830296 EUR/ozt\n")
    code, out, _err = prices(capsys, path, "add", "Gold", "2670.25", "usd", "--per", "ozt")
    assert code == 0 and out == "stored 2026-12-06 gold 2670.25 USD/ozt\n"
    kept = {p.metal: p for p in stored(path)[0]}
    assert kept["silver"].price_per_troy_oz == Money.of("29.54830296", "EUR")
    assert kept["silver"].source == "Dealer"
    assert kept["gold"].price_date == TODAY
    code, out, _err = prices(capsys, path, "list")
    assert "2026-11-27  silver           29.5483 EUR/ozt       0.9500 EUR/g  Dealer" in out
    assert "No exchange rates." in out


def test_add_a_rate_and_again_changes_nothing(capsys, path):
    assert prices(capsys, path, "add", "THB", "0.02865", "USD")[0] == 0
    code, out, _err = prices(capsys, path, "add", "THB", "0.02865", "USD")
    assert code == 0 and "already stored, the same rate; nothing changed" in out
    code, _out, err = prices(capsys, path, "add", "THB", "0.03", "USD")
    assert code == 1
    assert err == ("jewelbench prices: 2026-12-06 1 THB = 0.03 USD: not stored, already stored "
                   "as 1 THB = 0.02865 USD; kept; --replace replaces it\n")
    code, out, _err = prices(capsys, path, "list")
    assert "  2026-12-06  1 THB = 0.02865 USD" in out


@pytest.mark.parametrize("args, message", [
    (("add", "gold", "2670", "USD"), "a gold price needs --per g or --per ozt"),
    (("add", "gold", "-3", "USD", "--per", "g"), "the price -3 is not above zero"),
    (("add", "gold", "1e3x", "USD", "--per", "g"), "the price '1e3x' is not a number"),
    (("add", "EUR", "1.08", "XYZ"), "'XYZ' is not a currency jewelbench knows"),
    (("add", "EUR", "1.08", "USD", "--date", "2027-01-01"), "dated 2027-01-01, after today"),
    (("add", "EUR", "1.08", "USD", "--date", "1/2/2026"), "is not a date (YYYY-MM-DD)"),
    (("add", "copper", "9", "USD"), "'copper' is neither a metal"),
    (("add", "EUR", "1.08", "USD", "--source", "x"), "--source is for a metal price"),
    (("add", "EUR", "1.08", "USD", "--per", "g"), "a currency takes no unit"),
    (("frob",), "invalid choice: 'frob'"),
    (("add", "EUR"), "the following arguments are required: PRICE, CURRENCY"),
])
def test_mistakes_are_one_line_on_stderr_and_store_nothing(capsys, path, args, message):
    code, out, err = prices(capsys, path, *args)
    assert code == 2 and out == ""
    assert err.startswith("jewelbench prices") and message in err
    assert err.count("\n") == 1
    assert stored(path) == ([], [])


def test_a_missing_workspace_is_one_line(capsys, tmp_path):
    code, _out, err = prices(capsys, tmp_path / "none.jewelbench", "list")
    assert code == 1 and err == f"jewelbench prices: {tmp_path / 'none.jewelbench'}: no such " \
                                "workspace\n"


@pytest.mark.integration
def test_the_real_command_imports_and_lists(path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # forked from the warmed-up server (jewelbench_cli): real processes, started once
    done = run_cli(["prices", path, "import", FILES / "lbma-silver.json"], env=env,
                   timeout=120)
    assert done.returncode == 0, done.stderr
    assert "9 stored" in done.stdout
    listed = run_cli(["prices", path, "list"], env=env, timeout=120)
    assert "2026-11-27  silver           31.3050 USD/ozt       1.0065 USD/g" in listed.stdout
    helped = subprocess.run([sys.executable, "-m", "jewelbench", "--help"],
                            capture_output=True, text=True, timeout=120, env=env)
    assert "prices" in helped.stdout


@pytest.mark.integration
def test_a_list_piped_into_a_reader_that_stops_early_ends_without_a_traceback(path):
    """`jewelbench prices shop.jewelbench list | head -3`: head stops reading; the command
    ends quietly (exit 0), no 'BrokenPipeError' traceback on the terminal."""
    main([str(path), "import", str(FILES / "eurofxref-hist.csv")], today=TODAY)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    reader, writer = os.pipe()
    os.close(reader)  # the reader has gone before a line is written
    done = subprocess.run([sys.executable, "-m", "jewelbench", "prices", str(path), "list"],
                          stdout=writer, stderr=subprocess.PIPE, text=True, timeout=120,
                          env=env)
    os.close(writer)
    assert "Traceback" not in done.stderr and "BrokenPipeError" not in done.stderr, done.stderr
    assert done.returncode == 0


def test_a_command_says_when_a_log_beside_the_workspace_was_not_its_own(capsys, path,
                                                                       tmp_path):
    """Another database's -wal beside the workspace: `prices import` moves it aside (as the
    window does), says so on stderr, and imports into the workspace as it was."""
    import sqlite3

    other = tmp_path / "inventory.db"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE stock (id INTEGER PRIMARY KEY, item TEXT)")
    conn.executemany("INSERT INTO stock (item) VALUES (?)", [(f"item {n}",) for n in range(50)])
    conn.commit()
    shutil.copyfile(str(other) + "-wal", str(path) + "-wal")
    conn.close()

    code, out, err = prices(capsys, path, "import", FILES / "plain-prices.csv")

    assert code == 0, err
    [aside] = list(tmp_path.glob("shop.jewelbench-wal.stray-*"))
    assert err.startswith("jewelbench: shop.jewelbench-wal beside it was not its own (")
    assert aside.name in err
    metal_prices, rates = stored(path)
    assert (len(metal_prices), len(rates)) == (3, 2)


def test_listing_a_workspace_whose_price_table_is_damaged_says_so_plainly(capsys, path):
    """A stored price that is no longer a number (another program wrote it): the listing
    says the workspace is damaged, without claiming something was not stored."""
    import sqlite3

    with Workspace.open(path) as workspace:
        workspace.prices.add_fx_rate(FxRate(NOV27, "EUR", "USD", Decimal("1.0842")))
    conn = sqlite3.connect(path)
    conn.execute("UPDATE fx_rates SET rate = 'abc'")
    conn.commit()
    conn.close()
    code, out, err = prices(capsys, path, "list")
    assert code == 1
    assert err.startswith("jewelbench prices: the workspace file is damaged (")
    assert "nothing was stored" not in err
