"""Chart colours that read on the palette in force, light or dark.

The comparison's curves, bars and swatches share one qualitative set. Each colour starts from a
fixed hue and is then made light or dark enough to stand out from the palette's Base colour by
at least 3 : 1 (WCAG's contrast for graphical objects), so the same code draws readable charts
on a light and on a dark desktop. No pyqtgraph here: the verdict's swatches use it too.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from jewelbench.domain.costing_figures import Component

MIN_CONTRAST = 3.0
LINE_CONTRAST = 4.0

# Curves: in-house first, then each route, in a fixed order of well-separated hues.
SERIES = ("#1f5fbf", "#d1495b", "#2a9d57", "#8e44ad", "#e07b00", "#00838f", "#b8336a",
          "#6d5d2e", "#4b5fd6", "#7a8b00")

# Stacked bars: each component keeps its colour on every route. Neighbours in a stack
# (the engine's component order) have clearly different hues.
COMPONENTS: dict[Component, str] = {
    Component.METAL: "#c9a227",
    Component.STONES: "#8e44ad",
    Component.FINDINGS: "#6d4c41",
    Component.PLATING: "#00897b",
    Component.PACKAGING: "#9e9d24",
    Component.CONSUMABLES: "#d81b60",
    Component.LABOUR: "#1e88e5",
    Component.REMAKES: "#e53935",
    Component.DEPRECIATION: "#546e7a",
    Component.OVERHEADS: "#fb8c00",
    Component.STAFF: "#3949ab",
    Component.ADDED_STAFF: "#7cb342",
    Component.SUPPLIER_PRICE: "#4e79a7",
    Component.SUPPLIER_METAL: "#b8860b",
    Component.BRAND_MATERIALS: "#9c755f",
    Component.FEES: "#b07aa1",
    Component.FREIGHT: "#17becf",
    Component.INSURANCE: "#8c8c8c",
    Component.DUTY: "#e15759",
    Component.FX_BUFFER: "#ff9da7",
    Component.INSPECTION: "#59a14f",
    Component.DEFECTS: "#6a3d9a",
    Component.CAPITAL_CHARGE: "#8d6e63",
    Component.IMPORT_VAT: "#d4a017",
}


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an sRGB colour."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio, 1 … 21."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def background(palette: QPalette) -> QColor:
    """What charts are drawn on: the palette's Base (the colour of tables and fields)."""
    return palette.color(QPalette.ColorRole.Base)


def foreground(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Text)


def is_dark(palette: QPalette) -> bool:
    return background(palette).lightness() < 128


def readable(colour: QColor | str, on: QColor, minimum: float = MIN_CONTRAST) -> QColor:
    """The colour with its lightness moved (darker on light, lighter on dark) until it has at
    least `minimum` contrast with `on`; its hue is kept."""
    result = QColor(colour)
    dark_background = on.lightness() < 128
    hue, saturation, lightness, alpha = (result.hslHueF(), result.hslSaturationF(),
                                         result.lightnessF(), result.alphaF())
    steps = 0
    while contrast(result, on) < minimum and steps < 100:
        lightness = min(1.0, lightness + 0.02) if dark_background else max(0.0, lightness - 0.02)
        result = QColor.fromHslF(max(hue, 0.0), saturation, lightness, alpha)
        steps += 1
    return result


def series_colour(palette: QPalette, index: int) -> QColor:
    """The colour of curve `index` (0: in-house): thin lines, so a little more contrast than
    the minimum."""
    return readable(SERIES[index % len(SERIES)], background(palette), LINE_CONTRAST)


def component_colour(palette: QPalette, component: Component) -> QColor:
    return readable(COMPONENTS.get(component, "#808080"), background(palette))


def muted(palette: QPalette) -> QColor:
    """Grid lines, guides and secondary text: between the text and the background."""
    fg, bg = foreground(palette), background(palette)
    return QColor((fg.red() + bg.red()) // 2, (fg.green() + bg.green()) // 2,
                  (fg.blue() + bg.blue()) // 2)


def link_colour(palette: QPalette) -> QColor:
    """Figures that open their explanation: the selection colour, dark or light enough to
    read as text (4.5 : 1)."""
    return readable(palette.color(QPalette.ColorRole.Highlight), background(palette), 4.5)
