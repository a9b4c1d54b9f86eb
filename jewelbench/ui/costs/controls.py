"""The comparison's what-if controls: volume, metal price, FX and the in-house error rate.

Each is a spin box (type an exact value) and a slider (drag, or arrow and Page keys) kept in
step; every move emits `changed` once, and the view recomputes at once. The controls only
collect values: what is acceptable is the engine's to say (a volume of 0 or an error rate of
100 % reach it and come back as its message), so a refusal always names the input.
"""

from __future__ import annotations

import math
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSlider,
    QWidget,
)

from jewelbench.domain.costing_inputs import MAX_VOLUME, Adjustments
from jewelbench.domain.messages import fill
from jewelbench.ui.style import named
from jewelbench.ui.widgets.spin_boxes import DoubleSpinBox, SpinBox, Verdict

SLIDER_MAX_VOLUME = 20_000  # the slider's end; the spin box takes any volume the engine does
SLIDER_STEPS = 1000
DEFAULT_VOLUME = 300


def volume_for_position(position: int) -> int:
    """The slider is logarithmic: 1 … 20,000 pieces over its length, rounded to two
    significant figures (1, 2 … 99, 100, 110 … 990, 1,000, 1,100 …) so a drag lands on
    numbers a person would type."""
    position = max(0, min(SLIDER_STEPS, position))
    raw = 10 ** (position / SLIDER_STEPS * math.log10(SLIDER_MAX_VOLUME))
    if raw < 100:
        return max(1, round(raw))
    scale = 10 ** (int(math.log10(raw)) - 1)
    return min(SLIDER_MAX_VOLUME, round(raw / scale) * scale)


def position_for_volume(volume: int) -> int:
    if volume <= 1:
        return 0
    return min(SLIDER_STEPS, round(math.log10(volume) / math.log10(SLIDER_MAX_VOLUME)
                                   * SLIDER_STEPS))


