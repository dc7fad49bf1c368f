"""The revisions, oldest first by their `down_revision`; alembic reads them, nothing imports them."""
