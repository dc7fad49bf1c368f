"""Fixes to Rasa 3.6 itself, installed in the Rasa process by the modules it loads from
this project (brainnetwork.channels, brainnetwork.tracker_store).

- Action server unreachable or failing: Rasa logs "Failed to execute custom action" and
  the visitor hears nothing, or worse: the rules no longer match, the core fallback (a
  custom action too) fails in turn, ten times. Here the actions that only fill in slots
  (the open offer after a crisis answer, the practice's details) are computed in the Rasa
  process itself; any other action gives the
  Dutch apology with the practice's direct details once, and the assistant listens
  again. Rejections (a form slot that does not validate) are passed on untouched.
- Start-up: to give a loaded DIET / TED model its weights, Rasa trains it for one step
  on one example, as a compiled TensorFlow graph. Tracing that training graph took 45 of
  the 60 seconds from start to first answer here (py-spy), and the graph is thrown away.
  Here that one step runs eagerly (no tracing); the weights are then loaded and the
  prediction graph is traced as before, so answers are computed as before.
- Latency tail under load: one Rasa process answers its visitors in turn on one event
  loop, and a call to the action server costs a turn several trips through that loop,
  each behind every other visitor's NLU and policy work. At 10 concurrent conversations
  the article answers (followed by `action_maybe_offer_contact`) had p50 140 ms but p95
  950 ms. So the offer, which decides from the conversation alone, is run by rasa-sdk's
  own executor inside the Rasa process, with the same request and response as over
  HTTP (`IN_PROCESS_ACTIONS`); and the other action calls reuse kept-alive connections
  (Rasa 3.6 opens a new session and connection per call). p95 fell to about 430 ms.
  Action responses are checked against Rasa's schema with a validator compiled once,
  instead of `jsonschema.validate` checking the schema itself every time.
- Latency tail: once the model is loaded, its hundreds of thousands of Python objects
  stay for the life of the process, yet every full garbage collection walks them all:
  240 to 350 ms during which no visitor gets an answer (measured with gc.callbacks
  at start-up and under load). After loading, they are moved out of the collector's sight with
  `gc.freeze()`; objects made while answering are collected as before.
"""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)
_installed = False


def install() -> None:
    global _installed
    if _installed:
        return
    from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
    from rasa.shared.core.events import BotUttered, FollowupAction, SlotSet
    from rasa.shared.exceptions import RasaException

    original = RemoteAction.run

    async def run(self, output_channel, nlg, tracker, domain):
        if self.name() in IN_PROCESS_ACTIONS:
            return await run_in_process(self, output_channel, nlg, tracker, domain)
        try:
            return await original(self, output_channel, nlg, tracker, domain)
        except ActionExecutionRejection:
            raise
        except RasaException as error:
            from brainnetwork.intake_texts import apology

            local = local_slot_values(self.name())
            cause = type(error.__cause__ or error).__name__
            if local is not None:
                logger.error("Custom action %s failed (%s): computed in the Rasa process instead. "
                             "Is the action server running?", self.name(), cause)
                slots = {slot.name for slot in domain.slots}
                return [SlotSet(name, value) for name, value in local.items() if name in slots]
            logger.error("Custom action %s failed (%s): the visitor got the apology with the "
                         "practice's details. Is the action server running?", self.name(), cause)
            return [BotUttered(apology(), metadata={"utter_action": "action_failed"}),
                    FollowupAction("action_listen")]

    RemoteAction.run = run
    _load_models_without_tracing_a_training_graph()
    _freeze_the_loaded_model()
    _keep_action_server_connections_open()
    _validate_action_results_with_one_validator()
    _installed = True


