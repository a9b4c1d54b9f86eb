"""`jewelbench --self-test`: does this installation print and export? Run on a designer's
machine, from a frozen bundle, or by CI.

It writes the demo workspace into a fresh temporary folder and, headless, makes the four files a
user hands on — a tech pack PDF, an RFQ PDF, the accountant's workbook and the CSV tables —
through the same functions the window and the other commands use, then reads each one back:

    ok   tech pack PDF: 4 pages, A4, "RG-014 Solitaire Halo Ring — tech pack rev B", fonts …

Before the files, every face of the shipped print font must load (reports.print_fonts), and the
PDFs must embed that font alone: a bundle that left resources/fonts/ out would still print, in
the computer's own fonts, with lines and page breaks of its own.

Each check is one line, "ok" or "FAIL" with the reason (an unexpected exception's type and
message); a failing check does not stop the others (those that need what it made say "skip").
Exit 0 when every check passed, 1 otherwise, 130 after Ctrl+C (which lets the check under
way end, starts no other and cleans up). Qt starts first, offscreen whatever QT_QPA_PLATFORM
says, after its offscreen plugin has been looked for: a missing plugin would end the process.

Nothing is written outside the temporary folder, which is removed at the end: not the user data
folder, not the program's folder (it may be read-only), no QSettings. HOME is not needed. The
temporary folder is made in the folder that TMPDIR (TEMP, TMP) names when one is set, and the
self-test fails, naming it, when that folder cannot be written: Qt writes its own temporary files
there too, and falling back silently to another folder would hide the problem.

PDFs are read back by their structure (the trailer, the cross-reference table, the page tree's
/Count, the info dictionary's /Title, the first page's /MediaBox, the embedded fonts), so no
poppler is needed; the workbook is read with openpyxl and the CSV with the csv module. The known
figures are facts the demo itself fixes (app/demo.py), never numbers copied from the costing
engine's output.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

TEMPORARY_PREFIX = "jewelbench-self-test-"
DEMO_FILE = "self-test demo.jewelbench"

# What the demo fixes (app/demo.py), so what the files must show:
# - RG-014 "Solitaire Halo Ring" has two issued tech pack revisions, A (2026-02-16) and B
#   (2026-05-11): `jewelbench techpack` prints the latest issued one, B.
TECHPACK_CODE, TECHPACK_NAME, TECHPACK_REVISION = "RG-014", "Solitaire Halo Ring", "B"
# - The RFQ for BR-002 "Cable Link Bracelet" rev A went to Jaipur Silvercraft and Panyu Jinhui.
RFQ_CODE, RFQ_REVISION = "BR-002", "A"
# - Plan "Tidal 2027" holds PD-003, PD-009 and BR-002; Panyu Jinhui's quote Q-2026-033 for PD-003
#   prices 112.00 CNY from 100 pieces, 98.00 from 300, 86.00 from 1000 and 79.00 from 3000.
WORKBOOK_PLAN = "Tidal 2027"
WORKBOOK_QUOTE, WORKBOOK_TIER, WORKBOOK_PRICE = "Q-2026-033", 300, Decimal("98")
# - Siam Gem Setting's quote Q-2026-019 for RG-014 prices 15,900 THB from 50 pieces.
CSV_QUOTE, CSV_TIER, CSV_PRICE, CSV_CURRENCY = "Q-2026-019", "50", "15900", "THB"
# - Fifteen designs (the demo's catalogue).
DEMO_DESIGNS = 15

PAPER_POINTS = {"A4": (595.0, 842.0), "Letter": (612.0, 792.0)}


class CheckFailed(Exception):
    """A file was made but does not say what it must."""


class Skipped(Exception):
    """A check that needs what an earlier, failed check was to make."""


@dataclass
class SelfTest:
    out: TextIO
    folder: Path | None = None
    demo: Path | None = None
    qt: bool = False  # a headless QGuiApplication is running
    failed: list[str] = field(default_factory=list)
    passed: int = 0
    interrupted: bool = False  # Ctrl+C: no further check is started

    def check(self, name: str, work: Callable[[], str]) -> None:
        """Run one check; print 'ok', 'FAIL' or 'skip' with what it found or why."""
        try:
            detail = work()
        except Skipped as skipped:
            self.failed.append(name)
            self._line("skip", name, str(skipped))
        except Exception as error:  # every failure is named, the other checks still run
            self.failed.append(name)
            self._line("FAIL", name, describe(error))
        else:
            self.passed += 1
            self._line("ok", name, detail)

    def _line(self, status: str, name: str, detail: str) -> None:
        self.write(f"{status:<4} {name}: {detail}\n")

    def write(self, text: str) -> None:
        """Print; a reader that went away (`… | head`) does not stop the checks or the
        clean-up: the rest goes nowhere."""
        try:
            self.out.write(text)
            self.out.flush()
        except OSError:
            self.out = _nowhere(self.out)

    def needs_demo(self) -> Path:
        if self.demo is None:
            raise Skipped("needs the demo workspace, which could not be written")
        return self.demo

    def needs_qt(self) -> None:
        if not self.qt:
            raise Skipped("needs Qt, which could not start")

    def needs_folder(self) -> Path:
        if self.folder is None:
            raise Skipped("needs the temporary folder, which could not be made")
        return self.folder


def describe(error: BaseException) -> str:
    """"PermissionError: [Errno 13] Permission denied: '/x'" on one line; a CheckFailed is
    its reason alone."""
    text = " ".join(str(error).split())
    if isinstance(error, CheckFailed):
        return text
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check, print one line each and a summary; 0 when all passed, else 1."""
    out = out if out is not None else _stdout()
    started = time.monotonic()
    # Headless whatever the desktop: set before Qt is first asked for a platform.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    test = SelfTest(out)
    test.write(f"jewelbench {_version()} self-test (Python {sys.version.split()[0]}"
               f"{', frozen' if getattr(sys, 'frozen', False) else ''})\n")
    checks: list[tuple[str, Callable[[], str]]] = [
        # Qt first: were it to abort the process (a library its plugin needs is missing), no
        # temporary folder is left behind.
        ("Qt offscreen", lambda: _start_qt(test)),
        ("print font", lambda: _print_font(test)),
        ("temporary folder", lambda: _make_folder(test)),
        ("demo workspace", lambda: _write_demo(test)),
        ("tech pack PDF", lambda: _techpack(test)),
        ("RFQ PDF", lambda: _rfq(test)),
        ("workbook", lambda: _workbook(test)),
        ("CSV export", lambda: _csv(test)),
    ]
    previous = _stop_on_interrupt(test)
    try:
        for name, work in checks:
            if test.interrupted:
                break
            test.check(name, work)
    except KeyboardInterrupt:  # a second Ctrl+C, in a check that would not end
        test.interrupted = True
    finally:  # even when interrupted
        if test.folder is not None:
            test.check("clean-up", lambda: _remove_folder(test))
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    if test.interrupted:
        test.write(f"self-test interrupted (Ctrl+C) after {test.passed} checks passed and "
                   f"{len(test.failed)} failed in {time.monotonic() - started:.1f} s\n")
        _say_on_stderr("jewelbench: self-test interrupted")
        return 130  # the shell's status for a program stopped by Ctrl+C
    seconds = time.monotonic() - started
    if test.failed:
        test.write(f"self-test FAILED: {', '.join(test.failed)} ({len(test.failed)} of "
                   f"{len(test.failed) + test.passed} checks) in {seconds:.1f} s\n")
        _say_on_stderr(f"jewelbench: self-test failed: {', '.join(test.failed)}")
        return 1
    test.write(f"self-test passed: {test.passed} checks in {seconds:.1f} s\n")
    return 0


