"""Approving a sample round despite its problems: the question that names each one and asks
why, and the texts that show a round approved with deviations afterwards.

The question is a window-modal dialog opened with open(), never exec(): its answer arrives
through a callback (the reason, or None when the user cancels), so tests drive the real
dialog by typing and clicking.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.messages import fill
from jewelbench.domain.samples import ApprovalProblem, ProblemKind, QcStage, ToleranceCheck
from jewelbench.ui import settings as registry
from jewelbench.ui.formatting import decimal_text
from jewelbench.ui.labels import sample_state_label
from jewelbench.ui.style import named

REASON_MAX = 2000

_STAGE_NAMES = {
    QcStage.PRE_PRODUCTION: QT_TRANSLATE_NOOP("samples", "Pre-production"),
    QcStage.RAW_CASTING: QT_TRANSLATE_NOOP("samples", "Raw casting"),
    QcStage.PRE_POLISH: QT_TRANSLATE_NOOP("samples", "Pre-polish"),
    QcStage.POST_POLISH: QT_TRANSLATE_NOOP("samples", "Post-polish"),
    QcStage.STONE_SETTING: QT_TRANSLATE_NOOP("samples", "Stone setting"),
    QcStage.FINAL_AUDIT: QT_TRANSLATE_NOOP("samples", "Final audit"),
}


def stage_name(stage: QcStage) -> str:
    return QCoreApplication.translate("samples", str(_STAGE_NAMES[stage]))


def places(*values: object) -> int:
    """Decimal places to show a group of values with: at least 2, as many as any has."""
    exponents = [v.as_tuple().exponent for v in values if hasattr(v, "as_tuple")]
    return max([2] + [-e for e in exponents if isinstance(e, int)])


def check_text(check: ToleranceCheck) -> str:
    """'In tolerance' or 'Out of tolerance: 0.05 mm over (limit 2.10 mm)', translated."""
    translate = QCoreApplication.translate
    if check.in_tolerance:
        return translate("samples", "In tolerance")
    unit = f" {check.unit}" if check.unit else ""
    shown = places(check.excess, check.nominal, check.tolerance)
    limit = check.nominal + check.tolerance if check.over else check.nominal - check.tolerance
    text = (translate("samples", "{excess} over (limit {limit})") if check.over
            else translate("samples", "{excess} under (limit {limit})"))
    return fill(translate("samples", "Out of tolerance: {check}"),
                check=fill(text, excess=decimal_text(check.excess, shown) + unit,
                           limit=decimal_text(limit, shown) + unit))


def problem_text(problem: ApprovalProblem) -> str:
    """One problem as the question names it, translated: 'QC stage 6 · Final audit failed:
    clasp stiff', 'band width (critical): measured 2.25 mm against 2.00 ± 0.10 mm — 0.15 mm
    over', 'Weight: measured 3.62 g against 3.80 ± 0.15 g — 0.03 g under'."""
    translate = QCoreApplication.translate
    if problem.kind is ProblemKind.QC_FAILED:
        assert problem.stage is not None
        text = fill(translate("samples", "QC stage {stage} · {stage_name} failed"),
                    stage=str(int(problem.stage)), stage_name=stage_name(problem.stage))
        note = problem.note or translate("samples", "no note")
        return text + ": " + note
    check = problem.check
    assert check is not None
    unit = f" {check.unit}" if check.unit else ""
    shown = places(check.measured, check.nominal, check.tolerance)
    what = (translate("samples", "Weight") if problem.kind is ProblemKind.WEIGHT
            else fill(translate("samples", "{what} (critical)"), what=problem.what))
    by = fill(translate("samples", "{excess} over") if check.over else translate("samples",
                                                                                 "{excess} under"),
              excess=decimal_text(check.excess, shown) + unit)
    return fill(translate("samples", "{what}: measured {measured} against {nominal} ± {tolerance} "
                                     "— {by}"),
                what=what, measured=decimal_text(check.measured, shown) + unit,
                nominal=decimal_text(check.nominal, shown),
                tolerance=decimal_text(check.tolerance, shown) + unit, by=by)


