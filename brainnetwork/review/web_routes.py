"""The review app's pages, downloads and changes (logging in: brainnetwork.review.web_login).

Each handler reads the service from `request.app[REVIEW]` and calls it through
`off_loop`: the SQL (and the exports' and candidates' work) runs on the executor's
threads, never on the event loop. Every call names the logged-in staff member, for the
audit log.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Optional
from urllib.parse import urlencode

from aiohttp import web
from sqlalchemy.exc import NoResultFound

from brainnetwork.review.conversations import ConversationNotFound, ListFilter
from brainnetwork.review.rendering import render
from brainnetwork.review.transcripts import FLAGS
from brainnetwork.review.web_context import REVIEW, actor
from brainnetwork.threads import off_loop

STYLESHEET = Path(__file__).resolve().parent / "static" / "review.css"
DOWNLOAD_TYPES = {"csv": "text/csv", "json": "application/json", "yml": "application/x-yaml"}


def _date(value: Optional[str]) -> Optional[date]:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def filters_from(request: web.Request) -> ListFilter:
    flag = request.query.get("flag") or None
    return ListFilter(_date(request.query.get("from")), _date(request.query.get("to")),
                      flag if flag in FLAGS else None, request.query.get("search", "")[:200])


def download(body: str, fmt: str, filename: str) -> web.Response:
    return web.Response(text=body, content_type=DOWNLOAD_TYPES[fmt], charset="utf-8", headers={
        "Content-Disposition": f'attachment; filename="{filename}.{fmt}"'})


# --- conversations --------------------------------------------------------------------

async def home(_: web.Request) -> web.Response:
    raise web.HTTPSeeOther("/conversations")


async def conversations(request: web.Request) -> web.Response:
    filters = filters_from(request)
    try:
        page = int(request.query.get("page", "1"))
    except ValueError:
        page = 1
    result = await off_loop(request.app[REVIEW].list, actor(request), filters, page)
    query = {k: v for k, v in (("from", request.query.get("from", "")), ("to", request.query.get("to", "")),
                               ("flag", filters.flag or ""), ("search", filters.search)) if v}
    return render(request, "conversations.html", page=result, filters=filters, query=query,
                  query_string=urlencode(query), urlencode=urlencode)


async def conversation(request: web.Request) -> web.Response:
    sender_id = request.match_info["sender_id"]
    try:
        turns, summary, requests = await off_loop(request.app[REVIEW].conversation, actor(request), sender_id)
    except ConversationNotFound:
        return render(request, "not_found.html", status=404)
    return render(request, "conversation.html", sender_id=sender_id, turns=turns, summary=summary,
                  requests=requests, deleted=request.query.get("deleted"))


async def export_one(request: web.Request) -> web.Response:
    sender_id, fmt = request.match_info["sender_id"], request.match_info["fmt"]
    try:
        body = await off_loop(request.app[REVIEW].export, actor(request), [sender_id], fmt, "een gesprek")
    except ConversationNotFound:
        raise web.HTTPNotFound(text="Dit gesprek bestaat niet (meer).") from None
    return download(body, fmt, f"gesprek-{sender_id[:40]}")


async def export_list(request: web.Request) -> web.Response:
    fmt = request.match_info["fmt"]
    body = await off_loop(request.app[REVIEW].export_list, actor(request), filters_from(request), fmt)
    return download(body, fmt, f"gesprekken-{date.today():%Y%m%d}")


async def delete(request: web.Request) -> web.Response:
    sender_id = request.match_info["sender_id"]
    form = await request.post()
    if form.get("confirm") != "yes":
        raise web.HTTPSeeOther(f"/conversations/{sender_id}?deleted=no")
    try:
        await off_loop(request.app[REVIEW].delete, actor(request), sender_id)
    except ConversationNotFound:
        return render(request, "not_found.html", status=404)
    raise web.HTTPSeeOther("/conversations?" + urlencode({"deleted": sender_id}))


async def candidates(request: web.Request) -> web.Response:
    body = await off_loop(request.app[REVIEW].candidates, actor(request), filters_from(request))
    return download(body, "yml", f"nlu-kandidaten-{date.today():%Y%m%d}")


# --- contact requests, audit ----------------------------------------------------------

async def contact_requests(request: web.Request) -> web.Response:
    rows = await off_loop(request.app[REVIEW].contact_requests, actor(request))
    return render(request, "requests.html", rows=rows, changed=request.query.get("changed"))


async def set_status(request: web.Request) -> web.Response:
    form = await request.post()
    reference = request.match_info["reference"]
    try:
        await off_loop(request.app[REVIEW].set_status, actor(request), reference, str(form.get("status", "")))
    except ValueError:
        raise web.HTTPBadRequest(text="Onbekende status.") from None
    except NoResultFound:
        raise web.HTTPNotFound(text="Deze aanvraag bestaat niet (meer).") from None
    raise web.HTTPSeeOther("/requests?" + urlencode({"changed": reference}))


async def audit(request: web.Request) -> web.Response:
    entries = await off_loop(request.app[REVIEW].audit_log, actor(request))
    return render(request, "audit.html", entries=entries)


# --- public ---------------------------------------------------------------------------

async def health(_: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def favicon(_: web.Request) -> web.Response:
    return web.Response(status=204)


async def stylesheet(_: web.Request) -> web.Response:
    return web.Response(body=await off_loop(STYLESHEET.read_bytes), content_type="text/css")
