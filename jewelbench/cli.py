"""Command line: the GUI by default, and headless subcommands for scripts and accountants."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import argparse

import jewelbench
from jewelbench.cli_shared import gui_application, open_workspace

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    import argparse  # not imported for the window: see _window_arguments

    parser = argparse.ArgumentParser(
        prog="jewelbench",
        description="Make-or-buy decisions for small jewelry brands. Without a subcommand, "
                    "opens the window on the last workspace (a new one on first run).")
    parser.add_argument("--version", action="version",
                        version=f"jewelbench {jewelbench.__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="open the window on a freshly written demo workspace")
    parser.add_argument("--workspace", type=Path, metavar="PATH",
                        help="open the window on this workspace file")
    parser.add_argument("--quit-after-shown", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation headless: write the demo to a temporary "
                             "folder, print a tech pack, an RFQ, a workbook and CSV tables, "
                             "read each back; exit 0 when all is well, 1 naming what failed")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser("demo", help="write the demo workspace to PATH",
                               description="Write a realistic demo workspace (designs, "
                                           "suppliers, quotes, samples, an in-house scenario).")
    demo.add_argument("path", type=Path, metavar="PATH")
    demo.add_argument("--force", action="store_true", help="replace PATH if it exists")
    check = commands.add_parser("check", help="check a workspace's integrity and schema",
                                description="Run SQLite's integrity check, compare every "
                                            "table, column, index and trigger with the "
                                            "schema's, check every reference and read every "
                                            "text value once. Exit 0 when healthy, "
                                            "1 when there is a problem, 2 when the file "
                                            "cannot be read at all.")
    check.add_argument("path", type=Path, metavar="PATH")
    techpack = commands.add_parser(
        "techpack", help="print a design's tech pack to PDF",
        description="Print a tech pack revision of design CODE to a PDF file: the latest "
                    "issued revision unless --revision names one; a design with no issued "
                    "revision prints its draft, marked DRAFT on every page. The workspace is "
                    "opened read-only.")
    techpack.add_argument("workspace", type=Path, metavar="WORKSPACE")
    techpack.add_argument("code", metavar="CODE", help="the design's code, e.g. RG-014")
    techpack.add_argument("--revision", metavar="LETTER",
                          help="the revision to print (default: the latest issued)")
    techpack.add_argument("--page-size", type=_page_size, default="A4", metavar="A4|Letter",
                          help="paper size (default: A4)")
    techpack.add_argument("--language", choices=("en", "nb"), default="en",
                          help="the language it is printed in: en (English, the default) or "
                               "nb (Norwegian Bokmål); figures in that language's forms")
    techpack.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf",
                          help="the PDF file to write (replaced if it exists)")
    _add_compare(commands)
    _add_export(commands)
    commands.add_parser(  # parsed by cli_prices (see main): listed here for --help
        "prices", add_help=False,
        help="list, import (ECB, Norges Bank, LBMA, CSV) or add metal prices and FX rates")
    return parser


def _page_size(text: str) -> str:
    for size in ("A4", "Letter"):
        if text.lower() == size.lower():
            return size
    import argparse

    raise argparse.ArgumentTypeError(f"{text!r}: choose A4 or Letter")


def _fail(message: str, code: int = EXIT_PROBLEM) -> int:
    """One line on stderr, always ending in a newline, whatever the message held."""
    line = " ".join(str(message).split())
    sys.stderr.write(f"jewelbench: {line}\n")
    sys.stderr.flush()
    return code


def _demo(path: Path, force: bool) -> int:
    from jewelbench.storage import WorkspaceError

    if path.exists() and not force:
        return _fail(f"{path}: already exists (use --force to replace it)", EXIT_USAGE)
    if path.is_dir():
        return _fail(f"{path}: is a folder", EXIT_USAGE)
    from jewelbench.app.demo import write_demo
    from jewelbench.storage import sidecars

    for log, kind in sidecars.odd_logs(path):  # never removed, nor waited on
        return _fail(f"{path}: beside it, {log.name} is {kind}, not a file SQLite keeps; move "
                     "it out of the folder and try again")
    try:
        if force:
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        write_demo(path)
    except (WorkspaceError, OSError) as error:
        return _fail(str(error))
    print(f"demo workspace written to {path}")
    return EXIT_OK


def _check(path: Path) -> int:
    from jewelbench.storage import Workspace

    report = Workspace.check(path)
    if report.error:
        return _fail(f"{path}: {report.error}")
    print(f"{path}:")
    for line in report.lines():
        print(f"  {line}")
    return EXIT_OK if report.ok else EXIT_PROBLEM


def _output_problem(out: Path, workspace: Path) -> str | None:
    """Why the PDF could not be written to out, found before any work is done."""
    folder = out.parent
    if out.is_dir():
        return f"{out}: is a folder"
    if not folder.is_dir():
        return f"{out}: the folder {folder} does not exist"
    if not os.access(folder, os.W_OK):
        return f"{out}: the folder {folder} is not writable"
    if out.exists() and workspace.exists() and out.resolve() == workspace.resolve():
        return f"{out}: that is the workspace itself"
    return None


def _csv_folder_problem(folder: Path) -> str | None:
    """Why the CSV folder cannot be used; a folder that does not exist yet is made later, once
    the workbook (if any) is written, so a refusal leaves nothing behind."""
    if folder.exists():
        if not folder.is_dir():
            return f"{folder}: is a file, not a folder"
        if not os.access(folder, os.W_OK):
            return f"{folder}: the folder is not writable"
        return None
    parent = folder.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        return f"{folder}: {parent} is a file, not a folder"
    if not os.access(parent, os.W_OK):
        return f"{folder}: the folder {parent} is not writable"
    return None


def _techpack(path: Path, code: str, label: str | None, page_size: str, out: Path,
              language: str = "en") -> int:
    problem = _output_problem(out, path)
    if problem:
        return _fail(problem)
    from jewelbench.storage import StorageError, WorkspaceError

    try:
        workspace = open_workspace(path, read_only=True)
    except WorkspaceError as error:
        return _fail(str(error))
    try:
        with workspace:
            return _print_techpack(workspace, code, label, page_size, out, language)
    except (StorageError, OSError) as error:
        return _fail(str(error))


def _print_techpack(workspace: Any, code: str, label: str | None, page_size: str,
                    out: Path, language: str = "en") -> int:
    from jewelbench.domain.techpacks import RevisionStatus
    from jewelbench.reports.techpack_pdf import TechPackError, render_revision_pdf

    tech_packs = workspace.tech_packs
    # The newest issued revision unless one is named; the draft when none is issued yet.
    revision = tech_packs.by_label(code, label)
    draft = revision.status != RevisionStatus.ISSUED
    if draft and label is None:
        print(f"{code} has no issued revision: printing draft {revision.revision}, "
              "marked DRAFT")
    gui_application()
    from jewelbench.ui.print_language import printing_in

    try:
        with printing_in(language) as spoken:
            pages = render_revision_pdf(tech_packs, revision.id, out, page_size)
    except TechPackError as error:
        return _fail(str(error))
    if spoken != language:
        print(f"No {language} translation is installed: printed in English")
    state = "draft" if draft else f"issued {revision.issued_on}"
    print(f"{code} rev {revision.revision} ({state}): {pages} pages, {page_size}, "
          f"written to {out}")
    return EXIT_OK


# --- compare: make or buy, from the command line ----------------------------------------

DEFAULT_COMPARE_VOLUME = 300  # pieces a year of a design that no plan lists


def _add_compare(commands: Any) -> None:
    compare = commands.add_parser(
        "compare", help="make or buy: in-house against the quotes, for a design or a plan",
        description="Compare making a design (or a collection plan) in-house with each "
                    "supplier's quote: the verdict, each route's yearly total and cost per "
                    "piece, the break-even volume, the per-piece breakdown and the quotes "
                    "left out. The workspace is opened read-only. Exit 0 when compared, 1 "
                    "when the workspace cannot answer (an unknown design, plan or scenario, "
                    "a missing price), 2 for a mistake in the command.")
    compare.add_argument("workspace", type=Path, metavar="WORKSPACE")
    target = compare.add_mutually_exclusive_group(required=True)
    target.add_argument("--design", metavar="CODE", help="a design's code, e.g. RG-014")
    target.add_argument("--plan", metavar="NAME", help="a collection plan's name")
    compare.add_argument("--scenario", metavar="NAME",
                         help="the in-house scenario (default: the first by name)")
    compare.add_argument("--volume", type=_volume, metavar="N",
                         help="pieces a year (default: a plan's planned volumes; for a "
                              "design, its volume in a plan, else "
                              f"{DEFAULT_COMPARE_VOLUME})")
    compare.add_argument("--date", type=_costing_date, metavar="YYYY-MM-DD",
                         help="the costing date: prices and rates of that day or before "
                              "(default: today)")
    compare.add_argument("--up-to", type=_up_to, metavar="N", dest="up_to",
                         help="search the break-evens up to N pieces a year, at least the "
                              "volume (default: the larger of 10 × the volume and the volume "
                              "at which in-house needs a tenth added person)")
    compare.add_argument("--basis", type=_basis, metavar="allocated|incremental|stand-alone",
                         help="a design's fixed costs: its share of the workshop by bench "
                              "minutes (allocated, the default), only what it adds "
                              "(incremental), or a workshop for it alone (stand-alone); a "
                              "plan carries its own total")
    compare.add_argument("--json", action="store_true",
                         help="print the figures as JSON (exact Decimal strings, each amount "
                              "with its currency and unit)")


def _volume(text: str) -> int:
    import argparse

    from jewelbench.domain.costing_inputs import MAX_VOLUME

    try:
        volume = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: give a whole number of pieces") from None
    if not 1 <= volume <= MAX_VOLUME:
        raise argparse.ArgumentTypeError(
            f"{text}: the volume must be from 1 to {MAX_VOLUME:,} pieces a year")
    return volume


def _up_to(text: str) -> int:
    import argparse

    from jewelbench.domain.costing_inputs import MAX_VOLUME

    try:
        up_to = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r}: give the break-even search's maximum as a whole number of pieces"
        ) from None
    if not 1 <= up_to <= MAX_VOLUME:
        raise argparse.ArgumentTypeError(
            f"{text}: the break-even search's maximum must be from 1 to {MAX_VOLUME:,} pieces "
            "a year")
    return up_to
def _basis(text: str) -> Any:
    import argparse

    from jewelbench.domain.costing_basis import check_basis
    from jewelbench.domain.validation import DomainError

    try:
        return check_basis(text)
    except DomainError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _costing_date(text: str) -> Any:
    import argparse
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: give a date as YYYY-MM-DD") from None


def _compare(args: argparse.Namespace) -> int:
    from jewelbench.domain.validation import DomainError
    from jewelbench.storage import StorageError, WorkspaceError

    try:
        workspace = open_workspace(args.workspace, read_only=True)
    except WorkspaceError as error:
        return _fail(str(error))
    try:
        with workspace:
            return _print_comparison(workspace, args)
    except (StorageError, DomainError) as error:
        return _fail(" ".join(str(error).split()))


def _print_comparison(workspace: Any, args: argparse.Namespace) -> int:
    import json

    from jewelbench.domain.costing import prepare
    from jewelbench.reports.comparison_text import comparison_json, comparison_text

    try:
        setup, volume, _on = _chosen_setup(workspace, args, first_plan=False)
    except _Refusal as refusal:
        return _fail(str(refusal))
    asked = volume if volume is not None else setup.plan.total_volume
    if args.up_to is not None and args.up_to < asked:
        return _fail(f"--up-to {args.up_to:,}: the break-even search must reach at least the "
                     f"volume compared ({asked:,} pieces a year)", EXIT_USAGE)
    comparison = prepare(setup.plan, setup.scenario, setup.routes, setup.prices,
                         setup.in_house_terms, basis=setup.basis,
                         margin=setup.margin).evaluate(volume, search_to=args.up_to)
    text = (json.dumps(comparison_json(setup, comparison), ensure_ascii=False, indent=2) + "\n"
            if args.json else comparison_text(setup, comparison))
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:  # `jewelbench compare … | head`: the reader has had enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


class _Refusal(Exception):
    """A choice on the command line names nothing in the workspace (said on stderr)."""


def _chosen_setup(workspace: Any, args: argparse.Namespace, *,
                  first_plan: bool) -> tuple[Any, int | None, Any]:
    """What `compare` and `export` cost: the CostingSetup for --design or --plan (the first
    plan when neither is given and first_plan), the volume (a design: --volume, else its plan
    volume, else DEFAULT_COMPARE_VOLUME; a plan: --volume or None for its own volumes) and the
    costing date (--date or today). Raises _Refusal naming what is missing."""
    import datetime as dt

    costing = workspace.costing
    scenarios = workspace.scenarios.names()
    if args.scenario is not None:
        scenario_id = workspace.scenarios.id_for_name(args.scenario)
        if scenario_id is None:
            known = ", ".join(f"'{name}'" for _, name in scenarios) or "none"
            raise _Refusal(f"no in-house scenario named '{args.scenario}' (scenarios: {known})")
    elif scenarios:
        scenario_id = scenarios[0][0]
    else:
        raise _Refusal("the workspace has no in-house scenario: add one in Costs first")
    on = args.date or dt.date.today()
    volume = args.volume
    if args.design is not None:
        design_id = workspace.designs.id_for_code(args.design.strip())
        if design_id is None:
            raise _Refusal(f"no design with code '{args.design}'")
        if volume is None:
            planned = costing.plans_with_design(design_id)
            volume = planned[0][2] if planned else DEFAULT_COMPARE_VOLUME
        basis = getattr(args, "basis", None)
        if basis is None:
            return costing.setup_for_design(design_id, scenario_id, on, volume), volume, on
        return costing.setup_for_design(design_id, scenario_id, on, volume, basis), volume, on
    if getattr(args, "basis", None) is not None:
        raise _Refusal("--basis is for one design (--design CODE): a plan carries its own "
                       "total")
    plans = costing.plans()
    if args.plan is not None:
        plan_id = costing.plan_id_for_name(args.plan)
        if plan_id is None:
            known = ", ".join(f"'{name}'" for _, name in plans) or "none"
            raise _Refusal(f"no collection plan named '{args.plan}' (plans: {known})")
    elif plans and first_plan:
        plan_id = plans[0][0]
    else:
        raise _Refusal("the workspace has no collection plan: give --design CODE")
    return costing.setup_for_plan(plan_id, scenario_id, on), volume, on


# --- export: the accountant's workbook and CSV tables -------------------------------------

CSV_DELIMITERS = {",": ",", "comma": ",", ";": ";", "semicolon": ";", "tab": "\t", "\\t": "\t"}


def _add_export(commands: Any) -> None:
    import argparse

    class ExportHelp(argparse.RawDescriptionHelpFormatter):
        """Keeps the epilog's examples one a line; wraps the description and the options."""

        def _fill_text(self, text: str, width: int, indent: str) -> str:
            if text.startswith("examples:"):
                return super()._fill_text(text, width, indent)
            return argparse.HelpFormatter._fill_text(self, text, width, indent)

    export = commands.add_parser(
        "export", help="write the accountant's workbook (.xlsx) and/or CSV tables",
        description="Write a workbook whose costs are live formulas over its Inputs sheet "
                    "(in-house against each route for a plan or a design, the break-even, "
                    "and the designs, BOM, suppliers, quotes and sample rounds), and/or each "
                    "table as a CSV file. The workspace is opened read-only; a file is "
                    "replaced only once it is written whole. Exit 0 when written, 1 when the "
                    "workspace cannot answer or a file cannot be written, 2 for a mistake in "
                    "the command.",
        epilog="examples:\n"
               "  jewelbench export demo.jewelbench -o fine.xlsx --plan \"Aurelia Fine 2027\"\n"
               "  jewelbench export demo.jewelbench -o rg-021.xlsx --design RG-021 --volume 400\n"
               "  jewelbench export demo.jewelbench --csv exports/ --delimiter \";\" "
               "--decimal-comma --bom",
        formatter_class=ExportHelp)
    export.add_argument("workspace", type=Path, metavar="WORKSPACE",
                        help="the .jewelbench workspace (opened read-only)")
    export.add_argument("-o", "--output", type=Path, metavar="OUT.xlsx",
                        help="the workbook to write (replaced if it exists)")
    target = export.add_mutually_exclusive_group()
    target.add_argument("--plan", metavar="NAME",
                        help="cost a collection plan (default: the first plan by name)")
    target.add_argument("--design", metavar="CODE",
                        help="cost one design against each of its quotes")
    export.add_argument("--scenario", metavar="NAME",
                        help="the in-house scenario (default: the first by name)")
    export.add_argument("--volume", type=_volume, metavar="N",
                        help="pieces a year costed (default: the plan's planned volumes; for "
                             "a design, its volume in a plan, else "
                             f"{DEFAULT_COMPARE_VOLUME})")
    export.add_argument("--date", type=_costing_date, metavar="YYYY-MM-DD",
                        help="the costing date: prices and rates of that day or before "
                             "(default: today)")
    export.add_argument("--up-to", type=_up_to, metavar="N", dest="up_to",
                        help="the workbook's Break_even_up_to: the break-evens are solved up "
                             "to N pieces a year, at least the volume (default: as "
                             "`compare`)")
    export.add_argument("--basis", type=_basis, metavar="allocated|incremental|stand-alone",
                        help="a design's fixed costs (default: allocated); see compare")
    export.add_argument("--all-listings", action="store_true", dest="all_listings",
                        help="list every design, quote and sample round of the workspace in "
                             "the workbook (default: only the designs compared)")
    export.add_argument("--csv", type=Path, metavar="FOLDER",
                        help="also (or only) write every table as FOLDER/<table>.csv")
    export.add_argument("--language", choices=("en", "nb"), default="en",
                        help="the language of the workbook's labels and notes: en (English, "
                             "the default) or nb (Norsk bokmål); with nb the CSV files default "
                             "to ';' and a decimal comma")
    export.add_argument("--delimiter", type=_delimiter, default=None, metavar=",|;|tab",
                        help="the CSV column separator (default: a comma; ';' with "
                             "--language nb)")
    export.add_argument("--decimal-comma", action="store_const", const=",", dest="decimal",
                        help="write CSV numbers as 1234,50 (for a spreadsheet set to a "
                             "language that writes them so; default: 1234.50, or 1234,50 "
                             "with --language nb)")
    export.add_argument("--decimal-point", action="store_const", const=".", dest="decimal",
                        help="write CSV numbers as 1234.50 (with --language nb)")
    export.add_argument("--bom", action="store_true",
                        help="start each CSV file with a UTF-8 byte-order mark (for Excel on "
                             "Windows)")


