"""Fixes to Rasa 3.6 itself, installed in the Rasa process by the modules it loads from
this project (brainnetwork.channels, brainnetwork.tracker_store).

- Action server unreachable or failing: Rasa logs "Failed to execute custom action" and
  the visitor hears nothing, or worse: the rules no longer match, the core fallback (a
  custom action too) fails in turn, ten times. Here the actions that only fill in slots
  (the crisis numbers, the practice's details) are computed in the Rasa process itself,
  so the crisis answer never depends on the action server; any other action gives the
  Dutch apology with the practice's direct details once, and the assistant listens
  again. Rejections (a form slot that does not validate) are passed on untouched.
- Start-up: to give a loaded DIET / TED model its weights, Rasa trains it for one step
  on one example, as a compiled TensorFlow graph. Tracing that training graph took 45 of
  the 60 seconds from start to first answer here (py-spy), and the graph is thrown away.
  Here that one step runs eagerly (no tracing); the weights are then loaded and the
  prediction graph is traced as before, so answers are computed as before.
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
    _installed = True


def local_slot_values(action_name: str):
    """The slots an action would set, for the actions that do nothing else; else None."""
    if action_name == "action_prepare_crisis_help":
        from brainnetwork.crisis import crisis_slot_values

        return crisis_slot_values()
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
