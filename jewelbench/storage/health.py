"""Is a workspace file whole, beyond what SQLite's own checks see?

SQLite's integrity and quick checks look at pages and indexes. They say nothing when a table
has been dropped (the schema version counts only migration rows), when a reference points at a
row that is gone (quick_check skips foreign keys), or when text bytes are no longer UTF-8 (SQLite
stores what it is given; Python refuses it only when the value is read). Three checks here fill
those gaps, each on a connection the caller opened (read-only) and each returning problems in
plain words ([] when none):

- schema_problems: every table, column, reference, uniqueness rule, index and trigger that the
  migrations recorded in the file define is there as they define it. The expected shape is not
  a list kept by hand: it is read from a fresh in-memory database built by the real migrations,
  once per set of migrations. Extra tables, columns and indexes someone added are left alone;
  CHECK constraints are not compared (SQLite keeps them only as SQL text).
- foreign_key_problems: SQLite's foreign_key_check, one sentence per broken reference.
- text_problems: every text value of every table is read once and decoded as UTF-8.

A deadline (time.monotonic()) stops a check that runs too long with CheckTimedOut, so the
window's background check stays within its budget; nothing is reported as damaged then.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import jewelbench.storage.schema as schema
from jewelbench.storage.opening import BUSY_TIMEOUT_S, quick_check, read_only_uri
from jewelbench.storage.sidecars import applied_migrations

log = logging.getLogger(__name__)

# Problems beyond this many are counted, not listed: the reader needs the kind, not every row.
MAX_LISTED = 50


class CheckTimedOut(Exception):
    """A check ran past its deadline; what it had found so far is in .problems."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("the check did not finish in time")
        self.problems = problems


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    not_null: bool
    default: str | None
    primary_key: int

    def describe(self) -> str:
        words = [self.type or "untyped"]
        if self.primary_key:
            words.append("primary key")
        if self.not_null:
            words.append("not null")
        if self.default is not None:
            words.append(f"default {self.default}")
        return " ".join(words)


@dataclass(frozen=True)
class Reference:
    columns: tuple[str, ...]
    parent: str
    parent_columns: tuple[str | None, ...]
    on_update: str
    on_delete: str

    def describe(self, table: str) -> str:
        return f"{table} ({', '.join(self.columns)}) → {self.parent}"


@dataclass(frozen=True)
class Table:
    columns: dict[str, Column]
    references: frozenset[Reference]
    unique: frozenset[tuple[str | None, ...]]  # column lists of UNIQUE/PRIMARY KEY rules


@dataclass(frozen=True)
class Index:
    table: str
    unique: bool
    columns: tuple[str | None, ...]  # None for an expression
    partial: bool


@dataclass(frozen=True)
class Shape:
    tables: dict[str, Table]
    indexes: dict[str, Index]
    triggers: dict[str, str]  # name → its table
    views: frozenset[str]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def shape_of(conn: sqlite3.Connection) -> Shape:
    """The tables, columns, references, indexes, triggers and views of a database."""
    tables: dict[str, Table] = {}
    indexes: dict[str, Index] = {}
    triggers: dict[str, str] = {}
    views: set[str] = set()
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                        "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").fetchall()
    for kind, name, table, sql in rows:
        if kind == "table":
            tables[name] = _table_shape(conn, name)
        elif kind == "index" and sql is not None:  # sql is NULL for UNIQUE's own indexes
            indexes[name] = _index_shape(conn, name, table)
        elif kind == "trigger":
            triggers[name] = table
        elif kind == "view":
            views.add(name)
    return Shape(tables, indexes, triggers, frozenset(views))


def _table_shape(conn: sqlite3.Connection, table: str) -> Table:
    quoted = _quoted(table)
    columns = {
        row[1]: Column(row[1], str(row[2]).upper(), bool(row[3]), row[4], int(row[5]))
        for row in conn.execute(f"PRAGMA table_xinfo({quoted})") if not row[6]}
    grouped: dict[int, list[tuple[str, str, str | None, str, str]]] = {}
    for row in conn.execute(f"PRAGMA foreign_key_list({quoted})"):
        grouped.setdefault(row[0], []).append((row[2], row[3], row[4], row[5], row[6]))
    references = frozenset(
        Reference(tuple(part[1] for part in parts), parts[0][0],
                  tuple(part[2] for part in parts), parts[0][3], parts[0][4])
        for parts in grouped.values())
    unique = frozenset(
        _index_columns(conn, row[1])
        for row in conn.execute(f"PRAGMA index_list({quoted})") if row[3] in ("u", "pk"))
    return Table(columns, references, unique)


