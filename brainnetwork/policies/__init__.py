"""Rasa dialogue policies of the BrainNetwork assistant (listed in config.yml)."""
