"""Custom actions of the BrainNetwork assistant, served by the rasa-sdk action server.

One small module per concern: crisis help, described complaints, contact with the
practice; shared helpers in `helpers`.
"""
