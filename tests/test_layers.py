"""The layers point one way (DESIGN.md): domain ← storage ← reports ← ui ← app/cli."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "jewelbench"

# For each layer: the imports it must never make.
FORBIDDEN = {
    "domain": ("PySide6", "shiboken6", "sqlite3", "sqlite_utils", "openpyxl", "pyqtgraph",
               "jewelbench.storage", "jewelbench.reports", "jewelbench.ui", "jewelbench.app",
               "jewelbench.cli"),
    "storage": ("PySide6", "shiboken6", "openpyxl", "pyqtgraph", "jewelbench.reports",
                "jewelbench.ui", "jewelbench.app", "jewelbench.cli"),
    "reports": ("sqlite3", "sqlite_utils", "jewelbench.ui", "jewelbench.app", "jewelbench.cli"),
    "ui": ("sqlite3", "sqlite_utils", "jewelbench.app", "jewelbench.cli"),
}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_one_way(layer):
    offences = []
    for path in sorted((PACKAGE / layer).rglob("*.py")) if (PACKAGE / layer).exists() else []:
        for name in _imports(path):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                offences.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    assert offences == []


def test_the_layer_rule_catches_an_offence(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("from PySide6.QtCore import QObject\nimport jewelbench.ui.dialogs\n")
    assert _imports(probe) == {"PySide6.QtCore", "jewelbench.ui.dialogs"}


def test_mypy_strict_passes_on_domain_and_storage():
    result = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-error-summary",
                             str(PACKAGE / "domain"), str(PACKAGE / "storage")],
                            capture_output=True, text=True, cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_passes():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", str(PACKAGE.parent)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
