"""Serves the chat widget and a demo page of the practice: http://localhost:8000/.

    /                         demo page (Dutch, BrainNetwork) with the widget on it
    /widget/widget.js         the widget, with this installation's settings filled in
    /widget/widget.css        its styles
    /widget/socket.io.min.js  the socket.io client (npm package socket.io-client, pinned)

Nothing is fetched from elsewhere at run time. The demo page is sent with a strict
Content-Security-Policy, so that even a rendering mistake could not run injected script.
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path
from typing import Optional
from urllib.parse import urlparse

from aiohttp import web

from brainnetwork.crisis import CRISIS_LINES
from brainnetwork.messages import MAX_MESSAGE_CHARS
from brainnetwork.request_bodies import application
from brainnetwork.settings import Settings, load_settings, load_settings_or_exit

logger = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
SOCKET_IO_CLIENT = HERE / "node_modules" / "socket.io-client" / "dist" / "socket.io.min.js"


def widget_config(settings: Settings) -> dict:
    return {
        "socketUrl": settings.widget_socket_url,
        "title": settings.widget_title,
        "color": settings.widget_color,
        "crisis": dict(CRISIS_LINES),
        # The input holds as much as the server accepts: a long story is never cut off.
        "maxMessageChars": MAX_MESSAGE_CHARS,
    }


def content_security_policy(settings: Settings) -> str:
    socket = urlparse(settings.widget_socket_url)
    ws_scheme = "wss" if socket.scheme == "https" else "ws"
    connect = f"'self' {settings.widget_socket_url} {ws_scheme}://{socket.netloc}"
    return (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        f"connect-src {connect}; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
    )


def create_app(settings: Optional[Settings] = None) -> web.Application:
    settings = settings or load_settings()
    if not SOCKET_IO_CLIENT.exists():
        raise FileNotFoundError(f"{SOCKET_IO_CLIENT} is missing: run `make setup` (npm ci) first")
    widget_js = (STATIC / "widget.js").read_text(encoding="utf-8").replace(
        "__BN_CONFIG__", json.dumps(widget_config(settings), ensure_ascii=False)
    )
    csp = content_security_policy(settings)

    def static(name: str, content_type: str, page: bool = False):
        async def handler(_: web.Request) -> web.Response:
            headers = {"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"}
            if page:
                headers["Content-Security-Policy"] = csp
            return web.Response(body=(STATIC / name).read_bytes(), content_type=content_type, headers=headers)

        return handler

    async def script(_: web.Request) -> web.Response:
        return web.Response(text=widget_js, content_type="application/javascript",
                            headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"})

    async def socket_io(_: web.Request) -> web.Response:
        return web.Response(body=SOCKET_IO_CLIENT.read_bytes(), content_type="application/javascript")

    async def health(_: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    app = application()  # refuses compressed request bodies
    app.router.add_get("/", static("index.html", "text/html", page=True))
    app.router.add_get("/demo.css", static("demo.css", "text/css"))
    app.router.add_get("/widget/widget.js", script)
    app.router.add_get("/widget/widget.css", static("widget.css", "text/css"))
    app.router.add_get("/widget/socket.io.min.js", socket_io)
    app.router.add_get("/health", health)
    return app


def main(argv: Optional[list] = None) -> None:
    settings = load_settings_or_exit()  # a bad setting: its message alone, exit code 2
    parser = argparse.ArgumentParser(description="Serve the chat widget and the demo page.")
    parser.add_argument("--port", type=int, default=settings.widget_port)
    args = parser.parse_args(argv)
    logging.basicConfig(level=settings.log_level, format="%(message)s")
    web.run_app(create_app(settings), host="0.0.0.0", port=args.port, print=None, access_log=None)


if __name__ == "__main__":
    main()
