"""Every user-visible string reaches translators and is filled by name.

pyside6-lupdate lists only `self.tr("…")`, `translate("ctx", "…")` / `X.translate("ctx", "…")`,
QT_TR_NOOP and QT_TRANSLATE_NOOP calls. A module helper such as
`def _tr(text): return QCoreApplication.translate("ctx", text)` called as `_tr("…")` hides the
string from it, a local alias `tr = QCoreApplication.translate` called as `tr("ctx", "…")`
is read as a source "ctx" with a comment, and `widget.tr("…")` lands in a context named
"widget" that the running program never asks for. Messages take named placeholders through
jewelbench.domain.messages.fill, never `.replace("%1", …)` chains.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from jewelbench.domain.messages import fill, placeholders
from jewelbench.ui.formatting import counted

PACKAGE = Path(__file__).resolve().parents[1] / "jewelbench"
NUMBERED = re.compile(r"%[1-9]")


def _modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        yield str(path.relative_to(PACKAGE.parent)), ast.parse(path.read_text(encoding="utf-8"))


def _docstrings(tree: ast.Module) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def numbered_placeholders(tree: ast.Module) -> list[tuple[int, str]]:
    """Strings holding %1…%9 (docstrings aside) and `.replace("%N", …)` calls."""
    docs = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and id(node) not in docs and NUMBERED.search(node.value):
            found.append((node.lineno, node.value))
    return found


def _translate_wrapper_context(node: ast.FunctionDef) -> bool:
    """A function whose body returns X.translate("ctx", <its parameter>)."""
    body = [s for s in node.body if not (isinstance(s, ast.Expr) and _literal(s.value))]
    if len(body) != 1 or not isinstance(body[0], ast.Return):
        return False
    call = body[0].value
    return (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate" and len(call.args) >= 2
            and _literal(call.args[0]) is not None and _literal(call.args[1]) is None)


def hidden_from_lupdate(tree: ast.Module) -> list[tuple[int, str]]:
    """Calls whose literal text lupdate misses or files under the wrong context."""
    wrappers = {node.name for node in tree.body
                if isinstance(node, ast.FunctionDef) and _translate_wrapper_context(node)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) \
                and node.value.attr == "translate":
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id != "translate":
                    found.append((node.lineno, f"{target.id} = ….translate (call it translate)"))
        if not isinstance(node, ast.Call) or not node.args or _literal(node.args[0]) is None:
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id in wrappers:
            found.append((node.lineno, f"{func.id}({node.args[0].value!r})"))  # type: ignore[attr-defined]
        if isinstance(func, ast.Name) and func.id == "tr":
            found.append((node.lineno, f"tr({node.args[0].value!r})"))  # type: ignore[attr-defined]
        if isinstance(func, ast.Attribute) and func.attr == "tr" and not (
                isinstance(func.value, ast.Name) and func.value.id == "self"):
            owner = ast.unparse(func.value)
            found.append((node.lineno, f"{owner}.tr(…): lupdate files it under “{owner}”"))
    return found


def _templates(node: ast.AST) -> list[str] | None:
    """The literal texts a fill() template can be: a tr/translate/QT_TRANSLATE_NOOP call with a
    literal, or a conditional choosing between such calls; None for anything else."""
    if isinstance(node, ast.IfExp):
        body, orelse = _templates(node.body), _templates(node.orelse)
        return None if body is None or orelse is None else body + orelse
    if not isinstance(node, ast.Call) or not node.args:
        return None
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name == "tr":
        text = _literal(node.args[0])
    elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
        text = _literal(node.args[1])
    else:
        return None
    return None if text is None else [text]


def unfilled(tree: ast.Module) -> list[tuple[int, str]]:
    """fill() calls whose values do not match their template's placeholders."""
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "fill" and node.args):
            continue
        templates = _templates(node.args[0])
        if templates is None or any(k.arg is None for k in node.keywords):
            continue
        given = {k.arg for k in node.keywords if k.arg is not None}
        wanted = [set(placeholders(text)) for text in templates]
        if set().union(*wanted) != given or any(not w <= given for w in wanted):
            found.append((node.lineno, f"{templates[0]!r}: {sorted(given)}"))
    return found


def test_the_checks_find_what_they_look_for() -> None:
    source = ast.parse(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate('png_strips', text)\n"
        "def f(widget):\n"
        "    tr = QCoreApplication.translate\n"
        "    tr('samples', 'In tolerance')\n"
        "    widget.tr('at {first}')\n"
        "    _tr('the file is cut short')\n"
        "    _tr(some_text)\n"
        "    fill(self.tr('{a} and {b}'), a=1)\n"
        "    fill(self.tr('1 x') if n == 1 else self.tr('{count} x'), count=n)\n"
        "    return self.tr('%1 is cheaper').replace('%1', s)\n")
    assert [line for line, _ in numbered_placeholders(source)] == [12, 12]
    assert [line for line, _ in hidden_from_lupdate(source)] == [5, 6, 7, 8]
    assert [line for line, _ in unfilled(source)] == [10]


@pytest.mark.parametrize("check", [numbered_placeholders, hidden_from_lupdate, unfilled],
                         ids=["numbered placeholders", "hidden from lupdate", "fill values"])
def test_the_package(check: Callable[[ast.Module], list[tuple[int, str]]]) -> None:
    found = [f"{name}:{line}: {what}" for name, tree in _modules() for line, what in check(tree)]
    assert found == []


def test_counted_fills_count_and_reads_no_value_again() -> None:
    assert counted(1, "1 design", "{count} designs") == "1 design"
    assert counted(12345, "1 design", "{count} designs") == "12,345 designs"
    assert counted(3, "{count} design", "{count} designs") == "3 designs"
    assert fill("{designs} in {count} collections", designs="{count} %2",
                count="4") == "{count} %2 in 4 collections"


def _lupdate(sources: list[Path], ts: Path) -> dict[tuple[str, str], None]:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(tool), *map(str, sources), "-locations", "none", "-ts", str(ts)],
                   check=True, capture_output=True)
    listed: dict[tuple[str, str], None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            listed[(name, message.findtext("source") or "")] = None
    return listed


@pytest.mark.integration
@pytest.mark.skipif(not Path(sys.executable).with_name("pyside6-lupdate").exists(),
                    reason="pyside6-lupdate comes with PySide6-Essentials in the venv")
def test_lupdate_lists_the_strings_helpers_hid(tmp_path: Path) -> None:
    ui = PACKAGE / "ui"
    listed = _lupdate([PACKAGE / "reports" / "png_strips.py", ui / "workspace" / "first_hour.py",
                       ui / "samples" / "deviations.py", ui / "samples" / "photos.py",
                       ui / "costs" / "search_range.py", ui / "backups" / "runner.py",
                       PACKAGE / "app" / "main.py"], tmp_path / "check.ts")
    for wanted in [("FirstHour", "Demo not written"),
                   ("samples", "Out of tolerance: {check}"),
                   ("samples", "{excess} over (limit {limit})"),
                   ("SampleRoundEditor", "Add {count} photos"),
                   ("SearchRange", "between {first} and {last}"),
                   ("backups", "Backing up {workspace} before closing…"),
                   ("startup", "“{workspace}” cannot be opened.")]:
        assert wanted in listed
    assert any(context == "png_strips" for context, _ in listed)
    contexts = {context for context, _ in listed}
    assert not contexts & {"", "QCoreApplication", "QApplication", "widget", "parent"}