class SignedPercentBox(DoubleSpinBox):
    """A change in percent, shown with its sign: −10.0 %, +0.0 %, +25.0 %."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt's name)
        text = self.locale().toString(abs(value), "f", self.decimals())
        return ("−" if value < 0 else "+") + text

    def valueFromText(self, text: str) -> float:  # noqa: N802
        cleaned = text.replace(self.suffix(), "").replace("−", "-").replace("+", "").strip()
        value, ok = self.locale().toDouble(cleaned)
        return value if ok else 0.0

    def validate(self, text: str, pos: int) -> Verdict:
        cleaned = text.replace("−", "-")
        return super().validate(cleaned.replace("+", ""), pos)


class ComparisonControls(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonControls")
        self._scenario_error_rate = Decimal(0)
        self._error_moved = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(0, 1)

        self.volume = SpinBox()
        self.volume.setObjectName("volumeBox")
        self.volume.setRange(0, MAX_VOLUME)
        self.volume.setGroupSeparatorShown(True)
        self.volume.setValue(DEFAULT_VOLUME)
        self.volume.setAccelerated(True)
        self.volume.setSuffix(self.tr(" pcs"))
        self.volume.setToolTip(self.tr("Pieces a year; for a collection, the plan's mix is "
                                       "kept in whole pieces of each design (largest "
                                       "remainder)"))
        self.volume_slider = self._slider("volumeSlider", 0, SLIDER_STEPS,
                                          position_for_volume(DEFAULT_VOLUME))
        self.volume_slider.setSingleStep(10)
        self.volume_slider.setPageStep(100)
        self.volume_slider.setToolTip(self.tr("Drag, or use the arrow and Page keys: "
                                              "1 to 20,000 pieces a year"))

        self.metal = self._percent_box("metalBox", -90, 300, 1)
        self.metal.setToolTip(self.tr("Every metal price this much above (+) or below (−) the "
                                      "price dated on or before the costing date"))
        self.metal_slider = self._slider("metalSlider", -50, 50, 0)
        self.fx = self._percent_box("fxBox", -90, 300, 1)
        self.fx.setToolTip(self.tr("Every foreign currency this much dearer (+) or cheaper (−) "
                                   "in the base currency than on the costing date"))
        self.fx_slider = self._slider("fxSlider", -50, 50, 0)

        self.error_rate = DoubleSpinBox()
        self.error_rate.setObjectName("errorRateBox")
        self.error_rate.setRange(0, 100)
        self.error_rate.setDecimals(1)
        self.error_rate.setSingleStep(0.5)
        self.error_rate.setSuffix(" %")
        self.error_rate.setToolTip(self.tr("Share of in-house pieces that fail QC and are made "
                                           "again (must stay below 100 %)"))
        self.error_slider = self._slider("errorRateSlider", 0, 120, 0)  # half percents
        self.error_slider.setToolTip(self.tr("0 to 60 % in half-percent steps; type a value "
                                             "in the box for more"))

        rows = (
            (self.tr("Vol&ume a year"), self.volume, self.volume_slider),
            (self.tr("&Metal price change"), self.metal, self.metal_slider),
            (self.tr("F&X change"), self.fx, self.fx_slider),
            (self.tr("In-house error r&ate"), self.error_rate, self.error_slider),
        )
        for number, (text, box, slider) in enumerate(rows):
            label = QLabel(text)
            label.setBuddy(box)
            box.setMinimumWidth(104)
            box.setAlignment(Qt.AlignmentFlag.AlignRight)
            box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
            box.setKeyboardTracking(False)  # a typed value counts on Enter or leaving the box
            grid.addWidget(label, number * 2, 0)
            grid.addWidget(box, number * 2, 1)
            grid.addWidget(slider, number * 2 + 1, 0, 1, 2)
            if number < len(rows) - 1:
                grid.setRowMinimumHeight(number * 2 + 1, 30)
        self.error_hint = QLabel()
        named(self.error_hint, "pageSubtitle")
        grid.addWidget(self.error_hint, len(rows) * 2, 0, 1, 2)
        self.reset_button = QPushButton(self.tr("&Reset what-ifs"))
        self.reset_button.setToolTip(self.tr("Metal and FX back to the dated prices, the error "
                                             "rate back to the scenario's"))
        self.reset_button.clicked.connect(self.reset)
        grid.addWidget(self.reset_button, len(rows) * 2 + 1, 0, 1, 2,
                       Qt.AlignmentFlag.AlignLeft)

        self.volume.valueChanged.connect(self._volume_typed)
        self.volume_slider.valueChanged.connect(self._volume_dragged)
        self._pair(self.metal, self.metal_slider, 1)
        self._pair(self.fx, self.fx_slider, 1)
        # Marked moved before the pair's handlers emit `changed` (connection order).
        self.error_rate.valueChanged.connect(self._error_touched)
        self.error_slider.valueChanged.connect(self._error_touched)
        self._pair(self.error_rate, self.error_slider, 2)

    # --- building ------------------------------------------------------------------------

    def _slider(self, name: str, low: int, high: int, value: int) -> QSlider:
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setObjectName(name)
        slider.setRange(low, high)
        slider.setValue(value)
        slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return slider

    def _percent_box(self, name: str, low: int, high: int, decimals: int) -> SignedPercentBox:
        box = SignedPercentBox()
        box.setObjectName(name)
        box.setRange(low, high)
        box.setDecimals(decimals)
        box.setSingleStep(1)
        box.setSuffix(" %")
        return box

    def _pair(self, box: QDoubleSpinBox, slider: QSlider, per_unit: int) -> None:
        def typed(value: float) -> None:
            slider.blockSignals(True)
            slider.setValue(round(value * per_unit))
            slider.blockSignals(False)
            self.changed.emit()

        def dragged(position: int) -> None:
            box.blockSignals(True)
            box.setValue(position / per_unit)
            box.blockSignals(False)
            self.changed.emit()

        box.valueChanged.connect(typed)
        slider.valueChanged.connect(dragged)

    def _error_touched(self, _value: object) -> None:
        self._error_moved = True

    def _volume_typed(self, value: int) -> None:
        self.volume_slider.blockSignals(True)
        self.volume_slider.setValue(position_for_volume(value))
        self.volume_slider.blockSignals(False)
        self.changed.emit()

    def _volume_dragged(self, position: int) -> None:
        self.volume.blockSignals(True)
        self.volume.setValue(volume_for_position(position))
        self.volume.blockSignals(False)
        self.changed.emit()

    # --- values --------------------------------------------------------------------------

    def pieces(self) -> int:
        return self.volume.value()

    def set_volume(self, volume: int, *, quiet: bool = True) -> None:
        for widget in (self.volume, self.volume_slider):
            widget.blockSignals(quiet)
        self.volume.setValue(volume)
        self.volume_slider.setValue(position_for_volume(volume))
        for widget in (self.volume, self.volume_slider):
            widget.blockSignals(False)

    def error_rate_pct(self) -> Decimal:
        """The error rate in force: the scenario's own (exact) until the control is moved."""
        if not self._error_moved:
            return self._scenario_error_rate
        return _decimal(self.error_rate.value(), 1)

    def adjustments(self) -> Adjustments:
        """The what-ifs as the engine takes them; DomainError (naming the control) when one
        is out of range."""
        return Adjustments(_decimal(self.metal.value(), 1), _decimal(self.fx.value(), 1),
                           self.error_rate_pct() if self._error_moved else None)

    def set_scenario_error_rate(self, rate: Decimal, *, keep_what_if: bool = False) -> None:
        """A scenario was chosen (or read again): the error rate starts at its figure, unless
        keep_what_if and the control was moved (the same scenario, another date)."""
        self._scenario_error_rate = rate
        self.error_hint.setText(fill(self.tr("The scenario's error rate is {rate} %"),
                                     rate=self.locale().toString(float(rate), "f", 1)))
        if keep_what_if and self._error_moved:
            return
        self._error_moved = False
        self._set_quietly(self.error_rate, self.error_slider, float(rate), 2)

    def _set_quietly(self, box: QDoubleSpinBox, slider: QSlider, value: float,
                     per_unit: int) -> None:
        box.blockSignals(True)
        slider.blockSignals(True)
        box.setValue(value)
        slider.setValue(round(value * per_unit))
        box.blockSignals(False)
        slider.blockSignals(False)

    def reset(self) -> None:
        self._set_quietly(self.metal, self.metal_slider, 0.0, 1)
        self._set_quietly(self.fx, self.fx_slider, 0.0, 1)
        self._set_quietly(self.error_rate, self.error_slider,
                          float(self._scenario_error_rate), 2)
        self._error_moved = False
        self.changed.emit()


def _decimal(value: float, places: int) -> Decimal:
    """A spin box's value as the exact decimal it shows."""
    return Decimal(f"{value:.{places}f}")
