"""The review app for operators without a browser.

    python -m brainnetwork.review list [--from 2026-11-01] [--to ...] [--flag crisis] [--search woord] [--page N]
    python -m brainnetwork.review show CONVERSATION_ID
    python -m brainnetwork.review export [CONVERSATION_ID] --format csv|json [filters] [-o FILE]
    python -m brainnetwork.review delete CONVERSATION_ID [--yes]
    python -m brainnetwork.review purge [--days N] [--intake-days N]      (cron-friendly)
    python -m brainnetwork.review create-user USERNAME [--password-stdin]
    python -m brainnetwork.review reset-password USERNAME [--password-stdin]   (ends its sessions)
    python -m brainnetwork.review deactivate-user USERNAME                     (ends its sessions)
    python -m brainnetwork.review candidates [filters] [-o FILE]

Actions are recorded in the audit log as "cli:<operating-system user>". Before any of them
the database's schema is brought up to date (brainnetwork.storage.migrate), as the launcher
does at start: these commands also run without it (`make staff-user` before the first run,
`make purge` from cron).
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from datetime import date
from pathlib import Path
from typing import List, Optional

from brainnetwork.files import private_umask
from brainnetwork.review.accounts import AccountError
from brainnetwork.review.conversations import ConversationNotFound, ListFilter
from brainnetwork.review.exports import SPEAKERS
from brainnetwork.review.transcripts import FLAG_LABELS, FLAGS
from brainnetwork.review.privacy import mask
from brainnetwork.review.service import Review
from brainnetwork.settings import load_settings_or_exit
from brainnetwork.storage import MigrationFailed, migrate
from brainnetwork.storage.database import DatabaseUnavailable, check_reachable

# The export's speaker names, capitalised and padded to one width for the terminal.
SPEAKER = {kind: label.capitalize().ljust(max(map(len, SPEAKERS.values()))) for kind, label in SPEAKERS.items()}


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="date_from", type=date.fromisoformat, help="YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", type=date.fromisoformat, help="YYYY-MM-DD (inclusive)")
    parser.add_argument("--flag", choices=FLAGS)
    parser.add_argument("--search", default="")


def _filter_of(args: argparse.Namespace) -> ListFilter:
    return ListFilter(args.date_from, args.date_to, args.flag, args.search)


def _write(text: str, output: Optional[Path]) -> None:
    if output:
        output.write_text(text, encoding="utf-8")
        print(f"Written to {output}", file=sys.stderr)
    else:
        sys.stdout.write(text)


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="python -m brainnetwork.review", description=__doc__.splitlines()[0])
    commands = root.add_subparsers(dest="command", required=True)
    listing = commands.add_parser("list", help="list conversations (phone numbers and e-mail masked)")
    _filters(listing)
    listing.add_argument("--page", type=int, default=1)
    show = commands.add_parser("show", help="a conversation's transcript")
    show.add_argument("conversation_id")
    export = commands.add_parser("export", help="one conversation, or the filtered list, as CSV or JSON")
    export.add_argument("conversation_id", nargs="?")
    export.add_argument("--format", choices=("csv", "json"), default="csv")
    export.add_argument("-o", "--output", type=Path)
    _filters(export)
    delete = commands.add_parser("delete", help="erase a conversation and its contact requests")
    delete.add_argument("conversation_id")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    purge = commands.add_parser("purge", help="erase what is older than the retention periods")
    purge.add_argument("--days", type=int, help="conversations (default CONVERSATION_RETENTION_DAYS)")
    purge.add_argument("--intake-days", type=int, help="contact requests (default INTAKE_RETENTION_DAYS)")
    user = commands.add_parser("create-user", help="create a staff account for the review app")
    user.add_argument("username")
    user.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    reset = commands.add_parser("reset-password", help="give a staff account a new password; ends its sessions")
    reset.add_argument("username")
    reset.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    deactivate = commands.add_parser("deactivate-user",
                                     help="a staff account can no longer log in; ends its sessions")
    deactivate.add_argument("username")
    candidates = commands.add_parser("candidates", help="NLU YAML of messages that fell back or had low confidence")
    _filters(candidates)
    candidates.add_argument("-o", "--output", type=Path)
    return root


def main(argv: Optional[List[str]] = None) -> int:
    args = parser().parse_args(argv)
    private_umask()  # exports (-o FILE) and a new database: 0600
    settings = load_settings_or_exit()  # a bad setting: its message alone, exit code 2
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    try:
        check_reachable(settings.database_url)
        migrate(settings.database_url)
    except (DatabaseUnavailable, MigrationFailed) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    review = Review.from_settings(settings)
    actor = f"cli:{getpass.getuser()}"
    try:
        return COMMANDS[args.command](review, actor, args)
    except ConversationNotFound as error:
        print(f"error: no conversation {error}", file=sys.stderr)
        return 1


def _local(review: Review, moment) -> str:
    """A stored (UTC) time in the practice's time zone, as the web app shows it."""
    from datetime import timezone
    from zoneinfo import ZoneInfo

    moment = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(ZoneInfo(review.timezone)).strftime("%Y-%m-%d %H:%M:%S")


