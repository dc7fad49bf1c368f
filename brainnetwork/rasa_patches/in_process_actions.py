"""The contact offer after an answer, decided in the Rasa process.

What it changes: `RemoteAction.run` for the actions in `IN_PROCESS_ACTIONS`: rasa-sdk's own
executor runs them inside the Rasa process, with the same request and response as over
HTTP (the response is validated and its messages uttered as Rasa does).

Why: one Rasa process answers its visitors in turn on one event loop, and a call to the
action server costs a turn several trips through that loop, each behind every other
visitor's NLU and policy work. At 10 concurrent conversations the article answers
(followed by `action_maybe_offer_contact`, which decides from the conversation alone) had
p50 140 ms but p95 950 ms; with this patch and kept-alive connections, p95 about 430 ms
(`make bench`, docs/benchmarks/assistant.json).

Written for Rasa 3.6.21 (`RemoteAction._action_call_format`, `_validate_action_result`,
`_utter_responses`) and rasa-sdk 3.6 (`ActionExecutor.run`).
"""

from __future__ import annotations

from typing import Callable

# Custom actions that decide from the conversation alone (no database, no e-mail).
IN_PROCESS_ACTIONS = {"action_maybe_offer_contact": "actions.intake.ActionMaybeOfferContact"}
_executor = None


def in_process_executor():
    """rasa-sdk's executor with the in-process actions registered (made once)."""
    global _executor
    if _executor is None:
        from rasa.shared.utils.common import class_from_module_path
        from rasa_sdk.executor import ActionExecutor

        _executor = ActionExecutor()
        for path in IN_PROCESS_ACTIONS.values():
            _executor.register_action(class_from_module_path(path))
    return _executor


async def run_in_process(action, output_channel, nlg, tracker, domain):  # noqa: ANN001 - Rasa's types
    """Runs the rasa-sdk action of `action` (a RemoteAction) in this process."""
    from rasa.shared.core import events

    response = await in_process_executor().run(action._action_call_format(tracker, domain))
    action._validate_action_result(response)
    bot_messages = await action._utter_responses(response.get("responses", []), output_channel, nlg, tracker)
    return bot_messages + events.deserialise_events(response.get("events", []))


def install() -> Callable[[], None]:
    from rasa.core.actions.action import RemoteAction

    original = RemoteAction.run

    async def run(self, output_channel, nlg, tracker, domain):  # noqa: ANN001 - Rasa's types
        if self.name() in IN_PROCESS_ACTIONS:
            return await run_in_process(self, output_channel, nlg, tracker, domain)
        return await original(self, output_channel, nlg, tracker, domain)

    RemoteAction.run = run
    return lambda: setattr(RemoteAction, "run", original)
