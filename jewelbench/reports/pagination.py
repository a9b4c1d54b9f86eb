"""Page breaks a reader expects, which Qt's rich text layout does not give by itself.

QTextDocument paginates, but it knows neither "keep with next" nor "keep together": a heading
can end up alone at the foot of a page, and a table row whose cells wrap onto several lines is
split line by line across the break (Qt only moves a row to the next page when not even its
first line fits, and then stretches the row before it down to the page's foot, open-ended).

paginate() lays the document out, finds the first bad break, fixes it, lays out again and
repeats: a stranded heading starts the next page; a table that runs over a page is cut in two
before the first row that does not fit whole, and the second part starts the next page with
the header row repeated. Every table part then ends with its own bottom rule. No text is
changed, so what the factory reads is exactly the snapshot.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtGui import (
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFrame,
    QTextTable,
)

KEEP_WITH_HEADING_MM = 30.0  # a heading keeps at least this much of what follows on its page
MAX_FIXES = 200  # a safety net: every fix starts something on a new page, so the loop ends

ALWAYS_BEFORE = QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore


@dataclass(frozen=True)
class _Problem:
    y: float  # where it starts, in document coordinates: the first one is fixed first
    kind: str
    fix: Callable[[], bool]  # False when there was nothing left to change


def paginate(document: QTextDocument, dots_per_mm: float) -> None:
    """Fix bad breaks in document order until none is left. The page size must be set."""
    accepted: set[tuple[str, int]] = set()  # breaks that cannot be helped (a huge row)
    for _ in range(MAX_FIXES):
        problems = [p for p in (_stranded_heading(document, dots_per_mm, accepted),
                                _table_over_a_break(document, accepted)) if p]
        if not problems:
            return
        first = min(problems, key=lambda problem: problem.y)
        if not first.fix():
            accepted.add((first.kind, round(first.y)))
            continue
        # Lay the whole document out again: Qt's incremental relayout after a format change
        # loses track of later pages (blocks went missing from the output).
        document.setPageSize(document.pageSize())


# ------------------------------------------------------------------------------------------
# Headings: keep with what follows
# ------------------------------------------------------------------------------------------


def _stranded_heading(document: QTextDocument, dots_per_mm: float,
                      accepted: set[tuple[str, int]]) -> _Problem | None:
    """The first heading left at a page's foot without enough of what it introduces. A figure
    title (h4) is kept whole with its image and legend when they fit on one page."""
    layout = document.documentLayout()
    page_height = document.pageSize().height()
    keep = KEEP_WITH_HEADING_MM * dots_per_mm
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level and not _breaks_before(block):
            rect = layout.blockBoundingRect(block)
            group_bottom = layout.blockBoundingRect(_group_end(block)).bottom()
            if level >= 4 and group_bottom - rect.top() <= page_height:
                need = group_bottom - rect.top()
            else:
                need = min(group_bottom - rect.top(), rect.height() + keep)
            if (need > _room_below(rect.top(), page_height)
                    and ("heading", round(rect.top())) not in accepted):
                first = _first_of_headings(block)
                return _Problem(rect.top(), "heading", partial(_break_before_block, first))
        block = block.next()
    return None


def _room_below(y: float, page_height: float) -> float:
    return (int(y // page_height) + 1) * page_height - y


def _breaks_before(block: QTextBlock) -> bool:
    return bool(block.blockFormat().pageBreakPolicy() & ALWAYS_BEFORE)


def _break_before_block(block: QTextBlock) -> bool:
    if _breaks_before(block):
        return False
    block_format = block.blockFormat()
    block_format.setPageBreakPolicy(ALWAYS_BEFORE)
    QTextCursor(block).setBlockFormat(block_format)
    return True


def _group_end(heading: QTextBlock) -> QTextBlock:
    """The last block of what a heading introduces: up to the next heading that follows
    some content (headings straight after it belong to its group)."""
    last, block, seen_content = heading, heading.next(), False
    while block.isValid():
        if block.blockFormat().headingLevel():
            if seen_content:
                break
        else:
            seen_content = True
        last, block = block, block.next()
    return last


def _first_of_headings(block: QTextBlock) -> QTextBlock:
    """A heading straight after another heading goes to the next page with it."""
    previous = block.previous()
    while previous.isValid() and previous.blockFormat().headingLevel():
        block, previous = previous, previous.previous()
    return block


# ------------------------------------------------------------------------------------------
# Tables: cut between rows, never through one
# ------------------------------------------------------------------------------------------


def _top_level_tables(document: QTextDocument) -> list[QTextTable]:
    """Tables in the main flow, in document order (the cover's layout tables nest no rows
    worth keeping and are left alone)."""
    frames: list[QTextFrame] = document.rootFrame().childFrames()
    return [frame for frame in frames if isinstance(frame, QTextTable)]


def _row_span(document: QTextDocument, table: QTextTable, row: int) -> tuple[float, float]:
    """Top of the row's first text line and bottom of its last, in document coordinates."""
    layout = document.documentLayout()
    tops, bottoms = [], []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        tops.append(layout.blockBoundingRect(cell.firstCursorPosition().block()).top())
        bottoms.append(layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom())
    return min(tops), max(bottoms)


