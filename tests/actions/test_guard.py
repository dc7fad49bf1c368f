"""A failing action apologises in Dutch and leaks no personal data into the log."""

import logging

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.interfaces import ActionExecutionRejection

from actions.guard import GuardedAction
from brainnetwork.practice import current_practice


class ActionThatBreaks(GuardedAction):
    def name(self):
        return "action_that_breaks"

    def run(self, dispatcher, tracker, domain):
        dispatcher.utter_message(text="half werk")
        raise ValueError(f"bad phone {tracker.get_slot('phone')}")


class ActionThatRejects(GuardedAction):
    def name(self):
        return "action_that_rejects"

    async def run(self, dispatcher, tracker, domain):
        raise ActionExecutionRejection(self.name())


def tracker():
    return Tracker("visitor-1", {"phone": "+31612345678"}, {"text": "06-12345678"}, [], False, None, {}, "action_listen")


async def test_an_exception_becomes_a_dutch_apology_with_the_direct_details(caplog):
    dispatcher = CollectingDispatcher()
    with caplog.at_level(logging.ERROR):
        events = await ActionThatBreaks().run(dispatcher, tracker(), {})
    assert events == []
    (apology,) = dispatcher.messages  # the half-done message is dropped
    assert apology["text"].startswith("Sorry") and current_practice().phone in apology["text"]
    assert "action_that_breaks failed: ValueError at actions/test_guard.py" in caplog.text
    assert "612345678" not in caplog.text


async def test_form_rejections_still_reach_rasa():
    with pytest.raises(ActionExecutionRejection):
        await ActionThatRejects().run(CollectingDispatcher(), tracker(), {})


def test_every_action_of_the_project_is_guarded(domain):
    import inspect

    import importlib
    import pkgutil

    import actions

    for module in pkgutil.iter_modules(actions.__path__):
        importlib.import_module(f"actions.{module.name}")
    from rasa_sdk import Action

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    ours = [c for c in subclasses(Action) if c.__module__.startswith("actions.") and not inspect.isabstract(c)]
    assert {c.name(c) for c in ours} == set(domain["actions"]), "every custom action of the domain, and no other"
    for action in ours:
        assert getattr(action.run, "guarded", False), action.__name__
