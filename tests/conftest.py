"""Root test configuration: Qt runs offscreen before anything imports it."""

import json  # noqa: E402
import os
import subprocess
import sys
import tempfile  # noqa: E402

# A shell that forbids writing bytecode (PYTHONDONTWRITEBYTECODE, set in many containers) makes
# every process of the run — each pytest-xdist worker, every `python -m jewelbench` a CLI test
# starts — compile jewelbench and the tests from source again (12 s of a core to collect the
# suite instead of 2.5). The sources stay clean, as asked; the bytecode is kept in a folder of
# its own outside them, shared by the workers and the processes they start.
if sys.flags.dont_write_bytecode or os.environ.get("PYTHONDONTWRITEBYTECODE"):
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ.setdefault("PYTHONPYCACHEPREFIX", os.path.join(
        tempfile.gettempdir(), f"jewelbench-tests-pycache-{os.getuid()}"))
    sys.dont_write_bytecode = False
    sys.pycache_prefix = os.environ["PYTHONPYCACHEPREFIX"]

# Settings, recent files and the default workspace go to a scratch home, never the user's own.
_SCRATCH_HOME = tempfile.mkdtemp(prefix="jewelbench-tests-")


def offscreen_platform(width: int = 1366, height: int = 768, dpr: float = 1.0) -> str:
    """The offscreen platform with one screen of the given size: a laptop unless asked."""
    config = os.path.join(_SCRATCH_HOME, f"screen-{width}x{height}@{dpr}.json")
    with open(config, "w", encoding="utf-8") as handle:
        json.dump({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width,
                                "height": height, "logicalDpi": 96, "dpr": dpr}]}, handle)
    return f"offscreen:configfile={config}"


# With no platform and no display Qt aborts the whole run (exit 134): set it before any import.
os.environ.setdefault("QT_QPA_PLATFORM", offscreen_platform())
os.environ["XDG_CONFIG_HOME"] = os.path.join(_SCRATCH_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_SCRATCH_HOME, "data")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from jewelbench.storage import Workspace  # noqa: E402

ARTIFACTS = Path(__file__).parent / "artifacts"

# The frozen bundle's build (tests/bundle_build.py) is a plugin, not tests/installer's conftest:
# under pytest-xdist only the controller builds, and the controller loads no conftest below this
# one (it collects nothing), so its hooks would never run there.
pytest_plugins = ["bundle_build"]


@pytest.fixture
def make_workspace(tmp_path):
    """Factory: a fresh, empty workspace file in tmp_path; closed after the test."""
    opened = []

    def factory(name: str = "test", **kwargs) -> Workspace:
        workspace = Workspace.create(tmp_path / f"{name}.jewelbench", **kwargs)
        opened.append(workspace)
        return workspace

    yield factory
    for workspace in opened:
        try:
            workspace.close()
        except Exception:  # already closed by the test
            pass


@pytest.fixture(scope="session")
def demo_path(tmp_path_factory):
    """One demo workspace for the session's read-only tests (each writer makes its own)."""
    from jewelbench.app.demo import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.jewelbench"
    write_demo(path)
    return path


@pytest.fixture
def demo_copy(demo_path, tmp_path):
    """A private copy of the demo workspace that a test may change."""
    import shutil

    path = tmp_path / "demo.jewelbench"
    shutil.copy(demo_path, path)
    return path


