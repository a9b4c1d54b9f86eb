"""`jewelbench export`, run as a user runs it (a real process on the demo workspace): the
workbook it writes holds the engine's comparison for the plan or design asked, the CSV tables
land beside it, and every mistake is one line on stderr with nothing written."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from jewelbench_cli import run_cli
from openpyxl import load_workbook

from jewelbench.app.demo import DEMO_TODAY
from jewelbench.storage import Workspace

# They start another program (see the integration marker in pyproject.toml).
pytestmark = pytest.mark.integration

DAY = DEMO_TODAY.isoformat()
STUDIO = "Small studio workshop"


def run(*args: object) -> subprocess.CompletedProcess[str]:
    """`python -m jewelbench export ARGS`, forked from the warmed-up server (jewelbench_cli)."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return run_cli(["export", *args], env=env, timeout=120)


def run_started(*args: object) -> subprocess.CompletedProcess[str]:
    """`python -m jewelbench export ARGS` started from scratch: the real entry point."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.run([sys.executable, "-m", "jewelbench", "export", *map(str, args)],
                          capture_output=True, text=True, timeout=120, env=env)


def cover(path: Path) -> list[object]:
    book = load_workbook(path)
    return [c for row in book["Cover"].iter_rows(values_only=True) for c in row if c]


def test_a_plan_workbook_and_the_csv_tables(demo_path, tmp_path):
    out = tmp_path / "aurelia fine.xlsx"
    result = run(demo_path, "-o", out, "--plan", "Aurelia Fine 2027", "--scenario", STUDIO,
                 "--date", DAY, "--csv", tmp_path, "--delimiter", "tab", "--bom")
    assert result.returncode == 0, result.stderr
    assert "Plan 'Aurelia Fine 2027', 250 pieces a year, in-house 'Small studio workshop', " \
           f"priced on {DAY}:" in result.stdout
    assert "Siam Gem Setting Co., Ltd. is" in result.stdout
    assert f"written to {out}" in result.stdout
    values = cover(out)
    assert "Aurelia Fine 2027 (2 designs, 250 pieces a year planned)" in values
    assert "Small studio workshop" in values
    # the workspace by its name and its file, for an accountant asking where figures came from
    assert f"Demo — Aurelia Studio ({demo_path.name})" in values
    assert "CSV files written to" in result.stdout
    designs = (tmp_path / "designs.csv").read_bytes()
    assert designs.startswith(b"\xef\xbb\xbfCode\tName\t")


def test_a_design_at_a_volume_with_one_route_per_quote(demo_path, tmp_path):
    out = tmp_path / "rg-021.xlsx"
    result = run(demo_path, "-o", out, "--design", "RG-021", "--volume", 400, "--date", DAY)
    assert result.returncode == 0, result.stderr
    assert "RG-021 Tidal Band, 400 pieces a year" in result.stdout
    book = load_workbook(out)
    assert book.defined_names["Volume"] is not None
    routes = [c for row in book["Inputs"].iter_rows(values_only=True) for c in row
              if isinstance(c, str) and c.startswith("Route")]
    assert any("Fonderia Berica" in c for c in routes)
    assert any("Jaipur Silvercraft" in c for c in routes)


def test_a_design_on_the_basis_asked(demo_path, tmp_path):
    out = tmp_path / "rg-021-alone.xlsx"
    result = run(demo_path, "-o", out, "--design", "RG-021", "--volume", 400, "--date", DAY,
                 "--basis", "stand-alone")
    assert result.returncode == 0, result.stderr
    book = load_workbook(out)
    inputs = [c for row in book["Inputs"].iter_rows(values_only=True) for c in row if c]
    assert "stand-alone" in inputs
    cover = [c for row in book["Cover"].iter_rows(values_only=True) for c in row if c]
    assert any(str(c).startswith("Fixed costs on the stand-alone basis: a workshop for RG-021 "
                                 "alone") for c in cover)  # wrapped to the printed page
    refused = run(demo_path, "-o", tmp_path / "no.xlsx", "--plan", "Tidal 2027", "--basis",
                  "allocated")
    assert refused.returncode == 1
    assert "--basis is for one design" in refused.stderr
    assert not (tmp_path / "no.xlsx").exists()


def test_without_a_plan_name_the_first_plan_is_costed(demo_path, tmp_path):
    out = tmp_path / "first.xlsx"
    result = run(demo_path, "-o", out, "--date", DAY)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Plan 'Aurelia Fine 2027'")


def test_mistakes_are_one_line_and_write_nothing(demo_path, tmp_path):
    cases = [
        ((demo_path,), 2, "give -o OUT.xlsx for the workbook, --csv FOLDER"),
        ((demo_path, "-o", tmp_path / "costs.txt"), 2, "a workbook's name ends in .xlsx"),
        ((demo_path, "-o", tmp_path / "missing" / "c.xlsx"), 2, "does not exist"),
        ((demo_path, "--csv", demo_path / "tables"), 2, "is a file, not a folder"),
        ((demo_path, "-o", tmp_path / "c.xlsx", "--plan", "Nope", "--csv", tmp_path / "new"), 1,
         "no collection plan named 'Nope'"),
        ((demo_path, "-o", tmp_path / "c.xlsx", "--plan", "Nope"), 1,
         "no collection plan named 'Nope' (plans: 'Aurelia Fine 2027', 'Tidal 2027')"),
        ((demo_path, "-o", tmp_path / "c.xlsx", "--design", "XX-1"), 1,
         "no design with code 'XX-1'"),
        ((demo_path, "-o", tmp_path / "c.xlsx", "--scenario", "Nope"), 1,
         "no in-house scenario named 'Nope'"),
        ((demo_path, "-o", tmp_path / "c.xlsx", "--date", "2020-01-01"), 1,
         "no gold price on or before 2020-01-01"),
        ((demo_path, "--csv", tmp_path, "--delimiter", "|"), 2, "choose ',', ';' or 'tab'"),
    ]
    for args, code, message in cases:
        result = run(*args)
        assert result.returncode == code, (args, result.stderr)
        assert message in result.stderr, (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1 or code == 2, result.stderr
        assert result.stderr.endswith("\n"), (args, result.stderr)
    assert list(tmp_path.iterdir()) == []


def test_csv_into_a_folder_that_does_not_exist_yet_makes_it(demo_path, tmp_path):
    folder = tmp_path / "exports" / "2027"
    out = tmp_path / "costs.xlsx"
    result = run(demo_path, "-o", out, "--date", DAY, "--csv", folder)
    assert result.returncode == 0, result.stderr
    assert out.is_file()
    assert (folder / "designs.csv").is_file()
    assert f"CSV files written to {folder}" in result.stdout


def test_csv_for_a_decimal_comma_spreadsheet(demo_path, tmp_path):
    """Excel set to German or French reads ';'-separated files and 12,4 as twelve point four
    (12.4 would become a date or text): the CLI offers the dialog's decimal comma too."""
    result = run(demo_path, "--csv", tmp_path, "--delimiter", ";", "--decimal-comma")
    assert result.returncode == 0, result.stderr
    rows = (tmp_path / "bom_lines.csv").read_text(encoding="utf-8").splitlines()
    assert "BC-001;Camellia Brooch;metal;1;BRASS;;;12,4;" in rows[1]


