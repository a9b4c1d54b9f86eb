"""Storage: the workspace file (SQLite via sqlite-utils), schema, migrations, repositories."""

from jewelbench.storage.store import (
    DiskFull,
    ReadError,
    ReadOnlyStore,
    StorageError,
    WorkspaceLocked,
    WriteError,
)
from jewelbench.storage.workspace import (
    CopyFailed,
    NotAWorkspace,
    Workspace,
    WorkspaceBusy,
    WorkspaceDamaged,
    WorkspaceError,
    WorkspaceInUse,
    WorkspaceMissing,
    WorkspaceReadOnly,
    WorkspaceTooNew,
)

__all__ = [
    "CopyFailed", "DiskFull", "ReadOnlyStore", "StorageError", "WorkspaceLocked", "WriteError",
    "NotAWorkspace", "ReadError", "Workspace", "WorkspaceBusy", "WorkspaceDamaged",
    "WorkspaceError", "WorkspaceInUse", "WorkspaceMissing", "WorkspaceReadOnly", "WorkspaceTooNew",
]
