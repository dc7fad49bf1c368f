"""The review app's HTML: one Jinja2 environment (templates/, autoescaped, strict) with
the filters and globals every page uses, and `render`, which answers with a page.

Rendering reads no database: the templates get rows already loaded (detached ORM
objects, dataclasses), so `render` runs on the event loop.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Optional
from zoneinfo import ZoneInfo

import jinja2
from aiohttp import web

from brainnetwork.review.privacy import mask
from brainnetwork.review.transcripts import FLAG_LABELS, FLAGS
from brainnetwork.storage.contact_requests import STATUSES

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
TEMPLATES = web.AppKey("templates", jinja2.Environment)


def local_time(tz: ZoneInfo) -> Callable[..., str]:
    """The `local` filter: a moment (UTC when naive) in the practice's time zone."""
    def fmt(moment: Optional[datetime], pattern: str = "%d-%m-%Y %H:%M") -> str:
        if moment is None:
            return ""
        moment = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
        return moment.astimezone(tz).strftime(pattern)
    return fmt


def environment(practice_timezone: str) -> jinja2.Environment:
    templates = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
                                   autoescape=True, undefined=jinja2.StrictUndefined)
    templates.filters["local"] = local_time(ZoneInfo(practice_timezone))
    templates.filters["mask"] = mask
    templates.globals.update(FLAGS=FLAGS, FLAG_LABELS=FLAG_LABELS, STATUSES=STATUSES)
    return templates


def render(request: web.Request, name: str, status: int = 200, **values: Any) -> web.Response:
    """The template `name` as an HTML answer; `login` (for the page header) defaults to
    the request's login, if any."""
    values.setdefault("login", request.get("login"))
    page = request.app[TEMPLATES].get_template(name).render(request=request, **values)
    return web.Response(text=page, content_type="text/html", status=status)
