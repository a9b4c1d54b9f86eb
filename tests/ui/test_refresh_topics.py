"""Every topic a view follows is one that some change really sends: a misspelt topic
("techpacks" for "tech_packs") is a view that silently never refreshes."""

from __future__ import annotations

import importlib
import pkgutil

import jewelbench.ui
from jewelbench.ui.commands import WorkspaceCommand


def _sent_topics() -> set[str]:
    for module in pkgutil.walk_packages(jewelbench.ui.__path__, "jewelbench.ui."):
        importlib.import_module(module.name)
    found: set[str] = set()
    waiting: list[type[WorkspaceCommand]] = [WorkspaceCommand]
    while waiting:
        kind = waiting.pop()
        waiting.extend(kind.__subclasses__())
        if kind.topic:
            found.add(kind.topic)
    from jewelbench.ui.techpacks.commands import TOPIC  # issuing a revision sends it too

    return found | {TOPIC}


def test_every_followed_topic_is_sent_by_some_change():
    from jewelbench.ui.costs.comparison import TOPICS as comparison
    from jewelbench.ui.quotes.view import FOLLOWED_TOPICS as quotes
    from jewelbench.ui.rfqs.tracking import FOLLOWED_TOPICS as rfqs
    from jewelbench.ui.samples.view import TOPICS as samples
    from jewelbench.ui.suppliers.view import TOPICS as suppliers

    sent = _sent_topics()
    assert "tech_packs" in sent and "prices" in sent and "workspace" in sent
    for name, followed in (("RFQ list", rfqs), ("quotes list", quotes),
                           ("comparison", comparison), ("samples list", samples),
                           ("suppliers list", suppliers)):
        assert set(followed) <= sent, (name, set(followed) - sent)