class DeviationsQuestion(QDialog):
    """Names each problem and asks why the round is approved anyway. The approve button
    stays disabled until a reason is typed; answered(reason) on approving, answered(None)
    on Cancel or Escape."""

    settings_key = "dialogs/sampleDeviations/geometry"

    def __init__(self, parent: QWidget | None, settings: QSettings | None, title: str,
                 intro: str, problems: Sequence[ApprovalProblem], reason: str,
                 answered: Callable[[str | None], None]) -> None:
        super().__init__(parent)
        self.setObjectName("deviationsQuestion")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._settings = settings
        self._answered = answered
        self._answer_given = False
        self.problems = list(problems)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.problem_list = QLabel("\n".join("• " + problem_text(p) for p in self.problems))
        self.problem_list.setObjectName("deviationProblems")
        self.problem_list.setWordWrap(True)
        self.problem_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_list.setAccessibleName(self.tr("Problems found"))
        reason_label = QLabel(self.tr("&Reason for approving with these deviations:"))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("deviationReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr(
            "e.g. launch date: the factory corrects the clasp in production"))
        self.reason.setPlainText(reason)
        reason_label.setBuddy(self.reason)
        self.hint = QLabel(self.tr(
            "The round is stored as approved with deviations: the deviations and the reason "
            "are shown in its timeline and the design, and written into the notes of the "
            "design's next tech pack revision."))
        named(self.hint, "pageSubtitle")
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.approve_button = QPushButton(self.tr("&Approve with Deviations"))
        self.buttons.addButton(self.approve_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._approve)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._reason_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.problem_list)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.resize(560, 400)
        if settings is not None:
            geometry = registry.read(settings, registry.layout(self.settings_key))
            if geometry is not None:
                self.restoreGeometry(geometry)
        self._reason_changed()
        self.reason.setFocus()

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def _reason_changed(self) -> None:
        text = self.reason.toPlainText()
        if len(text) > REASON_MAX:
            self.reason.setPlainText(text[:REASON_MAX])
            return
        given = bool(self.reason_text())
        self.approve_button.setEnabled(given)
        self.approve_button.setDefault(given)
        self.approve_button.setToolTip(
            self.tr("Approve the round, keeping these deviations and the reason") if given
            else self.tr("Give the reason first"))

    def _approve(self) -> None:
        if self.reason_text():
            self.accept()

    def done(self, result: int) -> None:
        if self._settings is not None:
            registry.write(self._settings, registry.layout(self.settings_key), self.saveGeometry())
        super().done(result)
        if not self._answer_given:
            self._answer_given = True
            accepted = result == QDialog.DialogCode.Accepted
            self._answered(self.reason_text() if accepted else None)


def ask_deviation_reason(parent: QWidget | None, settings: QSettings | None, title: str,
                         intro: str, problems: Sequence[ApprovalProblem], reason: str,
                         answered: Callable[[str | None], None]) -> DeviationsQuestion:
    """Open the question without blocking; answered gets the reason, or None."""
    question = DeviationsQuestion(parent, settings, title, intro, problems, reason, answered)
    question.open()
    return question


def decided_label(state: str, with_deviations: bool) -> str:
    """The round's state in words: 'Approved with deviations', 'Approved with changes and
    deviations', or the plain state."""
    translate = QCoreApplication.translate
    if with_deviations and state == "approved":
        return translate("samples", "Approved with deviations")
    if with_deviations and state == "approved_with_changes":
        return translate("samples", "Approved with changes and deviations")
    return sample_state_label(state)


def deviations_summary(lines: Sequence[str], reason: str) -> str:
    """'Approved with deviations: …; … Reason: …' for the timeline and the design editor."""
    translate = QCoreApplication.translate
    return fill(translate("samples", "Accepted deviations: {lines}. Reason: {reason}"),
                lines="; ".join(lines), reason=reason)