def _delimiter(text: str) -> str:
    import argparse

    found = CSV_DELIMITERS.get(text.strip().lower() if text.strip() else text)
    if found is None:
        raise argparse.ArgumentTypeError(f"{text!r}: choose ',', ';' or 'tab'")
    return found


def _export(args: argparse.Namespace) -> int:
    from jewelbench.domain.validation import DomainError
    from jewelbench.reports.output import ExportError
    from jewelbench.storage import StorageError, WorkspaceError

    if args.output is None and args.csv is None:
        return _fail("export: give -o OUT.xlsx for the workbook, --csv FOLDER for the CSV "
                     "tables, or both", EXIT_USAGE)
    if args.output is not None:
        problem = _output_problem(args.output, args.workspace)
        if problem is None and args.output.suffix.lower() != ".xlsx":
            problem = f"{args.output}: a workbook's name ends in .xlsx"
        if problem:
            return _fail(problem, EXIT_USAGE)
    if args.csv is not None:
        problem = _csv_folder_problem(args.csv)
        if problem:
            return _fail(problem, EXIT_USAGE)
    try:
        workspace = open_workspace(args.workspace, read_only=True)
    except WorkspaceError as error:
        return _fail(str(error))
    try:
        with workspace:
            if args.output is not None:
                code = _export_workbook(workspace, args)
                if code != EXIT_OK:
                    return code
            if args.csv is not None:
                from jewelbench.reports.csv_export import CsvOptions, export_csv

                try:
                    args.csv.mkdir(parents=True, exist_ok=True)
                except OSError as error:
                    return _fail(f"{args.csv}: the folder cannot be made "
                                 f"({error.strerror or error})")
                options = CsvOptions.for_language(args.language)
                written = export_csv(workspace, args.csv, CsvOptions(
                    delimiter=args.delimiter or options.delimiter, bom=args.bom,
                    decimal_point=args.decimal or options.decimal_point))
                print(f"{len(written)} CSV files written to {args.csv}")
            return EXIT_OK
    except (StorageError, DomainError, ExportError) as error:
        return _fail(" ".join(str(error).split()))
    except OSError as error:
        return _fail(f"{error.filename or args.workspace}: {error.strerror or error}")


