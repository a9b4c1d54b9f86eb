"""A desktop switched to dark while jewelbench runs, on a new user's empty workspace: the
window's titles, subtitles, the getting-started card and the sections list take the dark
palette at once, as a window opened dark has them, and take the light one back after."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QWidget
from qt_helpers import dark_palette, events_delivered


def ink(widget: QWidget, role: QPalette.ColorRole | None = None) -> QColor:
    return widget.palette().color(role if role is not None else widget.foregroundRole())


def test_a_desktop_switched_to_dark_recolours_the_window_at_once(road, qapp, artifacts_dir):
    window, qtbot = road.window, road.qtbot
    window.view_actions[0].trigger()  # View ▸ Designs
    page = window.designs.page
    card = window.checklist
    assert page.subtitle.isVisible() and card.isVisible()
    light = qapp.palette()
    placeholder = QPalette.ColorRole.PlaceholderText
    assert ink(page.subtitle) == light.color(placeholder)
    assert ink(card, QPalette.ColorRole.Window) == light.color(QPalette.ColorRole.Base)

    dark = dark_palette(light)
    try:
        qapp.setPalette(dark)  # what the desktop does when its user picks a dark theme
        qtbot.waitUntil(lambda: ink(page.subtitle) == dark.color(placeholder))
        assert ink(card, QPalette.ColorRole.Window) == dark.color(QPalette.ColorRole.Base)
        assert ink(window.navigation, QPalette.ColorRole.Highlight) == \
            dark.color(QPalette.ColorRole.Highlight)
        title = page.title.font()
        assert title.pointSizeF() == 15 and title.weight() == QFont.Weight.DemiBold
        qtbot.waitUntil(lambda: events_delivered()
                        and ink(window.centralWidget(), QPalette.ColorRole.Window)
                        == dark.color(QPalette.ColorRole.Window))
        shot = artifacts_dir / "switched-to-dark.png"  # for a person to look at
        assert window.grab().save(str(shot)), shot
    finally:
        qapp.setPalette(light)
    qtbot.waitUntil(lambda: ink(page.subtitle) == light.color(placeholder))
    assert ink(card, QPalette.ColorRole.Window) == light.color(QPalette.ColorRole.Base)
    road.no_message_box()
