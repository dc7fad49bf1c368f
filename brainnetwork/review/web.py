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

URLs and parameters are English (`/conversations?flag=crisis`, `/requests`,
`/candidates.yml`); the texts on the pages are Dutch. The old Dutch URLs of bookmarks
(`/gesprekken?vlag=crisis`) get a permanent redirect to the new ones (`middleware`).

The parts: `middleware` (headers, compressed bodies, old URLs, login and CSRF), `web_login` and
`web_routes` (the handlers), `rendering` (templates), `web_context` (what they share on
the application, and `off_loop`: SQL and file reads never run on the event loop).

    python -m brainnetwork.review.web [--port 8001]     (the run command starts it)
"""

from __future__ import annotations

import argparse
import logging
import time
from typing import Optional

from aiohttp import web
from aiohttp.abc import AbstractAccessLogger

from brainnetwork.request_bodies import application
from brainnetwork.review import web_login, web_routes
from brainnetwork.review.middleware import MIDDLEWARES
from brainnetwork.review.rendering import TEMPLATES, environment
from brainnetwork.review.retention import schedule_purge
from brainnetwork.review.service import Review
from brainnetwork.review.web_context import REVIEW, WEB_SETTINGS, WebSettings

logger = logging.getLogger(__name__)


class AccessLogger(AbstractAccessLogger):
    """Method, path and status; never the query string."""

    def log(self, request, response, time):  # noqa: A002 - aiohttp's signature
        self.logger.info("%s %s %s %.0fms", request.method, request.path, response.status, time * 1000)


def create_app(review: Review) -> web.Application:
    app = application(middlewares=MIDDLEWARES, client_max_size=64 * 1024)
    app[REVIEW] = review
    app[WEB_SETTINGS] = WebSettings.of(review.settings.review)
    app[TEMPLATES] = environment(review.timezone)
    router = app.router
    router.add_get("/login", web_login.login_page)
    router.add_post("/login", web_login.login_submit)
    router.add_post("/logout", web_login.logout)
    router.add_get("/", web_routes.home)
    router.add_get("/conversations", web_routes.conversations)
    router.add_get(r"/conversations/export.{fmt:(csv|json)}", web_routes.export_list)
    router.add_get("/conversations/{sender_id}", web_routes.conversation)
    router.add_get(r"/conversations/{sender_id}/export.{fmt:(csv|json)}", web_routes.export_one)
    router.add_post("/conversations/{sender_id}/delete", web_routes.delete)
    router.add_get("/candidates.yml", web_routes.candidates)
    router.add_get("/requests", web_routes.contact_requests)
    router.add_post("/requests/{reference}/status", web_routes.set_status)
    router.add_get("/audit", web_routes.audit)
    router.add_get("/health", web_routes.health)
    router.add_get("/static/review.css", web_routes.stylesheet)
    router.add_get("/favicon.ico", web_routes.favicon)
    return app


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
