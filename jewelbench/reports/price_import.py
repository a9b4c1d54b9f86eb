"""Price and rate files a user downloads while online and imports offline (no Qt, no SQL).

Four layouts, told apart by their content (not their name):

- the ECB's euro reference rates, ``eurofxref-hist.csv`` or the ``.zip`` holding it;
- Norges Bank's exchange rates as SDMX-CSV (semicolons, decimal commas, ``UNIT_MULT``);
- an LBMA price series saved as JSON (``[{"d": "YYYY-MM-DD", "v": [USD, GBP, EUR]}, …]``);
- the plain ``date,item,price,currency,unit`` CSV jewelbench defines for everything else.

read_price_file() gives every row it could read as a MetalPrice or FxRate and every row it
refused with where and why (a date after today, a price not above zero, a date given twice, a
currency that does not exist, a value that is not a number …). A file it cannot read at all —
an unknown layout, binary content, an empty file — is a PriceFileRefused with the reason.
Nothing in a file's content raises anything else: what the libraries reading it (zipfile, zlib,
csv, json, the codecs) raise on a damaged file becomes a PriceFileRefused at the one boundary
every reader of an outside file goes through (reports/outside_files.py). A text file's
byte-order mark says its encoding (UTF-8, UTF-16 or UTF-32, as Excel writes them); without one
it is UTF-8 or Windows-1252. docs/price-files.md describes the layouts.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from jewelbench.domain.currencies import check_known_currency
from jewelbench.domain.money import Money, MoneyError
from jewelbench.domain.prices import PRICED_METALS, FxRate, MetalPrice
from jewelbench.domain.units import GRAMS_PER_TROY_OUNCE
from jewelbench.domain.validation import DomainError
from jewelbench.reports.file_kinds import not_a_file
from jewelbench.reports.outside_files import (
    ENCODING_NAMES,
    MAX_LINE_CHARACTERS,
    has_long_line,
    refusing,
    text_encoding,
)

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 64 * 1024 * 1024  # the ECB's whole history is under 1 MB
LARGEST_VALUE = Decimal("1e12")
SMALLEST_VALUE = Decimal("1e-12")

ECB, NORGES_BANK, LBMA, PLAIN = "ecb", "norges-bank", "lbma", "plain"
LAYOUT_NAMES = {
    ECB: "ECB euro reference rates",
    NORGES_BANK: "Norges Bank exchange rates (SDMX-CSV)",
    LBMA: "LBMA price series (JSON)",
    PLAIN: "plain CSV (date,item,price,currency,unit)",
}
PLAIN_COLUMNS = ("date", "item", "price", "currency", "unit")
NORGES_COLUMNS = ("BASE_CUR", "QUOTE_CUR", "UNIT_MULT", "TIME_PERIOD", "OBS_VALUE")
LBMA_CURRENCIES = ("USD", "GBP", "EUR")  # the order of an LBMA entry's "v" list
NO_VALUE = {"", "N/A", "NA", "NAN", "-", "NULL"}  # "no rate that day", not a mistake
# Currencies the ECB's history still has columns for, no longer in use: their values are left
# out and said once per currency, not refused line by line (the real history has thousands).
RETIRED_CURRENCIES = {
    "CYP": "the euro since 2008", "EEK": "the euro since 2011", "HRK": "the euro since 2023",
    "LTL": "the euro since 2015", "LVL": "the euro since 2014", "MTL": "the euro since 2008",
    "SIT": "the euro since 2007", "SKK": "the euro since 2009", "ROL": "RON since 2005",
    "TRL": "TRY since 2005"}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
UNKNOWN_LAYOUT = (
    "is not a price or rate file jewelbench reads: expected the ECB's eurofxref-hist.csv "
    "(or .zip), Norges Bank's exchange-rate CSV, an LBMA JSON series or a CSV with the header "
    "date,item,price,currency,unit")


class PriceFileRefused(Exception):
    """The whole file cannot be imported; the message says why."""


class MetalNotNamed(PriceFileRefused):
    """An LBMA series whose file name does not say which metal it holds: choose it."""


class _RowRefused(Exception):
    """One row (or value) of a file cannot be imported; the message says why."""


@dataclass(frozen=True)
class ReadRow:
    where: str  # "line 3", "line 3, NOK", "entry 2, USD"
    value: MetalPrice | FxRate


@dataclass(frozen=True)
class Refusal:
    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass
class PriceFile:
    """What a file holds: the rows that can be stored and those refused, with why."""

    name: str
    layout: str  # ECB, NORGES_BANK, LBMA or PLAIN
    rows: list[ReadRow] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    empty_values: int = 0  # "N/A", 0 or blank: no price or rate that day (not refused)
    metal: str = ""  # an LBMA series' metal
    retired: dict[str, int] = field(default_factory=dict)  # currency → values left out

    @property
    def layout_name(self) -> str:
        return LAYOUT_NAMES[self.layout]

    @property
    def metal_prices(self) -> list[MetalPrice]:
        return [r.value for r in self.rows if isinstance(r.value, MetalPrice)]

    @property
    def fx_rates(self) -> list[FxRate]:
        return [r.value for r in self.rows if isinstance(r.value, FxRate)]

    def summary(self) -> str:
        """'12 rates and 3 metal prices read, 2 refused' (plus the days without a value)."""
        rates, prices = len(self.fx_rates), len(self.metal_prices)
        parts = []
        if rates or not prices:
            parts.append(_count(rates, "rate"))
        if prices:
            parts.append(_count(prices, "metal price"))
        text = f"{' and '.join(parts)} read, {len(self.refused):,} refused"
        if self.empty_values:
            text += (f"; {_count(self.empty_values, 'empty value')} (nothing quoted that day) "
                     "left out")
        for code, count in sorted(self.retired.items()):
            text += (f"; {_count(count, code + ' rate')} left out ({code} is no longer in use: "
                     f"replaced by {RETIRED_CURRENCIES[code]})")
        return text


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


# --- the entry point --------------------------------------------------------------------------


def read_price_file(path: Path | str, *, today: dt.date, metal: str | None = None) -> PriceFile:
    """Read a price or rate file of any of the four layouts; PriceFileRefused when it cannot be.

    `metal` names an LBMA series' metal; without it the metal is taken from the file name
    (gold, silver, platinum or palladium in it, exactly one of them)."""
    path = Path(path)
    with refusing(PriceFileRefused, path.name, form="{name}: {reason}"):  # logs a refusal
        data = _file_bytes(path)
    return read_price_bytes(data, path.name, today=today, metal=metal)


def _file_bytes(path: Path) -> bytes:
    try:
        if (why := not_a_file(path)) is not None:
            raise PriceFileRefused(f"{path.name}: {why}")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise PriceFileRefused(f"{path.name}: is {size // (1024 * 1024)} MB, larger than "
                                   f"any price file ({MAX_FILE_BYTES // (1024 * 1024)} MB)")
        data = path.read_bytes()
    except IsADirectoryError:
        raise PriceFileRefused(f"{path.name}: is a folder, not a file") from None
    except OSError as error:
        raise PriceFileRefused(f"{path.name}: cannot be read ({error.strerror or error})") \
            from None
    return data


def read_price_bytes(data: bytes, name: str, *, today: dt.date,
                     metal: str | None = None) -> PriceFile:
    """read_price_file() on the content of a file called `name`."""
    # the readers refuse row by row; the boundary turns what a library raises on a file so
    # damaged that even its structure cannot be walked into the refusal (a bug of ours is not
    # hidden by it)
    with refusing(PriceFileRefused, name, form="{name}: {reason}"):
        found = _read(data, name, today, metal)
    log.info("read the price file %s: %s, %d row(s) to store, %d refused", name, found.layout,
             len(found.rows), len(found.refused))
    return found


def _read(data: bytes, name: str, today: dt.date, metal: str | None) -> PriceFile:
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        name, data = _unzip(data, name)
    if not data.strip():
        raise PriceFileRefused(f"{name}: is empty")
    text = _text(data, name)
    if not text.strip():
        raise PriceFileRefused(f"{name}: is empty")
    start = text.lstrip()[:1]
    if start in ("[", "{"):  # JSON is often one line
        return _read_lbma(text, name, today, metal)
    if has_long_line(text):
        raise PriceFileRefused(f"{name}: has a line of {MAX_LINE_CHARACTERS:,} characters or "
                               f"more, and {UNKNOWN_LAYOUT}")
    first = text.split("\n", 1)[0].strip().strip("\r")
    header_semicolon = [c.strip().strip('"').upper() for c in first.split(";")]
    if all(column in header_semicolon for column in NORGES_COLUMNS):
        return _read_norges_bank(text, name, today)
    for delimiter in (",", ";", "\t"):
        header = [c.strip().strip('"').lower() for c in first.split(delimiter)]
        if sorted(header) == sorted(PLAIN_COLUMNS):
            return _read_plain(text, name, today, delimiter)
    header = [c.strip().strip('"') for c in first.split(",")]
    if header and header[0].lower() == "date" and len(header) > 1 and \
            all(re.fullmatch(r"[A-Za-z]{3}", c) for c in header[1:] if c):
        return _read_ecb(text, name, today)
    raise PriceFileRefused(f"{name}: {UNKNOWN_LAYOUT}")


def _text(data: bytes, name: str) -> str:
    """The file's text: in the encoding its byte-order mark names (Excel's "Unicode Text" is
    UTF-16), else UTF-8, else Windows-1252; binary content is refused."""
    encoding = text_encoding(data)
    if encoding in ("utf-16", "utf-32"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            raise PriceFileRefused(
                f"{name}: starts as {ENCODING_NAMES[encoding]} text but is damaged (its bytes "
                "are not all text)") from None
        if "\x00" in text[:65536]:
            raise PriceFileRefused(f"{name}: is not a text file (binary content) and "
                                   f"{UNKNOWN_LAYOUT}")
        return text.lstrip("\ufeff")
    if b"\x00" in data[:65536]:
        raise PriceFileRefused(f"{name}: is not a text file (binary content) and {UNKNOWN_LAYOUT}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise PriceFileRefused(f"{name}: is not a text file and {UNKNOWN_LAYOUT}") from None
    return text.lstrip("\ufeff")


def _unzip(data: bytes, name: str) -> tuple[str, bytes]:
    """The one price file inside a .zip (the ECB serves eurofxref-hist.zip)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [m for m in archive.infolist() if not m.is_dir()]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise PriceFileRefused(f"{name}: is a damaged .zip file") from None
    inside = [m for m in members if m.filename.lower().endswith((".csv", ".json", ".txt"))]
    if len(inside) != 1:
        raise PriceFileRefused(
            f"{name}: a .zip must hold exactly one price file (.csv or .json), "
            f"this one holds {len(inside)}")
    member = inside[0]
    if member.file_size > MAX_FILE_BYTES:
        raise PriceFileRefused(f"{name}: {member.filename} is larger than any price file")
    try:
        with archive.open(member) as handle:
            content = handle.read(MAX_FILE_BYTES + 1)
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, ValueError, OSError,
            EOFError, zlib.error):
        raise PriceFileRefused(f"{name}: {member.filename} cannot be unpacked") from None
    if len(content) > MAX_FILE_BYTES:
        raise PriceFileRefused(f"{name}: {member.filename} is larger than any price file")
    return f"{name} ▸ {member.filename}", content