def _index_columns(conn: sqlite3.Connection, index: str) -> tuple[str | None, ...]:
    return tuple(row[2] for row in conn.execute(f"PRAGMA index_info({_quoted(index)})"))


def _index_shape(conn: sqlite3.Connection, name: str, table: str) -> Index:
    listed = {row[1]: row for row in conn.execute(f"PRAGMA index_list({_quoted(table)})")}
    row = listed.get(name)
    return Index(table, bool(row[2]) if row else False, _index_columns(conn, name),
                 bool(row[4]) if row else False)


_expected: dict[tuple[str, ...], Shape] = {}


def expected_shape(applied: list[str] | None = None) -> Shape:
    """The shape the migrations give a new workspace, built once in memory by the real
    migrations; with applied, the shape after just those (an older workspace's)."""
    known = schema.known_migration_names()
    names = tuple(known if applied is None else [n for n in known if n in applied])
    if names not in _expected:
        from jewelbench.storage._sqlite_utils import Database

        conn = sqlite3.connect(":memory:")
        try:
            stop = next((name for name in known if name not in names), None)
            schema.migrations.apply(Database(conn), stop_before=stop)
            _expected[names] = shape_of(conn)
        finally:
            conn.close()
    return _expected[names]


def schema_problems(conn: sqlite3.Connection, applied: list[str] | None = None, *,
                    found: Shape | None = None) -> list[str]:
    """What the file lacks of the shape its recorded migrations define, in plain words
    (found: the file's shape_of, when the caller has read it already)."""
    expected = expected_shape(applied)
    found = shape_of(conn) if found is None else found
    problems: list[str] = []
    for name, table in expected.tables.items():
        have = found.tables.get(name)
        if have is None:
            problems.append(f"the table {name} is missing")
            continue
        for column in table.columns.values():
            there = have.columns.get(column.name)
            if there is None:
                problems.append(f"the table {name} has no column {column.name}")
            elif there != column:
                problems.append(f"the column {name}.{column.name} is {there.describe()}, "
                                f"not {column.describe()}")
        for reference in table.references - have.references:
            problems.append(f"the reference {reference.describe(name)} is missing")
        for columns in table.unique - have.unique:
            listed = ", ".join(c or "?" for c in columns)
            problems.append(f"the rule that {name} ({listed}) is unique is missing")
    for name, index in expected.indexes.items():
        there_index = found.indexes.get(name)
        if there_index is None:
            problems.append(f"the index {name} on {index.table} is missing")
        elif there_index != index:
            problems.append(f"the index {name} on {index.table} is not as this version "
                            "defines it")
    for name, table_name in expected.triggers.items():
        if name not in found.triggers:
            problems.append(f"the safeguard (trigger) {name} on {table_name} is missing")
    for name in expected.views - found.views:
        problems.append(f"the view {name} is missing")
    return problems


def foreign_key_problems(conn: sqlite3.Connection, deadline: float | None = None) -> list[str]:
    """SQLite's foreign_key_check: one sentence per row that refers to a row that is gone."""
    problems: list[str] = []
    with _deadline(conn, deadline, problems):
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            where = f"row {rowid}" if rowid is not None else "a row"
            problems.append(f"{table} {where} refers to a row of {parent} that does not exist")
    return problems


def text_problems(conn: sqlite3.Connection, deadline: float | None = None, *,
                  found: Shape | None = None) -> list[str]:
    """Every text value read once: one sentence per value that is not valid UTF-8.

    Only the tables and columns the migrations define are read (the shape check reports any
    that are missing); a value stored as a blob is not text and is not read. found: the
    file's shape_of, when the caller has read it already."""
    problems: list[str] = []
    found = shape_of(conn) if found is None else found
    expected = expected_shape()
    previous = conn.text_factory
    conn.text_factory = bytes
    try:
        with _deadline(conn, deadline, problems):
            for name, table in expected.tables.items():
                have = found.tables.get(name)
                if have is None or name.startswith("search_index"):
                    continue  # the search index (FTS5) only copies text held elsewhere
                columns = [c for c in table.columns.values()
                           if c.name in have.columns and _may_hold_text(c.type)]
                if columns:
                    problems.extend(_undecodable(conn, name, columns, deadline))
    finally:
        conn.text_factory = previous
    return problems


