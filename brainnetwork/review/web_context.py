"""What the review app's middleware and handlers share, and how they wait for slow work.

`create_app` (brainnetwork.review.web) puts the service and the web settings on the
application under typed keys; a handler reads them as `request.app[REVIEW]`. Every call
that reaches the database or the disk goes through `off_loop`: it runs on the default
executor's threads (`brainnetwork.threads`), and the event loop answers other requests meanwhile. (Password
checks have their own small pool: `Accounts.attempt_async`.)
"""

from __future__ import annotations

from dataclasses import dataclass

from aiohttp import web

from brainnetwork.review.service import Review
from brainnetwork.settings import ReviewSettings

SESSION_COOKIE = "bn_review_session"
LOGIN_COOKIE = "bn_review_login"


@dataclass(frozen=True)
class WebSettings:
    """How the app is reached, from the settings (never from a request header)."""

    https: bool  # REVIEW_PUBLIC_URL is https:// (or REVIEW_SECURE_COOKIES): HSTS, `__Host-` cookies
    behind_proxy: bool  # REVIEW_PUBLIC_URL is set: a proxy on this machine adds X-Forwarded-For

    @classmethod
    def of(cls, settings: ReviewSettings) -> "WebSettings":
        return cls(https=settings.https, behind_proxy=settings.behind_proxy)

    # `__Host-` cookies must be Secure with Path=/, so the login form's cookie then has Path=/.
    @property
    def session_cookie(self) -> str:
        return ("__Host-" if self.https else "") + SESSION_COOKIE

    @property
    def login_cookie(self) -> str:
        return ("__Host-" if self.https else "") + LOGIN_COOKIE

    @property
    def login_cookie_path(self) -> str:
        return "/" if self.https else "/login"


REVIEW = web.AppKey("review", Review)
WEB_SETTINGS = web.AppKey("web_settings", WebSettings)


def actor(request: web.Request) -> str:
    """The logged-in staff member's name (set by the login middleware)."""
    return request["login"].username
