"""How far the comparison searches the break-evens: a spin box under the what-ifs.

It shows the maximum the break-evens were searched to. Until the user types one, that is the
engine's default (PreparedComparison.search_end: the larger of 10 × the volume and the volume at
which in-house needs a tenth added person) and follows the volume; once typed, the user's
maximum is kept for the session (never below the volume: the engine searches at least that
far) until Default puts the engine's back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from jewelbench.domain.costing_breakeven import BreakEven
from jewelbench.domain.costing_inputs import MAX_VOLUME
from jewelbench.domain.messages import fill
from jewelbench.ui.formatting import integer_text
from jewelbench.ui.style import named
from jewelbench.ui.widgets.spin_boxes import SpinBox

translate = QCoreApplication.translate


SHOWN_BANDS = 3  # bands a table cell shows; its tooltip has them all


class SearchRange(QWidget):
    """The break-even search's maximum: the engine's default, or the user's."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchRange")
        self._chosen: int | None = None  # typed by the user; None: the engine's default
        self.box = SpinBox()
        self.box.setObjectName("searchToBox")
        self.box.setRange(1, MAX_VOLUME)
        self.box.setGroupSeparatorShown(True)
        self.box.setAccelerated(True)
        self.box.setSingleStep(1000)
        self.box.setSuffix(self.tr(" pcs"))
        self.box.setMinimumWidth(104)
        self.box.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        self.box.setKeyboardTracking(False)  # a typed value counts on Enter or leaving the box
        self.box.setToolTip(self.tr("The break-evens are searched, exactly, from 1 to this many "
                                    "pieces a year (at least the volume)"))
        self.box.valueChanged.connect(self._typed)
        label = QLabel(self.tr("Brea&k-evens searched up to"))
        label.setBuddy(self.box)
        self.default_button = QPushButton(self.tr("Default"))
        self.default_button.setObjectName("searchToDefault")
        self.default_button.setToolTip(self.tr("Search up to the larger of 10 × the volume and "
                                               "the volume at which in-house needs a tenth "
                                               "added person"))
        self.default_button.clicked.connect(self.use_default)
        self.hint = QLabel()
        named(self.hint, "pageSubtitle")
        self.hint.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(0, 1)
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.box, 0, 1)
        grid.addWidget(self.hint, 1, 0)
        grid.addWidget(self.default_button, 1, 1)
        self.default_button.setEnabled(False)

    def chosen(self) -> int | None:
        """The user's maximum (None: the engine's default)."""
        return self._chosen

    def search_to(self, volume: int) -> int | None:
        """What to hand the engine at `volume`: the user's maximum, raised to the volume when
        it is below it; None for the engine's default."""
        return None if self._chosen is None else max(self._chosen, volume)

    def show_searched(self, searched: int, default: int) -> None:
        """Say how far the break-evens were searched, and the default at this volume."""
        if self.box.value() != searched:
            self.box.blockSignals(True)
            self.box.setValue(searched)
            self.box.blockSignals(False)
        shown = integer_text(default)
        self.hint.setText(self.tr("the default (10 × the volume, or a tenth added person)")
                          if self._chosen is None or searched == default else
                          fill(self.tr("default here: {value}"), value=shown))
        self.default_button.setEnabled(self._chosen is not None)

    def set_maximum(self, value: int) -> None:
        """As if typed: search up to `value`."""
        self.box.setValue(value)
        if self._chosen != value:
            self._typed(value)

    def use_default(self) -> None:
        self._chosen = None
        self.default_button.setEnabled(False)
        self.changed.emit()

    def _typed(self, value: int) -> None:
        self._chosen = value
        self.default_button.setEnabled(True)
        self.changed.emit()


def bands_cell(found: BreakEven) -> str:
    """The bands in a table cell: "2,838–3,061, 3,998–4,591", "never, up to 10,000"."""
    searched = integer_text(found.searched_to)
    if not found.bands:
        return fill(translate("SearchRange", "never, up to {searched}"), searched=searched)
    if found.everywhere:
        return fill(translate("SearchRange", "always, up to {searched}"), searched=searched)
    shown = [integer_text(first) if first == last else
             fill(translate("SearchRange", "{first}–{last}"), first=integer_text(first),
             last=integer_text(last))
             for first, last in found.bands[:SHOWN_BANDS]]
    more = len(found.bands) - SHOWN_BANDS
    if more > 0:  # the cell's tooltip and the verdict say them all
        shown.append(fill(translate("SearchRange", "{more} more"), more=str(more)))
    return ", ".join(shown)


def bands_sentence(found: BreakEven) -> str:
    """Every band where in-house is cheaper than a route, in a sentence."""
    searched = integer_text(found.searched_to)
    if not found.bands:
        return fill(translate("SearchRange", "In-house is never cheaper than {route} up to "
                                             "{searched} pieces a year"),
                    route=found.route, searched=searched)
    if found.everywhere:
        return fill(translate("SearchRange", "In-house is cheaper than {route} at every volume up "
                                             "to {searched} pieces a year"), route=found.route,
                    searched=searched)
    parts = [fill(translate("SearchRange", "at {first}"),
    first=integer_text(first)) if first == last else
             fill(translate("SearchRange", "between {first} and {last}"), first=integer_text(first),
                  last=integer_text(last)) for first, last in found.bands]
    return fill(translate("SearchRange", "In-house is cheaper than {route} {volumes} pieces a year "
                                         "(searched up to {searched})"),
                route=found.route, volumes=translate("SearchRange", " and ").join(parts),
                searched=searched)
