"""Workbook and CSV export benchmark: a 500-design plan in a generated workspace.

Run on demand (not in CI):
    .venv/bin/python tests/benchmarks/bench_export.py [--designs 5000] [--runs 3] [--libreoffice]

Writes the generated workspace (jewelbench.app.demo.write_generated: --designs designs with
their BOMs, the demo's suppliers, scenarios and prices, a quote for about one design in
twelve), then gives every design --quotes quotes in all (as a brand's years of history: 5 a
design at 20,000 designs / 100,000 quotes) and makes the plan "Bench 500" of 500 designs,
each quoted by two suppliers (two routes), at 20 … 200 pieces a year each. Then, in one
process, it times:

  export       what File ▸ Export ▸ Workbook… and `jewelbench export --plan` do by default:
               read the listings of the plan's designs (storage/workbook_data.py) and write
               the workbook (reports/workbook.py) — Cover, Inputs, Cost comparison, Volumes,
               Volume model, Break-even, Cash and the listing sheets — formatted, text made
               formula-safe, written beside the target and renamed
  export all   the same with every listing of the workspace (--all-listings)
  bare         openpyxl (write-only, its fastest mode) writing the same number of cells as
               plain values — numbers and short texts, no styles, no formulas — to one sheet,
               timed in the same run for each export
  csv          every table as CSV (reports/csv_export.py: typed, formula-safe text)
  raw csv      the same tables' rows as SQLite gives them, dumped by csv.writer
  libreoffice  (--libreoffice) LibreOffice headless recalculating the default export

and prints the medians and their ratios: CPU time of this process (time.process_time), which
other work on a shared machine does not inflate, except LibreOffice's (wall time, a process of
its own). Targets: the export under 10 s and within 2× of
bare; the recalculation under 15 s; CSV within about 1.5× of the raw dump.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import resource
import shutil
import statistics
import subprocess
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

from jewelbench.app.demo import write_generated
from jewelbench.domain.quotes import Incoterm, Quote, QuoteTier
from jewelbench.reports.csv_export import export_csv
from jewelbench.reports.workbook import write_workbook
from jewelbench.storage import Workspace
from jewelbench.storage.exports import export_tables
from jewelbench.storage.workbook_data import workbook_data, workbook_data_for

ON = dt.date(2026, 11, 24)
PLAN = "Bench 500"
PLAN_DESIGNS = 500
COLUMNS = 12



def add_history(path: Path, quotes_a_design: int, seed: int = 16) -> None:
    """Quotes until every design has about quotes_a_design, and the plan of PLAN_DESIGNS
    designs each quoted by the first two suppliers (valid on ON)."""
    rng = random.Random(seed)
    with Workspace.open(path) as ws:
        suppliers = [(int(r[0]), str(r[1])) for r in ws.db.execute(
            "SELECT id, currency FROM suppliers ORDER BY name")]
        designs = [int(r[0]) for r in ws.db.execute("SELECT id FROM designs ORDER BY code")]
        have = {int(r[0]): int(r[1]) for r in ws.db.execute(
            "SELECT design_id, count(*) FROM quotes GROUP BY design_id")}
        planned = designs[:PLAN_DESIGNS]

        def quote(design_id: int, supplier: tuple[int, str], n: int) -> Quote:
            base = Decimal(rng.randint(800, 40000)).scaleb(-2)
            # the plan's quotes (n = 0) are the newest, all FOB: one route per supplier
            return Quote(supplier_id=supplier[0], design_id=design_id, currency=supplier[1],
                         quoted_on=dt.date(2026, 11, 1) if n == 0 else dt.date(2026, 9, 1),
                         valid_until=dt.date(2027, 1, 31),
                         reference=f"H-{design_id}-{n}", moq=50,
                         tiers=[QuoteTier(q, (base * f).quantize(Decimal("0.01")))
                                for q, f in ((50, Decimal("1.00")), (100, Decimal("0.92")),
                                             (300, Decimal("0.85")))],
                         production_lead_time_days=rng.choice((21, 28, 35, 45)),
                         deposit_pct=Decimal(30),
                         incoterm=Incoterm.FOB if n == 0 else rng.choice(list(Incoterm)))

        with ws.transaction():
            for design_id in planned:
                for supplier in suppliers[:2]:
                    ws.quotes.add(quote(design_id, supplier, 0))
                have[design_id] = have.get(design_id, 0) + 2
            for design_id in designs:
                for n in range(have.get(design_id, 0), quotes_a_design):
                    ws.quotes.add(quote(design_id, rng.choice(suppliers), n + 1))
            ws.costing.save_plan(PLAN, [(d, rng.randint(20, 200)) for d in planned])


def export(workspace: Workspace, out: Path, every_listing: bool) -> tuple[float, int]:
    started = time.process_time()
    costing = workspace.costing
    plan_id = costing.plan_id_for_name(PLAN)
    assert plan_id is not None
    scenario_id = workspace.scenarios.names()[0][0]
    setup = costing.setup_for_plan(plan_id, scenario_id, ON)
    assert setup.routes, [s for s in setup.skipped if "newer" not in s][:5]
    data = workbook_data(workspace) if every_listing else workbook_data_for(workspace, setup)
    report = write_workbook(setup, data, out)
    return time.process_time() - started, report.cell_count


def bare(cells: int, out: Path) -> float:
    started = time.process_time()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Bare")
    row = [f"text {i}" if i % 2 else float(i) + 0.25 for i in range(COLUMNS)]
    for _ in range(cells // COLUMNS):
        sheet.append(row)
    sheet.append(row[:cells % COLUMNS])
    book.save(out)
    return time.process_time() - started


def csv_all(workspace: Workspace, folder: Path) -> float:
    folder.mkdir()
    started = time.process_time()
    export_csv(workspace, folder)
    return time.process_time() - started


def raw_csv(workspace: Workspace, folder: Path) -> float:
    """The same tables' rows as SQLite gives them, dumped by csv.writer (no typing, no
    formatting, no formula-safety)."""
    folder.mkdir()
    started = time.process_time()
    for table in export_tables(workspace):
        with (folder / f"{table.name}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow([c.header for c in table.columns])
            writer.writerows(workspace.db.execute(table.sql))
    return time.process_time() - started


def libreoffice(path: Path, folder: Path) -> tuple[float, float]:
    """LibreOffice headless loading, recalculating and saving path: (wall, CPU) seconds."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        return float("nan"), float("nan")
    out = folder / "recalculated"
    profile = (folder / "lo-profile").as_uri()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([exe, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                    "--convert-to", "xlsx", "--outdir", str(out), str(path)],
                   capture_output=True, check=True, timeout=1200)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return time.perf_counter() - started, cpu