def _export_workbook(workspace: Any, args: argparse.Namespace) -> int:
    from jewelbench.reports import wording
    from jewelbench.reports.workbook import write_workbook
    from jewelbench.storage.workbook_data import compared_designs, listing_size, workbook_data

    try:
        setup, volume, on = _chosen_setup(workspace, args, first_plan=True)
    except _Refusal as refusal:
        return _fail(str(refusal))
    asked = volume if volume is not None else setup.plan.total_volume
    if args.up_to is not None and args.up_to < asked:
        return _fail(f"--up-to {args.up_to:,}: the break-even search must reach at least the "
                     f"volume costed ({asked:,} pieces a year)", EXIT_USAGE)
    designs = None if args.all_listings else compared_designs(setup)
    size = listing_size(workspace, designs)
    which = "every design of the workspace" if designs is None else "the designs compared"
    if designs is None:  # every listing: its size said before writing (stderr: progress)
        sys.stderr.write(f"Writing every listing of the workspace ({size.designs:,} designs, "
                         f"{size.quotes:,} quotes): {size.rows:,} rows, about "
                         f"{size.cells:,} cells\n")
        sys.stderr.flush()
    words = wording.load(args.language)
    if words.language != args.language:
        sys.stderr.write(f"jewelbench: the {args.language} translation could not be read: the "
                         "workbook is written in English\n")
    report = write_workbook(setup, workbook_data(workspace, designs=designs), args.output,
                            volume, up_to=args.up_to, wording=words)
    print(f"{report.title}, {report.volume:,} pieces a year, in-house "
          f"'{setup.scenario.name}', priced on {on.isoformat()}:")
    print(f"  {report.comparison.verdict()}")
    for line in setup.skipped:
        print(f"  left out: {line}")
    print(f"Listings: {which} ({size.designs:,} designs, {size.quotes:,} quotes)")
    print(f"{len(report.sheets)} sheets, {report.cell_count:,} cells "
          f"({report.formula_count:,} formulas) written to {report.path}")
    return EXIT_OK