@pytest.fixture
def settings(tmp_path):
    """A QSettings file of the test's own."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def artifacts_dir():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


# The files that take longest (8 s of a core or more, each alone; `--durations=0` of 7
# December 2026). Run in parallel they start first, the longest early, so at the end the workers
# share out the many short files and finish together, instead of one worker running a long
# file while the other has nothing left (that tail was 21 s of a 376 s run).
# The workbook file (LibreOffice) waits for the first minute to pass: run first, beside the
# frozen bundle's build (started with the run, in the background), it took 61 s, not 30.
LONG_FILES = (
    "tests/faults/test_faults_kill.py",
    "tests/domain/test_costing_properties.py",
    "tests/ui/test_scenario_editor.py",
    "tests/cli/test_self_test.py",
    "tests/reports/test_workbook.py",
    "tests/faults/test_faults_hostile_inputs.py",
    "tests/reports/test_techpack_pdf.py",
    "tests/ui/test_comparison_view.py",
    "tests/reports/test_workbook_breakeven.py",
    "tests/ui/test_first_hour_ui.py",
    "tests/ui/test_image_formats.py",
    "tests/ui/test_quote_import.py",
    "tests/faults/test_faults_import_fuzz.py",
    "tests/journeys/test_scale_list_review.py",
    "tests/reports/test_workbook_language.py",
    "tests/journeys/test_new_user_road.py",
    "tests/ui/test_techpack_editor.py",
    "tests/ui/test_techpack_callouts.py",
    "tests/ui/test_damaged_list_pages.py",
    "tests/domain/test_costing_kept_between_moves.py",
)


def start_rank(item) -> tuple[int, int]:
    """Where a test's file starts in a parallel run: the long files first, longest first,
    then the files with a test marked slow, then the rest in their order."""
    path = item.nodeid.split("::", 1)[0]
    if path in LONG_FILES:
        return (0, LONG_FILES.index(path))
    return (1 if item.get_closest_marker("slow") is not None else 2, 0)


def pytest_xdist_auto_num_workers(config):
    """`-n auto`: one worker more than the cores. A worker often waits — on a writer it
    killed, a file synced to disk, LibreOffice or PyInstaller in the background — and the
    extra one runs meanwhile (two cores, 7 December 2026: three workers 283 s, two 309 s).
    PYTEST_XDIST_AUTO_NUM_WORKERS still says how many, as pytest-xdist documents."""
    given = os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS")
    if given:
        return int(given)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (cores or 1) + 1


def pytest_collection_modifyitems(config, items):
    """Run in parallel (README's `pytest -n auto --dist loadscope`, which gives a worker whole
    files in the order collected), the long files start first (start_rank). The order is the
    same in every worker, as pytest-xdist requires."""
    if hasattr(config, "workerinput"):
        items.sort(key=start_rank)


# The quick lane (`pytest -m "not integration"`) starts no other program: a test that starts
# one (LibreOffice, poppler, PyInstaller, Xvfb, jewelbench's own CLI, a writer to kill …) must
# be marked integration, or it fails here and says so. JEWELBENCH_LIST_SUBPROCESS_TESTS=FILE
# lists them in FILE instead of failing (to find the ones to mark).
_real_popen_init = subprocess.Popen.__init__
_unmarked: list[str] = []  # the test running, when it is not marked integration


def _popen_init_guarded(self, args, *more, **options):
    if _unmarked:
        listing = os.environ.get("JEWELBENCH_LIST_SUBPROCESS_TESTS")
        if not listing:
            pytest.fail(f"{_unmarked[0]} starts {args!r}: a test that starts another program "
                        "is marked integration (@pytest.mark.integration), the quick lane's "
                        "`-m \"not integration\"` leaves it out", pytrace=False)
        with open(listing, "a", encoding="utf-8") as out:
            out.write(f"{_unmarked[0]}\n")
    _real_popen_init(self, args, *more, **options)


subprocess.Popen.__init__ = _popen_init_guarded  # type: ignore[method-assign]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """Set up, run and tear down each test with the guard above on unless it is integration."""
    if item.get_closest_marker("integration") is None:
        _unmarked.append(item.nodeid)
    try:
        return (yield)
    finally:
        _unmarked.clear()


@pytest.fixture(autouse=True)
def _garbage_collected_between_tests():
    """Once a window has turned automatic garbage collection off (jewelbench.ui.collector:
    collected in the GUI thread, on a timer), a test whose event loop never turns would leave
    its garbage to the ones after: what is due is collected after each test, in the main
    thread, as the timer would have."""
    import sys

    yield
    collector = sys.modules.get("jewelbench.ui.collector")
    if collector is not None and collector.installed():
        collector.collect_due()


@pytest.fixture(autouse=True)
def _forms_put_back():
    """Every test starts in the forms a fresh process has, and leaves them so: a test that
    chooses Norway in Settings (or speaks Bokmål) must not make the next test in the same
    worker read "2.5" as Norway's "2,5" would be read."""
    import sys

    forms = sys.modules.get("jewelbench.domain.locale_forms")
    system = getattr(forms, "_system", None)  # what "the system's locale" is (ui: Qt's)
    yield
    if "jewelbench.domain.locale_forms" in sys.modules:
        from jewelbench.domain import locale_forms

        if forms is locale_forms:  # a test that told it another system locale
            locale_forms.set_system_locale(system)
        locale_forms.set_locale("")
        locale_forms.set_weight_unit(locale_forms.WeightUnit.GRAM)
    if "jewelbench.ui.i18n" in sys.modules:
        from PySide6.QtCore import QLocale

        from jewelbench.ui import i18n

        if i18n.language() != i18n.ENGLISH:
            i18n.install(i18n.ENGLISH)
        QLocale.setDefault(QLocale.system())
