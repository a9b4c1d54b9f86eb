"""The look of the widgets resources/style.qss names, set on each of those widgets alone.

resources/style.qss stays the one source of the look. It is not set on the application: an
application style sheet routes every widget of the app through Qt's style-sheet style, which
makes every window and dialog slower to open. `named(label, "pageTitle")` gives the widget its
object name and, as its own style sheet, the rules of style.qss that select that name (read
once). Colours stay palette(...) references: Qt resolves them when the sheet is set, so on a
palette change (a desktop switched to dark while the app runs) the named widgets get their
rules again and take the new palette's colours."""

from __future__ import annotations

import re
from functools import cache
from typing import TypeVar

from PySide6.QtWidgets import QApplication, QWidget

from jewelbench.resources import resource_path

W = TypeVar("W", bound=QWidget)

_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_BLOCK = re.compile(r"([^{}]+)\{([^{}]*)\}")
_NAME = re.compile(r"#([A-Za-z_][\w-]*)")


def parse_rules(sheet: str) -> dict[str, str]:
    """Each object name a style sheet selects, with the rules that select it (one selector a
    rule, in the sheet's order): `QLabel#a, QLabel#b { x }` gives a `QLabel#a { x }` and b
    `QLabel#b { x }`."""
    rules: dict[str, list[str]] = {}
    for block in _BLOCK.finditer(_COMMENT.sub("", sheet)):
        body = " ".join(line.strip() for line in block.group(2).strip().splitlines())
        for selector in block.group(1).split(","):
            selector = " ".join(selector.split())
            for name in dict.fromkeys(_NAME.findall(selector)):
                rules.setdefault(name, []).append(f"{selector} {{ {body} }}")
    return {name: "\n".join(lines) for name, lines in rules.items()}


@cache
def style_rules() -> dict[str, str]:
    """resources/style.qss by object name, read once."""
    return parse_rules(resource_path("style.qss").read_text(encoding="utf-8"))


def named(widget: W, name: str) -> W:
    """Name the widget (`setObjectName`) and give it style.qss's rules for that name."""
    try:
        sheet = style_rules()[name]
    except KeyError:
        raise ValueError(f"resources/style.qss has no rules for #{name}") from None
    widget.setObjectName(name)
    widget.setStyleSheet(sheet)
    _follow_palette()
    return widget


_watched: list[QApplication] = []


def _follow_palette() -> None:
    """Once per application: restyle the named widgets when its palette changes."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and not any(app is seen for seen in _watched):
        _watched[:] = [app]
        app.paletteChanged.connect(restyle_named)


def restyle_named() -> None:
    """Set the named widgets' rules again, so palette(...) takes the palette now in force."""
    rules = style_rules()
    for widget in QApplication.allWidgets():
        sheet = rules.get(widget.objectName())
        if sheet is not None and widget.styleSheet() == sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)
