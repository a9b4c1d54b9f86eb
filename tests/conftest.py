"""Root test configuration: Qt runs offscreen before anything imports it."""

import os

# With no platform and no display Qt aborts the whole run (exit 134): set it before any import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_SCALE_FACTOR_ROUNDING_POLICY", "PassThrough")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from jewelbench.storage import Workspace  # noqa: E402

ARTIFACTS = Path(__file__).parent / "artifacts"


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
def artifacts_dir():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
