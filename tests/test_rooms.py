"""Rooms that say what they hold (docs/architecture.md): every package's docstring names each
of its modules and subpackages, so a newcomer finds any feature in one hop; and no module grows
past 800 lines, where layout and behaviour start to mix."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "jewelbench"
MOST_LINES = 800


def unnamed_rooms(package: Path) -> list[str]:
    """Each module or subpackage that its package's __init__ docstring does not name."""
    missing = []
    for init in sorted(package.rglob("__init__.py")):
        if "__pycache__" in init.parts:
            continue
        said = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        rooms = [p.stem for p in init.parent.glob("*.py") if p.stem != "__init__"]
        rooms += [d.name for d in init.parent.iterdir() if (d / "__init__.py").is_file()]
        missing += [f"{init.parent.relative_to(package.parent)}/{room}" for room in sorted(rooms)
                    if not re.search(rf"(?<![\w.]){re.escape(room)}(\.py|/|\b)", said)]
    return missing


def long_modules(package: Path) -> list[str]:
    return sorted(f"{path.relative_to(package.parent)}: {count} lines"
                  for path in package.rglob("*.py")
                  if (count := len(path.read_text(encoding="utf-8").splitlines())) > MOST_LINES)


def test_every_package_says_what_lives_in_each_of_its_modules():
    assert unnamed_rooms(PACKAGE) == []


def test_no_module_is_over_800_lines():
    assert long_modules(PACKAGE) == []


def test_the_checks_find_an_unnamed_module_and_a_long_one(tmp_path):
    shop = tmp_path / "shop"
    (shop / "orders").mkdir(parents=True)
    (shop / "__init__.py").write_text('"""The shop.\n\n- stock.py: what is on the shelf.\n"""\n')
    (shop / "stock.py").write_text("x = 1\n")
    (shop / "labels.py").write_text("x = 1\n" * (MOST_LINES + 1))  # named nowhere, too long
    (shop / "orders" / "__init__.py").write_text('"""Orders: taken.py."""\n')
    (shop / "orders" / "taken.py").write_text("")
    (shop / "orders" / "stocked.py").write_text("")  # "stock" must not name it
    assert unnamed_rooms(shop) == ["shop/labels", "shop/orders", "shop/orders/stocked"]
    assert long_modules(shop) == [f"shop/labels.py: {MOST_LINES + 1} lines"]
