"""A chart exported as a PNG image or an SVG drawing, and where to: the file name offered and
the dialog that asks (the comparison remembers the folder chosen).

The view is painted as shown, not through pyqtgraph's exporters: its ImageExporter scales the
plot but not the key's text, and its SVGExporter cannot read the paths Qt 6 writes
(pyqtgraph issue #3485: "Z" tokens).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QGraphicsItem, QWidget

translate = QCoreApplication.translate


@contextlib.contextmanager
def legends_scaled(view: pg.GraphicsLayoutWidget) -> Iterator[None]:
    """pyqtgraph draws a legend at one size whatever the zoom: while exporting at twice
    the size, the legends scale with the rest."""
    legends = [item for item in view.scene().items() if isinstance(item, pg.LegendItem)]
    flag = QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
    for legend in legends:
        legend.setFlag(flag, False)
    try:
        yield
    finally:
        for legend in legends:
            legend.setFlag(flag, True)


def write_png(view: pg.GraphicsLayoutWidget, background: QColor, path: Path | str) -> Path:
    """The view as drawn, at twice its size on screen (crisp when printed), on the chart's
    background. The scene is painted into the image, scaled whole."""
    path = Path(path)
    size = view.size()
    ratio = max(2.0, 1200 / max(1, size.width()))
    image = QImage(round(size.width() * ratio), round(size.height() * ratio),
                   QImage.Format.Format_ARGB32)
    image.fill(background)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        with legends_scaled(view):
            view.scene().render(painter, QRectF(image.rect()), QRectF(view.viewport().rect()))
    finally:
        painter.end()
    # PySide's stub types the format as bytes, but at run time only a str is accepted
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
        raise OSError(f"Cannot write {path}")
    return path


def write_svg(view: pg.GraphicsLayoutWidget, title: str, description: str,
              path: Path | str) -> Path:
    """The view as vector graphics, painted into Qt's own SVG generator."""
    path = Path(path)
    size = view.size()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(size.width(), size.height()))
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription(description)
    painter = QPainter(generator)
    try:
        view.render(painter)
    finally:
        painter.end()
    return path


def file_name(subject: str, chart_title: str, kind: str) -> str:
    """The name offered: what is compared, then the chart ("R-101 - Cumulative cash….png")."""
    return f"{subject} - {chart_title}.{kind}".replace("/", "-").replace("'", "")


def ask_path(parent: QWidget, folder: Path, name: str, kind: str) -> Path | None:
    """Where to export (the dialog opened in folder, offering name); None when cancelled. The
    kind's suffix is added when the name typed lacks it."""
    filters = translate("ComparisonView", "PNG image (*.png)") if kind == "png" else \
        translate("ComparisonView", "SVG drawing (*.svg)")
    chosen, _ = QFileDialog.getSaveFileName(parent, translate("ComparisonView", "Export Chart"),
                                            str(folder / name), filters)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == f".{kind}" else path.with_name(f"{path.name}.{kind}")
