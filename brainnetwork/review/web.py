"""The staff review web app (Dutch): http://127.0.0.1:8001/ by default.

Every page and export needs a login; every change (POST) needs the session's CSRF
token and a same-origin request. The access log has method, path and status only:
no query strings (search words can be personal data) and no bodies. Compressed request
bodies are refused (brainnetwork.request_bodies).

HTTPS: the app itself speaks plain HTTP (on 127.0.0.1 by default); a reverse proxy in
front of it terminates TLS. The app knows it is reached over HTTPS from a setting, never
from a request header: REVIEW_PUBLIC_URL=https://... (or REVIEW_SECURE_COOKIES=true).
It then sends HSTS and names its cookies `__Host-...` (Secure, Path=/, no Domain), so
that no other site or subdomain, and no plain-HTTP page, can set or read them. With
REVIEW_PUBLIC_URL set, the login limits take a client's address from the last
X-Forwarded-For entry (the one the proxy added) of requests that come from loopback.

    python -m brainnetwork.review.web [--port 8001]     (the run command starts it)
"""

from __future__ import annotations

import argparse
import ipaddress
import logging
import secrets
import time
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Optional, Union
from urllib.parse import urlencode, urlparse
from zoneinfo import ZoneInfo

import jinja2
from sqlalchemy.exc import NoResultFound
from aiohttp import web
from aiohttp.abc import AbstractAccessLogger

from actions.intake_store import STATUSES
from brainnetwork.request_bodies import application, refuse_compressed_bodies
from brainnetwork.review.conversations import FLAG_LABELS, FLAGS, ConversationNotFound, ListFilter
from brainnetwork.review.privacy import mask
from brainnetwork.review.retention import schedule_purge
from brainnetwork.review.service import Review

logger = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
SESSION_COOKIE = "bn_review_session"
LOGIN_COOKIE = "bn_review_login"
PUBLIC = {"/login", "/health", "/static/review.css", "/favicon.ico"}
REVIEW_KEY = web.AppKey("review", Review)
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}
HSTS = "max-age=31536000"  # a year; not for the practice's other subdomains


class AccessLogger(AbstractAccessLogger):
    """Method, path and status; never the query string."""

    def log(self, request, response, time):  # noqa: A002 - aiohttp's signature
        self.logger.info("%s %s %s %.0fms", request.method, request.path, response.status, time * 1000)


def _local(tz: ZoneInfo):
    def fmt(moment: Optional[datetime], pattern: str = "%d-%m-%Y %H:%M") -> str:
        if moment is None:
            return ""
        moment = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
        return moment.astimezone(tz).strftime(pattern)
    return fmt


def _date(value: Optional[str]) -> Optional[date]:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def filters_from(request: web.Request) -> ListFilter:
    flag = request.query.get("vlag") or None
    return ListFilter(_date(request.query.get("van")), _date(request.query.get("tot")),
                      flag if flag in FLAGS else None, request.query.get("zoek", "")[:200])


