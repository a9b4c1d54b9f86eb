"""The end of a JPEG scan is found by one C search a megabyte at a time (issue 16: a Python
step per 0xFF byte of a 60 MB photo held the GIL for 650 ms while the window waited); it finds
exactly the marker the byte-by-byte walk found, across window boundaries too."""

from __future__ import annotations

import random

import pytest

from jewelbench.reports import image_formats


def _walked(data: bytes, pos: int) -> int:
    """The byte-by-byte walk it replaced."""
    while True:
        pos = data.find(b"\xff", pos)
        if pos < 0 or pos + 1 >= len(data):
            return -1
        following = data[pos + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7:
            pos += 2  # a stuffed 0xFF or a restart marker: still inside the scan
        elif following == 0xFF:
            pos += 1  # a fill byte
        else:
            return pos


@pytest.mark.parametrize("window", [1, 2, 3, 7, 1024 * 1024])
def test_the_marker_after_a_scan_is_the_one_the_walk_finds(monkeypatch, window):
    monkeypatch.setattr(image_formats, "_SEARCH_WINDOW", window)
    rng = random.Random(window)
    alphabet = [0xFF, 0xFF, 0x00, 0xD0, 0xD7, 0xD9, 0xDA, 0xC4, 0x12, 0xD8]
    for _ in range(20_000):
        data = bytes(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        pos = rng.randint(0, len(data))
        assert image_formats._end_of_scan(data, pos) == _walked(data, pos), (data, pos)


def test_a_scan_that_runs_to_the_end_of_the_file_has_no_end():
    assert image_formats._end_of_scan(b"\x12\xff\x00\xff\xd3\xff", 0) == -1
    assert image_formats._end_of_scan(b"\x12\xff\x00\xff\xd3\xff\xff\xd9", 0) == 6