# --- values -----------------------------------------------------------------------------------


def _date(text: str, today: dt.date) -> dt.date:
    text = text.strip().strip('"')
    if not _DATE.fullmatch(text):
        raise _RowRefused(f"the date '{_short(text)}' is not a date (YYYY-MM-DD)")
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise _RowRefused(f"the date '{text}' does not exist") from None
    if day > today:
        raise _RowRefused(f"dated {day.isoformat()}, after today ({today.isoformat()})")
    return day


# digits with at most one decimal point: "1e3", "1_000" or "Infinity" are refused as they are
# in every number field, never read as 1000
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)", re.ASCII)  # no '１２' either


def _number(text: str, what: str, *, decimal_comma: bool = False) -> Decimal:
    cleaned = text.strip().strip('"').replace("\u00a0", "").replace(" ", "")
    if decimal_comma:
        cleaned = cleaned.replace(",", ".")
    try:
        if not _PLAIN_NUMBER.fullmatch(cleaned):
            raise InvalidOperation
        value = Decimal(cleaned)
    except InvalidOperation:
        raise _RowRefused(f"the {what} '{_short(text)}' is not a number") from None
    return _checked(value, what)


def _checked(value: Decimal, what: str) -> Decimal:
    if not value.is_finite():
        raise _RowRefused(f"the {what} '{value}' is not a number")
    if value <= 0:
        raise _RowRefused(f"the {what} {value} is not above zero")
    if value > LARGEST_VALUE or value < SMALLEST_VALUE:
        raise _RowRefused(f"the {what} {_short(str(value))} is not a plausible {what}")
    return value


