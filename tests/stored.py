"""What a store holds, read straight from its database (the code under test has no
reader of its own for these)."""

from typing import List, Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from brainnetwork.storage.contact_requests import ContactRequest, IntakeStore


def stored_requests(store: IntakeStore) -> List[ContactRequest]:
    with Session(store.engine) as session:
        return list(session.execute(select(ContactRequest).order_by(ContactRequest.id)).scalars())


def stored_request(store: IntakeStore, reference: str) -> Optional[ContactRequest]:
    return next((row for row in stored_requests(store) if row.reference == reference), None)