def _say_on_stderr(line: str) -> None:
    """For a script that only keeps stderr."""
    if sys.stderr is not None:
        try:
            sys.stderr.write(line + "\n")
            sys.stderr.flush()
        except OSError:
            pass


def _stop_on_interrupt(test: SelfTest) -> Any:
    """Ctrl+C lets the check under way end, runs no other and cleans up; a second one stops
    that check too (KeyboardInterrupt). Not a KeyboardInterrupt at once: raised inside PySide's
    own imports it comes out as an AttributeError, a check failed for no reason. Returns the
    handler to put back (None where signals cannot be handled: not the main thread)."""
    def interrupted(_signal: int, _frame: object) -> None:
        test.interrupted = True
        signal.signal(signal.SIGINT, signal.default_int_handler)

    try:
        return signal.signal(signal.SIGINT, interrupted)
    except ValueError:
        return None


def _nowhere(stream: TextIO) -> TextIO:
    """os.devnull in place of a stream whose reader has gone, down to its file descriptor so
    that Python's own flush at exit does not complain either."""
    nowhere = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the run
    try:
        os.dup2(nowhere.fileno(), stream.fileno())
    except (OSError, ValueError, AttributeError):
        pass
    return nowhere


def _stdout() -> TextIO:
    """The console, or nowhere for a windowed Windows build (sys.stdout is None there); a
    console that cannot show a character gets a '?' rather than a crash."""
    stream = sys.stdout
    if stream is None:
        return open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the run
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        try:
            reconfigure(errors="replace")
        except (ValueError, OSError):
            pass
    return stream