def _currency(code: str) -> str:
    try:
        return check_known_currency(code.strip().strip('"'))
    except DomainError as error:
        raise _RowRefused(str(error)) from None


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:37] + "…"


def _rate(day: dt.date, from_currency: str, to_currency: str, rate: Decimal) -> FxRate:
    try:
        return FxRate(day, from_currency, to_currency, rate)
    except (DomainError, MoneyError) as error:
        raise _RowRefused(str(error)) from None


def _metal_price(metal: str, day: dt.date, per_troy_oz: Decimal, currency: str,
                 source: str) -> MetalPrice:
    try:
        return MetalPrice(metal, day, Money(per_troy_oz, currency), source)
    except (DomainError, MoneyError) as error:
        raise _RowRefused(str(error)) from None


# every value read is an object kept until the import: 9 million rates of a 36 MB ECB file
# (150,000 currency columns) took 6 GB and 189 s, and a .zip of it is 100 KB
MAX_FILE_VALUES = 500_000


class _Collector:
    """Rows and refusals, with a date (or key) given twice refused the second time."""

    def __init__(self, result: PriceFile) -> None:
        self.result = result
        self.first_seen: dict[object, str] = {}

    def once(self, key: object, where: str, what: str) -> None:
        """_RowRefused if key was seen before in this file."""
        earlier = self.first_seen.get(key)
        if earlier is not None:
            raise _RowRefused(f"{what} is in the file twice (first at {earlier}); "
                              "this one is left out")
        self.first_seen[key] = where

    def add(self, where: str, value: MetalPrice | FxRate) -> None:
        self._count()
        self.result.rows.append(ReadRow(where, value))

    def refuse(self, where: str, reason: str) -> None:
        self._count()
        self.result.refused.append(Refusal(where, reason))

    def _count(self) -> None:
        if len(self.result.rows) + len(self.result.refused) >= MAX_FILE_VALUES:
            raise PriceFileRefused(
                f"{self.result.name}: holds more than {MAX_FILE_VALUES:,} prices and rates, "
                "far more than a price file (the ECB's whole history is some 280,000), so "
                "it is not read")


