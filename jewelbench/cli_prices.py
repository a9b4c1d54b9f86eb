"""`jewelbench prices WORKSPACE list | import FILE | add …`: metal prices and FX rates for scripts.

A mistake is one line on stderr and an exit code other than 0; nothing is half-stored: an
import stores all of its rows in one transaction, and a file with refused rows stores nothing
unless --skip-refused says to store the rest.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from typing import Any, NoReturn

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
PROG = "jewelbench prices"


class _OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr, not the usage and the error."""

    def error(self, message: str) -> NoReturn:
        print(f"{self.prog}: {message} (see {PROG} --help)", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def parser() -> argparse.ArgumentParser:
    prices = _OneLineParser(
        prog=PROG,
        description="List, import and add the dated metal prices and exchange rates a "
                    "workspace costs with.",
        epilog="Examples:  jewelbench prices shop.jewelbench import eurofxref-hist.zip   "
               "jewelbench prices shop.jewelbench add gold 2670.25 USD --per ozt --source LBMA"
               "   jewelbench prices shop.jewelbench add EUR 1.0842 USD --date 2026-11-27")
    prices.add_argument("workspace", type=Path, metavar="WORKSPACE")
    actions = prices.add_subparsers(dest="action", metavar="ACTION", required=True,
                                    parser_class=_OneLineParser)
    listing = actions.add_parser("list", help="the stored metal prices and rates, newest first",
                                 description="Print the stored metal prices (per troy ounce "
                                             "and per gram) and exchange rates, newest first.")
    listing.add_argument("--limit", type=int, default=0, metavar="N",
                         help="at most N of each (default: all)")
    imported = actions.add_parser(
        "import", help="import a price or rate file (ECB, Norges Bank, LBMA, plain CSV)",
        description="Import the ECB's eurofxref-hist.csv or .zip, Norges Bank's exchange-rate "
                    "CSV, an LBMA price series saved as JSON, or a CSV with the header "
                    "date,item,price,currency,unit. Rows already stored are skipped (and "
                    "listed); the rest is stored in one transaction.")
    imported.add_argument("file", type=Path, metavar="FILE")
    imported.add_argument("--metal", choices=("gold", "silver", "platinum", "palladium"),
                          help="an LBMA file's metal when its name does not say")
    imported.add_argument("--replace", action="store_true",
                          help="replace a stored price or rate of the same date whose value "
                               "differs (default: keep the stored one)")
    imported.add_argument("--skip-refused", action="store_true",
                          help="store the readable rows even if some rows are refused "
                               "(default: store nothing then)")
    imported.add_argument("--dry-run", action="store_true",
                          help="read the file and say what would be stored; store nothing")
    added = actions.add_parser(
        "add", help="add one metal price or one exchange rate",
        description="ITEM is a metal (gold, silver, platinum, palladium) or a currency code. "
                    "For a metal, PRICE is the price of fine metal in CURRENCY per gram or per "
                    "troy ounce (--per). For a currency, PRICE is how much CURRENCY one unit "
                    "of ITEM costs: 'add EUR 1.0842 USD' is 1 EUR = 1.0842 USD.")
    added.add_argument("item", metavar="ITEM")
    added.add_argument("price", metavar="PRICE")
    added.add_argument("currency", metavar="CURRENCY")
    added.add_argument("--per", choices=("g", "ozt"), default="",
                       help="a metal price per gram or per troy ounce (required for a metal)")
    added.add_argument("--date", default="", metavar="YYYY-MM-DD", help="default: today")
    added.add_argument("--source", default="", metavar="TEXT",
                       help="where a metal price comes from (e.g. LBMA, your bullion dealer)")
    added.add_argument("--replace", action="store_true",
                       help="replace a stored value of the same date")
    return prices


def _fail(message: str, code: int = EXIT_PROBLEM) -> int:
    print(f"{PROG}: {' '.join(message.split())}", file=sys.stderr)
    return code


def main(argv: list[str], today: dt.date | None = None) -> int:
    args = parser().parse_args(argv)
    today = today or dt.date.today()
    from jewelbench.cli_shared import open_workspace
    from jewelbench.storage import StorageError, WorkspaceError

    if not args.workspace.exists():
        return _fail(f"{args.workspace}: no such workspace")
    try:
        workspace = open_workspace(args.workspace, read_only=args.action == "list")
    except WorkspaceError as error:
        return _fail(str(error))
    try:
        with workspace:
            if args.action == "list":
                try:
                    listed = _list(workspace, args.limit)
                    sys.stdout.flush()  # a short list is still in the buffer: written here,
                    return listed  # not at exit, where a closed pipe is a traceback
                except BrokenPipeError:  # `… list | head`: the reader has had enough
                    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
                    return EXIT_OK
            if args.action == "import":
                return _import(workspace, args, today)
            return _add(workspace, args, today)
    except StorageError as error:
        # a listing stores nothing in the first place: only a refused write says so
        return _fail(str(error) if args.action == "list" else f"nothing was stored: {error}")


def _list(workspace: Any, limit: int) -> int:
    from jewelbench.domain.units import GRAMS_PER_TROY_OUNCE

    prices = sorted(workspace.prices.metal_prices(),
                    key=lambda p: (p.price_date, p.metal), reverse=True)
    rates = workspace.prices.fx_rates()
    if limit > 0:
        prices, rates = prices[:limit], rates[:limit]
    if prices:
        print("Metal prices (fine metal):")
        for p in prices:
            amount = p.price_per_troy_oz.amount
            per_gram = (amount / GRAMS_PER_TROY_OUNCE).quantize(amount.__class__("0.0001"))
            source = f"  {p.source}" if p.source else ""
            print(f"  {p.price_date.isoformat()}  {p.metal:<9} {amount:>14,.4f} "
                  f"{p.price_per_troy_oz.currency}/ozt {per_gram:>12,.4f} "
                  f"{p.price_per_troy_oz.currency}/g{source}")
    else:
        print("No metal prices.")
    if rates:
        print("Exchange rates:")
        for r in rates:
            print(f"  {r.rate_date.isoformat()}  {r.stated()}")
    else:
        print("No exchange rates.")
    return EXIT_OK


def _describe(value: Any) -> str:
    from jewelbench.domain.prices import MetalPrice

    if isinstance(value, MetalPrice):
        return (f"{value.price_date.isoformat()} {value.metal} "
                f"{value.price_per_troy_oz.amount.normalize():f} "
                f"{value.price_per_troy_oz.currency}/ozt")
    return f"{value.rate_date.isoformat()} {value.stated()}"


class _DryRun(Exception):
    """Leaves a dry run's transaction without storing anything."""


def _import(workspace: Any, args: argparse.Namespace, today: dt.date) -> int:
    from jewelbench.reports.price_import import PriceFileRefused, read_price_file
    from jewelbench.storage.prices import PriceImports

    try:
        found = read_price_file(args.file, today=today, metal=args.metal)
    except PriceFileRefused as refusal:
        return _fail(str(refusal))
    print(f"{found.name}: {found.layout_name}; {found.summary()}")
    for row in found.refused:
        print(f"  refused  {row}")
    if found.refused and not args.skip_refused:
        first = found.refused[0]
        rows = "1 row" if len(found.refused) == 1 else f"{len(found.refused):,} rows"
        return _fail(f"{found.name}: {rows} refused, nothing stored "
                     f"({first}{' …' if len(found.refused) > 1 else ''}); "
                     "--skip-refused stores the rest")
    if not found.rows:
        return _fail(f"{found.name}: no price or rate to store")
    imports = PriceImports.of(workspace)
    if args.dry_run:
        try:
            with workspace.transaction():
                report = imports.add(found.metal_prices, found.fx_rates, replace=args.replace)
                raise _DryRun  # rolls the transaction back
        except _DryRun:
            pass
    else:
        report = imports.add(found.metal_prices, found.fx_rates, replace=args.replace)
    for value, reason in report.skipped:
        print(f"  skipped  {_describe(value)}: {reason}")
    for old, new in report.replaced:
        print(f"  replaced {_describe(old)} by {_describe(new)}")
    verb = "would be" if args.dry_run else "were"
    print(f"{len(report.stored):,} stored, {len(report.replaced):,} replaced, "
          f"{len(report.skipped):,} skipped, {len(found.refused):,} refused"
          + (f" ({verb} stored)" if args.dry_run else ""))
    return EXIT_OK


def _add(workspace: Any, args: argparse.Namespace, today: dt.date) -> int:
    from jewelbench.domain.prices import PRICED_METALS, MetalPrice
    from jewelbench.reports.price_import import plain_value
    from jewelbench.storage.prices import PriceImports

    if args.item.strip().lower() in PRICED_METALS and not args.per:
        return _fail(f"a {args.item.strip().lower()} price needs --per g or --per ozt",
                     EXIT_USAGE)
    try:
        value = plain_value(args.date or today.isoformat(), args.item, args.price,
                            args.currency, args.per, args.source, today=today)
    except ValueError as error:
        return _fail(str(error), EXIT_USAGE)
    if not isinstance(value, MetalPrice) and args.source:
        return _fail("--source is for a metal price; an exchange rate has none", EXIT_USAGE)
    report = PriceImports.of(workspace).add(
        [value] if isinstance(value, MetalPrice) else [],
        [] if isinstance(value, MetalPrice) else [value], replace=args.replace)
    if report.skipped:
        _value, reason = report.skipped[0]
        if "the same" in reason:
            print(f"{_describe(value)}: {reason}; nothing changed")
            return EXIT_OK
        hint = "; --replace replaces it" if "kept" in reason else ""
        return _fail(f"{_describe(value)}: not stored, {reason}{hint}")
    if report.replaced:
        old, _new = report.replaced[0]
        print(f"replaced {_describe(old)} by {_describe(value)}")
    else:
        print(f"stored {_describe(value)}")
    return EXIT_OK
