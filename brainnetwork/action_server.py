"""The action server: rasa-sdk's, on loopback by default, and with a token.

    python -m brainnetwork.action_server [--port 5055]     # what the launcher starts

rasa-sdk 3.6 has no authentication and listens on all interfaces (SANIC_HOST, default
0.0.0.0): anyone who reaches its port could run `action_submit_intake` with any slots
for any conversation, past every validator. Here

- it listens on ACTION_HOST (127.0.0.1 by default); on any other address only with
  ACTION_SERVER_TOKEN set, else it refuses to start;
- with ACTION_SERVER_TOKEN set (the launcher sets a fresh one for every start when the
  operator configured none), every request but `GET /health` must carry
  `Authorization: Bearer <token>`; Rasa sends it (endpoints.yml, `headers` of
  `action_endpoint`). Without it: 401, the body is not looked at and no action runs.

The check is a Sanic request middleware, attached through rasa-sdk's own plugin hook
(`attach_sanic_app_extensions`, called by `rasa_sdk.endpoint.run` before it serves).
"""

from __future__ import annotations

import logging
import os
import sys
from typing import List, Optional

import pluggy
from sanic import Sanic, response

from brainnetwork.access import bearer_token_matches, is_loopback
from brainnetwork.settings import Settings, load_settings_or_exit

logger = logging.getLogger("brainnetwork.action_server")
hookimpl = pluggy.HookimplMarker("rasa_sdk")

OPEN_PATHS = ("/health",)  # the launcher and monitors wait for it; it says only "ok"
REFUSED = {"error": "This action server needs the token that Rasa sends (ACTION_SERVER_TOKEN)."}


def require_token(app: Sanic, token: str) -> None:
    """Every request to `app` but OPEN_PATHS needs `Authorization: Bearer <token>`."""

    @app.middleware("request")
    async def check_token(request):  # noqa: ANN001 - a Sanic request
        if request.path in OPEN_PATHS and request.method in ("GET", "HEAD"):
            return None
        if bearer_token_matches(request.headers.get("authorization"), token):
            return None
        logger.warning("Action server: refused %s %s without the right token", request.method, request.path)
        return response.json(REFUSED, status=401)


class TokenCheck:
    """rasa-sdk plugin: `require_token` on the action server's Sanic app."""

    def __init__(self, token: str) -> None:
        self.token = token

    @hookimpl
    def attach_sanic_app_extensions(self, app: Sanic) -> None:
        require_token(app, self.token)


def start_problem(settings: Settings) -> Optional[str]:
    """Why the action server may not start with these settings, or None."""
    access = settings.access
    if not is_loopback(access.action_host) and not access.action_server_token:
        return (f"ACTION_HOST={access.action_host} lets other machines call the actions; that needs "
                "ACTION_SERVER_TOKEN, set to the same value for Rasa (endpoints.yml sends it)")
    return None


def main(argv: Optional[List[str]] = None) -> int:
    settings = load_settings_or_exit()  # a bad setting: its message alone, exit code 2
    logging.basicConfig(level=settings.log_level, format="%(message)s")
    problem = start_problem(settings)
    if problem:
        logger.error("Cannot start the action server: %s.", problem)
        return 2
    from rasa_sdk.__main__ import main_from_args
    from rasa_sdk.endpoint import create_argument_parser
    from rasa_sdk.plugin import plugin_manager

    os.environ["SANIC_HOST"] = settings.access.action_host  # where rasa_sdk.endpoint.run listens
    if settings.access.action_server_token:
        plugin_manager().register(TokenCheck(settings.access.action_server_token))
    else:
        logger.warning("Action server without a token: any process on this machine can call the actions. "
                       "The launcher sets one; set ACTION_SERVER_TOKEN when starting it by hand.")
    args = create_argument_parser().parse_args(
        ["--actions", "actions", "--port", str(settings.action_port), *(argv or [])])
    main_from_args(args)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
