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


@pytest.mark.integration
def test_mypy_passes_on_the_whole_package():
    """pyproject.toml's [tool.mypy]: strict for domain and storage, checked everywhere else."""
    result = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary"],
                            capture_output=True, text=True, cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.integration
def test_the_mypy_configuration_catches_what_it_must(tmp_path):
    """The configuration is strict where it says (an untyped def in domain fails, the same in
    ui passes), checks inside untyped functions, and refuses a bare or unused type: ignore."""
    probes = {
        "domain/probe.py": ("def untyped(x):\n    return x\n", "no-untyped-def"),
        "ui/probe.py": ("def untyped(x):\n    return x\n", None),
        "ui/attribute.py": ("from PySide6.QtPrintSupport import QPrinter\n\n\n"
                            "def size():\n    return QPrinter.PageSize.A4\n", "attr-defined"),
        "reports/bare.py": ("x: int = 'a'  # type: ignore\n", "ignore-without-code"),
        "app/unused.py": ("x: int = 1  # type: ignore[assignment]\n", "unused-ignore"),
    }
    package = tmp_path / "jewelbench"
    for name, (source, _) in probes.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        for folder in (package, path.parent):
            (folder / "__init__.py").touch()
        path.write_text(source)
    config = (PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(config)
    result = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary",
                             "--no-incremental", "--cache-dir", str(tmp_path / "cache")],
                            capture_output=True, text=True, cwd=tmp_path)
    for name, (_, code) in probes.items():
        reported = [line for line in result.stdout.splitlines()
                    if line.startswith(f"jewelbench/{name}:")]
        if code is None:
            assert reported == [], name
        else:
            assert any(line.endswith(f"[{code}]") for line in reported), (name, result.stdout)


@pytest.mark.integration
def test_ruff_passes():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", str(PACKAGE.parent)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
