"""resources/style.qss, the one source of the look, set on the widgets it names rather than on the
application (an application style sheet slows every window down): the same look, light and
dark, and a palette switched while the app runs recolours them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QWidget
from qt_helpers import dark_palette

from jewelbench.app.main import apply_style
from jewelbench.resources import resource_path
from jewelbench.ui.style import named, parse_rules, style_rules

PACKAGE = Path(__file__).resolve().parents[2] / "jewelbench"

def test_each_name_gets_the_rules_that_select_it(qapp):
    rules = parse_rules("/* a note { not a rule } */\n"
                        "QLabel#a, QLabel#b {\n    color: red;\n    font-size: 9pt;\n}\n"
                        "QListWidget#a::item:selected { color: blue; }\n"
                        "QLabel { margin: 1px; }\n")
    assert rules == {"a": "QLabel#a { color: red; font-size: 9pt; }\n"
                          "QListWidget#a::item:selected { color: blue; }",
                     "b": "QLabel#b { color: red; font-size: 9pt; }"}
    assert set(style_rules()) == {"navigation", "pageTitle", "pageSubtitle", "emptyState",
                                  "previewTitle", "checklistTitle", "firstHourChecklist"}
    label = named(QLabel(), "pageTitle")
    assert label.objectName() == "pageTitle"
    assert label.styleSheet() == "QLabel#pageTitle { font-size: 15pt; font-weight: 600; }"
    with pytest.raises(ValueError, match="no rules for #pageHeadline"):
        named(QLabel(), "pageHeadline")


def test_every_styled_name_is_given_through_named():
    """A plain setObjectName("pageTitle") would now leave the widget unstyled."""
    styled = "|".join(style_rules())
    plain = re.compile(rf'setObjectName\(\s*"({styled})"\s*\)')
    offenders = [f"{path.relative_to(PACKAGE.parent)}:{number}"
                 for path in sorted(PACKAGE.rglob("*.py"))
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if plain.search(line)]
    assert offenders == []


def _samples(name: str) -> QWidget:
    """A widget of the kind style.qss styles under this name, with something to show."""
    if name == "navigation":
        widget: QWidget = QListWidget()
        assert isinstance(widget, QListWidget)
        widget.addItems(["Designs", "Suppliers", "Quotes"])
        widget.setCurrentRow(1)
    elif name == "firstHourChecklist":
        widget = QFrame()
        widget.setFrameShape(QFrame.Shape.StyledPanel)
    else:
        widget = QLabel("Designs · 15 designs in 3 collections")
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.resize(260, 110)
    return widget


def _photo(qtbot, widget: QWidget) -> QImage:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    image = widget.grab().toImage()
    widget.close()
    return image


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_named_widgets_look_as_the_application_sheet_made_them(qtbot, qapp, mode):
    light = qapp.palette()
    if mode == "dark":
        qapp.setPalette(dark_palette(light))
    try:
        apply_style(qapp)
        assert qapp.styleSheet() == "", "no application style sheet"
        mine = {name: _photo(qtbot, named(_samples(name), name)) for name in style_rules()}
        old = {}
        qapp.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))
        try:
            for name in style_rules():
                widget = _samples(name)
                widget.setObjectName(name)
                old[name] = _photo(qtbot, widget)
        finally:
            qapp.setStyleSheet("")
    finally:
        qapp.setPalette(light)
    for name in style_rules():
        assert mine[name] == old[name], f"#{name} looks different in the {mode} palette"
    # and the look is style.qss's, not the default one
    assert mine["pageTitle"] != _photo(qtbot, _samples("pageTitle"))


def test_a_palette_switched_while_the_app_runs_recolours_the_named_widgets(qtbot, window, qapp):
    window.show_view("designs")
    page = window.designs.page
    title, subtitle = page.title, page.subtitle

    def ink(label: QLabel) -> QColor:
        return label.palette().color(label.foregroundRole())

    light = qapp.palette()
    assert ink(subtitle) == light.color(QPalette.ColorRole.PlaceholderText)
    assert title.font().pointSizeF() == 15 and title.font().weight() == QFont.Weight.DemiBold
    dark = dark_palette(light)
    try:
        qapp.setPalette(dark)
        qtbot.waitUntil(lambda: ink(subtitle) == dark.color(QPalette.ColorRole.PlaceholderText))
        selected = window.navigation.palette().color(QPalette.ColorRole.Highlight)
        assert selected == dark.color(QPalette.ColorRole.Highlight)
        assert title.font().pointSizeF() == 15 and title.font().weight() == QFont.Weight.DemiBold
    finally:
        qapp.setPalette(light)
    qtbot.waitUntil(lambda: ink(subtitle) == light.color(QPalette.ColorRole.PlaceholderText))
    assert qapp.styleSheet() == ""