def _header(text: str, name: str, delimiter: str) -> list[str]:
    """The first line's fields, read as CSV as the rows are (the layout was told apart by a
    plain split of it: quotes or a stray carriage return can make the two differ)."""
    first = text.split("\n", 1)[0].rstrip("\r")
    try:
        return next(csv.reader(io.StringIO(first, newline=""), delimiter=delimiter), [])
    except csv.Error as error:
        raise PriceFileRefused(f"{name}: line 1: cannot be read as CSV ({error})") from None


def _columns(header: list[str], wanted: tuple[str, ...], name: str) -> dict[str, int]:
    """column → its index in the header; PriceFileRefused when one cannot be found."""
    missing = [column for column in wanted if column not in header]
    if missing:
        raise PriceFileRefused(f"{name}: line 1: the heading {', '.join(missing)} cannot be "
                               "read (a quote or a separator inside a heading?)")
    return {column: header.index(column) for column in wanted}


def _csv_rows(text: str, delimiter: str, name: str) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) of every non-blank line after the header."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    next(reader, None)
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise PriceFileRefused(f"{name}: line {reader.line_num}: cannot be read as CSV "
                                   f"({error})") from None
        if any(f.strip() for f in fields):
            yield reader.line_num, fields


# --- the ECB ----------------------------------------------------------------------------------


def _read_ecb(text: str, name: str, today: dt.date) -> PriceFile:
    result = PriceFile(name, ECB)
    rows = _Collector(result)
    header = _header(text, name, ",")
    columns = [c.strip().upper() for c in header[1:]]
    for line, fields in _csv_rows(text, ",", name):
        where = f"line {line}"
        try:
            day = _date(fields[0], today)
            rows.once(day, where, day.isoformat())
            values = fields[1:]
            while len(values) > len(columns) and not values[-1].strip():
                values.pop()
            if len(values) > len(columns):
                raise _RowRefused(f"has {len(values)} values for {len(columns)} currencies")
        except _RowRefused as refusal:
            rows.refuse(where, str(refusal))
            continue
        for code, value in zip(columns, values):
            if not code:
                if value.strip():
                    rows.refuse(where, f"the value '{_short(value)}' has no currency heading")
                continue
            if value.strip().upper() in NO_VALUE:
                result.empty_values += 1
                continue
            if code in RETIRED_CURRENCIES:
                result.retired[code] = result.retired.get(code, 0) + 1
                continue
            try:
                rows.add(where, _rate(day, "EUR", _currency(code), _number(value, "rate")))
            except _RowRefused as refusal:
                rows.refuse(f"{where}, {code}", str(refusal))
    return result


