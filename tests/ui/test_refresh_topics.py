"""Every topic a view follows is one that some change really sends: a topic no change sends
is a view that silently never refreshes."""

from __future__ import annotations

import importlib
import pkgutil

import jewelbench.ui
from jewelbench.ui.commands import WorkspaceCommand
from jewelbench.ui.topics import Topic


def _sent_topics() -> set[Topic]:
    for module in pkgutil.walk_packages(jewelbench.ui.__path__, "jewelbench.ui."):
        importlib.import_module(module.name)
    found: set[Topic] = set()
    waiting: list[type[WorkspaceCommand]] = [WorkspaceCommand]
    while waiting:
        kind = waiting.pop()
        waiting.extend(kind.__subclasses__())
        if kind.topic is not None:
            found.add(kind.topic)
    return found | {Topic.TECH_PACKS}  # issuing a revision sends it too


def test_every_followed_topic_is_sent_by_some_change():
    from jewelbench.ui.costs.comparison import TOPICS as comparison
    from jewelbench.ui.quotes.view import FOLLOWED_TOPICS as quotes
    from jewelbench.ui.rfqs.tracking import FOLLOWED_TOPICS as rfqs
    from jewelbench.ui.samples.view import TOPICS as samples
    from jewelbench.ui.suppliers.view import TOPICS as suppliers

    sent = _sent_topics()
    assert Topic.TECH_PACKS in sent and Topic.PRICES in sent and Topic.WORKSPACE in sent
    for name, followed in (("RFQ list", rfqs), ("quotes list", quotes),
                           ("comparison", comparison), ("samples list", samples),
                           ("suppliers list", suppliers)):
        assert set(followed) <= sent, (name, set(followed) - sent)
