"""A debug watchdog for the GUI thread: `JEWELBENCH_WATCHDOG=100 jewelbench` logs every moment
the window stopped answering for longer than 100 ms, with where the GUI thread was.

The GUI thread beats a QTimer every few milliseconds; a Python thread looks at the last beat.
When it is older than the threshold, the watcher takes the GUI thread's Python stack
(sys._current_frames()) and keeps sampling it while the stall lasts; when the beats come back
it logs one record: how long, the stack when the stall was noticed, and the innermost
jewelbench lines the samples found most often (where the time went). A stall still going after
STILL_BLOCKED_S is logged at once, so that a hang shows its stack too.

Records go to the `jewelbench.watchdog` logger: stderr and the app's log file
(logs/jewelbench.log in the user data folder) when started from app/main.py. The benchmarks
create a Watchdog themselves and read `stalls`. Costs nothing unless the variable is set.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

ENVIRONMENT_VARIABLE = "JEWELBENCH_WATCHDOG"
STILL_BLOCKED_S = 5.0
_PACKAGE = str(Path(__file__).resolve().parents[1])  # .../jewelbench
_SELF = str(Path(__file__).resolve())

logger = logging.getLogger("jewelbench.watchdog")


@dataclass
class Stall:
    """The GUI thread turned no event loop for duration_ms (a beat is due every few ms)."""

    started: float  # time.time() of the last beat before it
    duration_ms: float
    stack: str  # the GUI thread's Python stack when the stall was noticed
    hot_spots: list[tuple[str, int]] = field(default_factory=list)  # (line, samples)
    activity: str = ""  # what the watchdog was told was going on (Watchdog.doing)
    # the innermost line of the window's own code (jewelbench/ui) in the samples: which
    # view or editor asked for the work hot_spots found
    callers: list[tuple[str, int]] = field(default_factory=list)

    @property
    def where(self) -> str:
        """The jewelbench line the most samples were in ('' when none was in jewelbench)."""
        return self.hot_spots[0][0] if self.hot_spots else ""

    def describe(self) -> str:
        doing = f" while {self.activity}" if self.activity else ""
        lines = [f"GUI thread stalled for {self.duration_ms:,.0f} ms{doing}"]
        if self.hot_spots:
            total = sum(count for _, count in self.hot_spots)
            lines.append("  where the samples were (innermost jewelbench line): " + "; ".join(
                f"{line} ×{count}/{total}" for line, count in self.hot_spots[:5]))
        if self.callers:
            lines.append("  asked for by (innermost jewelbench/ui line): " + "; ".join(
                f"{line} ×{count}" for line, count in self.callers[:3]))
        lines.append("  GUI thread's stack when noticed:")
        lines.append(self.stack.rstrip())
        return "\n".join(lines)


def innermost_jewelbench_line(frames: traceback.StackSummary, within: str = "") -> str:
    """'jewelbench/ui/quotes/view.py:120 in load' for the deepest frame in the package (in its
    folder `within`, e.g. 'ui', when given)."""
    folder = str(Path(_PACKAGE) / within) if within else _PACKAGE
    for frame in reversed(frames):
        if frame.filename.startswith(folder) and frame.filename != _SELF:
            relative = Path(frame.filename).relative_to(Path(_PACKAGE).parent)
            return f"{relative.as_posix()}:{frame.lineno} in {frame.name}"
    return ""


class Watchdog(QObject):
    """Create and start() on the GUI thread (a QCoreApplication must exist)."""

    def __init__(self, threshold_ms: float, *, beat_ms: int = 10,
                 log: logging.Logger | None = None) -> None:
        super().__init__()
        if threshold_ms <= 0:
            raise ValueError("the watchdog's threshold must be above 0 ms")
        self.threshold_s = threshold_ms / 1000
        self.stalls: list[Stall] = []
        self.activity = ""
        self._log = log or logger
        self._gui_thread = threading.get_ident()
        self._lock = threading.Lock()
        self._beat = time.monotonic()
        self._beat_wall = time.time()
        self._stop = threading.Event()
        self._timer = QTimer(self)
        self._timer.setInterval(beat_ms)
        self._timer.timeout.connect(self._heartbeat)
        self._poll_s = max(0.002, min(self.threshold_s / 4, 0.025))
        self._thread: threading.Thread | None = None

    def doing(self, activity: str) -> None:
        """Label the stalls that start from now on (the benchmark: 'opening Quotes')."""
        self.activity = activity

    def start(self) -> None:
        self._heartbeat()
        self._timer.start()
        self._stop.clear()
        self._thread = threading.Thread(target=self._watch, name="jewelbench-watchdog",
                                        daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._timer.stop()
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _heartbeat(self) -> None:  # GUI thread: as little as possible
        with self._lock:
            self._beat = time.monotonic()
            self._beat_wall = time.time()

    def _sample(self) -> traceback.StackSummary | None:
        frame = sys._current_frames().get(self._gui_thread)
        return None if frame is None else traceback.extract_stack(frame)

    def _watch(self) -> None:  # the watchdog's own thread
        stalled_since: float | None = None  # the beat the current stall follows
        stack = ""
        hot: Counter[str] = Counter()
        callers: Counter[str] = Counter()
        activity = ""
        reported_hang = False
        started_wall = 0.0
        while not self._stop.wait(self._poll_s):
            with self._lock:
                beat, beat_wall = self._beat, self._beat_wall
            now = time.monotonic()
            if stalled_since is not None and beat != stalled_since:  # the loop turned again
                self._finish(Stall(started_wall, (beat - stalled_since) * 1000, stack,
                                   hot.most_common(), activity, callers.most_common()))
                stalled_since = None
            if now - beat <= self.threshold_s:
                continue
            frames = self._sample()
            if frames is None:
                continue
            if stalled_since is None:
                stalled_since, started_wall, activity = beat, beat_wall, self.activity
                stack = "".join(frames.format())
                hot, callers = Counter(), Counter()
                reported_hang = False
            line = innermost_jewelbench_line(frames)
            if line:
                hot[line] += 1
            caller = innermost_jewelbench_line(frames, "ui")
            if caller:
                callers[caller] += 1
            if not reported_hang and now - beat > STILL_BLOCKED_S:
                reported_hang = True
                self._log.warning("GUI thread still blocked after %.1f s; its stack now:\n%s",
                                  now - beat, "".join(frames.format()).rstrip())

    def _finish(self, stall: Stall) -> None:
        # logged first: a stall in the list has been told (a reader of the list, such as a
        # test waiting for it, then finds it in the log too)
        self._log.warning("%s", stall.describe())
        self.stalls.append(stall)


def threshold_from(environment: Mapping[str, str]) -> tuple[float | None, str]:
    """(threshold in ms, '') when JEWELBENCH_WATCHDOG asks for one; (None, why not) when it
    is set to something else; (None, '') when it is not set."""
    text = environment.get(ENVIRONMENT_VARIABLE, "").strip()
    if not text:
        return None, ""
    try:
        value = float(text)
    except ValueError:
        value = -1
    if not 0 < value < 3_600_000:
        return None, (f"{ENVIRONMENT_VARIABLE}={text!r} is not a number of milliseconds "
                      "above 0 (e.g. 100): the watchdog is off")
    return value, ""


def start_from_environment(log_folder: Path | None,
                           environment: Mapping[str, str] | None = None) -> Watchdog | None:
    """app/main.py: start a watchdog when JEWELBENCH_WATCHDOG=ms asks for one, logging to
    stderr and to the app's log in log_folder; say on stderr why a bad value starts none."""
    threshold, problem = threshold_from(os.environ if environment is None else environment)
    if threshold is None:
        if problem:
            print(f"jewelbench: {problem}", file=sys.stderr)
        return None
    if not any(getattr(h, "name", "") == "watchdog-stderr" for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.set_name("watchdog-stderr")
        handler.setFormatter(logging.Formatter("%(asctime)s watchdog: %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    if log_folder is not None:
        from jewelbench.app.log_file import open_log

        try:
            open_log(log_folder)
        except OSError as error:
            logger.warning("the app's log cannot be written (%s): stalls go to stderr only",
                           error)
    watchdog = Watchdog(threshold)
    watchdog.start()
    logger.info("watching the GUI thread: stalls over %.0f ms are logged with its stack",
                threshold)
    return watchdog