def _version() -> str:
    import jewelbench

    return jewelbench.__version__


# --- the checks ----------------------------------------------------------------------------


def _make_folder(test: SelfTest) -> str:
    named = _named_temporary_folder()
    try:
        test.folder = Path(tempfile.mkdtemp(prefix=TEMPORARY_PREFIX,
                                            dir=named[1] if named else None))
    except OSError as error:
        where = (f"{named[0]} names {named[1]}" if named
                 else f"the temporary folder is {tempfile.gettempdir()}")
        raise CheckFailed(f"{describe(error)} ({where}; the self-test writes only there)") \
            from None
    return str(test.folder)


def _named_temporary_folder() -> tuple[str, str] | None:
    """(variable, folder) the environment names for temporary files, as tempfile reads them."""
    for variable in ("TMPDIR", "TEMP", "TMP"):
        value = os.environ.get(variable)
        if value:
            return variable, value
    return None


def _start_qt(test: SelfTest) -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtGui import QFontDatabase, QFontInfo, QGuiApplication

    from jewelbench.cli_shared import gui_application
    from jewelbench.reports.techpack_pdf import body_font

    searched = plugin_folders()
    plugin = offscreen_plugin(searched)
    if plugin is None:  # Qt would abort the whole process: say so and go on without it
        raise CheckFailed("Qt's offscreen platform plugin (platforms/…qoffscreen…) is in none "
                          f"of {', '.join(map(str, searched)) or 'no plugin folder'}")
    gui_application()
    platform = QGuiApplication.platformName()
    if platform != "offscreen":
        raise CheckFailed(f"Qt started on the '{platform}' platform, not 'offscreen'")
    test.qt = True  # the PDFs are still made, and say for themselves what a font problem did
    families = QFontDatabase.families()
    body = QFontInfo(body_font()).family()
    if not families or not body:
        raise CheckFailed(f"Qt finds {len(families)} font families and no font for printed "
                          "text: a tech pack would print without its words")
    return (f"PySide6 {pyside_version}, {plugin.name}, {len(families)} font families, printed "
            f"text in '{body}'")


def _print_font(test: SelfTest) -> str:
    """Every face of the shipped print font loaded (reports.print_fonts): without them pages
    print in the computer's own fonts and may break differently from everyone else's."""
    from PySide6.QtGui import QFontDatabase

    from jewelbench.reports import print_fonts

    test.needs_qt()
    registration = print_fonts.register()
    if registration.problems:
        raise CheckFailed("; ".join(" ".join(problem.split())
                                    for problem in registration.problems))
    styles = QFontDatabase.styles(print_fonts.FAMILY)
    return f"{print_fonts.FAMILY} ({', '.join(styles)}) from {print_fonts.fonts_folder()}"


