"""A loaded DIET / TED model gets its weights without tracing a training graph.

What it changes: `RasaModel.load`. To give a loaded model its weights, Rasa compiles it and
trains it for one step on one example, as a compiled TensorFlow graph; here that one step
runs eagerly (no tracing). The weights are then loaded and the prediction graph is traced
as before, so answers are computed exactly as before (tests/brainnetwork/rasa_patches/
test_eager_model_loading.py compares them with Rasa's own loading).

Why: tracing that training graph took 45 of the 60 seconds from start to first answer
(py-spy), and the graph is thrown away.

Written for Rasa 3.6.21: the body is Rasa 3.6's `RasaModel.load` with `run_eagerly=True`
for the one-step fit.
"""

from __future__ import annotations

from typing import Callable


def install() -> Callable[[], None]:
    import tensorflow as tf
    from rasa.utils.tensorflow.constants import LEARNING_RATE, RUN_EAGERLY
    from rasa.utils.tensorflow.data_generator import RasaBatchDataGenerator
    from rasa.utils.tensorflow.models import RasaModel

    @classmethod
    def load(cls, model_file_name, model_data_example, predict_data_example=None, finetune_mode=False,
             *args, **kwargs):
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

    original = RasaModel.__dict__["load"]
    RasaModel.load = load
    return lambda: setattr(RasaModel, "load", original)