def _may_hold_text(declared: str) -> bool:
    # SQLite's affinity rules: these declared types store text as text
    return (not declared or any(word in declared for word in ("CHAR", "CLOB", "TEXT"))
            or not any(word in declared for word in ("INT", "BLOB", "REAL", "FLOA", "DOUB")))


def _undecodable(conn: sqlite3.Connection, table: str, columns: list[Column],
                 deadline: float | None) -> Iterator[str]:
    picked = ", ".join(f"CASE WHEN typeof({_quoted(c.name)}) = 'text' THEN {_quoted(c.name)} END"
                       for c in columns)
    cursor = conn.execute(f"SELECT rowid, {picked} FROM {_quoted(table)}")
    while batch := cursor.fetchmany(500):
        for row in batch:
            for column, value in zip(columns, row[1:]):
                if value is None:
                    continue
                try:
                    value.decode("utf-8")
                except UnicodeDecodeError:
                    yield (f"{table} row {row[0]}: the text in {column.name} is damaged "
                           "(it is not readable as UTF-8)")
        if deadline is not None and time.monotonic() > deadline:
            raise _TimeUp


class _TimeUp(Exception):
    pass


class _deadline:  # noqa: N801 (used as a context manager, like contextlib's)
    """Interrupt SQLite once the deadline has passed; CheckTimedOut(problems so far)."""

    def __init__(self, conn: sqlite3.Connection, deadline: float | None,
                 problems: list[str]) -> None:
        self.conn, self.deadline, self.problems = conn, deadline, problems

    def __enter__(self) -> None:
        if self.deadline is not None:
            deadline = self.deadline
            self.conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 _traceback: object) -> None:
        if self.deadline is None:
            return
        self.conn.set_progress_handler(None, 0)
        timed_out = kind is _TimeUp or (
            isinstance(error, sqlite3.OperationalError)
            and getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_INTERRUPT
            and time.monotonic() > self.deadline)
        if timed_out:
            raise CheckTimedOut(self.problems) from None


def problems(conn: sqlite3.Connection, applied: list[str] | None = None,
             deadline: float | None = None) -> list[str]:
    """The schema, reference and text checks together (SQLite's own checks not included).
    The file's shape is read once for both checks that need it (about 5 ms of the demo's
    14 ms check on opening)."""
    shape = shape_of(conn)
    found = schema_problems(conn, applied, found=shape)
    try:
        found += foreign_key_problems(conn, deadline)
        found += text_problems(conn, deadline, found=shape)
    except CheckTimedOut as stopped:
        raise CheckTimedOut(found + stopped.problems) from None
    return found


# The window's check on opening: SQLite's quick check, then these, off the GUI thread. Past
# this many seconds the checks here stop (a very large workspace); `jewelbench check` runs all.
BACKGROUND_BUDGET_S = 10.0


@dataclass
class Verdict:
    problems: list[str]  # [] when healthy (as far as the check got)
    complete: bool = True  # False: the budget ran out before every check had run


def check_on_open(path: Path, budget_s: float | None = None) -> Verdict:
    """SQLite's quick check and the checks above on a read-only connection of their own;
    the checks above stop after budget_s seconds (BACKGROUND_BUDGET_S when None). Problems
    found are logged as a WARNING."""
    verdict = _checked_on_open(path, budget_s)
    if verdict.problems:
        log.warning("The check of %s found %d problem(s), the first: %s", path.name,
                    len(verdict.problems), verdict.problems[0])
    return verdict


def _checked_on_open(path: Path, budget_s: float | None) -> Verdict:
    verdict = quick_check(path)
    if verdict != ["ok"]:
        return Verdict(verdict)
    deadline = time.monotonic() + (BACKGROUND_BUDGET_S if budget_s is None else budget_s)
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as error:
        return Verdict([f"the file cannot be read ({error})"])
    try:
        applied = applied_migrations(conn)
        if any(name not in schema.known_migration_names() for name in applied):
            return Verdict([])  # a newer workspace is refused when opened, not here
        return Verdict(problems(conn, applied, deadline))
    except CheckTimedOut as stopped:
        return Verdict(stopped.problems, complete=False)
    except sqlite3.Error as error:
        return Verdict([f"the file is damaged ({error})"])
    finally:
        conn.close()