def plugin_folders() -> list[Path]:
    """Where Qt looks for plugins, in its order: QT_QPA_PLATFORM_PLUGIN_PATH (the platforms
    folder itself), QT_PLUGIN_PATH (set by a PyInstaller bundle), then its library paths."""
    from PySide6.QtCore import QCoreApplication

    folders = [Path(part) / "platforms" for part in
               os.environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if part]
    folders += [Path(path) / "platforms" for path in QCoreApplication.libraryPaths()]
    named = os.environ.get("QT_QPA_PLATFORM_PLUGIN_PATH")
    return ([Path(named)] if named else []) + folders


def offscreen_plugin(folders: list[Path]) -> Path | None:
    """The offscreen platform plugin (libqoffscreen.so, qoffscreen.dll, libqoffscreen.dylib)
    in the first of folders that holds it."""
    for folder in folders:
        try:
            found = sorted(folder.glob("*qoffscreen*"))
        except OSError:
            continue
        if found:
            return found[0]
    return None


def _write_demo(test: SelfTest) -> str:
    from jewelbench.app.demo import write_demo
    from jewelbench.storage import Workspace

    path = test.needs_folder() / DEMO_FILE
    write_demo(path)
    with Workspace.open(path, read_only=True) as workspace:
        codes = workspace.designs.codes()
    if len(codes) != DEMO_DESIGNS or TECHPACK_CODE not in codes:
        raise CheckFailed(f"{len(codes)} designs, expected {DEMO_DESIGNS} with {TECHPACK_CODE}")
    test.demo = path
    return f"{len(codes)} designs written to {path.name}"


def _techpack(test: SelfTest) -> str:
    """As `jewelbench techpack DEMO RG-014` prints it (cli._print_techpack)."""
    from jewelbench.reports.techpack_pdf import render_revision_pdf
    from jewelbench.storage import Workspace

    test.needs_qt()
    demo = test.needs_demo()
    out = demo.with_name(f"{TECHPACK_CODE} tech pack.pdf")
    with Workspace.open(demo, read_only=True) as workspace:
        tech_packs = workspace.tech_packs
        revision = tech_packs.by_label(TECHPACK_CODE, None)  # the latest issued
        revision_id = revision.id
        if revision_id is None or revision.revision != TECHPACK_REVISION:
            raise CheckFailed(f"{TECHPACK_CODE}'s latest issued revision is "
                              f"{revision.revision}, not {TECHPACK_REVISION}")
        pages = render_revision_pdf(tech_packs, revision_id, out, "A4")
    pdf = read_pdf(out)
    pdf.expect(pages, "A4", TECHPACK_CODE, TECHPACK_NAME, f"rev {TECHPACK_REVISION}")
    return pdf.summary()


def _rfq(test: SelfTest) -> str:
    """As the window's RFQ page writes one supplier's PDF (ui/rfqs/writing.py: rfq_print, then
    RfqPrint.write, whose render_rfq_pdf is called here to have its page count)."""
    from jewelbench.app.demo import DEMO_TODAY
    from jewelbench.domain.rfqs import rfq_reference
    from jewelbench.reports.rfq_pdf import render_rfq_pdf, rfq_print
    from jewelbench.storage import Workspace

    test.needs_qt()
    demo = test.needs_demo()
    with Workspace.open(demo, read_only=True) as workspace:
        found = [summary for summary in workspace.rfqs.summaries(DEMO_TODAY)
                 if summary.design_code == RFQ_CODE]
        if not found:
            raise CheckFailed(f"the demo has no RFQ for {RFQ_CODE}")
        printing = rfq_print(workspace, found[0].id)
        letter = printing.letters[0]
        out = demo.parent / printing.file_name(letter)
        pages = render_rfq_pdf(letter, printing.image_loader, printing.revision_logo, out, "A4")
    pdf = read_pdf(out)
    reference = rfq_reference(found[0].id)
    pdf.expect(pages, "A4", RFQ_CODE, reference, f"rev {RFQ_REVISION}", letter.supplier.name)
    if pdf.pages < 2:
        raise CheckFailed(f"{pdf.pages} page(s): the letter and the tech pack from a new page "
                          "make at least 2")
    return pdf.summary()


