"""A design's images and the callouts tech pack drafts place on them.

The one place this cross-record rule lives: when images are taken out of a design
(DesignRepository saving the design), callouts of its open drafts on those images are taken
out too, since the images' ids may be given to new images later. An issued revision keeps
its own frozen copies of the images (revision_images) and is never touched.
"""

from __future__ import annotations

from collections.abc import Set

from jewelbench.storage.convert import content_out, stored_content
from jewelbench.storage.store import Store


def forget_design_images(db: Store, design_id: int, image_ids: Set[int]) -> None:
    """Take callouts on these (removed) design images out of the design's drafts, in the
    caller's transaction."""
    for row in db.query("SELECT id, content FROM tech_pack_revisions "
                        "WHERE design_id = ? AND status = 'draft'", [design_id]):
        content = stored_content(row["content"])
        callouts = content.get("callouts")
        if not isinstance(callouts, list):
            continue
        kept = [c for c in callouts
                if not (isinstance(c, dict) and c.get("image_id") in image_ids)]
        if len(kept) != len(callouts):
            content["callouts"] = kept
            db.execute("UPDATE tech_pack_revisions SET content = ? WHERE id = ?",
                       [content_out(content), row["id"]])
