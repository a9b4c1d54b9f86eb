"""Scale benchmark (issue 16): a brand's whole history — 20,000 designs, 100,000 quotes —
measured against baselines taken in the same run, with the GUI-thread watchdog on.

Run on demand (not in CI), once, on a quiet machine:
    .venv/bin/python tests/benchmarks/bench_scale.py [--designs 20000] [--xvfb]
                                                     [--workspace FILE] [--skip WHAT,...]
--workspace reuses a workspace written by generate.py (else one is generated into a scratch
folder); --xvfb shows every window on an Xvfb display (as on a desktop) instead of Qt's
offscreen platform. --skip leaves out some of: startup, sections, search, sort, scroll,
editor, comparison, export, csv, and any section (designs, suppliers, quotes, samples,
costs: not opened at all).

What is measured (each against its same-run baseline where the issue names one):
  start-up     process start → window shown, and → the catalog filled, against a bare PySide6
               window (bench_startup.py's way; medians of --runs). Target ≤ 2×.
  sections     each section's first open (built, read, painted; then until its workers are
               done) and its re-show after another section was on screen.
  search       each keystroke typed into the Designs and Quotes search boxes (one at a time, as
               someone typing slowly), until the list stops changing; against a C++
               QStandardItemModel + QSortFilterProxyModel over the same rows and columns.
  sort         a header click on the Quotes list until the first row changes, against the same
               C++ proxy sorting.
  scroll       the catalog table scrolled to its last row (until that row shows).
  editor       the quote editor opened on a quote, and for a new quote.
  comparison   Costs ▸ Compare for the 500-design plan: first open (until priced and shown)
               and a what-if move of the volume slider (on screen).
  memory       peak resident memory after every section, the editor and the comparison were
               opened, against a bare PySide6 window. Target ≤ 300 MiB.
  export       `jewelbench export --plan` (the accountant's workbook) against bare openpyxl
               writing as many cells (write-only); CSV of all tables against a raw csv.writer
               dump of the same tables' rows.
  file size    the workspace file per design.
Every GUI-thread stall over --watchdog ms (100) is printed at the end, by what was being
measured, with the jewelbench line the watchdog's samples found it in.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

SEARCH_TEXT = "luna"  # a design name word (generate.py's names): narrows at each keystroke
SETTLE_S = 0.5  # a list that has not changed for this long after a keystroke has answered
RESULTS: list[tuple[str, str]] = []  # (what, figure) in the order measured, printed at the end


def report(what: str, figure: str) -> None:
    RESULTS.append((what, figure))
    print(f"  {what:<52} {figure}", flush=True)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- start-up, in fresh processes (as bench_startup.py) ------------------------------------

_BARE_WINDOW = r"""
import resource, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1366, 768); w.show()
def done():
    print(f"shown at {time.time():.6f}", flush=True)
    print(f"maxrss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
    w.close(); app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def _stamp(output: str, marker: str) -> float:
    return float(output.rsplit(marker, 1)[1].split()[0].rstrip(")"))


def _start(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    start = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=1800)
    if result.returncode != 0 or "shown at" not in result.stdout:
        raise SystemExit(f"failed: {' '.join(command)}\n{result.stdout}\n{result.stderr}")
    shown = _stamp(result.stdout, "shown at") - start
    filled = _stamp(result.stdout, "filled at") - start if "filled at" in result.stdout \
        else shown
    return shown, filled, result.stdout + result.stderr


def measure_startup(workspace: Path, env: dict[str, str], runs: int,
                    watchdog_ms: int) -> list[str]:
    print("\nstart-up", flush=True)
    app_env = dict(env, JEWELBENCH_WATCHDOG=str(watchdog_ms))
    bare = [sys.executable, "-c", _BARE_WINDOW]
    app = [sys.executable, "-m", "jewelbench", "--workspace", str(workspace),
           "--quit-after-shown"]
    _start(bare, env)  # warm-up: bytecode and disk caches
    _start(app, app_env)
    bare_shown, app_shown, app_filled, stalls = [], [], [], []
    for _ in range(runs):
        shown, _filled, _ = _start(bare, env)
        bare_shown.append(shown)
        shown, filled, output = _start(app, app_env)
        app_shown.append(shown)
        app_filled.append(filled)
        stalls = [line.split("watchdog: ", 1)[1] for line in output.splitlines()
                  if "GUI thread stalled for" in line]
    base = statistics.median(bare_shown)
    shown, filled = statistics.median(app_shown), statistics.median(app_filled)
    report("bare PySide6 window shown", ms(base))
    report("start-up: window shown", f"{ms(shown)}  ×{shown / base:.2f} (target ≤ 2×)")
    report("start-up: catalog filled", f"{ms(filled)}  ×{filled / base:.2f}")
    return stalls


def bare_window_rss(env: dict[str, str]) -> float:
    _, _, output = _start([sys.executable, "-c", _BARE_WINDOW], env)
    return int(output.split("maxrss ", 1)[1].split()[0]) / 1024


# --- in the window ---------------------------------------------------------------------------

class Bench:
    def __init__(self, app: Any, window: Any, watchdog: Any, workspace: Any) -> None:
        self.app = app
        self.window = window
        self.watchdog = watchdog
        self.workspace = workspace

    def doing(self, what: str) -> None:
        self.watchdog.doing(what)

    def pump(self) -> None:
        self.app.processEvents()

    def workers_busy(self) -> bool:
        from PySide6.QtCore import QThread, QThreadPool

        if QThreadPool.globalInstance().activeThreadCount():
            return True
        for pool in self.window.findChildren(QThreadPool):
            if pool.activeThreadCount():
                return True
        return any(thread.isRunning() for thread in self.window.findChildren(QThread))

    def settle(self, limit_s: float = 900.0) -> float:
        """Process events until no worker is busy; seconds it took."""
        start = time.perf_counter()
        while time.perf_counter() - start < limit_s:
            self.pump()
            if not self.workers_busy():
                self.pump()
                break
            time.sleep(0.005)
        return time.perf_counter() - start

    def until_unchanged(self, value: Callable[[], object], since: float,
                        quiet_s: float = SETTLE_S, limit_s: float = 900.0) -> float:
        """Seconds from since (an action started; it has returned now) to the last change of
        value() seen as events are processed, once value() has not changed for quiet_s and no
        worker is busy; the action's own time when nothing changed after it returned."""
        returned = time.perf_counter()
        last_value = value()
        changed_at = returned
        quiet_from = returned
        while time.perf_counter() - since < limit_s:
            self.pump()
            now_value, now = value(), time.perf_counter()
            if now_value != last_value:
                last_value, changed_at, quiet_from = now_value, now, now
            if now - quiet_from >= quiet_s and not self.workers_busy():
                break
            time.sleep(0.003)
        return changed_at - since

    def show_section(self, key: str) -> tuple[float, float]:
        """(until painted, until its workers are done) for showing a section."""
        view = self.window.view(key) if key in self.window._built else None
        start = time.perf_counter()
        self.window.show_view(key)
        view = self.window.view(key)
        self.pump()
        view.repaint()
        shown = time.perf_counter() - start
        self.settle()
        return shown, time.perf_counter() - start


def _page(view: Any, key: str) -> tuple[Any, Any]:
    from PySide6.QtWidgets import QLineEdit, QTableView

    search = view.findChild(QLineEdit, f"{key}Search")
    table = view.findChild(QTableView, f"{key}Table")
    if search is None or table is None:
        raise SystemExit(f"the {key} list has no {key}Search box or {key}Table")
    return search, table


def _rows(table: Any) -> int:
    return int(table.model().rowCount())


def _first_row(table: Any) -> tuple[object, ...]:
    model = table.model()
    if model.rowCount() == 0:
        return ()
    return tuple(model.index(0, c).data() for c in range(min(model.columnCount(), 4)))


SECTIONS = ("designs", "suppliers", "quotes", "samples", "costs")


def measure_sections(bench: Bench, keys: list[str]) -> None:
    print("\nsections (first open: painted / until workers done; re-show)", flush=True)
    for key in keys:
        bench.doing(f"opening {key}")
        shown, done = bench.show_section(key)
        report(f"{key}: first open", f"{ms(shown)} painted, {ms(done)} done")
    for index, key in enumerate(keys):
        bench.doing("")
        bench.show_section(keys[index - 1])
        bench.doing(f"showing {key} again")
        shown, done = bench.show_section(key)
        report(f"{key}: re-show", f"{ms(shown)} painted, {ms(done)} done")


def type_slowly(bench: Bench, key: str) -> list[tuple[float, float]]:
    """(keystroke handled, list answered) per character of SEARCH_TEXT, then cleared."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    bench.doing("")
    bench.show_section(key)
    search, table = _page(bench.window.view(key), key)
    search.setFocus()
    times = []
    for character in SEARCH_TEXT:
        bench.doing(f"typing in the {key} search")
        start = time.perf_counter()
        QTest.keyClicks(search, character)
        handled = time.perf_counter() - start
        answered = bench.until_unchanged(lambda: (_rows(table), _first_row(table)), start)
        times.append((handled, max(handled, answered)))
    bench.doing(f"clearing the {key} search")
    QTest.keyClick(search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(search, Qt.Key.Key_Delete)
    bench.until_unchanged(lambda: _rows(table), time.perf_counter())
    return times


def measure_search_and_sort(bench: Bench, skip: set[str]) -> None:
    print(f"\nsearch: typing '{SEARCH_TEXT}' one key at a time (handled / list answered)",
          flush=True)
    typed: dict[str, list[tuple[float, float]]] = {}
    if "search" not in skip:
        for key in ("designs", "quotes"):
            typed[key] = type_slowly(bench, key)
            answers = [answered for _, answered in typed[key]]
            report(f"{key} search: per keystroke", "  ".join(
                f"{c}: {ms(h)}/{ms(a)}" for c, (h, a) in zip(SEARCH_TEXT, typed[key])))
            report(f"{key} search: median / worst keystroke",
                   f"{ms(statistics.median(answers))} / {ms(max(answers))}")
    sort_times: list[float] = []
    if "sort" not in skip:
        from PySide6.QtCore import Qt

        bench.doing("")
        bench.show_section("quotes")
        _, table = _page(bench.window.view("quotes"), "quotes")
        for column, order in ((1, Qt.SortOrder.DescendingOrder),
                              (0, Qt.SortOrder.AscendingOrder)):
            bench.doing("sorting the quotes list")
            start = time.perf_counter()
            table.sortByColumn(column, order)
            sort_times.append(bench.until_unchanged(lambda: _first_row(table), start))
        report("quotes sort (header click): by column 1 / back by 0",
               " / ".join(ms(s) for s in sort_times))
    bench.doing("")
    baseline_cpp(bench, typed, sort_times)


def baseline_cpp(bench: Bench, typed: dict[str, list[tuple[float, float]]],
                 sort_times: list[float]) -> None:
    """The same rows in a C++ QStandardItemModel behind a QSortFilterProxyModel."""
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    workspace = bench.workspace
    sources: dict[str, list[tuple[str, ...]]] = {
        "designs": [(s.code, s.name, s.collection, s.category.value, s.status.value,
                     str(getattr(s, "updated_at", "")))
                    for s in workspace.designs.summaries()],
        "quotes": [(q.design_code, q.design_name, q.supplier, q.reference, q.currency,
                    q.quoted_on.isoformat(), str(q.valid_until or ""), str(q.moq), q.incoterm,
                    " ".join(f"{n}: {p}" for n, p in q.tiers), str(q.development_cost),
                    str(q.production_lead_time_days or ""))
                   for q in workspace.quotes.summaries()],
    }
    print("\nbaseline: C++ QStandardItemModel + QSortFilterProxyModel, same rows", flush=True)
    for key, rows in sources.items():
        model = QStandardItemModel()
        for row in rows:
            model.appendRow([QStandardItem(text) for text in row])
        proxy = QSortFilterProxyModel()
        proxy.setSourceModel(model)
        proxy.setFilterKeyColumn(-1)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        times = []
        for end in range(1, len(SEARCH_TEXT) + 1):
            start = time.perf_counter()
            proxy.setFilterFixedString(SEARCH_TEXT[:end])
            proxy.rowCount()
            times.append(time.perf_counter() - start)
        proxy.setFilterFixedString("")
        base = statistics.median(times)
        figure = f"{ms(base)} per keystroke ({len(rows):,} rows × {len(rows[0]) if rows else 0}"
        if key in typed:
            app = statistics.median(answered for _, answered in typed[key])
            figure += f"); the app's median ×{app / max(base, 1e-6):.1f}"
        else:
            figure += ")"
        report(f"C++ {key} filter", figure)
        if key == "quotes":
            sorts = []
            for column, order in ((1, Qt.SortOrder.DescendingOrder),
                                  (0, Qt.SortOrder.AscendingOrder)):
                start = time.perf_counter()
                proxy.sort(column, order)
                proxy.index(0, 0).data()
                sorts.append(time.perf_counter() - start)
            figure = " / ".join(ms(s) for s in sorts)
            if sort_times:
                ratio = statistics.median(sort_times) / statistics.median(sorts)
                figure += f"; the app's ×{ratio:.1f}"
            report("C++ quotes sort", figure)
        del proxy, model


def measure_scroll(bench: Bench) -> None:
    print("\nscroll", flush=True)
    bench.doing("")
    bench.show_section("designs")
    _, table = _page(bench.window.view("designs"), "designs")
    total = bench.workspace.designs.count()
    bench.doing("scrolling the catalog to its end")
    start = time.perf_counter()
    last_row = -1
    while time.perf_counter() - start < 900:
        table.scrollToBottom()
        bench.pump()
        model = table.model()
        last_row = table.rowAt(table.viewport().height() - 2)
        if last_row < 0:
            last_row = model.rowCount() - 1
        if last_row >= total - 1 and model.index(total - 1, 0).data() not in (None, ""):
            break
    table.viewport().repaint()
    took = time.perf_counter() - start
    report("catalog: scroll to the last of the designs", f"{ms(took)} (row {last_row + 1:,} "
           f"of {total:,} shown)")
    bench.doing("")
    table.scrollToTop()
    bench.pump()


def measure_editor(bench: Bench) -> None:
    print("\nquote editor", flush=True)
    bench.doing("")
    bench.show_section("quotes")
    view = bench.window.view("quotes")
    quote_id = bench.workspace.db.execute("SELECT max(id) FROM quotes").fetchone()[0]
    for label, opener in (("on a quote", lambda: view.edit_quote(quote_id)),
                          ("for a new quote", view.new_quote)):
        bench.doing(f"opening the quote editor {label}")
        start = time.perf_counter()
        editor = opener()
        bench.pump()
        if editor is not None:
            editor.repaint()
        took = time.perf_counter() - start
        report(f"quote editor open {label}", ms(took) if editor is not None
               else "did not open")
        bench.doing("")
        if editor is not None:
            editor.reject()
            bench.pump()


def measure_comparison(bench: Bench) -> None:
    from jewelbench.ui.costs.controls import position_for_volume

    print("\ncomparison of the generated plan", flush=True)
    plan = bench.workspace.db.execute(
        "SELECT p.id, count(*) FROM collection_plans p JOIN plan_lines l ON l.plan_id = p.id "
        "GROUP BY p.id ORDER BY count(*) DESC LIMIT 1").fetchone()
    if plan is None:
        report("comparison", "no plan in the workspace")
        return
    bench.doing("")
    bench.show_section("costs")
    costs = bench.window.view("costs")
    costs.setCurrentIndex(0)
    comparison = costs.comparison

    def wait_priced(start: float) -> float:
        while time.perf_counter() - start < 1800:
            bench.pump()
            if not comparison.is_busy:
                break
            time.sleep(0.005)
        comparison.repaint()
        bench.pump()
        return time.perf_counter() - start

    chosen = comparison.choice()
    if chosen is not None and (chosen.kind, chosen.id) == ("plan", plan[0]):
        report(f"comparison of the {plan[1]}-design plan: first open",
               "Costs opens on it: its first open is Costs' first open above")
        other = bench.workspace.db.execute(
            "SELECT design_id FROM plan_lines WHERE plan_id = ? LIMIT 1", [plan[0]]).fetchone()
        bench.doing("comparing one design of the plan")
        start = time.perf_counter()
        comparison.choose("design", other[0])
        report("comparison of one design", ms(wait_priced(start)))
        label = "chosen again"
    else:
        label = "first open"
    bench.doing(f"comparing the {plan[1]}-design plan ({label})")
    start = time.perf_counter()
    comparison.choose("plan", plan[0])
    handed = time.perf_counter() - start
    took = wait_priced(start)
    problem = f" — {comparison.problem}" if comparison.problem else ""
    report(f"comparison of the {plan[1]}-design plan: {label}",
           f"{ms(took)} (GUI thread until the pricing started: {ms(handed)}){problem}")
    if comparison.prepared is None:
        return
    slider = comparison.controls.volume_slider
    base = slider.value() or position_for_volume(comparison.controls.pieces())
    moves = []
    for k in range(10):
        bench.doing("moving the what-if volume slider")
        start = time.perf_counter()
        slider.setValue(base + (7 if k % 2 == 0 else -7))
        comparison.repaint()
        bench.pump()
        moves.append(time.perf_counter() - start)
    report("comparison: what-if move (volume slider, on screen)",
           f"median {ms(statistics.median(moves))}, worst {ms(max(moves))}")
    bench.doing("")


# --- export, in the process, once the window is closed ----------------------------------------

def measure_export(workspace_path: Path, scratch: Path, skip: set[str]) -> None:
    from jewelbench import cli

    print("\nexport", flush=True)
    if "export" not in skip:
        plan = sqlite3.connect(f"file:{workspace_path}?mode=ro", uri=True).execute(
            "SELECT p.name FROM collection_plans p JOIN plan_lines l ON l.plan_id = p.id "
            "GROUP BY p.id ORDER BY count(*) DESC LIMIT 1").fetchone()
        out = scratch / "plan.xlsx"
        printed = io.StringIO()
        start = time.perf_counter()
        with redirect_stdout(printed):
            code = cli.main(["export", str(workspace_path), "-o", str(out), "--plan", plan[0],
                             "--date", dt.date.today().isoformat()])
        took = time.perf_counter() - start
        text = printed.getvalue()
        if code != 0 or " cells" not in text:
            report("workbook export", f"failed ({code}): {text.strip()[-300:]}")
        else:
            cells = _cells(text)
            bare = _bare_openpyxl(cells, scratch / "bare.xlsx")
            report(f"workbook export of '{plan[0]}'",
                   f"{took:,.1f} s, {cells:,} cells, {out.stat().st_size / 1e6:,.1f} MB; "
                   f"bare openpyxl {bare:,.1f} s: ×{took / bare:.2f} (target < 10 s, ≤ 2×)")
    if "csv" not in skip:
        folder = scratch / "csv"
        folder.mkdir(exist_ok=True)
        printed = io.StringIO()
        start = time.perf_counter()
        with redirect_stdout(printed):
            code = cli.main(["export", str(workspace_path), "--csv", str(folder)])
        took = time.perf_counter() - start
        if code != 0:
            report("CSV export", f"failed ({code}): {printed.getvalue().strip()[-300:]}")
            return
        names = [p.stem for p in folder.glob("*.csv")]
        raw = _raw_csv(workspace_path, scratch / "raw", names)
        report(f"CSV export of {len(names)} tables",
               f"{took:,.1f} s; raw csv.writer {raw:,.1f} s: ×{took / raw:.2f} (target ~1.5×)")


def _cells(text: str) -> int:
    before = text.rsplit(" cells", 1)[0]
    return int(before.split()[-1].replace(",", ""))


def _bare_openpyxl(cells: int, out: Path, columns: int = 12) -> float:
    from openpyxl import Workbook

    start = time.perf_counter()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Bare")
    row = [f"text {i}" if i % 2 else float(i) + 0.25 for i in range(columns)]
    for _ in range(cells // columns):
        sheet.append(row)
    sheet.append(row[:cells % columns])
    book.save(out)
    return time.perf_counter() - start


def _raw_csv(workspace_path: Path, folder: Path, names: list[str]) -> float:
    """Every non-image column of the tables the export wrote (or of the same-named SQL
    tables), dumped with csv.writer."""
    folder.mkdir(exist_ok=True)
    conn = sqlite3.connect(f"file:{workspace_path}?mode=ro", uri=True)
    tables = {name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    wanted = [name for name in names if name in tables] or sorted(
        t for t in tables if not t.startswith(("sqlite_", "_")))
    start = time.perf_counter()
    for table in wanted:
        columns = [c[1] for c in conn.execute(f"PRAGMA table_info({table})")
                   if c[2].upper() != "BLOB"]
        with open(folder / f"{table}.csv", "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            writer.writerows(conn.execute(f"SELECT {', '.join(columns)} FROM {table}"))
    took = time.perf_counter() - start
    conn.close()
    return took


# --- the run -----------------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--designs", type=int, default=20000)
    parser.add_argument("--workspace", type=Path, help="a workspace written by generate.py")
    parser.add_argument("--runs", type=int, default=3, help="start-up runs (medians)")
    parser.add_argument("--watchdog", type=int, default=100, metavar="MS")
    parser.add_argument("--xvfb", action="store_true")
    parser.add_argument("--skip", default="", help="comma-separated parts to leave out")
    args = parser.parse_args()
    skip = {part.strip() for part in args.skip.split(",") if part.strip()}

    scratch = Path(tempfile.mkdtemp(prefix="jewelbench-scale-"))
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["XDG_CONFIG_HOME"] = str(scratch / "config")
    env["XDG_DATA_HOME"] = str(scratch / "data")
    xvfb = None
    if args.xvfb:
        read_end, write_end = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0",
                                 "1920x1080x24", "-nolisten", "tcp"], pass_fds=(write_end,),
                                stderr=subprocess.DEVNULL)
        os.close(write_end)
        with os.fdopen(read_end) as handle:
            env["DISPLAY"] = f":{handle.readline().strip()}"
        env["QT_QPA_PLATFORM"] = "xcb"
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.update({k: env[k] for k in ("XDG_CONFIG_HOME", "XDG_DATA_HOME",
                                           "QT_QPA_PLATFORM")})
    if "DISPLAY" in env:
        os.environ["DISPLAY"] = env["DISPLAY"]
    try:
        run(args, skip, scratch, env)
    finally:
        if xvfb is not None:
            xvfb.terminate()


def run(args: argparse.Namespace, skip: set[str], scratch: Path, env: dict[str, str]) -> None:
    load = os.getloadavg()
    print(f"jewelbench scale benchmark, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC; "
          f"{os.cpu_count()} CPUs, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; "
          f"platform {env['QT_QPA_PLATFORM']}; scratch {scratch}", flush=True)
    workspace_path = args.workspace
    if workspace_path is None:
        workspace_path = scratch / f"generated-{args.designs}.jewelbench"
        start = time.perf_counter()
        result = subprocess.run([sys.executable, str(HERE / "generate.py"), str(workspace_path),
                                 "--designs", str(args.designs)], env=env, text=True,
                                capture_output=True)
        if result.returncode != 0:
            raise SystemExit(result.stderr)
        report("generated workspace", f"{time.perf_counter() - start:,.1f} s: "
               f"{result.stdout.strip().splitlines()[0]}")
    size = workspace_path.stat().st_size
    conn = sqlite3.connect(f"file:{workspace_path}?mode=ro", uri=True)
    designs, quotes = (conn.execute("SELECT (SELECT count(*) FROM designs), "
                                    "(SELECT count(*) FROM quotes)").fetchone())
    conn.close()
    report("file size", f"{size / 2**20:,.0f} MiB for {designs:,} designs and {quotes:,} "
           f"quotes: {size / designs / 1024:.1f} KiB per design")

    startup_stalls: list[str] = []
    if "startup" not in skip:
        startup_stalls = measure_startup(workspace_path, env, args.runs, args.watchdog)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from jewelbench.app.main import create_application
    from jewelbench.app.watchdog import Watchdog
    from jewelbench.storage import Workspace
    from jewelbench.ui.main_window import MainWindow

    app = create_application(sys.argv[:1])
    assert isinstance(app, QApplication)
    watchdog = Watchdog(args.watchdog)
    watchdog.start()
    bare_rss = bare_window_rss(env)
    print("\nthe window, in this process", flush=True)
    watchdog.doing("opening the workspace and building the window with the catalog")
    start = time.perf_counter()
    workspace = Workspace.open(workspace_path, full_check=False)
    settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, workspace, scratch / "data", defer_first_view=False)
    window.resize(1366, 768)
    window.show()
    bench = Bench(app, window, watchdog, workspace)
    app.processEvents()
    window.repaint()
    shown = time.perf_counter() - start
    done = shown + bench.settle()
    report("workspace opened, window built, designs shown",
           f"{ms(shown)} painted, {ms(done)} done (the designs' first open)")
    sections = [key for key in SECTIONS if key not in skip]
    if "sections" not in skip:
        measure_sections(bench, sections)
    else:
        for key in sections:
            bench.show_section(key)
    if "editor" not in skip:
        measure_editor(bench)
    if "comparison" not in skip:
        measure_comparison(bench)
    peak = rss_mib()
    report("peak resident memory after every section",
           f"{peak:,.0f} MiB; bare window {bare_rss:,.0f} MiB (target ≤ 300 MiB)")
    if "scroll" not in skip:
        measure_scroll(bench)
    measure_search_and_sort(bench, skip)
    watchdog.doing("closing the window")
    window.close()
    bench.pump()
    workspace.close()
    watchdog.stop()
    measure_export(workspace_path, scratch, skip)

    print("\nGUI-thread stalls over "
          f"{args.watchdog} ms (watchdog), by what was being done:", flush=True)
    if startup_stalls:
        print("  start-up (the last run's):")
        for line in startup_stalls:
            print(f"    {line}")
    by_activity: dict[str, list[Any]] = {}
    for stall in watchdog.stalls:
        by_activity.setdefault(stall.activity or "(between measurements)", []).append(stall)
    for activity, stalls in by_activity.items():
        worst = max(stalls, key=lambda s: s.duration_ms)
        print(f"  {activity}: {len(stalls)} stall(s), worst {worst.duration_ms:,.0f} ms at "
              f"{worst.where or '(outside jewelbench)'}")
        for spot, count in worst.hot_spots[:3]:
            print(f"      {spot}  ×{count}")
        for spot, count in worst.callers[:2]:
            print(f"      asked for by {spot}  ×{count}")
    if not by_activity and not startup_stalls:
        print("  none")
    print("\nsummary")
    for what, figure in RESULTS:
        print(f"  {what:<52} {figure}")


if __name__ == "__main__":
    main()
