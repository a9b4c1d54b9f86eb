"""Storage: the workspace file (SQLite via sqlite-utils), schema, migrations, repositories."""

from jewelbench.storage.store import ReadError
from jewelbench.storage.workspace import (
    NotAWorkspace,
    Workspace,
    WorkspaceBusy,
    WorkspaceDamaged,
    WorkspaceError,
    WorkspaceMissing,
    WorkspaceReadOnly,
    WorkspaceTooNew,
)

__all__ = [
    "NotAWorkspace", "ReadError", "Workspace", "WorkspaceBusy", "WorkspaceDamaged",
    "WorkspaceError", "WorkspaceMissing", "WorkspaceReadOnly", "WorkspaceTooNew",
]