def _window_arguments(argv: list[str]) -> dict[str, object] | None:
    """The window's own options (--demo, --workspace PATH) read without argparse, whose import
    alone costs a tenth of the time a window takes to appear; None for anything else."""
    options: dict[str, object] = {"demo": False, "path": None, "quit_after_shown": False}
    words = list(argv)
    while words:
        word = words.pop(0)
        if word == "--demo":
            options["demo"] = True
        elif word == "--quit-after-shown":
            options["quit_after_shown"] = True
        elif word == "--workspace" and words and not words[0].startswith("-"):
            options["path"] = Path(words.pop(0))
        elif word.startswith("--workspace=") and len(word) > len("--workspace="):
            options["path"] = Path(word.split("=", 1)[1])
        else:
            return None  # a subcommand, --help, a mistake: argparse deals with it
    return options


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    if words[:1] == ["prices"]:
        from jewelbench.cli_prices import main as prices

        return prices(words[1:])
    window = _window_arguments(words)
    if window is not None:
        from jewelbench.app.main import run_gui

        return run_gui(**window)  # type: ignore[arg-type]
    parser = _parser()
    args = parser.parse_args(argv)
    if args.self_test:
        if args.command or args.demo or args.workspace or args.quit_after_shown:
            parser.error("--self-test takes no other options")
        from jewelbench.app.self_test import run_self_test

        return run_self_test()
    if args.command == "demo":
        return _demo(args.path, args.force)
    if args.command == "check":
        return _check(args.path)
    if args.command == "techpack":
        return _techpack(args.workspace, args.code, args.revision, args.page_size, args.output,
                         args.language)
    if args.command == "compare":
        return _compare(args)
    if args.command == "export":
        return _export(args)
    from jewelbench.app.main import run_gui

    return run_gui(demo=args.demo, path=args.workspace, quit_after_shown=args.quit_after_shown)


if __name__ == "__main__":
    raise SystemExit(main())
