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
    assert commands[1].endswith("-m pytest")


def test_ci_runs_exactly_the_readme_test_command():
    test_command = _commands()[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()


def test_the_screenshot_in_the_readme_exists():
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", README)
    assert images
    for image in images:
        path = ROOT / image
        assert path.exists(), image
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
