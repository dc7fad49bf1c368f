"""BrainNetwork assistant: everything that is neither NLU data nor a custom action."""
