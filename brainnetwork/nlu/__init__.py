"""Custom Rasa NLU components: Dutch spaCy with a fallback, and the crisis safety net."""
