"""Logging in to and out of the review app.

The login form has its own CSRF token, in a cookie of its own (there is no session yet).
Passwords are checked on the accounts' password threads (`Accounts.attempt_async`); the
audit log and the session table are written off the event loop (`off_loop`). The audit
log names only existing accounts: a password typed as the name never shows.
"""

from __future__ import annotations

import secrets
from typing import Optional

from aiohttp import web

from brainnetwork.review.middleware import client_of, same_origin
from brainnetwork.review.rendering import render
from brainnetwork.review.web_context import REVIEW, WEB_SETTINGS, actor
from brainnetwork.threads import off_loop


async def login_page(request: web.Request, error: str = "", status: int = 200) -> web.Response:
    settings = request.app[WEB_SETTINGS]
    # One token per browser, kept while it is valid: a second tab or a favicon request
    # that lands here must not invalidate the form already on screen.
    token = request.cookies.get(settings.login_cookie) or secrets.token_urlsafe(24)
    if len(token) > 64:
        token = secrets.token_urlsafe(24)
    response = render(request, "login.html", status=status, error=error, csrf=token,
                      next_url=safe_next(request.query.get("next")), login=None)
    response.set_cookie(settings.login_cookie, token, httponly=True, samesite="Strict", secure=settings.https,
                        path=settings.login_cookie_path)
    return response


async def login_submit(request: web.Request) -> web.Response:
    review, settings = request.app[REVIEW], request.app[WEB_SETTINGS]
    form = await request.post()
    expected = request.cookies.get(settings.login_cookie)
    if not expected or not secrets.compare_digest(expected, str(form.get("csrf", ""))) or not same_origin(request):
        return await login_page(request, "De sessie van dit formulier is verlopen. Probeer het opnieuw.", 403)
    attempt = await review.accounts.attempt_async(str(form.get("username", ""))[:80],
                                                  str(form.get("password", "")), client_of(request))
    if attempt.refused:
        await off_loop(review.audit.record, attempt.actor, "login_locked")
        return await login_page(request, "Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.", 429)
    if attempt.token is None:
        await off_loop(review.audit.record, attempt.actor, "login_failed")
        return await login_page(request, "Gebruikersnaam of wachtwoord klopt niet.", 401)
    await off_loop(review.audit.record, attempt.actor, "login")
    response = web.HTTPSeeOther(safe_next(str(form.get("next", ""))))
    response.set_cookie(settings.session_cookie, attempt.token, httponly=True, samesite="Strict",
                        secure=settings.https, path="/")
    forget(response, settings.login_cookie, settings.login_cookie_path, settings.https)
    return response


async def logout(request: web.Request) -> web.Response:
    settings = request.app[WEB_SETTINGS]
    await off_loop(request.app[REVIEW].logout, actor(request), request.cookies.get(settings.session_cookie))
    response = web.HTTPSeeOther("/login")
    forget(response, settings.session_cookie, "/", settings.https)
    return response


def forget(response: web.StreamResponse, name: str, path: str, secure: bool) -> None:
    # As aiohttp's del_cookie, but Secure when set so: a browser ignores a `__Host-`
    # cookie (even an expired one) that is not.
    response.set_cookie(name, "", max_age=0, expires="Thu, 01 Jan 1970 00:00:00 GMT", path=path,
                        httponly=True, samesite="Strict", secure=secure)


def safe_next(value: Optional[str]) -> str:
    """Where to go after logging in: a path on this site, never another site. Browsers
    read a backslash as a slash and drop tabs and line breaks from a URL, so `/\\evil`
    and `/<tab>/evil` would lead elsewhere as `//evil` does: refused too."""
    if (not value or not value.startswith("/") or value.startswith("//")
            or "\\" in value or any(ord(c) < 0x20 or ord(c) == 0x7F for c in value)):
        return "/conversations"
    return value