def create_app(review: Review) -> web.Application:
    templates = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                                   autoescape=True, undefined=jinja2.StrictUndefined)
    templates.filters["local"] = _local(ZoneInfo(review.timezone))
    templates.filters["mask"] = mask
    templates.globals.update(FLAGS=FLAGS, FLAG_LABELS=FLAG_LABELS, STATUSES=STATUSES)
    secure = review.settings.review.https
    behind_proxy = review.settings.review.behind_proxy
    # `__Host-` cookies must be Secure with Path=/, so the login form's cookie then has Path=/.
    session_cookie = ("__Host-" if secure else "") + SESSION_COOKIE
    login_cookie = ("__Host-" if secure else "") + LOGIN_COOKIE
    login_cookie_path = "/" if secure else "/login"

    def render(request: web.Request, name: str, status: int = 200, **values: Any) -> web.Response:
        values.setdefault("login", request.get("login"))
        return web.Response(text=templates.get_template(name).render(request=request, **values),
                            content_type="text/html", status=status)

    def actor(request: web.Request) -> str:
        return request["login"].username

    @web.middleware
    async def security(request: web.Request, handler):
        try:
            response = await handler(request)
        except web.HTTPException as error:
            response = error
        for key, value in HEADERS.items():
            response.headers.setdefault(key, value)
        if secure:
            response.headers.setdefault("Strict-Transport-Security", HSTS)
        return response

    @web.middleware
    async def require_login(request: web.Request, handler):
        if request.path in PUBLIC:
            return await handler(request)
        login = review.accounts.session_for(request.cookies.get(session_cookie))
        if login is None:
            if request.method == "GET" and not request.path.endswith((".csv", ".json", ".yml")):
                raise web.HTTPSeeOther("/login?" + urlencode({"volgende": request.path_qs}))
            raise web.HTTPUnauthorized(text="Niet ingelogd.")
        request["login"] = login
        if request.method == "POST":
            form = await request.post()
            if not same_origin(request) or not review.accounts.csrf_ok(login, form.get("csrf")):
                logger.warning("Refused a change without a valid CSRF token or from another origin: %s", request.path)
                raise web.HTTPForbidden(text="Verzoek geweigerd (CSRF-controle). Laad de pagina opnieuw.")
        return await handler(request)

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
        if behind_proxy and _loopback(peer):
            forwarded = ",".join(request.headers.getall("X-Forwarded-For", ())).split(",")[-1].strip()
            if _ip(forwarded) is not None:
                return forwarded
        return peer

    # --- login ------------------------------------------------------------------------

    async def login_page(request: web.Request, error: str = "", status: int = 200) -> web.Response:
        # One token per browser, kept while it is valid: a second tab or a favicon request
        # that lands here must not invalidate the form already on screen.
        token = request.cookies.get(login_cookie) or secrets.token_urlsafe(24)
        if len(token) > 64:
            token = secrets.token_urlsafe(24)
        response = render(request, "login.html", status=status, error=error, csrf=token,
                          next_url=safe_next(request.query.get("volgende")), login=None)
        response.set_cookie(login_cookie, token, httponly=True, samesite="Strict", secure=secure,
                            path=login_cookie_path)
        return response

    async def login_submit(request: web.Request) -> web.Response:
        form = await request.post()
        expected = request.cookies.get(login_cookie)
        if not expected or not secrets.compare_digest(expected, str(form.get("csrf", ""))) or not same_origin(request):
            return await login_page(request, "De sessie van dit formulier is verlopen. Probeer het opnieuw.", 403)
        # argon2 runs on the accounts' password threads, not on this event loop. The audit
        # log names only existing accounts: a password typed as the name never shows.
        attempt = await review.accounts.attempt_async(str(form.get("gebruikersnaam", ""))[:80],
                                                      str(form.get("wachtwoord", "")), client_of(request))
        if attempt.refused:
            review.audit.record(attempt.actor, "login_locked")
            return await login_page(request, "Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.", 429)
        if attempt.token is None:
            review.audit.record(attempt.actor, "login_failed")
            return await login_page(request, "Gebruikersnaam of wachtwoord klopt niet.", 401)
        review.audit.record(attempt.actor, "login")
        response = web.HTTPSeeOther(safe_next(str(form.get("volgende", ""))))
        response.set_cookie(session_cookie, attempt.token, httponly=True, samesite="Strict", secure=secure, path="/")
        forget(response, login_cookie, login_cookie_path)
        return response

    def forget(response: web.StreamResponse, name: str, path: str) -> None:
        # As aiohttp's del_cookie, but Secure when set so: a browser ignores a `__Host-`
        # cookie (even an expired one) that is not.
        response.set_cookie(name, "", max_age=0, expires="Thu, 01 Jan 1970 00:00:00 GMT", path=path,
                            httponly=True, samesite="Strict", secure=secure)

    def safe_next(value: Optional[str]) -> str:
        return value if value and value.startswith("/") and not value.startswith("//") else "/gesprekken"

    async def logout(request: web.Request) -> web.Response:
        review.accounts.logout(request.cookies.get(session_cookie))
        review.audit.record(actor(request), "logout")
        response = web.HTTPSeeOther("/login")
        forget(response, session_cookie, "/")
        return response

    # --- conversations ----------------------------------------------------------------

    async def home(_: web.Request) -> web.Response:
        raise web.HTTPSeeOther("/gesprekken")

    async def conversations(request: web.Request) -> web.Response:
        filters = filters_from(request)
        try:
            page = int(request.query.get("pagina", "1"))
        except ValueError:
            page = 1
        result = review.list(actor(request), filters, page)
        query = {k: v for k, v in (("van", request.query.get("van", "")), ("tot", request.query.get("tot", "")),
                                   ("vlag", filters.flag or ""), ("zoek", filters.search)) if v}
        return render(request, "conversations.html", page=result, filters=filters, query=query,
                      query_string=urlencode(query), urlencode=urlencode)

    async def conversation(request: web.Request) -> web.Response:
        sender_id = request.match_info["sender_id"]
        try:
            turns = review.show(actor(request), sender_id)
            summary = review.store.summary(sender_id)
        except ConversationNotFound:
            return render(request, "not_found.html", status=404)
        return render(request, "conversation.html", sender_id=sender_id, turns=turns, summary=summary,
                      requests=review.store.contact_requests(sender_id),
                      deleted=request.query.get("verwijderd"))

    def download(body: str, fmt: str, filename: str) -> web.Response:
        content_type = {"csv": "text/csv", "json": "application/json", "yml": "application/x-yaml"}[fmt]
        return web.Response(text=body, content_type=content_type, charset="utf-8", headers={
            "Content-Disposition": f'attachment; filename="{filename}.{fmt}"'})

    async def export_one(request: web.Request) -> web.Response:
        sender_id, fmt = request.match_info["sender_id"], request.match_info["fmt"]
        try:
            body = review.export(actor(request), [sender_id], fmt, "een gesprek")
        except ConversationNotFound:
            raise web.HTTPNotFound(text="Dit gesprek bestaat niet (meer).") from None
        return download(body, fmt, f"gesprek-{sender_id[:40]}")

    async def export_list(request: web.Request) -> web.Response:
        filters, fmt = filters_from(request), request.match_info["fmt"]
        ids = review.store.all_ids(filters)
        body = review.export(actor(request), ids, fmt, filters.describe())
        return download(body, fmt, f"gesprekken-{date.today():%Y%m%d}")

    async def delete(request: web.Request) -> web.Response:
        sender_id = request.match_info["sender_id"]
        form = await request.post()
        if form.get("bevestig") != "ja":
            raise web.HTTPSeeOther(f"/gesprekken/{sender_id}?verwijderd=nee")
        try:
            review.delete(actor(request), sender_id)
        except ConversationNotFound:
            return render(request, "not_found.html", status=404)
        raise web.HTTPSeeOther("/gesprekken?" + urlencode({"verwijderd": sender_id}))

    async def candidates(request: web.Request) -> web.Response:
        return download(review.candidates(actor(request), filters_from(request)), "yml",
                        f"nlu-kandidaten-{date.today():%Y%m%d}")

    # --- contact requests, audit --------------------------------------------------------

    async def contact_requests(request: web.Request) -> web.Response:
        return render(request, "requests.html", rows=review.contact_requests(actor(request)),
                      changed=request.query.get("gewijzigd"))

    async def set_status(request: web.Request) -> web.Response:
        form = await request.post()
        reference = request.match_info["reference"]
        try:
            review.set_status(actor(request), reference, str(form.get("status", "")))
        except ValueError:
            raise web.HTTPBadRequest(text="Onbekende status.") from None
        except NoResultFound:
            raise web.HTTPNotFound(text="Deze aanvraag bestaat niet (meer).") from None
        raise web.HTTPSeeOther("/aanvragen?" + urlencode({"gewijzigd": reference}))

    async def audit(request: web.Request) -> web.Response:
        review.audit.record(actor(request), "view_audit")
        return render(request, "audit.html", entries=review.audit.latest())

    async def health(_: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    async def favicon(_: web.Request) -> web.Response:
        return web.Response(status=204)

    async def stylesheet(_: web.Request) -> web.Response:
        return web.Response(body=(HERE / "static" / "review.css").read_bytes(), content_type="text/css")

    app = application(middlewares=[security, refuse_compressed_bodies, require_login], client_max_size=64 * 1024)
    app[REVIEW_KEY] = review
    app.router.add_get("/login", login_page)
    app.router.add_post("/login", login_submit)
    app.router.add_post("/logout", logout)
    app.router.add_get("/", home)
    app.router.add_get("/gesprekken", conversations)
    app.router.add_get(r"/gesprekken/export.{fmt:(csv|json)}", export_list)
    app.router.add_get("/gesprekken/{sender_id}", conversation)
    app.router.add_get(r"/gesprekken/{sender_id}/export.{fmt:(csv|json)}", export_one)
    app.router.add_post("/gesprekken/{sender_id}/verwijderen", delete)
    app.router.add_get("/kandidaten.yml", candidates)
    app.router.add_get("/aanvragen", contact_requests)
    app.router.add_post("/aanvragen/{reference}/status", set_status)
    app.router.add_get("/audit", audit)
    app.router.add_get("/health", health)
    app.router.add_get("/static/review.css", stylesheet)
    app.router.add_get("/favicon.ico", favicon)
    return app


def _ip(value: str) -> Union[ipaddress.IPv4Address, ipaddress.IPv6Address, None]:
    try:
        return ipaddress.ip_address(value)
    except ValueError:
        return None


def _loopback(value: str) -> bool:
    address = _ip(value)
    return address is not None and address.is_loopback


def main(argv: Optional[list] = None) -> int:
    from brainnetwork.settings import load_settings_or_exit

    settings = load_settings_or_exit()  # a bad setting: its message alone, exit code 2
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default=settings.review.host)
    parser.add_argument("--port", type=int, default=settings.review.port)
    args = parser.parse_args(argv)
    logging.basicConfig(level=settings.log_level, format="%(message)s")
    review = Review.from_settings(settings)
    started = time.monotonic()
    indexed = review.store.refresh()  # so that the first list view after an upgrade is fast
    logger.info("Review app: %s conversation(s) indexed in %.1f s", indexed, time.monotonic() - started)
    if not review.accounts.usernames():
        logger.warning("The review app has no staff accounts yet: create one with "
                       "`make staff-user` (python -m brainnetwork.review create-user NAME).")
    app = create_app(review)
    schedule_purge(app, review, settings.review.purge_interval_minutes)  # retention runs by itself
    web.run_app(app, host=args.host, port=args.port, print=None,
                access_log_class=AccessLogger, access_log=logging.getLogger("brainnetwork.review.access"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