def _workbook(test: SelfTest) -> str:
    """As `jewelbench export DEMO -o OUT.xlsx --plan 'Tidal 2027'` writes it."""
    import openpyxl

    from jewelbench.app.demo import DEMO_TODAY
    from jewelbench.reports.workbook import write_workbook
    from jewelbench.storage import Workspace
    from jewelbench.storage.workbook_data import workbook_data

    demo = test.needs_demo()
    out = demo.with_name("self-test workbook.xlsx")
    with Workspace.open(demo, read_only=True) as workspace:
        plan_id = workspace.costing.plan_id_for_name(WORKBOOK_PLAN)
        scenarios = workspace.scenarios.names()
        if plan_id is None or not scenarios:
            raise CheckFailed(f"the demo has no plan '{WORKBOOK_PLAN}' or no scenario")
        # The costing date the demo's story is told on: its prices and quotes are all valid.
        setup = workspace.costing.setup_for_plan(plan_id, scenarios[0][0], DEMO_TODAY)
        report = write_workbook(setup, workbook_data(workspace), out)
    book = openpyxl.load_workbook(out, read_only=True)
    try:
        if book.sheetnames != list(report.sheets):
            raise CheckFailed(f"sheets {book.sheetnames}, written {list(report.sheets)}")
        title = book["Cover"]["A1"].value
        if WORKBOOK_PLAN not in str(title):
            raise CheckFailed(f"the cover reads {title!r}, not the plan '{WORKBOOK_PLAN}'")
        price = _tier_price(book["Inputs"].iter_rows(values_only=True))
    finally:
        book.close()
    if price is None:
        raise CheckFailed(f"the Inputs sheet has no {WORKBOOK_TIER}-piece tier of "
                          f"{WORKBOOK_QUOTE}")
    if price != WORKBOOK_PRICE:
        raise CheckFailed(f"{WORKBOOK_QUOTE} from {WORKBOOK_TIER} pieces reads {price}, the "
                          f"quote says {WORKBOOK_PRICE}")
    return (f"{len(book.sheetnames)} sheets, {report.formula_count:,} formulas; Inputs: "
            f"{WORKBOOK_QUOTE} from {WORKBOOK_TIER} pieces at {price}")


def _tier_price(rows: Iterator[tuple[Any, ...]]) -> Decimal | None:
    """The unit price beside (quote reference, tier from) on the Inputs sheet."""
    for row in rows:
        for index, value in enumerate(row[:-2]):
            if value == WORKBOOK_QUOTE and _number(row[index + 1]) == WORKBOOK_TIER:
                return _number(row[index + 2])
    return None


def _number(value: object) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return None
    return Decimal(str(value))


def _csv(test: SelfTest) -> str:
    """As `jewelbench export DEMO --csv FOLDER` and File ▸ Export ▸ CSV Tables write them."""
    from jewelbench.reports.csv_export import TABLE_NAMES, CsvOptions, export_csv
    from jewelbench.storage import Workspace

    demo = test.needs_demo()
    folder = demo.with_name("csv")
    folder.mkdir()
    with Workspace.open(demo, read_only=True) as workspace:
        written = export_csv(workspace, folder, CsvOptions())
    names = sorted(path.stem for path in written)
    if names != sorted(TABLE_NAMES):
        raise CheckFailed(f"wrote {names}, expected {sorted(TABLE_NAMES)}")
    with (folder / "quotes.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    found = [row for row in rows
             if row.get("Reference") == CSV_QUOTE and row.get("Tier from") == CSV_TIER]
    if not found:
        raise CheckFailed(f"quotes.csv has no row for {CSV_QUOTE} from {CSV_TIER} pieces")
    price, currency = found[0].get("Unit price"), found[0].get("Currency")
    if (price, currency) != (CSV_PRICE, CSV_CURRENCY):
        raise CheckFailed(f"{CSV_QUOTE} from {CSV_TIER} pieces reads {price} {currency}, the "
                          f"quote says {CSV_PRICE} {CSV_CURRENCY}")
    return (f"{len(written)} files; quotes.csv: {len(rows)} tiers, {CSV_QUOTE} from {CSV_TIER} "
            f"pieces at {price} {currency}")


