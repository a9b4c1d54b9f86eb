"""Command line: the GUI by default, and headless subcommands for scripts and accountants."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import jewelbench

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser("demo", help="write the demo workspace to PATH",
                               description="Write a realistic demo workspace (designs, "
                                           "suppliers, quotes, samples, an in-house scenario).")
    demo.add_argument("path", type=Path, metavar="PATH")
    demo.add_argument("--force", action="store_true", help="replace PATH if it exists")
    check = commands.add_parser("check", help="check a workspace's integrity and schema",
                                description="Run SQLite's integrity and foreign-key checks and "
                                            "the schema version check. Exit 0 when healthy, "
                                            "1 when there is a problem, 2 when the file "
                                            "cannot be read at all.")
    check.add_argument("path", type=Path, metavar="PATH")
    return parser


def _fail(message: str, code: int = EXIT_PROBLEM) -> int:
    print(f"jewelbench: {message}", file=sys.stderr)
    return code


def _demo(path: Path, force: bool) -> int:
    from jewelbench.storage import WorkspaceError

    if path.exists() and not force:
        return _fail(f"{path}: already exists (use --force to replace it)", EXIT_USAGE)
    if path.is_dir():
        return _fail(f"{path}: is a folder", EXIT_USAGE)
    from jewelbench.app.demo import write_demo

    if force:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    try:
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


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "demo":
        return _demo(args.path, args.force)
    if args.command == "check":
        return _check(args.path)
    from jewelbench.app.main import run_gui

    return run_gui(demo=args.demo, path=args.workspace, quit_after_shown=args.quit_after_shown)


if __name__ == "__main__":
    raise SystemExit(main())
