"""The one home of what the assistant keeps in its SQL database (DATABASE_URL).

- `database`: engines (SQLite in write-ahead mode, private files), URLs without their
  password, the reachability check, creating a missing PostgreSQL database, and the
  conversations' lock;
- `base`: the one declarative `Base`; the tables on it, by concern: `contact_requests`
  (with their store, used by the intake actions and the review app), `review_index`,
  `staff` (accounts, logins, failed logins) and `audit`;
- `rasa_events`: Rasa's own `events` table, described for reading; Rasa makes it and no
  migration of ours touches it;
- `migration` and `migrations/`: Alembic; `migrate(url)` brings a database to the newest
  schema (`python -m brainnetwork.storage upgrade` by hand).

Nothing here connects at import time.
"""

from brainnetwork.storage import audit, contact_requests, review_index, staff  # noqa: F401 - their tables on Base
from brainnetwork.storage.base import Base
from brainnetwork.storage.migration import MigrationFailed, migrate

__all__ = ["Base", "MigrationFailed", "migrate"]