def _remove_folder(test: SelfTest) -> str:
    folder = test.needs_folder()
    shutil.rmtree(folder)
    if folder.exists():
        raise CheckFailed(f"{folder} is still there")
    return f"{folder} removed"


# --- reading a PDF back by its structure -----------------------------------------------------


@dataclass(frozen=True)
class PdfFacts:
    pages: int  # the page tree's /Count
    leaves: int  # the page objects found by walking its /Kids
    title: str  # the info dictionary's /Title
    paper: str  # "A4", "Letter" or the first page's size in points
    fonts: tuple[str, ...]  # the embedded fonts' names, subset prefix dropped

    def expect(self, pages: int, paper: str, *words: str) -> None:
        from jewelbench.reports.print_fonts import FAMILY

        if self.pages != pages or self.leaves != pages:
            raise CheckFailed(f"the page tree counts {self.pages} pages and holds "
                              f"{self.leaves}; {pages} were printed")
        if self.paper != paper:
            raise CheckFailed(f"the paper is {self.paper}, not {paper}")
        missing = [word for word in words if word not in self.title]
        if missing:
            raise CheckFailed(f"the title {self.title!r} does not name {', '.join(missing)}")
        if not self.fonts:
            raise CheckFailed("no font is embedded: the text would print differently "
                              "elsewhere, or not at all")
        shipped = FAMILY.replace(" ", "")  # as a PDF names it: DejaVuSansJewelbench-Bold …
        if not all(font.startswith(shipped) for font in self.fonts):
            raise CheckFailed(f"printed in {', '.join(self.fonts)}, not only in the shipped "
                              f"{shipped}: its lines may break differently elsewhere")

    def summary(self) -> str:
        return (f"{self.pages} pages, {self.paper}, \"{self.title}\", fonts "
                f"{', '.join(self.fonts)}")


def read_pdf(path: Path) -> PdfFacts:
    """What a PDF's structure says. Raises CheckFailed when it is not a PDF one can follow."""
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise CheckFailed(f"{path.name} is not a complete PDF")
    trailer_at = data.rfind(b"trailer")
    if trailer_at < 0:
        raise CheckFailed(f"{path.name} has no trailer")
    trailer = data[trailer_at:]
    offsets = _cross_references(data)
    catalogue = _object(data, offsets, _reference(trailer, b"/Root"))
    tree = _reference(catalogue, b"/Pages")
    root = _object(data, offsets, tree)
    count = re.search(rb"/Count\s+(\d+)", root)
    if count is None:
        raise CheckFailed(f"{path.name}: the page tree has no /Count")
    leaves = list(_leaf_pages(data, offsets, tree, set()))
    info = _object(data, offsets, _reference(trailer, b"/Info"))
    fonts = sorted({match.group(2).decode("latin-1") for match in
                    re.finditer(rb"/FontName\s*/([A-Z]{6}\+)?([^\s/\[\]<>()]+)", data)})
    return PdfFacts(int(count.group(1)), len(leaves), _text(info, b"/Title"),
                    _paper(leaves[0] if leaves else root), tuple(fonts))


def _cross_references(data: bytes) -> dict[int, int]:
    """Object number → byte offset, from the classic table startxref points at."""
    start = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data[-1024:])
    if start is None:
        raise CheckFailed("no startxref")
    at = int(start.group(1))
    if data[at:at + 4] != b"xref":
        raise CheckFailed("startxref does not point at a cross-reference table")
    offsets: dict[int, int] = {}
    lines = iter(data[at + 4:data.find(b"trailer", at)].split())
    for first in lines:
        number, entries = int(first), int(next(lines))
        for index in range(entries):
            offset, _generation, kind = next(lines), next(lines), next(lines)
            if kind == b"n":
                offsets[number + index] = int(offset)
    return offsets