# --- Norges Bank ------------------------------------------------------------------------------


def _read_norges_bank(text: str, name: str, today: dt.date) -> PriceFile:
    result = PriceFile(name, NORGES_BANK)
    rows = _Collector(result)
    header = [c.strip().strip('"').upper() for c in _header(text, name, ";")]
    at = _columns(header, NORGES_COLUMNS, name)
    for line, fields in _csv_rows(text, ";", name):
        where = f"line {line}"
        try:
            if len(fields) <= max(at.values()):
                raise _RowRefused(f"has {len(fields)} fields, fewer than the header's "
                                  f"{len(header)}")
            base = _currency(fields[at["BASE_CUR"]])
            quote = _currency(fields[at["QUOTE_CUR"]])
            where = f"line {line}, {base}"
            day = _date(fields[at["TIME_PERIOD"]], today)
            value_text = fields[at["OBS_VALUE"]]
            if value_text.strip().upper() in NO_VALUE:
                result.empty_values += 1
                continue
            multiplier = fields[at["UNIT_MULT"]].strip() or "0"
            # 0-9 only: '²'.isdigit() is True, and int('²') raises; int('١') is 1
            if not re.fullmatch(r"[0-6]", multiplier, re.ASCII):
                raise _RowRefused(f"UNIT_MULT '{_short(multiplier)}' is not 0 to 6 "
                                  "(per 1, 10, 100 … units)")
            per = _number(value_text, "rate", decimal_comma=True)
            rate = _checked(per.scaleb(-int(multiplier)), "rate")
            rows.once((base, quote, day), where, f"{base}→{quote} of {day.isoformat()}")
            rows.add(where, _rate(day, base, quote, rate))
        except _RowRefused as refusal:
            rows.refuse(where, str(refusal))
    return result


# --- the LBMA ---------------------------------------------------------------------------------


def lbma_metal(name: str) -> str | None:
    """The metal an LBMA file's name names ('lbma-gold_pm.json' → 'gold'); None if it names
    none or more than one."""
    lowered = name.lower()
    named = [metal for metal in PRICED_METALS if metal in lowered]
    return named[0] if len(named) == 1 else None


# json.loads makes every value at once (a Decimal of 100 bytes each): 60 MB of "1," took 8.6 GB
# and 150 s, and a .zip of it is 60 KB. A JSON value but the first follows a comma, so commas
# bound them; the LBMA's whole gold series since 1968 is some 80,000 values.
MAX_JSON_VALUES = 500_000


def _read_lbma(text: str, name: str, today: dt.date, metal: str | None) -> PriceFile:
    if text.count(",") > MAX_JSON_VALUES:
        raise PriceFileRefused(f"{name}: holds more than {MAX_JSON_VALUES:,} values, far more "
                               "than an LBMA price series (three prices a day since 1968 are "
                               "some 80,000), so it is not read")
    try:
        entries = json.loads(text, parse_float=Decimal, parse_int=Decimal,
                             parse_constant=lambda constant: None)
    except (ValueError, RecursionError) as error:
        raise PriceFileRefused(f"{name}: is not valid JSON ({_short(str(error))}), so not an "
                               "LBMA price series") from None
    if isinstance(entries, dict):  # some saves wrap the list: {"data": [...]} or similar
        lists = [v for v in entries.values() if isinstance(v, list)]
        entries = lists[0] if len(lists) == 1 else None
    if not isinstance(entries, list):
        raise PriceFileRefused(f"{name}: {UNKNOWN_LAYOUT}")
    chosen = metal or lbma_metal(name)
    if chosen not in PRICED_METALS:
        raise MetalNotNamed(
            f"{name}: an LBMA series, but its name does not say which metal (gold, silver, "
            "platinum or palladium): rename the file, e.g. lbma-gold.json, or choose the metal")
    assert chosen is not None
    result = PriceFile(name, LBMA, metal=chosen)
    rows = _Collector(result)
    source = f"LBMA {chosen} ({name})"
    for number, entry in enumerate(entries, start=1):
        where = f"entry {number}"
        try:
            if not isinstance(entry, dict) or not isinstance(entry.get("d"), str) or \
                    not isinstance(entry.get("v"), list):
                raise _RowRefused('is not {"d": "YYYY-MM-DD", "v": [USD, GBP, EUR]}')
            day = _date(entry["d"], today)
            where = f"entry {number} ({day.isoformat()})"
            rows.once(day, where, day.isoformat())
        except _RowRefused as refusal:
            rows.refuse(where, str(refusal))
            continue
        values = entry["v"]
        if len(values) > len(LBMA_CURRENCIES):
            rows.refuse(where, f"has {len(values)} prices; an LBMA entry has "
                               f"{len(LBMA_CURRENCIES)} (USD, GBP, EUR)")
            continue
        for currency, value in zip(LBMA_CURRENCIES, values):
            if value is None or (isinstance(value, Decimal) and value == 0) or value == "":
                result.empty_values += 1
                continue
            try:
                if not isinstance(value, (Decimal, str)) or isinstance(value, bool):
                    raise _RowRefused(f"the price {_short(json.dumps(value, default=str))} "
                                      "is not a number")
                price = _number(value, "price") if isinstance(value, str) else \
                    _checked(value, "price")
                rows.add(where, _metal_price(chosen, day, price, currency, source))
            except _RowRefused as refusal:
                rows.refuse(f"{where}, {currency}", str(refusal))
    return result


