"""The composition root: build the application, choose the workspace, show the main window."""

from __future__ import annotations

import logging
import os
import platform
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import jewelbench
from jewelbench.app.log_file import open_log
from jewelbench.domain.messages import fill
from jewelbench.storage import Workspace, WorkspaceDamaged, WorkspaceError, WorkspaceInUse
from jewelbench.ui.formatting import sentence
from jewelbench.ui.style import style_rules

ORGANISATION = "jewelbench"
APPLICATION = "jewelbench"
DEFAULT_WORKSPACE_NAME = "My workspace.jewelbench"
DEMO_WORKSPACE_NAME = "Demo.jewelbench"

log = logging.getLogger(__name__)


def data_folder() -> Path:
    """The platform's user data folder (created on first use)."""
    import platformdirs

    folder = Path(platformdirs.user_data_dir(APPLICATION, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def make_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     ORGANISATION, APPLICATION)


@dataclass
class Startup:
    workspace: Workspace
    notices: list[tuple[str, str, str]]  # (title, text, details) to show once the window is up
    damaged: list[tuple[Path, str]] = field(default_factory=list)  # to offer a backup for


def write_fresh_demo(folder: Path) -> Path:
    """Write the demo afresh, unless another window has it open (WorkspaceInUse then)."""
    from jewelbench.app.demo import write_demo
    from jewelbench.storage.lock import LockHeld, WorkspaceLock, describe_holder

    path = folder / DEMO_WORKSPACE_NAME
    try:
        WorkspaceLock.acquire(path).release()
    except LockHeld as held:
        raise WorkspaceInUse(path, describe_holder(held.holder)) from None
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    write_demo(path)
    return path


def write_demo_file(path: Path) -> None:
    """Help ▸ Open Demo Workspace's writer: the demo into a new file (its code is loaded
    only when it is first asked for; start-up does not pay for it)."""
    from jewelbench.app.demo import write_demo

    write_demo(path)


def choose_workspace(settings: QSettings, folder: Path, *, demo: bool = False,
                     path: Path | None = None) -> Startup:
    """Which workspace to open, and what to tell the user about it.

    --demo writes the demo afresh; an explicit path is opened as asked; otherwise the last
    workspace, or on first run a new one in the user data folder. What opening it found beside
    the file (a log that was not its own, set aside) is among the notices.
    """
    startup = _choose_workspace(settings, folder, demo=demo, path=path)
    if startup.workspace.notices:
        translate = QApplication.translate
        startup.notices.append((
            translate("startup", "Workspace opened"),
            fill(translate("startup", "“{workspace}” was opened as it was last saved; a file "
                                      "beside it was not part of it."),
                 workspace=startup.workspace.path.name),
            "\n\n".join(sentence(notice) for notice in startup.workspace.notices) + "\n\n"
            + translate("startup", "Nothing in the workspace was lost. The file that was not part "
                                   "of it is kept, in case it belongs to another program.")))
    return startup


def _choose_workspace(settings: QSettings, folder: Path, *, demo: bool,
                      path: Path | None) -> Startup:
    translate = QApplication.translate
    notices: list[tuple[str, str, str]] = []
    if demo:
        try:
            return Startup(Workspace.open(write_fresh_demo(folder), full_check=False), notices)
        except WorkspaceInUse as error:
            notices.append((translate("startup", "Opened read-only"),
                            translate("startup", "The demo is already open in another window."),
                            sentence(error.reason) + " " + translate(
                                "startup", "This window shows it read-only.")))
            return Startup(Workspace.open(folder / DEMO_WORKSPACE_NAME, full_check=False,
                                          read_only=True), notices)
    candidates = [path] if path else []
    from jewelbench.ui import settings as registry

    last = registry.read(settings, registry.LAST_WORKSPACE)
    if not path and last:
        candidates.append(Path(str(last)))
    damaged: list[tuple[Path, str]] = []
    for candidate in candidates:
        try:
            return Startup(Workspace.open(candidate, full_check=False), notices)
        except WorkspaceInUse as error:
            # A second start while the first window has it: look, don't touch.
            notices.append((translate("startup", "Opened read-only"),
                            fill(translate("startup", "“{workspace}” is already open for editing."),
                                 workspace=candidate.name),
                            sentence(error.reason) + " " + translate(
                                "startup", "This window shows it read-only.")))
            return Startup(Workspace.open(candidate, full_check=False, read_only=True),
                           notices)
        except WorkspaceDamaged as error:
            damaged.append((candidate, error.reason))
        except WorkspaceError as error:
            notices.append((translate("startup", "Cannot open workspace"),
                            fill(translate("startup", "“{workspace}” cannot be opened."),
                                 workspace=candidate.name),
                            sentence(error.reason)))
    default = folder / DEFAULT_WORKSPACE_NAME
    if default.exists():
        return Startup(Workspace.open(default, full_check=False), notices, damaged)
    from jewelbench.ui.currency import default_base_currency

    workspace = Workspace.create(default, base_currency=default_base_currency())
    notices.append((translate("startup", "Welcome to jewelbench"),
                    translate("startup", "A new workspace was created for you."),
                    fill(translate("startup", "It is saved at:\n{default}\n\nEverything you enter "
                                              "is kept in this one file; copy it to back it up. "
                                              "Costs are shown in {base_currency} (change it in "
                                              "File ▸ Workspace Settings)."),
                         default=str(default), base_currency=workspace.base_currency)))
    return Startup(workspace, notices, damaged)


def log_start(log_file: Path, language: str) -> None:
    """A run's first line in the log: which jewelbench, Qt, Python and platform, and the
    language chosen ('' for the system's; a bug report carries it)."""
    import PySide6
    from PySide6.QtCore import QLocale, qVersion

    log.info("jewelbench %s started: Qt %s (PySide6 %s), Python %s, %s; language %s (system "
             "locale %s); log %s", jewelbench.__version__, qVersion(), PySide6.__version__,
             platform.python_version(), _platform_text(), language or "the system's",
             QLocale.system().name(), log_file.name)


def _platform_text() -> str:
    """The system, its release, the machine and the C library ("Linux 6.1.0-26-amd64 x86_64,
    glibc 2.36"): what platform.platform() says, without the processor field it reads by
    starting `uname -p`, a process at every start-up."""
    text = f"{platform.system()} {platform.release()} {platform.machine()}"
    try:
        libc = os.confstr("CS_GNU_LIBC_VERSION")
    except (AttributeError, ValueError, OSError):  # not glibc, or not POSIX
        libc = None
    return f"{text}, {libc}" if libc else text


def install_crash_handler(log_folder: Path, window: QWidget) -> None:
    """Route unexpected errors to jewelbench.app.crash, loaded only when the first one happens:
    a healthy start does not pay for it (the log itself is opened at start: log_file.py)."""
    made: list[Any] = []

    def handler() -> Any:
        if not made:
            from jewelbench.app.crash import CrashHandler

            made.append(CrashHandler(open_log(log_folder), lambda: window,
                                     lambda: getattr(window, "workspace", None)))
        return made[0]

    def handle(*exception: Any) -> None:
        handler().handle(*exception)

    def handle_thread(args: Any) -> None:
        handler().log_thread_exception(args)  # logged only: no dialogs off the GUI thread

    sys.excepthook = handle
    threading.excepthook = handle_thread


def _follow_restarts(window: Any, folder: Path, windows: list[Any]) -> None:
    """After File ▸ Settings' Restart Now, errors are reported over the new window, and the
    new window joins `windows` (the way out waits for each one's workspace check)."""
    def replaced(new: Any) -> None:
        install_crash_handler(folder / "logs", new)
        windows.append(new)
        _follow_restarts(new, folder, windows)

    window.replaced.connect(replaced)


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("jewelbench")
    app.setDesktopFileName("jewelbench")  # Wayland: the window belongs to jewelbench.desktop
    app.setApplicationVersion(jewelbench.__version__)
    apply_style(app)
    return app


def apply_style(app: QApplication) -> None:
    """Spacing and type from resources/style.qss; colours stay the system palette's. Not an
    application style sheet: that would route every widget of the app through Qt's style-sheet
    style and slow every window and dialog down. ui.style.named gives each widget style.qss
    names its rules alone; read here, once, before the first window is made."""
    style_rules()


def print_font_notices() -> list[tuple[str, str, str]]:
    """Register the printed pages' font (reports.print_fonts); a notice if it is damaged."""
    from jewelbench.reports import print_fonts

    problems = print_fonts.register().problems
    if not problems:
        return []
    translate = QApplication.translate
    return [(translate("startup", "Print font missing"),
             translate("startup", "Tech packs and requests for quotation may print differently "
                                  "from other computers: the font jewelbench prints with is "
                                  "damaged or missing. Reinstalling jewelbench puts it back."),
             "\n\n".join(sentence(problem) for problem in problems))]


def _warm_up_when_filled(window: Any) -> None:
    """Once the first section is on screen, read in the other sections' and the editors' code
    on a background thread, so their first opening does not stall (ui/warm_up.py)."""
    from jewelbench.ui import warm_up

    if window.first_view_is_ready:
        warm_up.start()
    else:
        window.first_view_ready.connect(lambda: warm_up.start())


EXIT_WAIT_S = 5.0  # how long the way out waits for a workspace check still running


def run_gui(*, demo: bool = False, path: Path | None = None,
            quit_after_shown: bool = False) -> int:
    started = time.perf_counter()
    app = create_application(sys.argv[:1])
    from jewelbench.ui.dialogs import show_message
    from jewelbench.ui.main_window import MainWindow

    settings = make_settings()
    from jewelbench.ui import i18n
    from jewelbench.ui import settings as registry

    folder = data_folder()
    language = str(registry.read(settings, registry.LANGUAGE) or "")
    log_start(open_log(folder / "logs"), language)  # first: what follows is in the log
    # Before any widget is made: the language, the region's forms, the weight unit.
    i18n.install(language)  # logs the language spoken (English if its file is missing)
    registry.apply_forms(settings)
    watchdog = None
    if os.environ.get("JEWELBENCH_WATCHDOG"):  # debug: log GUI-thread stalls (app/watchdog.py)
        from jewelbench.app.watchdog import start_from_environment

        watchdog = start_from_environment(folder / "logs")
    try:
        startup = choose_workspace(settings, folder, demo=demo, path=path)
    except WorkspaceError as error:
        # Even the default workspace cannot be opened: say why, do not touch it.
        box = QMessageBox(QMessageBox.Icon.Critical, app.translate("startup", "jewelbench"),
                          app.translate("startup", "No workspace can be opened."))
        box.setInformativeText(str(error))
        box.exec()  # the app's only blocking dialog: nothing else is running yet
        return 1
    window = MainWindow(settings, startup.workspace, folder, defer_first_view=True,
                        demo_writer=write_demo_file)
    install_crash_handler(folder / "logs", window)
    windows = [window]  # and each window a restart puts in its place
    _follow_restarts(window, folder, windows)
    window.show()
    startup.notices += print_font_notices()
    for title, text, details in startup.notices:
        show_message(window, QMessageBox.Icon.Information, title, text, details)
    for damaged_path, reason in startup.damaged:
        window.offer_recovery(damaged_path, reason)
    if not quit_after_shown:
        _warm_up_when_filled(window)
    if quit_after_shown:
        # For the start-up benchmark: report when the window is shown (the first turn of the
        # event loop after show(), as for the bare baseline), then when the section on screen
        # is built and filled, then quit.
        def filled() -> None:
            print(f"view filled after {time.perf_counter() - started:.3f} s "
                  f"(filled at {time.time():.6f})", flush=True)
            window.close()
            app.quit()

        def report() -> None:
            print(f"window shown after {time.perf_counter() - started:.3f} s "
                  f"(shown at {time.time():.6f})", flush=True)
            if window.first_view_is_ready:
                filled()
            else:
                window.first_view_ready.connect(filled)

        QTimer.singleShot(0, report)
    code = app.exec()
    # The workspace check runs on a thread of its own and signals the window when done: let a
    # check still running end before Python takes the application apart (a small workspace's
    # check ends in milliseconds; a very large one's stops at its budget).
    end = time.monotonic() + EXIT_WAIT_S
    for made in windows:
        made.health.wait(max(0.0, end - time.monotonic()))
    if watchdog is not None:
        watchdog.stop()
    return code
