"""Fault-test helpers: look at a workspace file with plain sqlite3, as a power user would.

Imported by the fault tests as `import fault_helpers` (pytest puts this folder on sys.path, as
it does for every test folder without an __init__.py).
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

# What the kill test's writer puts in every design, table by table.
DESIGN_CHILDREN = {"bom_metals": 2, "bom_stones": 3, "bom_findings": 1, "bom_platings": 1,
                   "bom_packaging": 1, "design_images": 2}
QUOTE_CHILDREN = {"quote_tiers": 3, "quote_fees": 2}


def table_names(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'search_index%' "
        "ORDER BY name")]


def content_hashes(conn: sqlite3.Connection) -> dict[str, str]:
    """sha256 of each table's rows in rowid order: equal hashes, equal content."""
    hashes = {}
    for table in table_names(conn):
        digest = hashlib.sha256()
        for row in conn.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid"):
            digest.update(repr(row).encode())
        hashes[table] = digest.hexdigest()
    return hashes


def file_content_hashes(path: Path) -> dict[str, str]:
    """content_hashes() through a connection of its own: what is committed in the file."""
    conn = sqlite3.connect(str(path))
    try:
        return content_hashes(conn)
    finally:
        conn.close()


def health_problems(conn: sqlite3.Connection) -> list[str]:
    """SQLite's integrity and foreign-key checks, as lines; empty when the file is healthy."""
    integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    problems = [] if integrity == ["ok"] else [f"integrity_check: {line}" for line in integrity]
    problems += [f"foreign_key_check: {table} rowid {rowid} -> {parent}"
                 for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")]
    return problems


def incomplete_designs(conn: sqlite3.Connection) -> list[str]:
    """Every design that is not entirely there (its BOM, its images with their bytes, exactly
    one quote with its tiers and fees), and every child row whose parent is gone."""
    counts = ", ".join(
        f"(SELECT count(*) FROM {table} c WHERE c.design_id = d.id) AS {table}"
        for table in DESIGN_CHILDREN)
    rows = conn.execute(f"""
        SELECT d.code, {counts},
          (SELECT count(*) FROM design_images i WHERE i.design_id = d.id
             AND length(i.image) > 0 AND length(i.thumbnail) > 0) AS images_with_bytes,
          (SELECT count(*) FROM quotes q WHERE q.design_id = d.id) AS quotes,
          (SELECT count(*) FROM quote_tiers t JOIN quotes q ON q.id = t.quote_id
             WHERE q.design_id = d.id) AS quote_tiers,
          (SELECT count(*) FROM quote_fees f JOIN quotes q ON q.id = f.quote_id
             WHERE q.design_id = d.id) AS quote_fees
        FROM designs d ORDER BY d.id""")
    names = [column[0] for column in rows.description]
    expected = {**DESIGN_CHILDREN, "images_with_bytes": DESIGN_CHILDREN["design_images"],
                "quotes": 1, **QUOTE_CHILDREN}
    problems = []
    for row in rows.fetchall():
        found = dict(zip(names[1:], row[1:]))
        if found != expected:
            wrong = {name: count for name, count in found.items() if count != expected[name]}
            problems.append(f"design {row[0]} is incomplete: {wrong}")
    orphan_queries = {
        **{table: f"SELECT count(*) FROM {table} WHERE design_id NOT IN (SELECT id FROM designs)"
           for table in (*DESIGN_CHILDREN, "quotes")},
        **{table: f"SELECT count(*) FROM {table} WHERE quote_id NOT IN (SELECT id FROM quotes)"
           for table in QUOTE_CHILDREN},
    }
    for table, sql in orphan_queries.items():
        orphans = conn.execute(sql).fetchone()[0]
        if orphans:
            problems.append(f"{orphans} orphan row(s) in {table}")
    return problems


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def image_digests(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """design code -> sha256 of its image and thumbnail bytes, in position order."""
    digests: dict[str, list[str]] = {}
    for code, image, thumbnail in conn.execute(
            "SELECT d.code, i.image, i.thumbnail FROM design_images i "
            "JOIN designs d ON d.id = i.design_id ORDER BY d.id, i.position"):
        digests.setdefault(code, []).extend(
            [sha256_hex(image), sha256_hex(thumbnail)])
    return digests
