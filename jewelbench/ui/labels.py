"""User-facing names for the domain's enumerations, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jewelbench.domain.designs import Category, LifecycleStatus


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


_CATEGORY = {
    Category.RING: "Ring", Category.PENDANT: "Pendant", Category.EARRINGS: "Earrings",
    Category.BRACELET: "Bracelet", Category.NECKLACE: "Necklace", Category.BROOCH: "Brooch",
    Category.OTHER: "Other",
}
_STATUS = {
    LifecycleStatus.IDEA: "Idea", LifecycleStatus.DEVELOPMENT: "Development",
    LifecycleStatus.SAMPLING: "Sampling", LifecycleStatus.APPROVED: "Approved",
    LifecycleStatus.PRODUCTION: "Production", LifecycleStatus.RETIRED: "Retired",
}
_SAMPLE_STATE = {
    "requested": "Requested", "received": "Received", "approved": "Approved",
    "approved_with_changes": "Approved with changes", "rejected": "Rejected",
}
_CAPABILITY = {
    "3d_printing": "3D printing", "casting": "Casting", "stone_setting": "Stone setting",
    "laser_welding": "Laser welding", "plating": "Plating", "engraving": "Engraving",
    "enamelling": "Enamelling", "chain_making": "Chain making",
    "electroforming": "Electroforming", "cad_design": "CAD design",
}


def category_label(category: Category) -> str:
    return _tr(_CATEGORY[category])


def status_label(status: LifecycleStatus) -> str:
    return _tr(_STATUS[status])


def sample_state_label(state: str) -> str:
    return _tr(_SAMPLE_STATE.get(state, state))


def capability_label(capability: str) -> str:
    return _tr(_CAPABILITY.get(capability, capability))