def cmd_list(review: Review, actor: str, args) -> int:
    page = review.list(actor, _filter_of(args), args.page)
    print(f"{page.total} conversation(s), page {page.page} of {page.pages}")
    for row in page.rows:
        flags = ", ".join(FLAG_LABELS[f] for f in FLAGS if getattr(row, f))
        print(f"{_local(review, row.started_at)[:16]}  {row.sender_id}  {row.visitor_messages:>3} msg  "
              f"[{row.topics}]  {flags}  {mask(row.first_message)[:60]!r}")
    return 0


def cmd_show(review: Review, actor: str, args) -> int:
    for turn in review.show(actor, args.conversation_id):
        nlu = f"  [{turn.intent} {turn.confidence}]" if turn.kind == "visitor" else ""
        print(f"{_local(review, turn.at)}  {SPEAKER[turn.kind]}  {turn.text}{nlu}")
    return 0


def cmd_export(review: Review, actor: str, args) -> int:
    if args.conversation_id:
        ids, what = [args.conversation_id], "een gesprek"
        review.store.transcript(args.conversation_id)  # raises when it does not exist
    else:
        filters = _filter_of(args)
        ids, what = review.store.all_ids(filters), filters.describe()
    _write(review.export(actor, ids, args.format, what), args.output)
    return 0


def cmd_delete(review: Review, actor: str, args) -> int:
    if not args.yes:
        answer = input(f"Erase conversation {args.conversation_id} and its contact requests for good? [y/N] ")
        if answer.strip().lower() not in ("y", "yes", "j", "ja"):
            print("Nothing deleted.")
            return 1
    removed = review.delete(actor, args.conversation_id)
    print(f"Deleted {removed['events']} event(s) and {removed['contact_requests']} contact request(s).")
    return 0


def cmd_purge(review: Review, actor: str, args) -> int:
    result = review.purge(actor, args.days, args.intake_days)
    print(f"Deleted {result.conversations} conversation(s) and {result.contact_requests} contact request(s) "
          "older than the retention periods.")
    return 0


def _new_password(args) -> Optional[str]:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    password = getpass.getpass("Password (12+ characters): ")
    if getpass.getpass("Again: ") != password:
        print("error: the passwords differ", file=sys.stderr)
        return None
    return password


def cmd_create_user(review: Review, actor: str, args) -> int:
    password = _new_password(args)
    if password is None:
        return 1
    try:
        review.accounts.create_user(args.username, password)
    except AccountError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    review.audit.record(actor, "create_user", args.username.strip().lower())
    print(f"Staff account '{args.username.strip().lower()}' created.")
    return 0


def _change_account(review: Review, actor: str, username: str, action: str, change, done: str) -> int:
    """Run `change` (which ends the account's sessions and returns how many), audit it, report."""
    try:
        ended = change()
    except AccountError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    review.audit.record(actor, action, username, f"{ended} sessie(s) beëindigd")
    print(f"{done}; {ended} session(s) ended.")
    return 0


def cmd_reset_password(review: Review, actor: str, args) -> int:
    password = _new_password(args)
    if password is None:
        return 1
    username = args.username.strip().lower()
    return _change_account(review, actor, username, "reset_password",
                           lambda: review.accounts.set_password(username, password),
                           f"New password for '{username}'")


def cmd_deactivate_user(review: Review, actor: str, args) -> int:
    username = args.username.strip().lower()
    return _change_account(review, actor, username, "deactivate_user",
                           lambda: review.accounts.deactivate(username),
                           f"Staff account '{username}' deactivated")


def cmd_candidates(review: Review, actor: str, args) -> int:
    _write(review.candidates(actor, _filter_of(args)), args.output)
    return 0


COMMANDS = {"list": cmd_list, "show": cmd_show, "export": cmd_export, "delete": cmd_delete,
            "purge": cmd_purge, "create-user": cmd_create_user, "reset-password": cmd_reset_password,
            "deactivate-user": cmd_deactivate_user, "candidates": cmd_candidates}
