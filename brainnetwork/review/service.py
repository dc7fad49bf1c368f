"""What staff can do, for the web app and the CLI alike; every action is audited.

Every method is blocking (SQL, and for exports and candidates some work besides): the
web app calls them off its event loop (brainnetwork.review.web_context.off_loop)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from brainnetwork.practice import read_practice
from brainnetwork.review.accounts import Accounts
from brainnetwork.review.audit import AuditLog
from brainnetwork.review.conversations import ListFilter, Page, ReviewStore
from brainnetwork.review.transcripts import Turn
from brainnetwork.review import exports
from brainnetwork.settings import PROJECT_ROOT, Settings, load_settings
from brainnetwork.storage.audit import AuditEntry
from brainnetwork.storage.contact_requests import STATUSES, ContactRequest, IntakeStore
from brainnetwork.storage.review_index import ConversationIndex


@dataclass(frozen=True)
class PurgeResult:
    conversations: int
    contact_requests: int


class Review:
    def __init__(self, database_url: str, settings: Settings, timezone: str = "Europe/Amsterdam") -> None:
        self.settings = settings
        self.store = ReviewStore.from_url(database_url, settings.review.low_confidence, timezone)
        self.intake = IntakeStore(self.store.engine)
        self.accounts = Accounts(self.store.sessions, settings.review.session_idle_minutes,
                                 settings.review.session_max_hours)
        self.audit = AuditLog(self.store.sessions)
        self.timezone = timezone

    @classmethod
    def from_settings(cls, settings: Optional[Settings] = None) -> "Review":
        settings = settings or load_settings()
        return cls(settings.database_url, settings, read_practice(settings.practice_file).timezone)

    # --- reading ----------------------------------------------------------------------

    def list(self, actor: str, filters: ListFilter, page: int = 1) -> Page:
        result = self.store.list(filters, page)
        self.audit.record(actor, "list", detail=f"{filters.describe()}, pagina {result.page}")
        return result

    def show(self, actor: str, sender_id: str) -> List[Turn]:
        turns = self.store.transcript(sender_id)
        self.audit.record(actor, "view", sender_id)
        return turns

    def conversation(self, actor: str, sender_id: str) -> Tuple[List[Turn], ConversationIndex, List[ContactRequest]]:
        """What a conversation's page shows: its transcript (audited as a view), its
        summary and its contact requests. Raises ConversationNotFound."""
        turns = self.show(actor, sender_id)
        return turns, self.store.summary(sender_id), self.store.contact_requests(sender_id)

    def export(self, actor: str, sender_ids: List[str], fmt: str, what: str) -> str:
        if fmt not in ("csv", "json"):
            raise ValueError("format must be csv or json")
        body = (exports.conversations_csv if fmt == "csv" else exports.conversations_json)(self.store, sender_ids)
        self.audit.record(actor, "export", sender_ids[0] if len(sender_ids) == 1 else "",
                          f"{fmt}, {len(sender_ids)} gesprek(ken), {what}")
        return body

    def export_list(self, actor: str, filters: ListFilter, fmt: str) -> str:
        """Every conversation that `filters` lets through, exported as `fmt`."""
        return self.export(actor, self.store.all_ids(filters), fmt, filters.describe())

    def candidates(self, actor: str, filters: ListFilter = ListFilter()) -> str:
        ids = self.store.all_ids(filters)
        items = exports.candidates(self.store, ids, exports.training_texts(PROJECT_ROOT / "data" / "nlu"))
        self.audit.record(actor, "candidates", detail=f"{len(items)} kandidaten, {filters.describe()}")
        return exports.candidates_yaml(items, len(ids))

    def contact_requests(self, actor: str) -> List[ContactRequest]:
        rows = self.store.contact_requests()
        self.audit.record(actor, "list_requests", detail=f"{len(rows)} aanvragen")
        return rows

    def audit_log(self, actor: str) -> List[AuditEntry]:
        """The latest audit entries; looking at them is audited too."""
        self.audit.record(actor, "view_audit")
        return self.audit.latest()

    # --- changing -----------------------------------------------------------------------

    def set_status(self, actor: str, reference: str, status: str) -> None:
        if status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}")
        self.intake.set_status(reference, status)
        self.audit.record(actor, "status", reference, status)

    def delete(self, actor: str, sender_id: str) -> Dict[str, int]:
        removed = self.store.delete(sender_id)
        self.audit.record(actor, "delete", sender_id,
                          f"{removed['events']} events, {removed['contact_requests']} contactaanvragen")
        return removed

    def logout(self, actor: str, token: Optional[str]) -> None:
        """Ends the session of `token` (a cookie's value)."""
        self.accounts.logout(token)
        self.audit.record(actor, "logout")

    def purge(self, actor: str, conversation_days: Optional[int] = None,
              intake_days: Optional[int] = None, audit_when_nothing: bool = True) -> PurgeResult:
        conversation_days = self.settings.review.conversation_retention_days if conversation_days is None else conversation_days
        intake_days = self.settings.intake_retention_days if intake_days is None else intake_days
        result = PurgeResult(self.store.purge(conversation_days), self.intake.purge(intake_days))
        if not (audit_when_nothing or result.conversations or result.contact_requests):
            return result  # the scheduled purge (brainnetwork.review.retention) found nothing
        self.audit.record(actor, "purge", detail=(
            f"{result.conversations} gesprekken > {conversation_days} dagen, "
            f"{result.contact_requests} contactaanvragen > {intake_days} dagen"))
        return result
