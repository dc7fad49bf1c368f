"""The baseline: the tables as they were before migrations (migrations/baseline.py).

An empty database gets them here; a database made before migrations already has them
and is stamped at this revision instead (brainnetwork.storage.migration).

Revision ID: 4543fd3c26b4
Revises:
Create Date: 2026-11-27
"""

from alembic import op

from brainnetwork.storage.migrations import baseline

revision = "4543fd3c26b4"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    baseline.metadata.create_all(op.get_bind(), checkfirst=False)


def downgrade() -> None:
    baseline.metadata.drop_all(op.get_bind(), checkfirst=False)
