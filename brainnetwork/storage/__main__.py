"""The database schema by hand. The launcher and the review CLI migrate by themselves;
this is for an operator (`make migrate`, the systemd units) and for developers.

    python -m brainnetwork.storage upgrade     the database of DATABASE_URL to the newest schema
                                               (a missing PostgreSQL database is created first)
    python -m brainnetwork.storage current     its revision and the newest (exit code 1 when behind)
    python -m brainnetwork.storage revision -m "what changes" [--autogenerate]
        a new revision in brainnetwork/storage/migrations/versions/; --autogenerate compares
        the models with the database of DATABASE_URL, which must be at the newest revision
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from typing import Iterator, List, Optional

from alembic import command
from sqlalchemy.engine import Connection

from brainnetwork.files import private_umask
from brainnetwork.settings import load_settings_or_exit
from brainnetwork.storage.database import (DatabaseUnavailable, check_reachable, create_if_missing, redacted,
                                           usable_engine)
from brainnetwork.storage.migration import MigrationFailed, alembic_config, current_revision, head, migrate


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="python -m brainnetwork.storage", description=__doc__.splitlines()[0])
    commands = root.add_subparsers(dest="command", required=True)
    commands.add_parser("upgrade", help="bring the database of DATABASE_URL to the newest schema")
    commands.add_parser("current", help="the revision the database is at, and the newest")
    revision = commands.add_parser("revision", help="(developers) a new revision in migrations/versions/")
    revision.add_argument("-m", "--message", required=True)
    revision.add_argument("--autogenerate", action="store_true",
                          help="fill it in from the difference between the models and the database")
    return root


def cmd_upgrade(url: str, _args: argparse.Namespace) -> int:
    create_if_missing(url)
    check_reachable(url)
    print(f"{redacted(url)} is at revision {migrate(url)}, the newest.")
    return 0


@contextlib.contextmanager
def connected(url: str) -> Iterator[Connection]:
    """A connection to `url`, after a check that names what is wrong when there is none."""
    check_reachable(url)
    engine = usable_engine(url)
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


def cmd_current(url: str, _args: argparse.Namespace) -> int:
    with connected(url) as connection:
        current = current_revision(connection)
    newest = head()
    print(f"{redacted(url)}: revision {current or 'none (never migrated)'}; newest {newest}")
    return 0 if current == newest else 1


def cmd_revision(url: str, args: argparse.Namespace) -> int:
    if not args.autogenerate:
        command.revision(alembic_config(), message=args.message)
        return 0
    with connected(url) as connection:
        command.revision(alembic_config(connection), message=args.message, autogenerate=True)
    return 0


COMMANDS = {"upgrade": cmd_upgrade, "current": cmd_current, "revision": cmd_revision}


def main(argv: Optional[List[str]] = None) -> int:
    args = parser().parse_args(argv)
    private_umask()  # a new SQLite database: 0600
    settings = load_settings_or_exit()  # a bad setting: its message alone, exit code 2
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        return COMMANDS[args.command](settings.database_url, args)
    except (DatabaseUnavailable, MigrationFailed) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
