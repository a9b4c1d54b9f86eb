"""Storage: the workspace file (one SQLite file), its schema, migrations and repositories.

Where each thing lives (one hop):

The file and its connection
- workspace.py   the Workspace: opening, creating, migrating, closing a file; the composition
                 root that makes every repository and hands each the others it reads
- opening.py     what a file must pass before it is opened (header, logs beside it, vetting
                 on a read-only connection) and the WorkspaceError family that says why not
- checking.py    `jewelbench check`: CheckReport, without changing the file
- copying.py     copies of a live file (Save As, backups, before an upgrade): CopyFailed
- backups.py     automatic and manual backups, restoring one
- store.py       the one connection: reads, transactions, write errors (told apart by SQLite's
                 error code: DiskFull, WorkspaceLocked, ReadOnlyStore, WorkspaceTaken)
- lock.py, location.py, partials.py, sidecars.py   the lock that keeps a second writer out,
                 network drives, half-written copies, -wal/-journal files that are not the
                 file's own
- schema.py, health.py, search_index.py   the tables and their migrations; the checks of
                 the schema's shape, foreign keys and text; the lists' full-text index

The repositories (domain objects in, domain objects out, one transaction per write;
repositories.py gathers them)
- designs.py (designs, BOMs, images), techpacks.py (revisions, drafts, issued snapshots),
  samples.py (sample rounds, approval), suppliers.py, quotes.py, rfqs.py, prices.py (settings,
  alloys, metal prices, FX rates), scenarios.py (in-house scenarios), costing.py (what the
  cost engine is given), brand.py, picks.py, scorecards.py
- listing.py     the lists read a page at a time (sorting, filtering, searching in SQL)
- imports.py, bulk.py, exports.py, workbook_data.py   quotes imported in one transaction,
  large writes, what the exports read
- convert.py     stored text to domain values and back (damage becomes ReadError)
- Rules that cross records live in one small module both sides call:
  production.py  production needs an approved sample of the current tech pack revision
  callouts.py    images taken out of a design take their callouts out of its drafts

Rows are read by column name (Store.query gives dicts), never by position.

sqlite-utils, and why it stays: it keeps the file's migration record (the `_sqlite_migrations`
table every workspace already holds, documented in docs/schema.md for people who open the file
with the sqlite-utils tool) and it serves `Database.table(...).insert_all` and nested
transactions as savepoints (Store.atomic). Replacing it would mean writing that record
ourselves, compatibly, for no gain to the user. What it costs is start-up: it is loaded only on
the first write, migration or table operation (store.py), and it is imported without numpy,
which it would load only to recognise numpy values we never insert (_sqlite_utils.py hides
numpy from that one import, on that one thread).
"""

from jewelbench.storage.copying import CopyFailed
from jewelbench.storage.opening import (
    NotAWorkspace,
    WorkspaceBusy,
    WorkspaceDamaged,
    WorkspaceError,
    WorkspaceInUse,
    WorkspaceMissing,
    WorkspaceReadOnly,
    WorkspaceTooNew,
)
from jewelbench.storage.store import (
    DiskFull,
    ReadError,
    ReadOnlyStore,
    StorageError,
    WorkspaceLocked,
    WriteError,
)
from jewelbench.storage.workspace import Workspace

__all__ = [
    "CopyFailed", "DiskFull", "ReadOnlyStore", "StorageError", "WorkspaceLocked", "WriteError",
    "NotAWorkspace", "ReadError", "Workspace", "WorkspaceBusy", "WorkspaceDamaged",
    "WorkspaceError", "WorkspaceInUse", "WorkspaceMissing", "WorkspaceReadOnly", "WorkspaceTooNew",
]
