"""A running assistant for the end-to-end tests: started with the launcher, stopped as a
service manager stops it, and talked to as a visitor (REST) or a widget (socket.io)."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any, Dict, List, Optional

from brainnetwork.ports import free_port, free_port_block
from brainnetwork.settings import PROJECT_ROOT as ROOT


class Visitor:
    """A website visitor talking to the running assistant over the REST channel."""

    def __init__(self, url: str, sender: Optional[str] = None):
        import uuid

        self.url = f"{url}/webhooks/rest/webhook"
        self.sender = sender or f"e2e-{uuid.uuid4().hex[:8]}"

    def says(self, text: str) -> List[Dict[str, Any]]:
        import requests

        response = requests.post(self.url, json={"sender": self.sender, "message": text}, timeout=60)
        response.raise_for_status()
        return response.json()


class WidgetClient:
    """A socket.io client as a browser page on `origin` would be."""

    def __init__(self, url, origin):
        import socketio

        self.url, self.origin = url, origin
        self.sio = socketio.AsyncClient(reconnection=False)
        self.events = asyncio.Queue()
        for name in ("session_confirm", "bot_uttered", "session_required", "disconnect"):
            self.sio.on(name, self._recorder(name))

    def _recorder(self, name):
        async def record(data=None):
            await self.events.put((name, data))
        return record

    async def __aenter__(self):
        await self.sio.connect(self.url, headers={"Origin": self.origin}, transports=["polling"], wait_timeout=10)
        return self

    async def __aexit__(self, *exc):
        await self.sio.disconnect()

    async def next(self, name, timeout=60):
        while True:
            event, data = await asyncio.wait_for(self.events.get(), timeout)
            if event == name:
                return data

    async def session(self, session_id=None):
        await self.sio.emit("session_request", {"session_id": session_id})
        return await self.next("session_confirm")


class RunningAssistant:
    def __init__(self, **values):
        self.__dict__.update(values)


def launch(model: Path, work: Path, mailbox_port: Optional[int] = None, ports: Optional[Dict[str, int]] = None,
           **extra_env: str):
    """Starts `python -m brainnetwork.serve` (the run command's launcher) on free ports
    (or on `ports`, those of an earlier launch) with its database in `work`; returns
    (process, RunningAssistant) once it is ready."""
    import subprocess
    import sys
    import time

    instances = int(extra_env.get("RASA_INSTANCES", "1"))
    ports = ports or {"rasa": free_port_block(1 + instances if instances > 1 else 1), "action": free_port(),
                      "widget": free_port(), "review": free_port()}
    env = dict(
        os.environ,
        RASA_PORT=str(ports["rasa"]), ACTION_PORT=str(ports["action"]), WIDGET_PORT=str(ports["widget"]),
        REVIEW_PORT=str(ports["review"]),
        WIDGET_ALLOWED_ORIGINS=f"http://localhost:{ports['widget']}",
        RASA_TELEMETRY_DEBUG="true",
        DATABASE_URL=f"sqlite:///{work / 'intake.db'}",
        INTAKE_NOTIFY_TO="praktijk@brainnetwork.example",
    )
    if mailbox_port:
        env.update(SMTP_HOST="127.0.0.1", SMTP_PORT=str(mailbox_port), SMTP_STARTTLS="false")
    env.pop("ACTION_SERVER_URL", None)
    env.update(extra_env)
    log_path = work / f"assistant-{ports['rasa']}.log"
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "brainnetwork.serve", "--model", str(model)],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + 300
    while "assistant ready" not in log_path.read_text():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"the assistant did not start:\n{log_path.read_text()[-4000:]}")
        time.sleep(1)
    return process, RunningAssistant(
        url=f"http://localhost:{ports['rasa']}", widget_url=f"http://localhost:{ports['widget']}",
        action_port=ports["action"], log=log_path, database=work / "intake.db", ports=ports,
        instance_urls=[f"http://localhost:{ports['rasa'] + n}" for n in range(1, instances + 1)]
        if instances > 1 else [f"http://localhost:{ports['rasa']}"],
        review_url=f"http://127.0.0.1:{ports['review']}",
    )


def shut_down(process) -> int:
    """SIGTERM, as a service manager stops it; returns the launcher's exit code."""
    import signal

    process.send_signal(signal.SIGTERM)
    return process.wait(timeout=60)


