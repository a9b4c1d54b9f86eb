"""The Callouts tab of the tech pack editor: numbered markers placed on the design's images.

A callout is a point on one image (x and y as fractions of its width and height, from the
top-left corner) with a label; the printed tech pack draws them as numbered markers with a
legend. Here the picture is shown with the same markers (in the palette's colours, so they
read in dark mode too): a click adds one, a drag moves one, and the table beside it edits
labels and positions from the keyboard. Every change goes through the editor's one save path
(TechPackEditor.change: an undoable command), and the tab is refilled from the draft after
each change, undo and redo.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QIcon,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.inputs import InputError, NumberRule
from jewelbench.domain.messages import fill
from jewelbench.domain.techpacks import Callout, RevisionStatus, TechPackDraft
from jewelbench.domain.validation import DomainError
from jewelbench.reports.techpack_images import marker_position  # placed as printed
from jewelbench.storage import StorageError
from jewelbench.ui import i18n
from jewelbench.ui.formatting import decimal_text
from jewelbench.ui.imaging import ImageError, decode
from jewelbench.ui.widgets.fields import format_for_locale, parse_for_locale
from jewelbench.ui.widgets.list_page import ListPage
from jewelbench.ui.widgets.table_model import Column

if TYPE_CHECKING:
    from jewelbench.ui.techpacks.editor import TechPackEditor

# A position typed as a percentage of the image; two places of a percent are the 1/10,000ths
# a click is stored in.
POSITION_PERCENT = NumberRule(unit="%", places=2, maximum=Decimal(100))
_FRACTION = Decimal("0.0001")
_HUNDRED = Decimal(100)
_SHOWN_PIXELS = 2048  # a larger photo is shrunk once for the screen, not at every paint
NUMBER, LABEL, X_PERCENT, Y_PERCENT = range(4)


def fraction(value: float) -> Decimal:
    """A position across or down the image, 0–1, kept to 1/10,000th."""
    return min(max(Decimal(str(value)), Decimal(0)), Decimal(1)).quantize(
        _FRACTION, rounding=ROUND_HALF_UP).normalize() + Decimal(0)


def percent(value: Decimal) -> Decimal:
    return (value * _HUNDRED).normalize() + Decimal(0)


def _returning(data: bytes) -> Callable[[], bytes]:
    return lambda: data


@dataclass(frozen=True)
class Picture:
    """An image callouts can be put on: a design image for a draft, the frozen copy for an
    issued revision (the ids its callouts name)."""

    id: int
    caption: str
    is_cover: bool
    key: tuple[Any, ...]  # what the decoded image is cached under
    load: Callable[[], bytes]
    load_thumbnail: Callable[[], bytes]


@dataclass(frozen=True)
class CalloutRow:
    """One callout of the shown image: its place in the draft, its printed number (1, 2 …
    on its image) and the callout."""

    index: int
    number: int
    callout: Callout


@dataclass
class _Drag:
    marker: int
    pressed: QPointF
    start: tuple[float, float]
    now: tuple[float, float]
    moved: bool = False


class CalloutCanvas(QWidget):
    """The picture scaled to fit (aspect kept), with its callouts as numbered markers joined
    to their points by a leader line, set off outward as the printed tech pack sets them."""

    add_requested = Signal(float, float)  # a click on the picture: x, y as fractions
    move_requested = Signal(int, float, float)  # a marker dragged: its position, new x, y
    marker_selected = Signal(int)  # a marker clicked: its position among the shown ones
    remove_requested = Signal(int)  # Delete pressed on the selected marker

    MARGIN = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calloutCanvas")
        self.setMinimumSize(260, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAccessibleName(self.tr("Picture with callouts"))
        self._image: QImage | None = None
        self._scaled: QPixmap | None = None  # the image at the size it is shown
        self._message = ""
        self._points: list[tuple[float, float, str]] = []  # x, y (fractions), label
        self._selected = -1
        self._editable = False
        self._drag: _Drag | None = None
        self._press: QPointF | None = None  # a press on the picture that may become a click

    # --- what is shown ----------------------------------------------------------------------

    def set_image(self, image: QImage | None, message: str = "") -> None:
        self._image = image
        self._scaled = None
        self._message = message
        self._drag = None
        self.update()

    def set_callouts(self, points: list[tuple[float, float, str]]) -> None:
        self._points = list(points)
        if self._drag is not None and self._drag.marker >= len(self._points):
            self._drag = None
        if self._selected >= len(self._points):
            self._selected = -1
        self.update()

    def set_selected(self, position: int) -> None:
        if position != self._selected:
            self._selected = position
            self.update()

    def selected(self) -> int:
        return self._selected

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._drag = None
        self._press = None
        self.unsetCursor()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(520, 440)

    # --- geometry ---------------------------------------------------------------------------

    def image_rect(self) -> QRectF:
        """Where the picture is drawn: as large as fits, aspect kept, centred."""
        area = QRectF(self.rect()).adjusted(self.MARGIN, self.MARGIN, -self.MARGIN,
                                            -self.MARGIN)
        if self._image is None or self._image.isNull() or area.width() <= 0 \
                or area.height() <= 0:
            return QRectF()
        scale = min(area.width() / self._image.width(), area.height() / self._image.height())
        width, height = self._image.width() * scale, self._image.height() * scale
        return QRectF(area.center().x() - width / 2, area.center().y() - height / 2,
                      width, height)

    def radius(self) -> float:
        return max(10.0, self.fontMetrics().height() * 0.62)

    def point_at(self, x: float, y: float) -> QPointF:
        """The spot in the widget for a position on the picture (fractions)."""
        rect = self.image_rect()
        return QPointF(rect.left() + x * rect.width(), rect.top() + y * rect.height())

    def fractions_at(self, spot: QPointF) -> tuple[float, float]:
        rect = self.image_rect()
        return (min(max((spot.x() - rect.left()) / rect.width(), 0.0), 1.0),
                min(max((spot.y() - rect.top()) / rect.height(), 0.0), 1.0))

    def _shown_points(self) -> list[tuple[float, float, str]]:
        points = list(self._points)
        if self._drag is not None and self._drag.moved:
            x, y = self._drag.now
            points[self._drag.marker] = (x, y, points[self._drag.marker][2])
        return points

    def markers(self) -> list[tuple[QPointF, QPointF]]:
        """(the point named, the numbered marker) of each callout, in widget coordinates."""
        rect = self.image_rect()
        if rect.isEmpty():
            return []
        radius = self.radius()
        centre = QPointF(rect.width() / 2, rect.height() / 2)
        placed = []
        for x, y, _label in self._shown_points():
            target = QPointF(x * rect.width(), y * rect.height())
            marker = marker_position(target, centre, radius, round(rect.width()),
                                     round(rect.height()))
            placed.append((target + rect.topLeft(), marker + rect.topLeft()))
        return placed

    def marker_at(self, spot: QPointF) -> int:
        """The callout whose marker (or point) is under spot, the topmost first; -1 if none."""
        radius = self.radius()
        for position, (target, marker) in reversed(list(enumerate(self.markers()))):
            for centre, reach in ((marker, radius + 2), (target, radius * 0.7)):
                offset = spot - centre
                if offset.x() ** 2 + offset.y() ** 2 <= reach ** 2:
                    return position
        return -1

    # --- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            palette = self.palette()
            frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(frame, 6, 6)
            rect = self.image_rect()
            if rect.isEmpty():
                painter.setPen(palette.color(QPalette.ColorGroup.Disabled,
                                             QPalette.ColorRole.WindowText))
                painter.drawText(frame.adjusted(16, 16, -16, -16),
                                 Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                                 self._message)
                return
            painter.drawPixmap(rect.topLeft(), self._pixmap(rect))
            self._paint_markers(painter, palette)
        finally:
            painter.end()

    def _pixmap(self, rect: QRectF) -> QPixmap:
        assert self._image is not None
        ratio = self.devicePixelRatioF()
        size = QSize(max(1, round(rect.width() * ratio)), max(1, round(rect.height() * ratio)))
        if self._scaled is None or self._scaled.size() != size:
            scaled = self._image.scaled(size, Qt.AspectRatioMode.IgnoreAspectRatio,
                                        Qt.TransformationMode.SmoothTransformation)
            self._scaled = QPixmap.fromImage(scaled)
            self._scaled.setDevicePixelRatio(ratio)
        return self._scaled

    def _paint_markers(self, painter: QPainter, palette: QPalette) -> None:
        """The look of the printed markers (reports.techpack_images.draw_callouts), in the
        palette's highlight colours: they stand out on a picture in light and dark mode."""
        fill = palette.color(QPalette.ColorRole.Highlight)
        ink = palette.color(QPalette.ColorRole.HighlightedText)
        radius = self.radius()
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(1, round(radius * 1.05)))
        painter.setFont(font)
        for position, (target, marker) in enumerate(self.markers()):
            for width, colour in ((radius * 0.42, ink), (radius * 0.18, fill)):
                painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine,
                                    Qt.PenCapStyle.RoundCap))
                painter.drawLine(target, marker)
            painter.setPen(QPen(ink, max(1.5, radius * 0.16)))
            painter.setBrush(fill)
            painter.drawEllipse(target, radius * 0.34, radius * 0.34)
            if position == self._selected:
                ring = radius + 4.5
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(ink, 5))
                painter.drawEllipse(marker, ring, ring)
                painter.setPen(QPen(fill, 2.5))
                painter.drawEllipse(marker, ring, ring)
                painter.setBrush(fill)
            painter.setPen(QPen(ink, max(1.5, radius * 0.2)))
            painter.drawEllipse(marker, radius, radius)
            painter.setPen(ink)
            painter.drawText(QRectF(marker.x() - radius, marker.y() - radius, 2 * radius,
                                    2 * radius), Qt.AlignmentFlag.AlignCenter,
                             str(position + 1))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self._scaled = None
        super().resizeEvent(event)

    # --- the mouse and keys -----------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() != Qt.MouseButton.LeftButton or self.image_rect().isEmpty():
            super().mousePressEvent(event)
            return
        spot = event.position()
        marker = self.marker_at(spot)
        if marker >= 0:
            self.set_selected(marker)
            self.marker_selected.emit(marker)
            if self._editable:
                x, y, _label = self._points[marker]
                self._drag = _Drag(marker, spot, (x, y), (x, y))
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
        elif self._editable and self.image_rect().contains(spot):
            self._press = spot
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        spot = event.position()
        drag = self._drag
        if drag is not None:
            distance = (spot - drag.pressed).manhattanLength()
            if drag.moved or distance >= QApplication.startDragDistance():
                rect = self.image_rect()
                delta = spot - drag.pressed
                drag.now = (min(max(drag.start[0] + delta.x() / rect.width(), 0.0), 1.0),
                            min(max(drag.start[1] + delta.y() / rect.height(), 0.0), 1.0))
                drag.moved = True
                self.update()
            return
        if not self._editable:
            return
        if self.marker_at(spot) >= 0:
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        elif self.image_rect().contains(spot):
            self.setCursor(Qt.CursorShape.CrossCursor)
        else:
            self.unsetCursor()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        drag, press = self._drag, self._press
        self._drag, self._press = None, None
        spot = event.position()
        if drag is not None:
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            if drag.moved and drag.now != drag.start:
                self.move_requested.emit(drag.marker, *drag.now)
            self.update()
        elif press is not None and self._editable and not self.image_rect().isEmpty() \
                and (spot - press).manhattanLength() < QApplication.startDragDistance():
            self.add_requested.emit(*self.fractions_at(spot))
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._editable \
                and 0 <= self._selected < len(self._points):
            self.remove_requested.emit(self._selected)
            return
        if event.key() == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self.update()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            spot = event.pos()  # type: ignore[attr-defined]
            marker = self.marker_at(QPointF(spot))
            if marker >= 0:
                QToolTip.showText(event.globalPos(),  # type: ignore[attr-defined]
                                  f"{marker + 1}. {self._points[marker][2]}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


def fit_columns(page: ListPage, stretch: int) -> None:
    """A short table in a tab: one text column takes the width, the others fit their text."""
    header = page.table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(page.model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)


class CalloutsTab(QWidget):
    """The picture picker, the canvas, and the table of the picture's callouts."""

    def __init__(self, editor: TechPackEditor) -> None:
        super().__init__()
        self.editor = editor
        self.pictures: list[Picture] = []
        self.rows: list[CalloutRow] = []
        self._picture_id: int | None = None  # the picture shown, kept across refills
        self._decoded: dict[tuple[Any, ...], QImage | None] = {}
        self._icons: dict[tuple[Any, ...], QIcon] = {}
        self._problem = ""  # why the shown picture cannot be drawn
        self._editable = False
        self._filling = False

        self.picture = QComboBox()
        self.picture.setObjectName("calloutPicture")
        self.picture.setIconSize(QSize(32, 32))
        self.picture.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picture.setMinimumContentsLength(18)
        self.picture.currentIndexChanged.connect(self._picture_chosen)
        picture_label = QLabel(self.tr("&Picture:"))
        picture_label.setBuddy(self.picture)
        self.canvas = CalloutCanvas()
        self.canvas.add_requested.connect(self.add_at)
        self.canvas.move_requested.connect(self._moved)
        self.canvas.marker_selected.connect(self._select_row)
        self.canvas.remove_requested.connect(self.remove_at)
        self.hint = QLabel()
        self.hint.setObjectName("pageSubtitle")
        self.hint.setWordWrap(True)

        self.page = ListPage("techpack_callouts", self.tr("Callouts"), [
            Column(self.tr("No."), lambda r: str(r.number), sort_key=lambda r: r.number,
                   numeric=True),
            Column(self.tr("Label"), lambda r: r.callout.label, key="label",
                   edit_text=lambda r: r.callout.label,
                   tooltip=lambda r: self.tr("What the factory should look at here")),
            Column(self.tr("X %"), lambda r: decimal_text(percent(r.callout.x), 1),
                   numeric=True, key="x", rule=POSITION_PERCENT,
                   edit_text=lambda r: format_for_locale(percent(r.callout.x),
                                                         POSITION_PERCENT),
                   tooltip=lambda r: self.tr("Across the picture from its left edge, 0–100")),
            Column(self.tr("Y %"), lambda r: decimal_text(percent(r.callout.y), 1),
                   numeric=True, key="y", rule=POSITION_PERCENT,
                   edit_text=lambda r: format_for_locale(percent(r.callout.y),
                                                         POSITION_PERCENT),
                   tooltip=lambda r: self.tr("Down the picture from its top edge, 0–100")),
        ], self.tr("No callouts on this picture yet: click the picture where the factory "
                   "should look, or use Add."))
        self.page.search.hide()
        self.page.title.hide()
        self.page.subtitle.hide()
        self.page.layout_.setContentsMargins(0, 0, 0, 0)
        self.page.table.setSortingEnabled(False)
        fit_columns(self.page, stretch=LABEL)
        self.page.model.edit_requested.connect(self._edited)
        self.page.message.connect(editor.say)
        self.page.current_row_changed.connect(self._row_changed)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setToolTip(self.tr("Add a callout in the middle of the picture, then "
                                           "type its label"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setToolTip(self.tr("Remove the selected callout (Delete on the "
                                              "picture)"))
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)

        left = QWidget()
        top = QHBoxLayout()
        top.addWidget(picture_label)
        top.addWidget(self.picture, 1)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.canvas, 1)
        left_layout.addWidget(self.hint)
        right = QWidget()
        table_title = QLabel(self.tr("Callouts on this picture (numbered as printed):"))
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(table_title)
        right_layout.addWidget(self.page, 1)
        right_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([540, 360])

        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.setTabOrder(self.picture, self.page.table)
        self.setTabOrder(self.page.table, self.add_button)
        self.setTabOrder(self.add_button, self.remove_button)

    # --- showing ----------------------------------------------------------------------------

    def show_draft(self, draft: TechPackDraft) -> None:
        """Show the draft's callouts on the pictures of the revision shown in the editor."""
        self.pictures = self._pictures()
        if not self.pictures:
            revision = self.editor.revision
            if revision is not None and revision.status is RevisionStatus.ISSUED:
                self.empty.setText(fill(self.tr("Revision {revision} was issued without images, so "
                                                "it has no callouts."), revision=revision.revision))
            else:
                self.empty.setText(self.tr("This design has no images yet. Add images in the "
                                           "design editor first: callouts are drawn on them."))
            self.stack.setCurrentWidget(self.empty)
            self.rows = []
            self.page.set_rows([], "")
            self.canvas.set_image(None)
            return
        self.stack.setCurrentWidget(self.splitter)
        ids = [p.id for p in self.pictures]
        if self._picture_id not in ids:
            cover = next((p.id for p in self.pictures if p.is_cover), ids[0])
            self._picture_id = cover
        keys = {p.key for p in self.pictures}
        self._decoded = {k: v for k, v in self._decoded.items() if k in keys}
        self._icons = {k: v for k, v in self._icons.items() if k in keys}
        self._filling = True
        try:
            self.picture.clear()
            for number, picture in enumerate(self.pictures, start=1):
                count = sum(1 for c in draft.callouts if c.image_id == picture.id)
                caption = picture.caption or fill(self.tr("Image {number}"), number=str(number))
                text = (fill(self.tr("{caption} (cover)"), caption=caption) if picture.is_cover
                        else caption)
                if count:
                    text += " · " + (self.tr("1 callout") if count == 1 else fill(self.tr(
                        "{count} callouts"), count=str(count)))
                self.picture.addItem(self._icon(picture), text, picture.id)
            self.picture.setCurrentIndex(ids.index(self._picture_id))
        finally:
            self._filling = False
        self._show_picture(draft)

    def _show_picture(self, draft: TechPackDraft) -> None:
        picture = self.current_picture()
        if picture is None:
            return
        image = self._image(picture)
        self.canvas.set_image(image, self._problem)
        self.rows = []
        for index, callout in enumerate(draft.callouts):
            if callout.image_id == picture.id:
                self.rows.append(CalloutRow(index, len(self.rows) + 1, callout))
        self.canvas.set_callouts([(float(r.callout.x), float(r.callout.y), r.callout.label)
                                  for r in self.rows])
        selected = self.page.current_row()
        keep = selected.number - 1 if isinstance(selected, CalloutRow) else -1
        self.page.show_rows(self.rows)
        if 0 <= keep < len(self.rows):
            self._select_row(keep)
        else:
            self.canvas.set_selected(-1)
        self._show_hint()

    def current_picture(self) -> Picture | None:
        return next((p for p in self.pictures if p.id == self._picture_id), None)

    def _pictures(self) -> list[Picture]:
        editor = self.editor
        revision = editor.revision
        if revision is None or revision.id is None:
            return []
        if revision.status is RevisionStatus.ISSUED:
            # the images frozen with the revision, as its callouts name them
            frozen = revision.content.get("images")
            revision_id = revision.id
            tech_packs = editor.workspace.tech_packs

            def frozen_image(image_id: int, thumbnail: bool) -> Callable[[], bytes]:
                return lambda: tech_packs.image_for_snapshot(revision_id, image_id,
                                                             thumbnail=thumbnail)

            return [Picture(int(image["id"]), str(image.get("caption") or ""),
                            bool(image.get("is_cover")), ("issued", revision_id, image["id"]),
                            frozen_image(int(image["id"]), False),
                            frozen_image(int(image["id"]), True))
                    for image in frozen if isinstance(image, dict)
                    and isinstance(image.get("id"), int)] if isinstance(frozen, list) else []
        pictures = []
        for image in editor.design.images:
            if image.id is None:
                continue
            # an image keeps its id while the design keeps it, but a removed image's id may
            # come back with a new one: the bytes' hash tells them apart
            key = ("design", image.id, image.width, image.height, hash(image.image))
            pictures.append(Picture(image.id, image.caption, image.is_cover, key,
                                    _returning(image.image), _returning(image.thumbnail)))
        return pictures

    def _image(self, picture: Picture) -> QImage | None:
        """The picture decoded safely (once), shrunk for the screen; None if it cannot be."""
        self._problem = ""
        if picture.key in self._decoded:
            image = self._decoded[picture.key]
            if image is None:
                self._problem = self.tr("This image cannot be shown.")
            return image
        try:
            image, _mime = decode(picture.load())
        except (ImageError, StorageError) as error:
            self._problem = fill(self.tr("This image cannot be shown: {error}"), error=str(error))
            self._decoded[picture.key] = None
            return None
        if max(image.width(), image.height()) > _SHOWN_PIXELS:
            image = image.scaled(QSize(_SHOWN_PIXELS, _SHOWN_PIXELS),
                                 Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        self._decoded[picture.key] = image
        return image

    def _icon(self, picture: Picture) -> QIcon:
        if picture.key not in self._icons:
            try:
                thumbnail, _mime = decode(picture.load_thumbnail())
                self._icons[picture.key] = QIcon(QPixmap.fromImage(thumbnail))
            except (ImageError, StorageError):
                self._icons[picture.key] = QIcon()
        return self._icons[picture.key]

    def _show_hint(self) -> None:
        if self.canvas.image_rect().isEmpty() and self._problem:
            self.hint.setText(self._problem)
        elif self._editable:
            self.hint.setText(self.tr("Click the picture to add a callout there; drag a "
                                      "marker to move it. The table edits labels and "
                                      "positions from the keyboard."))
        else:
            self.hint.setText(self.tr("Read-only: the callouts as this revision was issued."))

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self.canvas.set_editable(editable)
        self.page.set_editable(editable)
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)
        self._show_hint()

    def _picture_chosen(self, _index: int) -> None:
        if self._filling:
            return
        picture_id = self.picture.currentData()
        if picture_id is None or picture_id == self._picture_id:
            return
        self._picture_id = picture_id
        self.page.table.clearSelection()
        self.page.table.setCurrentIndex(self.page.proxy.index(-1, -1))
        if self.editor.draft is not None:
            self._show_picture(self.editor.draft)

    def select_picture(self, image_id: int) -> None:
        index = self.picture.findData(image_id)
        if index >= 0:
            self.picture.setCurrentIndex(index)

    def _select_row(self, position: int) -> None:
        if 0 <= position < self.page.proxy.rowCount():
            self.page.table.selectRow(position)
            self.page.table.setCurrentIndex(self.page.proxy.index(position, LABEL))
        self.canvas.set_selected(position)

    def _row_changed(self, row: object) -> None:
        self.canvas.set_selected(row.number - 1 if isinstance(row, CalloutRow) else -1)

    # --- changing ---------------------------------------------------------------------------

    def _new_label(self, draft: TechPackDraft, image_id: int) -> str:
        labels = {c.label.casefold() for c in draft.callouts if c.image_id == image_id}
        number = len(labels) + 1
        while fill(self.tr("Callout {number}"), number=str(number)).casefold() in labels:
            number += 1
        return fill(self.tr("Callout {number}"), number=str(number))

    def add_at(self, x: float, y: float) -> bool:
        """A new callout at (x, y) on the shown picture, its label cell opened for typing."""
        picture = self.current_picture()
        if picture is None or self.editor.draft is None:
            return False
        draft = self.editor.edited()
        callout = Callout(picture.id, fraction(x), fraction(y),
                          self._new_label(draft, picture.id))
        draft.callouts.append(callout)
        if not self.editor.change(draft, self.tr("Add callout")):
            return False
        position = len(self.rows) - 1
        if 0 <= position < len(self.rows) and self.rows[position].callout == callout:
            self._select_row(position)
            self.page.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.page.table.edit(self.page.proxy.index(position, LABEL))
        return True

    def add(self) -> bool:
        """Add from the keyboard: in the middle of the picture, clear of others there."""
        taken = {(float(r.callout.x), float(r.callout.y)) for r in self.rows}
        x = y = 0.5
        while (x, y) in taken and x < 0.95:
            x, y = round(x + 0.05, 4), round(y + 0.05, 4)
        return self.add_at(x, y)

    def remove_at(self, position: int) -> bool:
        if not 0 <= position < len(self.rows):
            self.editor.say(self.tr("Select a callout to remove first."))
            return False
        row = self.rows[position]
        draft = self.editor.edited()
        del draft.callouts[row.index]
        if not self.editor.change(draft, self.tr("Remove callout")):
            return False
        if self.rows:
            self._select_row(min(position, len(self.rows) - 1))
        return True

    def remove(self) -> bool:
        row = self.page.current_row()
        return self.remove_at(row.number - 1 if isinstance(row, CalloutRow) else -1)

    def _moved(self, position: int, x: float, y: float) -> None:
        if not 0 <= position < len(self.rows):
            return
        row = self.rows[position]
        moved = replace(row.callout, x=fraction(x), y=fraction(y))
        if moved == row.callout:
            self.canvas.update()
            return
        draft = self.editor.edited()
        draft.callouts[row.index] = moved
        if self.editor.change(draft, fill(self.tr("Move callout {number}"),
                                          number=str(row.number))):
            self._select_row(position)
        else:
            self.canvas.update()  # back where it was

    def _edited(self, row: CalloutRow, key: str, text: str) -> None:
        callout = row.callout
        try:
            if key == "label":
                edited = Callout(callout.image_id, callout.x, callout.y, text.strip())
                what = self.tr("Rename callout {number}")
            else:
                value = parse_for_locale(text, POSITION_PERCENT)
                assert value is not None  # the rule requires one
                position: Any = value / _HUNDRED  # exact: two places of a percent (x or y)
                edited = replace(callout, **{key: position})  # checked as it is made
                what = self.tr("Move callout {number}")
        except (InputError, DomainError, ValueError) as error:
            self.editor.say(i18n.say(error))
            return
        draft = self.editor.edited()
        draft.callouts[row.index] = edited
        self.editor.change(draft, fill(what, number=str(row.number)))


__all__ = ["POSITION_PERCENT", "CalloutCanvas", "CalloutRow", "CalloutsTab", "Picture",
           "fraction"]
