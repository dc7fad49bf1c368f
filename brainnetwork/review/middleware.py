"""The review app's middleware, outermost first (`MIDDLEWARES`):

1. `security_headers`: CSP, no-store, no framing, no referrer on every answer, errors
   included; HSTS when the app is reached over HTTPS (a setting, brainnetwork.settings).
2. `refuse_compressed_bodies` (brainnetwork.request_bodies): 415 before a body is read.
3. `redirect_old_urls`: the app's URLs and parameters were Dutch (`/gesprekken?vlag=...`);
   a GET on an old path, or with an old parameter name, gets a permanent redirect (308)
   to the English one (`OLD_PATHS`, `OLD_PARAMETERS`), before any login, so that old
   bookmarks keep working. POSTs to old paths are not redirected.
4. `require_login`: every path but `PUBLIC` needs a session cookie; a GET page without
   one is sent to the login form, anything else gets 401. Every POST needs the session's
   CSRF token and a same-origin request (`same_origin`).

`client_of` is the address the login limits count (see brainnetwork.review.web).
"""

from __future__ import annotations

import ipaddress
import logging
from typing import Mapping, Optional, Union
from urllib.parse import urlencode, urlparse

from aiohttp import web

from brainnetwork.request_bodies import refuse_compressed_bodies
from brainnetwork.review.web_context import REVIEW, WEB_SETTINGS
from brainnetwork.threads import off_loop

logger = logging.getLogger(__name__)
PUBLIC = {"/login", "/health", "/static/review.css", "/favicon.ico"}
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}
HSTS = "max-age=31536000"  # a year; not for the practice's other subdomains
# The old (Dutch) first path segments and parameter names, and their English names now.
# (`/gesprekken/ID/verwijderen` was a POST: not redirected.)
OLD_PATHS = {"gesprekken": "conversations", "kandidaten.yml": "candidates.yml", "aanvragen": "requests"}
OLD_PARAMETERS = {"vlag": "flag", "van": "from", "tot": "to", "zoek": "search", "pagina": "page",
                  "verwijderd": "deleted", "gewijzigd": "changed", "volgende": "next"}


@web.middleware
async def security_headers(request: web.Request, handler):
    try:
        response = await handler(request)
    except web.HTTPException as error:
        response = error
    for key, value in HEADERS.items():
        response.headers.setdefault(key, value)
    if request.app[WEB_SETTINGS].https:
        response.headers.setdefault("Strict-Transport-Security", HSTS)
    return response


@web.middleware
async def require_login(request: web.Request, handler):
    if request.path in PUBLIC:
        return await handler(request)
    accounts = request.app[REVIEW].accounts
    # A session lookup is SQL (it also refreshes the idle timer): off the event loop.
    login = await off_loop(accounts.session_for, request.cookies.get(request.app[WEB_SETTINGS].session_cookie))
    if login is None:
        if request.method == "GET" and not request.path.endswith((".csv", ".json", ".yml")):
            raise web.HTTPSeeOther("/login?" + urlencode({"next": request.path_qs}))
        raise web.HTTPUnauthorized(text="Niet ingelogd.")
    request["login"] = login
    if request.method == "POST":
        form = await request.post()
        if not same_origin(request) or not accounts.csrf_ok(login, form.get("csrf")):
            logger.warning("Refused a change without a valid CSRF token or from another origin: %s", request.path)
            raise web.HTTPForbidden(text="Verzoek geweigerd (CSRF-controle). Laad de pagina opnieuw.")
    return await handler(request)


def renamed_url(raw_path: str, query: Mapping[str, str], routed: bool) -> Optional[str]:
    """The English URL for an old one, or None. `raw_path` is still percent-encoded,
    `query` the parsed query string; `routed`: the path is one of the app's routes. Only
    such a path keeps its place when just its parameters are renamed, so that the answer
    never leads elsewhere (`//other.site?vlag=` is no route)."""
    first, slash, rest = raw_path[1:].partition("/")
    if first in OLD_PATHS:
        path = "/" + OLD_PATHS[first] + slash + rest
    elif routed and OLD_PARAMETERS.keys() & set(query.keys()):
        path = raw_path
    else:
        return None
    parameters = [(OLD_PARAMETERS.get(name, name), value) for name, value in query.items()]
    return path + ("?" + urlencode(parameters) if parameters else "")


@web.middleware
async def redirect_old_urls(request: web.Request, handler):
    if request.method in ("GET", "HEAD"):
        routed = request.match_info.http_exception is None
        location = renamed_url(request.rel_url.raw_path, request.query, routed)
        if location is not None:
            raise web.HTTPPermanentRedirect(location)
    return await handler(request)


MIDDLEWARES = [security_headers, refuse_compressed_bodies, redirect_old_urls, require_login]


def same_origin(request: web.Request) -> bool:
    origin = request.headers.get("Origin")
    if not origin or origin == "null":
        referer = request.headers.get("Referer")
        if not referer:
            return True  # no browser sends a cross-site form without either header
        origin = referer
    return urlparse(origin).netloc == request.host


def client_of(request: web.Request) -> str:
    """The address the login limits count: the peer's, or behind a reverse proxy on
    this machine the last X-Forwarded-For entry (the one that proxy added)."""
    peer = request.remote or ""
    if request.app[WEB_SETTINGS].behind_proxy and _loopback(peer):
        forwarded = ",".join(request.headers.getall("X-Forwarded-For", ())).split(",")[-1].strip()
        if _ip(forwarded) is not None:
            return forwarded
    return peer


def _ip(value: str) -> Union[ipaddress.IPv4Address, ipaddress.IPv6Address, None]:
    try:
        return ipaddress.ip_address(value)
    except ValueError:
        return None


def _loopback(value: str) -> bool:
    address = _ip(value)
    return address is not None and address.is_loopback