def _page(y: float, page_height: float) -> int:
    return int(y // page_height)


def _table_over_a_break(document: QTextDocument,
                        accepted: set[tuple[str, int]]) -> _Problem | None:
    """The first table that runs over a page break: where it should break instead."""
    page_height = document.pageSize().height()
    for table in _top_level_tables(document):
        header_rows = table.format().headerRowCount()
        first_page = _page(_row_span(document, table, 0)[0], page_height)
        for row in range(table.rows()):
            top, bottom = _row_span(document, table, row)
            if _page(bottom - 0.5, page_height) == first_page:
                continue
            if ("table", round(top)) in accepted:
                break
            if row <= header_rows:  # not even the header and one row fit: move it all
                return _Problem(top, "table", partial(_break_before_table, document, table))
            if bottom - top > page_height * 0.8:
                break  # a row about as tall as a page has to split: leave it to Qt
            return _Problem(top, "table", partial(_split_table, document, table, row))
    return None


def _break_before_table(document: QTextDocument, table: QTextTable) -> bool:
    """Start the table on a new page, with the heading that introduces it if there is one."""
    # The document is passed in rather than taken from table.document(): once tables have
    # been inserted, PySide can hand back a second wrapper of the document there, and
    # collecting that wrapper has been seen to delete the document itself.
    before = document.findBlock(table.firstPosition()).previous()
    while (before.isValid() and not before.text().strip()
           and not before.blockFormat().headingLevel()):
        before = before.previous()  # Qt's empty block in front of a table
    if before.isValid() and before.blockFormat().headingLevel():
        return _break_before_block(_first_of_headings(before))
    table_format = table.format()
    if table_format.pageBreakPolicy() & ALWAYS_BEFORE:
        return False
    table_format.setPageBreakPolicy(ALWAYS_BEFORE)
    table.setFormat(table_format)
    return True


def _split_table(document: QTextDocument, table: QTextTable, row: int) -> bool:
    """Cut the table before row: the rows from there on move, under a copy of the header
    rows, into a new table just after it that starts a new page."""
    header_rows = table.format().headerRowCount()
    moving = [*range(header_rows), *range(row, table.rows())]
    table_format = table.format()
    table_format.setPageBreakPolicy(ALWAYS_BEFORE)
    cursor = QTextCursor(document)
    cursor.setPosition(table.lastPosition() + 1)
    cursor.beginEditBlock()  # one relayout at the end, not one per copied cell
    try:
        continued = cursor.insertTable(len(moving), table.columns(), table_format)
        for target_row, source_row in enumerate(moving):
            for column in range(table.columns()):
                _copy_cell(table, source_row, column, continued, target_row)
        table.removeRows(row, table.rows() - row)
    finally:
        cursor.endEditBlock()
    return True


def _copy_cell(source: QTextTable, row: int, column: int, target: QTextTable,
               target_row: int) -> None:
    cell = source.cellAt(row, column)
    selection = cell.firstCursorPosition()
    selection.setPosition(cell.lastCursorPosition().position(),
                          QTextCursor.MoveMode.KeepAnchor)
    copy = target.cellAt(target_row, column)
    copy.setFormat(cell.format())
    copy.firstCursorPosition().insertFragment(selection.selection())
    # A fragment carries character formats; the first paragraph's (alignment) comes along
    # only with a whole block, so set it as well.
    copy.firstCursorPosition().setBlockFormat(cell.firstCursorPosition().blockFormat())


# ------------------------------------------------------------------------------------------
# What the page painter adds
# ------------------------------------------------------------------------------------------


def heading_rules(document: QTextDocument, level: int = 2) -> list[float]:
    """Where a rule goes under each heading of a level, in document coordinates."""
    layout = document.documentLayout()
    rules = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == level:
            rect = layout.blockBoundingRect(block)
            rules.append(rect.bottom() + rect.height() * 0.15)
        block = block.next()
    return rules
