"""Alembic's migrations of the project's tables: `env.py` (run by alembic with the
connection `brainnetwork.storage.migration` opened), `versions/` (one revision per schema
change) and `baseline.py` (the schema as it was before migrations, frozen)."""