def test_help_says_what_each_argument_is(demo_path):
    env = dict(os.environ, COLUMNS="100")
    result = subprocess.run([sys.executable, "-m", "jewelbench", "export", "--help"],
                            capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    assert "WORKSPACE the .jewelbench workspace" in text
    assert "--decimal-comma" in text
    assert "jewelbench export demo.jewelbench -o fine.xlsx --plan" in text  # an example


def test_the_export_says_what_jewelbench_compare_says(demo_path, tmp_path):
    """The workbook's verdict and break-even search end where the view and `compare` end
    theirs, so the three never disagree about the same inputs."""
    out = tmp_path / "tidal.xlsx"
    # the real entry points, started as a user starts them (the other tests fork them: run)
    exported = run_started(demo_path, "-o", out, "--plan", "Tidal 2027", "--date", DAY)
    assert exported.returncode == 0, exported.stderr
    compared = subprocess.run(
        [sys.executable, "-m", "jewelbench", "compare", demo_path, "--plan", "Tidal 2027",
         "--date", DAY], capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert compared.returncode == 0, compared.stderr
    verdict = next(line for line in compared.stdout.splitlines() if line.startswith("At "))
    # the break-evens searched to the default maximum: at least 10 × 1,150 pieces
    searched = re.search(r"up to ([\d,]+)", verdict)
    assert searched and int(searched.group(1).replace(",", "")) >= 11_500, verdict
    assert verdict in exported.stdout
    # with --up-to, both search as far and say the same
    again = run(demo_path, "-o", tmp_path / "tidal-far.xlsx", "--plan", "Tidal 2027", "--date",
                DAY, "--up-to", "40000")
    assert again.returncode == 0, again.stderr
    far = run_cli(["compare", demo_path, "--plan", "Tidal 2027", "--date", DAY, "--up-to",
                   "40000"], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    verdict = next(line for line in far.stdout.splitlines() if line.startswith("At "))
    assert "up to 40,000" in verdict and verdict in again.stdout
    low = run(demo_path, "-o", tmp_path / "low.xlsx", "--plan", "Tidal 2027", "--up-to", "100")
    assert low.returncode == 2 and not (tmp_path / "low.xlsx").exists()
    assert "the break-even search must reach at least the volume costed (1,150" in low.stderr


def test_the_workbook_lists_the_designs_compared_unless_all_listings(demo_path, tmp_path):
    """Issue 16: a plan's workbook lists its designs, their quotes and sample rounds only;
    --all-listings lists the whole workspace, its size said (stderr) before writing."""
    compared, every = tmp_path / "compared.xlsx", tmp_path / "every.xlsx"
    result = run(demo_path, "-o", compared, "--plan", "Tidal 2027", "--date", DAY)
    assert result.returncode == 0, result.stderr
    assert "Listings: the designs compared (" in result.stdout
    assert "Writing every listing" not in result.stderr
    result = run(demo_path, "-o", every, "--plan", "Tidal 2027", "--date", DAY,
                 "--all-listings")
    assert result.returncode == 0, result.stderr
    with Workspace.open(demo_path, read_only=True) as workspace:
        counts = workspace.counts()
        plan_id = workspace.costing.plan_id_for_name("Tidal 2027")
        assert plan_id is not None
        planned = sorted(workspace.designs.get(d).code
                         for d, _ in workspace.costing.plan_record(plan_id).lines)
    assert result.stderr.startswith(f"Writing every listing of the workspace "
                                    f"({counts['designs']:,} designs, {counts['quotes']:,} "
                                    "quotes): "), result.stderr
    assert "Listings: every design of the workspace (" in result.stdout

    def codes(path):
        rows = list(load_workbook(path)["Designs"].iter_rows(min_row=2, values_only=True))
        return sorted(row[0] for row in rows)

    assert codes(compared) == planned and len(planned) < counts["designs"]
    assert len(codes(every)) == counts["designs"]


def test_csv_for_a_norwegian_reader(demo_path, tmp_path):
    """--language nb: the CSV files default to ';' and a decimal comma, as a Norwegian Excel
    reads them; their column names stay English (docs/csv-and-quote-import.md)."""
    result = run(demo_path, "--csv", tmp_path, "--language", "nb")
    assert result.returncode == 0, result.stderr
    rows = (tmp_path / "bom_lines.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("Design code;Design name;Line;"), rows[0]
    assert "BC-001;Camellia Brooch;metal;1;BRASS;;;12,4;" in rows[1]
    point = tmp_path / "point"
    result = run(demo_path, "--csv", point, "--language", "nb", "--delimiter", ",",
                 "--decimal-point")
    assert result.returncode == 0, result.stderr
    rows = (point / "bom_lines.csv").read_text(encoding="utf-8").splitlines()
    assert "BC-001,Camellia Brooch,metal,1,BRASS,,,12.4," in rows[1]


def test_the_workbook_in_norwegian_or_english_with_the_reason(demo_path, tmp_path):
    """--language nb writes the workbook in Bokmål (its installed translation); a language
    jewelbench does not speak is refused. (Without the translation it is English, with the
    reason: tests/reports/test_workbook_language.py.)"""
    target = tmp_path / "nb.xlsx"
    result = run(demo_path, "-o", target, "--date", DAY, "--language", "nb")
    assert result.returncode == 0, result.stderr
    sheets = load_workbook(target, read_only=True).sheetnames
    assert sheets[0] == "Forside" and "could not be read" not in result.stderr
    result = run(demo_path, "-o", tmp_path / "en.xlsx", "--date", DAY, "--language", "xx")
    assert result.returncode == 2 and "--language" in result.stderr
