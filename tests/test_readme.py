"""The README is what a new user follows: its commands and picture must stay true."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    return re.findall(r"```sh\n(.+?)\n```", README)


def test_the_readme_opens_with_exactly_two_setup_commands():
    setup = README.split("## Set up", 1)[1].split("A desktop install", 1)[0]
    commands = re.findall(r"```sh\n(.+?)\n```", setup)
    assert len(commands) == 2
    assert commands[0].endswith("jewelbench --demo")
    assert " -m pytest" in commands[1]


def test_ci_runs_exactly_the_readme_test_command():
    test_command = _commands()[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()


def test_the_readme_says_how_to_run_each_lane():
    """The quick lane leaves out the tests marked integration; the marker is registered."""
    whole = _commands()[1].split(" && ")[-1]
    assert f'{whole} -m "not integration"' in README
    assert "`-m integration`" in README
    assert '"integration: ' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_the_screenshot_in_the_readme_exists():
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", README)
    assert images
    for image in images:
        path = ROOT / image
        assert path.exists(), image
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def _packages(text: str) -> set[str]:
    return {word for word in text.split() if not word.startswith("-") and "$" not in word}


def test_ci_installs_exactly_the_readme_apt_packages():
    """A bare machine that follows README gets what CI gets: the same package list."""
    readme_line = re.search(r"```\nsudo apt-get install -y (.+?)\n```", README)
    assert readme_line, "README's apt line"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    install = re.search(r"apt-get install -y -qq --no-install-recommends \\\n(.+?)>/dev/null",
                        ci, re.S)
    assert install, ".ci/run's apt-get install"
    ci_packages = _packages(install.group(1).replace("\\", " "))
    assert _packages(readme_line.group(1)) == ci_packages
    # what Qt's X11 plugin links against (tests/app/test_real_window.py checks them with ldd)
    x11 = {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0"}
    assert x11 <= ci_packages
