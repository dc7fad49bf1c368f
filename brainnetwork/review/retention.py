"""Retention that runs by itself: the review app purges on a schedule.

From the moment the app starts, and then every PURGE_INTERVAL_MINUTES (60 by default),
it erases conversations older than CONVERSATION_RETENTION_DAYS, contact requests older
than INTAKE_RETENTION_DAYS, and index rows without a conversation (`Review.purge`).
A purge that removed something is recorded in the audit log as `systeem:bewaartermijn`.
A failing purge is logged (its type, nothing else) and tried again at the next interval.
PURGE_INTERVAL_MINUTES=0 switches this off, for an operator who runs `make purge` from
cron instead; both may run, a purge is safe to repeat.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import AsyncIterator, Awaitable, Callable

from aiohttp import web

from brainnetwork.review.service import PurgeResult, Review

logger = logging.getLogger(__name__)

ACTOR = "systeem:bewaartermijn"


def purge_now(review: Review) -> PurgeResult:
    return review.purge(ACTOR, audit_when_nothing=False)


async def purge_periodically(review: Review, interval_s: float,
                             sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
    """Purges now and then every `interval_s`, off the event loop, until cancelled."""
    loop = asyncio.get_running_loop()
    while True:
        try:
            result = await loop.run_in_executor(None, purge_now, review)
            if result.conversations or result.contact_requests:
                logger.info("Retention: erased %s conversation(s) and %s contact request(s) past their "
                            "retention period", result.conversations, result.contact_requests)
        except Exception as error:  # noqa: BLE001 - the next interval tries again
            logger.error("Retention: the scheduled purge failed (%s); it is tried again in %.0f minutes",
                         type(error).__name__, interval_s / 60)
        await sleep(interval_s)


def schedule_purge(app: web.Application, review: Review, interval_minutes: int) -> None:
    """Runs `purge_periodically` for as long as `app` runs (nothing when the interval is 0)."""
    if interval_minutes <= 0:
        logger.warning("Retention: the scheduled purge is off (PURGE_INTERVAL_MINUTES=0); run "
                       "`make purge` from cron, or data stays beyond its retention period.")
        return

    async def purging(_: web.Application) -> AsyncIterator[None]:
        task = asyncio.create_task(purge_periodically(review, interval_minutes * 60))
        yield
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    app.cleanup_ctx.append(purging)
