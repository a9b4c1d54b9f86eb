"""Make or buy: the comparison view, first in Costs.

Pick a design or a collection plan, the in-house scenario and the costing date; the workspace
puts the comparison's inputs together (workspace.costing.setup_for_design / setup_for_plan)
and the engine prices them once (prepare(), off the GUI thread, with a busy indicator), then
answers for every move of the what-if controls (evaluate()). On top, the verdict in plain
words with the figures behind it; under it each route's year and piece; then the four charts.
Every number shown is an engine figure and opens into its terms ("How this number is made").

Bad input (a missing metal price or FX rate for the date, a volume of 0, an error rate of
100 %) is the engine's message in the verdict's place, naming the input; the charts are
cleared, nothing is stored.

Its rooms: this module lays the view out and follows the user; comparison_presenter.py works
out what the verdict, the table, the warnings and the explanations say; comparison_pricing.py
prices off the GUI thread; route_table.py is the routes' table; comparison_charts.py holds the
chart tabs and charts/ the charts and their export.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDate,
    QLocale,
    QSettings,
    QSignalBlocker,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.costing import (
    BreakEven,
    Comparison,
    PreparedComparison,
    RouteCost,
    sweep_end,
)
from jewelbench.domain.costing_figures import Figure
from jewelbench.domain.messages import fill
from jewelbench.domain.missing_prices import MissingPrice
from jewelbench.domain.validation import DomainError
from jewelbench.storage import ReadError, StorageError, Workspace
from jewelbench.ui import collector, i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.commands import UndoController
from jewelbench.ui.costs import colours
from jewelbench.ui.costs import comparison_presenter as presenter
from jewelbench.ui.costs.basis_margin import BasisMarginPanel
from jewelbench.ui.costs.cash_summary import CashSummary
from jewelbench.ui.costs.comparison_charts import ChartTabs
from jewelbench.ui.costs.comparison_pricing import PricingSignals, PricingTask, swing_for
from jewelbench.ui.costs.controls import ComparisonControls
from jewelbench.ui.costs.customs_summary import customs_label, show_customs
from jewelbench.ui.costs.explain import ExplanationPanel
from jewelbench.ui.costs.fee_life import FeeLifeField
from jewelbench.ui.costs.footing import RoundingNote, add_rounding
from jewelbench.ui.costs.price_request import EnterPrices, EnterPricesButton
from jewelbench.ui.costs.route_table import RouteTable
from jewelbench.ui.costs.search_range import SearchRange, bands_cell, bands_sentence
from jewelbench.ui.costs.subject_picker import Choice, SubjectPicker, default_choice, parse_choice
from jewelbench.ui.topics import Topic
from jewelbench.ui.widgets.fields import error_colour

# What a change of these topics can change in a comparison: it is put together again.
TOPICS = {Topic.SCENARIOS, Topic.QUOTES, Topic.PRICES, Topic.PLANS, Topic.LANDED_TERMS,
          Topic.DESIGNS, Topic.SUPPLIERS, Topic.MARGIN}


class ComparisonView(QWidget):
    """The make-or-buy answer for one design or plan, live under the what-if controls."""

    prepared_ready = Signal()  # prepare() finished (or failed) for the current choice
    message = Signal(str)  # something to tell the user in passing (the status bar)
    updated = Signal()  # the verdict, table and charts show the controls' values (or why not)
    navigate = Signal(object)  # Enter Prices… for what is missing (EnterPrices)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonView")
        self._workspace: Workspace | None = None
        self._controller: UndoController | None = None
        self._settings: QSettings | None = None
        self.today: Callable[[], dt.date] = dt.date.today
        self.setup: Any = None
        self.prepared: PreparedComparison | None = None
        self.comparison: Comparison | None = None
        self.problem = ""
        self._token = 0
        self._busy = False
        self._stale = False
        self._volume_from_plan = False
        self._scenario_id: int | None = None
        self._explained: tuple[Any, ...] | None = None
        self._links: dict[str, tuple[Any, ...]] = {}
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._signals = PricingSignals(self)
        self._signals.done.connect(self._prepared_done)
        self.dialog: Any = None

        # --- what is compared ---------------------------------------------------------
        self.subject = SubjectPicker(self)  # a few matches read per keystroke, not all designs
        self.subject.chosen.connect(lambda _choice: self._choice_changed())
        self.scenario = QComboBox()
        self.scenario.setObjectName("compareScenario")
        self.scenario.setMinimumContentsLength(16)
        self.scenario.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scenario.currentIndexChanged.connect(lambda _i: self._choice_changed())
        self.date = QDateEdit()
        self.date.setObjectName("costingDate")
        self.date.setCalendarPopup(True)
        if QLocale().language() == QLocale.Language.C:
            self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setToolTip(self.tr("Prices and FX rates are the newest on or before this "
                                     "date; quotes must be valid on it"))
        self.date.setDate(_qdate(self.today()))
        self.date.dateChanged.connect(lambda _d: self._choice_changed())
        # a push button with a menu keeps room for its arrow (a tool button's drew over "s")
        self.plan_button = QPushButton(self.tr("Pla&ns"))
        self.plan_button.setObjectName("planButton")
        plan_menu = QMenu(self.plan_button)
        self.new_plan_action = plan_menu.addAction(self.tr("New Plan…"), self.new_plan)
        self.edit_plan_action = plan_menu.addAction(self.tr("Edit This Plan…"),
                                                    self.edit_plan)
        self.delete_plan_action = plan_menu.addAction(self.tr("Delete This Plan…"),
                                                      self.delete_plan)
        self.plan_button.setMenu(plan_menu)
        self.terms_button = QPushButton(self.tr("&Landed Costs…"))
        self.terms_button.setObjectName("landedTermsButton")
        self.terms_button.setToolTip(self.tr("Each supplier's duty, freight, insurance, "
                                             "inspection, FX buffer and defect allowance"))
        self.terms_button.clicked.connect(lambda: self.edit_terms())
        self.busy = QProgressBar()
        self.busy.setObjectName("busy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedSize(90, 10)
        self.busy.setAccessibleName(self.tr("Pricing"))
        self.busy.hide()

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(6)
        for text, widget in ((self.tr("&Design or plan"), self.subject),
                             (self.tr("&In-house"), self.scenario),
                             (self.tr("&On"), self.date)):
            label = QLabel(text)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget, 2 if widget is self.subject else
                          1 if widget is self.scenario else 0)
            top.addSpacing(6)
        top.addWidget(self.busy)
        top.addStretch(0)
        top.addWidget(self.plan_button)
        top.addWidget(self.terms_button)

        # --- the answer -------------------------------------------------------------------
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.verdict.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.verdict.linkHovered.connect(self._link)
        self.verdict.linkActivated.connect(self._link)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.DemiBold)
        self.verdict.setFont(font)
        self.detail = QLabel()
        self.detail.setObjectName("verdictDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.detail.linkHovered.connect(self._link)
        self.detail.linkActivated.connect(self._link)
        self.warnings = QLabel()
        self.warnings.setObjectName("comparisonWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings.hide()
        card = QFrame()
        card.setObjectName("verdictCard")
        # Palette roles only: the card reads on light and dark desktops alike.
        card.setStyleSheet("QFrame#verdictCard { background: palette(base); border: 1px solid "
                           "palette(mid); border-left: 4px solid palette(highlight); "
                           "border-radius: 3px; }")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(12, 8, 12, 8)
        card_layout.setSpacing(3)
        card_layout.addWidget(self.verdict)
        card_layout.addWidget(self.detail)
        # Below the verdict, what stands behind it scrolls inside the card (warnings first,
        # then customs, the fixed-cost basis and margins, cash): at 1366 × 768 it would not
        # fit, and the card and the table with the charts share a splitter the user drags.
        details = QWidget()
        details.setObjectName("verdictDetails")
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 4, 0)
        details_layout.setSpacing(3)
        details_layout.addWidget(self.warnings)
        self.customs = customs_label()  # issue 15: each route's customs basis, value, VAT
        details_layout.addWidget(self.customs)
        self.basis_margin = BasisMarginPanel()  # fixed-cost basis and margin (issue 15)
        self.basis_margin.changed.connect(self._choice_changed)
        self.basis_margin.context = lambda: (self._workspace, self._controller)
        details_layout.addWidget(self.basis_margin)
        self.cash_summary = CashSummary()  # present values and paybacks (issue 15)
        details_layout.addWidget(self.cash_summary)
        details_layout.addStretch(1)
        self.details = QScrollArea()
        self.details.setObjectName("verdictDetailsScroll")
        self.details.setWidget(details)
        self.details.setWidgetResizable(True)
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details.viewport().setAutoFillBackground(False)
        details.setAutoFillBackground(False)
        card_layout.addWidget(self.details, 1)
        self.enter_prices = EnterPricesButton()  # what is missing, for the form
        self.enter_prices.asked.connect(self.navigate)
        card_layout.addWidget(self.enter_prices, 0, Qt.AlignmentFlag.AlignLeft)
        self.card = card

        self.table = RouteTable()
        self.table.figure_pointed.connect(self._explain_key)

        self.charts = ChartTabs()  # pyqtgraph is imported here, when Costs is first opened
        self.charts.figure_picked.connect(self._chart_figure)
        self.charts.export_asked.connect(self.export_chart)
        self.volume_chart = self.charts.volume_chart
        self.cash_chart = self.charts.cash_chart
        self.breakdown_chart = self.charts.breakdown_chart
        self.tornado_chart = self.charts.tornado_chart
        self.png_button, self.svg_button = self.charts.png_button, self.charts.svg_button

        # --- the left column: what-ifs and explanations ---------------------------------
        self.controls = ComparisonControls()
        self.controls.changed.connect(self.recompute)
        what_if = QGroupBox(self.tr("What if"))
        what_if.setObjectName("whatIf")
        what_if_layout = QVBoxLayout(what_if)
        what_if_layout.setContentsMargins(10, 6, 10, 8)
        what_if_layout.addWidget(self.controls)
        self.search_range = SearchRange()  # how far the break-evens are searched
        self.search_range.changed.connect(self.recompute)
        what_if_layout.addWidget(self.search_range)
        self.fee_life = FeeLifeField()  # issue 15: the compared design's or plan's fee life
        what_if_layout.addWidget(self.fee_life)
        self.explanation = ExplanationPanel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(8)
        left_layout.addWidget(what_if)
        left_layout.addWidget(self.explanation, 1)
        left.setMinimumWidth(280)
        left.setMaximumWidth(380)

        lower = QWidget()
        right_layout = QVBoxLayout(lower)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(6)
        right_layout.addWidget(self.table)
        self.rounding_note = RoundingNote()  # printed a piece × pieces against the year
        right_layout.addWidget(self.rounding_note)
        right_layout.addWidget(self.charts, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.setObjectName("verdictSplitter")
        right.setChildrenCollapsible(False)
        right.addWidget(card)
        right.addWidget(lower)
        right.setStretchFactor(0, 0)
        right.setStretchFactor(1, 1)
        right.setSizes([230, 470])
        self.verdict_splitter = right

        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.setObjectName("comparisonSplitter")
        self.body.setChildrenCollapsible(False)
        self.body.addWidget(left)
        self.body.addWidget(right)
        self.body.setStretchFactor(0, 0)
        self.body.setStretchFactor(1, 1)
        self.body.setSizes([320, 830])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)
        self.setTabOrder(self.subject, self.scenario)
        self.setTabOrder(self.scenario, self.date)
        self.setTabOrder(self.date, self.controls.volume)
        self._show_problem(self.tr("Choose a design or a collection plan to compare."))
        self._enable()

    # --- the workspace -------------------------------------------------------------------

    def attach_controller(self, controller: UndoController) -> None:
        self._controller = controller
        controller.changed.connect(self._changed)

    def restore_state(self, settings: QSettings) -> None:
        self._settings = settings
        state = registry.read(settings, registry.layout("views/costs/comparison/splitter"))
        if state is not None:
            self.body.restoreState(state)

    def save_state(self, settings: QSettings) -> None:
        registry.write(settings, registry.layout("views/costs/comparison/splitter"),
                       self.body.saveState())
        choice = self.choice()
        if choice is not None:
            registry.write(settings, registry.COMPARISON_SUBJECT, f"{choice.kind}:{choice.id}")

    def load(self, workspace: Workspace) -> None:
        """Fill the pickers from the workspace (keeping what was chosen) and compare again."""
        first = self._workspace is None
        switched = not first and workspace is not self._workspace
        self._workspace = workspace
        self._stale = False
        wanted = None if switched else self.choice()
        if first and self._settings is not None:  # what was compared when the app closed
            wanted = parse_choice(registry.read(self._settings, registry.COMPARISON_SUBJECT))
        scenario_id = None if switched else self.scenario.currentData()
        with QSignalBlocker(self.subject), QSignalBlocker(self.scenario):
            self.subject.set_workspace(workspace)
            self.scenario.clear()
            for sid, name in workspace.scenarios.names():
                self.scenario.addItem(name, sid)
            index = self.scenario.findData(scenario_id) if scenario_id is not None else -1
            self.scenario.setCurrentIndex(index if index >= 0 else
                                          (0 if self.scenario.count() else -1))
            self._select(wanted or self._default_choice(workspace))
        self._enable()
        self._choice_changed()

    def _default_choice(self, workspace: Workspace) -> Choice | None:
        return default_choice(workspace)

    def _select(self, choice: Choice | None) -> bool:
        if choice is not None and self.subject.choose_key(choice):
            return True
        first = self.subject.first()  # the first plan, else the first design, else none
        if first is not None:
            self.subject.choose(first)
        else:
            self.subject.set_record(None)  # (another workspace's design is not kept)
        return False

    def choose(self, kind: str, item_id: int) -> bool:
        """Compare this design or plan (as if picked)."""
        return self._select(Choice(kind, item_id))

    def choose_design_code(self, code: str) -> bool:
        if self._workspace is None:
            return False
        design_id = self._workspace.designs.id_for_code(code)
        return design_id is not None and self.choose("design", design_id)

    def choice(self) -> Choice | None:
        data = self.subject.current_key()
        return data if isinstance(data, Choice) else None

    def set_date(self, day: dt.date) -> None:
        self.date.setDate(_qdate(day))

    def costing_date(self) -> dt.date:
        value = self.date.date()
        return dt.date(value.year(), value.month(), value.day())

    def _enable(self) -> None:
        writable = self._workspace is not None and not self._workspace.read_only
        choice = self.choice()
        self.new_plan_action.setEnabled(writable)
        self.edit_plan_action.setEnabled(choice is not None and choice.kind == "plan")
        self.delete_plan_action.setEnabled(writable and choice is not None
                                           and choice.kind == "plan")
        self.terms_button.setEnabled(self._workspace is not None)

    def _changed(self, topic: Topic, affected: object) -> None:
        if topic not in TOPICS or self._workspace is None:
            return
        if not self.isVisible():
            self._stale = True  # put together again when next shown
            return
        if topic in (Topic.PLANS, Topic.SCENARIOS, Topic.DESIGNS):
            self.load(self._workspace)
            if topic == Topic.PLANS and isinstance(affected, int):
                self.choose("plan", affected)
        else:
            self._choice_changed()

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale and self._workspace is not None:
            self.load(self._workspace)

    # --- putting the comparison together ----------------------------------------------

    def _choice_changed(self) -> None:
        """Read the inputs for what is chosen and price them on a pool thread."""
        self._enable()
        workspace, choice = self._workspace, self.choice()
        if workspace is None:
            return
        self.fee_life.show_subject(workspace, self._controller, choice.kind if choice else "",
                                   choice.id if choice else None)
        if choice is None:
            self._cancel(self.tr("Choose a design or a collection plan to compare."))
            return
        scenario_id = self.scenario.currentData()
        if scenario_id is None:
            self._cancel(self.tr("There is no in-house scenario to compare with yet: make one "
                                 "under Scenarios & Prices (New Scenario…)."))
            return
        on = self.costing_date()
        try:
            if choice.kind == "plan":
                setup = workspace.costing.setup_for_plan(choice.id, scenario_id, on)
            else:
                setup = workspace.costing.setup_for_design(
                    choice.id, scenario_id, on, max(1, self.controls.pieces()),
                    self.basis_margin.basis())
            self.basis_margin.set_plan(choice.kind == "plan")
        except (StorageError, DomainError, ReadError) as error:
            self._cancel(i18n.say(error))
            return
        self.setup = setup
        self._volume_from_plan = choice.kind == "plan"
        self.controls.set_scenario_error_rate(
            setup.scenario.error_rate_pct, keep_what_if=setup.scenario.id == self._scenario_id)
        self._scenario_id = setup.scenario.id
        self._token += 1
        self._set_busy(True, fill(self.tr("Pricing {setup}…"), setup=setup.title))
        collector.install()  # Python work off the GUI thread: collect only in it
        self.pool.start(PricingTask(self._token, setup, self._signals))

    def _cancel(self, message: str) -> None:
        self._token += 1  # a result still on its way is for something else
        self._set_busy(False)
        self.setup = None
        self.prepared = None
        self._show_problem(message)
        self.prepared_ready.emit()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.busy.setToolTip(text)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    @property
    def is_busy(self) -> bool:
        return self._busy

    def _prepared_done(self, token: int, result: object) -> None:
        if token != self._token:
            return  # the choice changed while this one was being priced
        self._set_busy(False)
        if isinstance(result, DomainError):
            self.prepared = None
            self._show_problem(str(result), getattr(result, "problems", ()),
                               getattr(result, "missing", ()))
            self.prepared_ready.emit()
            return
        if isinstance(result, BaseException):
            raise result  # a bug: the crash handler reports it
        assert isinstance(result, PreparedComparison)
        self.prepared = result
        if self._volume_from_plan:
            self.controls.set_volume(result.plan.total_volume)
        self.recompute()
        self.prepared_ready.emit()

    def wait(self) -> None:
        """Block until the pricing on its way is done and shown (tests, scripts)."""
        self.pool.waitForDone()
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.sendPostedEvents(self._signals)
        QCoreApplication.processEvents()

    # --- every move of a control ----------------------------------------------------------

    def recompute(self) -> None:
        prepared = self.prepared
        if prepared is None:
            return
        try:
            adjustments = self.controls.adjustments()
            volume = self.controls.pieces()
            error_rate = prepared.in_house.error_rate_for(adjustments)
            search_to = self.search_range.search_to(volume)
            comparison = prepared.evaluate(volume, adjustments,
                                           sweep_to=max(sweep_end(volume), search_to or 0),
                                           search_to=search_to, swing_pct=swing_for(error_rate))
            default = prepared.search_end(volume, adjustments)
        except DomainError as error:
            self._show_problem(i18n.say(error), getattr(error, "problems", ()))
            return
        self.search_range.show_searched(search_to or default, default)
        self.comparison = comparison
        self.problem = ""
        self._show(comparison, prepared)

    # --- showing --------------------------------------------------------------------------

    def _show_problem(self, message: str, problems: Any = (),
                      missing: Sequence[MissingPrice] = ()) -> None:
        """The engine's (or the file's) message where the verdict goes; nothing drawn. When
        prices or rates are missing, Enter Prices… opens the form for them."""
        self.comparison = None
        self.problem = message
        self.basis_margin.clear()
        self.enter_prices.offer(EnterPrices.for_missing(missing))
        verdict, detail = presenter.problem(message, problems, bool(missing),
                                            error_colour(self.palette()).name())
        self.verdict.setText(verdict)
        self.detail.setText(detail)
        self.warnings.hide()
        self.cash_summary.hide()
        self.table.setRowCount(0)
        self.table.hide()
        self.rounding_note.clear_lines()
        self._links = {}
        self.charts.clear_charts(message if not problems else self.tr(
            "Nothing to draw: the costs cannot be computed."))
        self.explanation.show_text(self.tr("Why there is nothing to show"),
                                   list(problems) or [message])
        self._explained = None
        self.updated.emit()

    def _show(self, comparison: Comparison, prepared: PreparedComparison) -> None:
        self.enter_prices.offer(None)
        self._show_verdict(comparison)
        self._show_table(comparison)
        self.table.show()
        self._show_warnings(comparison)
        factor = self.setup.margin.wholesale_factor if self.setup is not None else None
        self.basis_margin.show_comparison(comparison, factor)
        self.cash_summary.show_comparison(comparison)
        self.charts.show_comparison(comparison, prepared)
        # Shown again on every move: a plan's per-design groups are made when opened.
        if self._explained is None or not self._explain_key(self._explained, lazily=True):
            best = comparison.cheapest
            self._explain_key(("total", best.route), lazily=True)
        self.updated.emit()

    def _show_verdict(self, comparison: Comparison) -> None:
        plan = self.prepared.plan if self.prepared is not None else None
        said = presenter.verdict(comparison, plan, colours.link_colour(self.palette()).name())
        self._links = said.links
        self.verdict.setText(said.html)
        self.verdict.setAccessibleName(said.text)
        self.detail.setText(said.detail)
        show_customs(self.customs, comparison)

    def break_even_sentence(self, found: BreakEven, volume: int) -> str:
        """Where in-house is cheaper than a route, said plainly (search_range.py)."""
        return bands_sentence(found)

    def _show_table(self, comparison: Comparison) -> None:
        with QSignalBlocker(self.table):
            self.table.show_rows(presenter.table(comparison))
        self.rounding_note.show_for(comparison)
        self.table.fit_rows()

    def ranges_text(self, found: BreakEven) -> str:
        return bands_cell(found)

    def difference(self, comparison: Comparison, cost: RouteCost) -> Figure:
        return presenter.difference(comparison, cost)

    def _show_warnings(self, comparison: Comparison) -> None:
        said = presenter.warnings(comparison, self.setup)
        if not said.lines:
            self.warnings.hide()
            self.warnings.setText("")
            return
        more = self.tr("… and %n more (point here to read them all)", "", said.more) \
            if said.more else ""
        self.warnings.setText(said.text(more))
        self.warnings.setToolTip(said.tooltip)
        self.warnings.show()

    def all_charts(self) -> list[Any]:
        return self.charts.all_charts()

    def draw_all_charts(self) -> None:
        self.charts.draw_all()

    def chart(self, key: str) -> Any:
        return self.charts.chart(key)

    def shown_chart(self) -> Any:
        """The chart on the tab shown, or None."""
        return self.charts.shown_chart()

    # --- explanations ---------------------------------------------------------------------

    def _link(self, name: str) -> None:
        key = self._links.get(name)
        if key is not None:
            self._explain_key(key)

    def _chart_figure(self, figure: Figure) -> None:
        self._explained = None
        self.explanation.show_figure(figure)

    def _explain_key(self, key: tuple[Any, ...] | None, lazily: bool = False) -> bool:
        """Explain the figure a key names in the comparison shown; False when it has none.

        ``lazily``: a plan's per-design groups get their rows only when opened.
        """
        comparison = self.comparison
        said = presenter.explanation(comparison, key) if comparison is not None else None
        if comparison is None or said is None:
            return False
        if said.figure is None:
            self.explanation.show_text(said.title, said.lines)
        else:
            self.explanation.show_figure(said.figure, said.title)
        if said.kind == "total":
            self._explain_designs(comparison, said.route, lazily)
        if said.foots:  # the printed terms foot, or a Rounding line
            add_rounding(self.explanation.tree.topLevelItem(0), self.explanation.figure,
                         said.rounding_signs)
        self._explained = key
        return True

    def _explain_designs(self, comparison: Comparison, route: str, lazily: bool = False) -> None:
        """For a plan: how the route costs each of its designs at this volume."""
        prepared = self.prepared
        if prepared is None or len(prepared.plan.lines) < 2:
            return
        for line in prepared.plan.lines[:50]:
            code = line.design.code
            title = fill(self.tr("{code} in the plan"), code=code)
            if lazily:
                self.explanation.add_group(title, partial(
                    prepared.explain_design, route, code, comparison.volume,
                    comparison.adjustments))
                continue
            try:
                figures = prepared.explain_design(route, code, comparison.volume,
                                                  comparison.adjustments)
            except DomainError:
                continue
            self.explanation.add_group(title, figures)

    def explain(self, kind: str, route: str) -> bool:
        """Show how a figure of the table is made (as pointing at it does)."""
        return self._explain_key((kind, route))

    # --- exports --------------------------------------------------------------------------

    def export_chart(self, key: str | None, kind: str, path: Path | str | None = None
                     ) -> Path | None:
        """Export a chart (the one shown when key is None) as PNG or SVG; asks where when no
        path is given. The path written, or None."""
        chart = self.shown_chart() if key is None else self.chart(key)
        # What is exported is shown (and laid out: a hidden chart has not had its size yet).
        self.charts.show_for_export(chart)
        if path is None:
            path = self.ask_export_path(chart, kind)
            if path is None:
                return None
        path = Path(path)
        try:
            written = chart.export_png(path) if kind == "png" else chart.export_svg(path)
        except OSError as error:
            self.message.emit(fill(self.tr("Not exported: {error}"), error=str(error)))
            return None
        if self._settings is not None:
            registry.write(self._settings, registry.COMPARISON_EXPORT_FOLDER, str(path.parent))
        self.message.emit(fill(self.tr("Exported “{file}”."), file=str(written)))
        return written

    def ask_export_path(self, chart: Any, kind: str) -> Path | None:
        """Where to export (the folder last exported to, a name saying what is compared)."""
        from jewelbench.ui.costs.charts import export

        folder = Path.home()
        if self._settings is not None:
            folder = Path(registry.read(self._settings, registry.COMPARISON_EXPORT_FOLDER)
                          or str(folder))
        title = self.setup.title if self.setup is not None else "jewelbench"
        return export.ask_path(self, folder, export.file_name(title, chart.title, kind), kind)

    # --- plans and landed-cost terms --------------------------------------------------------

    def new_plan(self) -> Any:
        return self._open_plan_editor(None)

    def edit_plan(self) -> Any:
        choice = self.choice()
        if choice is None or choice.kind != "plan":
            return None
        return self._open_plan_editor(choice.id)

    def _open_plan_editor(self, plan_id: int | None) -> Any:
        if self._workspace is None or self._controller is None:
            return None
        from jewelbench.ui.costs.plan_editor import PlanEditor

        editor = PlanEditor(self._workspace, self._controller, self._settings or QSettings(),
                            plan_id, self)
        editor.saved.connect(lambda saved_id: self.choose("plan", saved_id))
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = editor
        editor.open()
        return editor

    def delete_plan(self) -> Any:
        choice = self.choice()
        if choice is None or choice.kind != "plan" or self._workspace is None \
                or self._controller is None:
            return None
        from jewelbench.ui.costs.plan_editor import ask_delete_plan

        box = ask_delete_plan(self, self._workspace, self._controller, choice.id)
        self.dialog = box
        return box

    def edit_terms(self, supplier_id: int | None = None) -> Any:
        if self._workspace is None or self._controller is None:
            return None
        from jewelbench.ui.costs.terms_editor import LandedTermsEditor

        if supplier_id is None and self.setup is not None:
            supplier_id = next((q.supplier_id for r in self.setup.routes
                                for q in r.quotes.values()), None)
        editor = LandedTermsEditor(self._workspace, self._controller,
                                   self._settings or QSettings(), supplier_id, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = editor
        editor.show()
        return editor


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