def _object(data: bytes, offsets: dict[int, int], number: int) -> bytes:
    at = offsets.get(number)
    if at is None or not re.match(rb"\s*%d\s+0\s+obj\b" % number, data[at:at + 32]):
        raise CheckFailed(f"object {number} is not where the cross-reference table says")
    end = data.find(b"endobj", at)
    stream = data.find(b"stream", at, end)
    return data[at:stream if stream >= 0 else end]


def _reference(dictionary: bytes, key: bytes) -> int:
    found = re.search(re.escape(key) + rb"\s+(\d+)\s+0\s+R", dictionary)
    if found is None:
        raise CheckFailed(f"no {key.decode()} reference")
    return int(found.group(1))


def _leaf_pages(data: bytes, offsets: dict[int, int], number: int,
                seen: set[int]) -> Iterator[bytes]:
    if number in seen:
        raise CheckFailed(f"the page tree loops back to object {number}")
    seen.add(number)
    node = _object(data, offsets, number)
    if re.search(rb"/Type\s*/Pages\b", node):
        kids = re.search(rb"/Kids\s*\[([^\]]*)\]", node)
        for kid in re.findall(rb"(\d+)\s+0\s+R", kids.group(1) if kids else b""):
            yield from _leaf_pages(data, offsets, int(kid), seen)
    elif re.search(rb"/Type\s*/Page\b", node):
        yield node
    else:
        raise CheckFailed(f"object {number} in the page tree is not a page")


def _paper(page: bytes) -> str:
    box = re.search(rb"/MediaBox\s*\[\s*([-\d.\s]+)\]", page)
    if box is None:
        return "no /MediaBox"
    x0, y0, x1, y1 = (float(value) for value in box.group(1).split()[:4])
    size = (round(x1 - x0, 1), round(y1 - y0, 1))
    for name, points in PAPER_POINTS.items():
        if abs(size[0] - points[0]) <= 1 and abs(size[1] - points[1]) <= 1:
            return name
    return f"{size[0]:g} × {size[1]:g} pt"


def _text(dictionary: bytes, key: bytes) -> str:
    """A string value: literal (...) with its escapes, or <hex>; UTF-16 with its BOM or
    PDFDocEncoding (read as Latin-1, which it matches for the letters a title holds)."""
    at = dictionary.find(key)
    if at < 0:
        return ""
    rest = dictionary[at + len(key):].lstrip()
    if rest.startswith(b"<"):
        raw = bytes.fromhex(rest[1:rest.index(b">")].decode("ascii"))
    elif rest.startswith(b"("):
        raw = _literal(rest)
    else:
        return ""
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", errors="replace")
    return raw.decode("latin-1")


_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b",
            ord("f"): b"\f", ord("("): b"(", ord(")"): b")", ord("\\"): b"\\"}


def _literal(text: bytes) -> bytes:
    out = bytearray()
    depth, index = 1, 1
    while index < len(text):
        byte = text[index]
        if byte == ord("\\"):
            following = text[index + 1:index + 2]
            octal = re.match(rb"[0-7]{1,3}", text[index + 1:index + 4])
            if octal:
                out.append(int(octal.group(), 8) & 0xFF)
                index += 1 + len(octal.group())
                continue
            if following in (b"\n", b"\r"):  # a line continued
                index += 2 + (text[index + 1:index + 3] == b"\r\n")
                continue
            out += _ESCAPES.get(following[0], following) if following else b""
            index += 2
            continue
        if byte == ord("("):
            depth += 1
        elif byte == ord(")"):
            depth -= 1
            if depth == 0:
                return bytes(out)
        out.append(byte)
        index += 1
    raise CheckFailed("a string does not end")