def _validate_action_results_with_one_validator() -> None:
    """Rasa checks every action response with `jsonschema.validate`, which first checks the
    schema itself: 9% of the Rasa process's time under load (py-spy). The schema is
    Rasa's own and fixed, so it is compiled once; responses are checked as before."""
    from jsonschema.exceptions import best_match
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction

    original = RemoteAction._validate_action_result
    schema = RemoteAction.action_response_format_spec()
    validator = validator_for(schema)(schema)

    def validate(self, result):
        error = best_match(validator.iter_errors(result))
        if error is not None:
            return original(self, result)  # raises, with Rasa's own message for the operator
        return True

    RemoteAction._validate_action_result = validate


KEEPALIVE_S = 2  # below the action server's own keep-alive timeout (Sanic: 5 s)


class _Reused:
    """Stands in for `async with aiohttp.ClientSession()`, without closing the session."""

    def __init__(self, session) -> None:  # noqa: ANN001 - aiohttp.ClientSession
        self.session = session

    async def __aenter__(self):
        return self.session

    async def __aexit__(self, *_exc) -> bool:
        return False


def _keep_action_server_connections_open() -> None:
    import asyncio
    import weakref

    import aiohttp
    from rasa.utils.endpoints import EndpointConfig

    original = EndpointConfig.session
    sessions = weakref.WeakKeyDictionary()  # event loop -> {endpoint URL: session}

    def session(self):
        per_url = sessions.setdefault(asyncio.get_running_loop(), {})
        shared = per_url.get(self.url)
        if shared is None or shared.closed:
            made = original(self)  # Rasa's headers, authentication and timeout
            shared = aiohttp.ClientSession(
                headers=made._default_headers, auth=made._default_auth, timeout=made._timeout,
                connector=aiohttp.TCPConnector(keepalive_timeout=KEEPALIVE_S),
            )
            asyncio.ensure_future(made.close())
            per_url[self.url] = shared
        return _Reused(shared)

    EndpointConfig.session = session


def _freeze_the_loaded_model() -> None:
    import gc

    from rasa.core.agent import Agent

    original = Agent.load_model

    def load_model(self, model_path, fingerprint=None):
        original(self, model_path, fingerprint)
        in_process_executor()  # imported now, not during a visitor's turn
        gc.collect()
        gc.freeze()  # what is alive now lives as long as the model
        logger.info("Loaded model frozen for the garbage collector (%s objects)", gc.get_freeze_count())

    Agent.load_model = load_model


# Custom actions that decide from the conversation alone (no database, no e-mail) and run
# after most answers: run by rasa-sdk's own executor inside the Rasa process, with the
# same request and response as over HTTP.
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


def local_slot_values(action_name: str):
    """The slots an action would set, for the actions that do nothing else; else None."""
    if action_name == "action_open_contact_offer":
        from brainnetwork.crisis import OPEN_CONTACT_OFFER

        return dict(OPEN_CONTACT_OFFER)
    if action_name == "action_prepare_contact_details":
        from brainnetwork.practice import current_practice

        return current_practice().template_values()
    return None


def _load_models_without_tracing_a_training_graph() -> None:
    import tensorflow as tf
    from rasa.utils.tensorflow.constants import LEARNING_RATE, RUN_EAGERLY
    from rasa.utils.tensorflow.data_generator import RasaBatchDataGenerator
    from rasa.utils.tensorflow.models import RasaModel

    @classmethod
    def load(cls, model_file_name, model_data_example, predict_data_example=None, finetune_mode=False,
             *args, **kwargs):
        # Rasa 3.6's RasaModel.load, with the one-step fit run eagerly.
        model = cls(*args, **kwargs)
        learning_rate = kwargs.get("config", {}).get(LEARNING_RATE, 0.001)
        model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate), run_eagerly=True)
        model.fit(RasaBatchDataGenerator(model_data_example, batch_size=1), verbose=False)
        # Back to graphs for answering: Rasa's prediction reads this same flag.
        model.run_eagerly = bool(kwargs.get("config", {}).get(RUN_EAGERLY))
        model.load_weights(model_file_name)
        if not finetune_mode and predict_data_example:
            model.run_inference(predict_data_example)
        return model

    RasaModel.load = load
