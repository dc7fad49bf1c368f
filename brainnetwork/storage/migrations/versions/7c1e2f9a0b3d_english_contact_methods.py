"""Contact methods are stored in English: "telefoon" -> "phone", "e-mail" -> "email".

Stored values are English like the statuses beside them ("new", "contacted"); the review
app shows Dutch labels (templates/labels.html).

Revision ID: 7c1e2f9a0b3d
Revises: 4543fd3c26b4
Create Date: 2026-11-27
"""

from alembic import op
from sqlalchemy import text

revision = "7c1e2f9a0b3d"
down_revision = "4543fd3c26b4"
branch_labels = None
depends_on = None

# old (Dutch) value -> new (English) value
RENAMED = {"telefoon": "phone", "e-mail": "email"}


def _rename(pairs) -> None:
    for old, new in pairs:
        op.execute(text("UPDATE contact_requests SET contact_method = :new WHERE contact_method = :old")
                   .bindparams(old=old, new=new))


def upgrade() -> None:
    _rename(RENAMED.items())


def downgrade() -> None:
    _rename((new, old) for old, new in RENAMED.items())