# --- the plain CSV ----------------------------------------------------------------------------


def _read_plain(text: str, name: str, today: dt.date, delimiter: str) -> PriceFile:
    result = PriceFile(name, PLAIN)
    rows = _Collector(result)
    header = [c.strip().strip('"').lower() for c in _header(text, name, delimiter)]
    at = _columns(header, PLAIN_COLUMNS, name)
    source = f"imported from {name}"
    for line, fields in _csv_rows(text, delimiter, name):
        where = f"line {line}"
        try:
            fields = fields + [""] * (len(header) - len(fields))
            if len(fields) > len(header) and any(f.strip() for f in fields[len(header):]):
                raise _RowRefused(f"has {len(fields)} fields; the header has {len(header)}")
            value = _plain_value(fields[at["date"]], fields[at["item"]], fields[at["price"]],
                                 fields[at["currency"]], fields[at["unit"]], source, today,
                                 decimal_comma=delimiter == ";")
            if isinstance(value, MetalPrice):
                currency = value.price_per_troy_oz.currency
                rows.once((value.metal, value.price_date, currency), where,
                          f"the {value.metal} price in {currency} of "
                          f"{value.price_date.isoformat()}")
            else:
                rows.once((value.from_currency, value.to_currency, value.rate_date), where,
                          f"the {value.from_currency}→{value.to_currency} rate of "
                          f"{value.rate_date.isoformat()}")
            rows.add(where, value)
        except _RowRefused as refusal:
            rows.refuse(where, str(refusal))
    return result


def plain_value(date: str, item: str, price: str, currency: str, unit: str, source: str, *,
                today: dt.date) -> MetalPrice | FxRate:
    """One row as the plain CSV has it (`jewelbench prices WS add` uses this): a metal price
    (unit g or ozt) or an FX rate (item a currency, no unit). ValueError with the reason."""
    try:
        return _plain_value(date, item, price, currency, unit, source, today)
    except _RowRefused as refusal:
        raise ValueError(str(refusal)) from None


def _plain_value(date: str, item: str, price: str, currency: str, unit: str, source: str,
                 today: dt.date, *, decimal_comma: bool = False) -> MetalPrice | FxRate:
    day = _date(date, today)
    item = item.strip()
    unit = unit.strip().lower()
    code = _currency(currency)
    amount = _number(price, "price", decimal_comma=decimal_comma)
    if item.lower() in PRICED_METALS:
        metal = item.lower()
        if unit in ("g", "gram", "grams"):
            per_troy_oz = amount * GRAMS_PER_TROY_OUNCE
        elif unit in ("ozt", "oz t", "troy oz", "toz"):
            per_troy_oz = amount
        else:
            raise _RowRefused(f"a {metal} price needs the unit g or ozt, not '{_short(unit)}'"
                              if unit else f"a {metal} price needs the unit g or ozt")
        return _metal_price(metal, day, per_troy_oz, code, source)
    if re.fullmatch(r"[A-Za-z]{3}", item):
        of = _currency(item)
        if unit:
            raise _RowRefused(f"a currency takes no unit, not '{_short(unit)}'")
        return _rate(day, of, code, amount)
    raise _RowRefused(f"'{_short(item)}' is neither a metal ({', '.join(PRICED_METALS)}) nor "
                      "a currency code")