def line(what: str, runs: list[float]) -> float:
    median = statistics.median(runs)
    print(f"{what:12s} median {median:7.2f} s CPU   runs: {', '.join(f'{s:.2f}' for s in runs)}")
    return median


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--designs", type=int, default=5000)
    parser.add_argument("--quotes", type=int, default=5, help="quotes a design in all")
    parser.add_argument("--libreoffice", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = folder / "generated.jewelbench"
        started = time.perf_counter()
        write_generated(path, designs=args.designs)
        add_history(path, args.quotes)
        print(f"generated workspace: {args.designs:,} designs "
              f"({time.perf_counter() - started:.1f} s to write)")
        with Workspace.open(path, read_only=True) as workspace:
            counts = workspace.counts()
            print(f"  {counts['designs']:,} designs, {counts['quotes']:,} quotes, "
                  f"{counts['suppliers']} suppliers, {counts['sample_rounds']} sample rounds; "
                  f"plan '{PLAN}' of {PLAN_DESIGNS} designs")
            results: dict[str, tuple[list[float], list[float], int, int]] = {}
            for label, every in (("export", False), ("export all", True)):
                exports, bares = [], []
                cells = size = 0
                for run in range(args.runs):
                    out = folder / f"{label.replace(' ', '-')}-{run}.xlsx"
                    seconds, cells = export(workspace, out, every)
                    exports.append(seconds)
                    size = out.stat().st_size
                    bares.append(bare(cells, folder / f"bare-{run}.xlsx"))
                results[label] = (exports, bares, cells, size)
            csvs = [csv_all(workspace, folder / f"csv-{run}") for run in range(args.runs)]
            raws = [raw_csv(workspace, folder / f"raw-{run}") for run in range(args.runs)]
        recalc = libreoffice(folder / "export-0.xlsx", folder) if args.libreoffice else None
    for label, (exports, bares, cells, size) in results.items():
        print(f"--- {label}: {cells:,} cells (workbook {size / 1e6:.1f} MB)")
        export_s = line(label, exports)
        bare_s = line("bare", bares)
        ratio = export_s / bare_s
        verdict = "within target" if export_s < 10 and ratio <= 2 else "OVER TARGET"
        print(f"ratio        {ratio:.2f}× bare openpyxl (target ≤ 2×, under 10 s): {verdict}")
    print("--- CSV of every table")
    csv_s = line("csv", csvs)
    raw_s = line("raw csv", raws)
    print(f"ratio        {csv_s / raw_s:.2f}× a raw csv.writer dump (target about 1.5×)")
    if recalc is not None:
        print(f"--- LibreOffice recalculation of the default export: {recalc[0]:.1f} s "
              f"({recalc[1]:.1f} s CPU; target under 15 s)")


if __name__ == "__main__":
    main()
