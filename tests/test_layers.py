"""The layers point one way (DESIGN.md): domain ← storage ← reports ← ui ← app/cli.

The rule is kept in ONE place, pyproject.toml's [tool.importlinter]: the layers, and the
third-party packages each may import (Qt only in ui, app and a few reports modules; SQL only in
storage). No module imports one that imports it back, even inside a function. The planted
probes show each check fails when it must.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "jewelbench"


def _lint_imports(config: Path, cwd: Path, env: dict[str, str] | None = None,
                  ) -> subprocess.CompletedProcess[str]:
    tool = Path(sys.executable).with_name("lint-imports")
    return subprocess.run([str(tool), str(config), "--no-cache"],
                          capture_output=True, text=True, cwd=cwd, env=env)


def _modules(folder: Path) -> dict[str, Path]:
    """Every module of the package in folder, by dotted name (a package by its own name)."""
    found = {}
    for path in sorted(folder.rglob("*.py")):
        name = ".".join(path.relative_to(folder.parent).with_suffix("").parts)
        found[name.removesuffix(".__init__")] = path
    return found


def _imported_by(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The package's modules that module name imports, anywhere in it (inside a function or
    under TYPE_CHECKING too). `from package import thing` counts as importing the package,
    which Python runs first, and the module package.thing when there is one."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            targets.add(base)
            targets.update(f"{base}.{alias.name}" for alias in node.names)
    return {target for target in targets if target in known and target != name}


def import_cycles(folder: Path) -> list[list[str]]:
    """The groups of modules of the package in folder that import each other round (each
    group sorted, the largest first)."""
    known = _modules(folder)
    imports = {name: _imported_by(name, path, known) for name, path in known.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(module: str) -> None:  # Tarjan's strongly connected components
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in sorted(imports[module]):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for module in sorted(imports):
        if module not in index:
            visit(module)
    return sorted(groups, key=lambda g: (-len(g), g))


@pytest.mark.integration
def test_the_import_contracts_are_kept():
    """pyproject.toml's contracts: the layers, and who may import Qt and SQL."""
    result = _lint_imports(ROOT / "pyproject.toml", ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def _plant(folder: Path, name: str, files: dict[str, str]) -> None:
    for relative, source in files.items():
        path = folder / name / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        for parent in [path.parent, *path.parent.parents]:
            if parent == folder:
                break
            (parent / "__init__.py").touch()
        path.write_text(source)


@pytest.mark.integration
def test_the_contracts_catch_a_planted_offence(tmp_path):
    """The project's own contracts, run over a planted package laid out as jewelbench is: the
    imports the layers allow break none; each planted offence breaks the contract naming it."""
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8").replace("jewelbench",
                                                                           "plantedbench")
    contracts = tomllib.loads(config)["tool"]["importlinter"]["contracts"]
    allowed_qt = [line.split(" -> ") for c in contracts for line in c.get("ignore_imports", [])]
    _plant(tmp_path, "plantedbench", {  # the reports modules allowed to draw with Qt
        module.removeprefix("plantedbench.").replace(".", "/") + ".py": f"import {imported}\n"
        for module, imported in allowed_qt})
    _plant(tmp_path, "plantedbench", {
        "domain/money.py": "from decimal import Decimal\n",
        "storage/store.py": "import sqlite3\nfrom plantedbench.domain import money\n",
        "reports/workbook.py": "import openpyxl\nfrom plantedbench.storage import store\n",
        "ui/view.py": "from PySide6.QtWidgets import QWidget\n"
                      "from plantedbench.reports import workbook\n",
        "app/main.py": "import sqlite3\nfrom plantedbench.ui import view\n",
        "cli.py": "from plantedbench.app import main\n",
        "cli_prices.py": "from plantedbench import cli_shared\n",
        "cli_shared.py": "def gui():\n    from PySide6.QtGui import QGuiApplication\n",
        "resources.py": "",
    })
    planted = tmp_path / "pyproject.toml"
    planted.write_text(config, encoding="utf-8")
    env = {"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin",
           "COLUMNS": "500"}  # each contract's name on one line
    result = _lint_imports(planted, tmp_path, env)
    assert result.returncode == 0, result.stdout + result.stderr

    _plant(tmp_path, "plantedbench", {
        "domain/labels.py": "import sqlite3\nfrom PySide6.QtCore import QObject\n",
        "domain/upwards.py": "from plantedbench.ui import view\n",
        "storage/charts.py": "import openpyxl\n",
        "reports/sneaky.py": "def draw():\n    from PySide6.QtGui import QImage\n",
        "ui/rows.py": "import sqlite3\n",
    })
    result = _lint_imports(planted, tmp_path, env)
    report = result.stdout + result.stderr
    assert result.returncode == 1, report
    broken = {line.split(" BROKEN")[0].strip() for line in report.splitlines()
              if " BROKEN" in line}
    assert broken == {c["name"] for c in contracts}, report
    for offence in ("plantedbench.domain.upwards -> plantedbench.ui.view",
                    "plantedbench.domain.labels -> sqlite3",
                    "plantedbench.domain.labels -> PySide6",
                    "plantedbench.storage.charts -> openpyxl",
                    "plantedbench.reports.sneaky -> PySide6",  # inside a function too
                    "plantedbench.ui.rows -> sqlite3"):
        assert offence in report, offence


def test_no_module_imports_one_that_imports_it_back():
    assert import_cycles(PACKAGE) == []


def test_the_cycle_check_finds_a_planted_cycle(tmp_path):
    """A cycle hidden by an import inside a function, and one through a package's __init__,
    are found; modules that only import one way are not."""
    _plant(tmp_path, "cyclebench", {
        "shop/orders.py": "from cyclebench.shop import stock\n",
        "shop/stock.py": "def reserve():\n    from cyclebench.shop import orders\n",
        "shop/labels.py": "from cyclebench.shop import stock\n",
        "books/__init__.py": "from cyclebench.books.ledger import Ledger\n",
        "books/ledger.py": "from cyclebench.books import rates\nclass Ledger: ...\n",
        "books/rates.py": "import cyclebench.books\n",
    })
    assert import_cycles(tmp_path / "cyclebench") == [
        ["cyclebench.books", "cyclebench.books.ledger", "cyclebench.books.rates"],
        ["cyclebench.shop.orders", "cyclebench.shop.stock"],
    ]


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
