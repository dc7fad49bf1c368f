"""The processes a benchmark starts and watches: our assistant as `make run` starts it, the
stock `rasa init` assistant, a timed training run; their memory and their first answer."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict

from brainnetwork.ports import free_port, free_port_block

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "results" / "bench"
PYTHON = sys.executable
RASA = str(Path(sys.executable).with_name("rasa"))
ENV = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2",
           SQLALCHEMY_SILENCE_UBER_WARNING="1", PYTHONWARNINGS="ignore")


def memory_mb(pid: int, field: str = "VmHWM") -> float:
    """A memory figure of a process from /proc, in MB: VmHWM (peak resident) or VmRSS."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def descendants(pid: int) -> Dict[int, str]:
    """pid -> command line of every process below `pid`."""
    found: Dict[int, str] = {}
    todo = [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                children = (task / "children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                try:
                    found[child] = Path(f"/proc/{child}/cmdline").read_text().replace("\0", " ")[:120]
                except OSError:
                    continue
                todo.append(child)
    return found


def rasa_pid(pid: int) -> int:
    for child, command in descendants(pid).items():
        if " run " in command and "rasa" in command:
            return child
    return pid


def wait_answer(url: str, text: str, deadline_s: float, process) -> float:
    import requests

    started = time.monotonic()
    while time.monotonic() - started < deadline_s:
        if process.poll() is not None:
            raise RuntimeError("the server stopped while starting")
        try:
            response = requests.post(f"{url}/webhooks/rest/webhook", json={"sender": "warmup", "message": text}, timeout=30)
            if response.status_code == 200 and response.json():
                return time.monotonic()
        except requests.RequestException:
            pass
        time.sleep(0.2)
    raise RuntimeError("no answer in time")


def start_ours(work: Path, **extra_env: str):
    """The assistant as `make run` starts it (SQLite unless `extra_env` says otherwise)."""
    instances = int(extra_env.get("RASA_INSTANCES", "1"))
    ports = {name: free_port() for name in ("action", "widget", "review")}
    ports["rasa"] = free_port_block(instances + 1)
    env = dict(ENV, RASA_PORT=str(ports["rasa"]), ACTION_PORT=str(ports["action"]),
               WIDGET_PORT=str(ports["widget"]), REVIEW_PORT=str(ports["review"]),
               WIDGET_ALLOWED_ORIGINS=f"http://localhost:{ports['widget']}",
               DATABASE_URL=f"sqlite:///{work / 'bench.db'}", LOG_LEVEL="WARNING")
    env.pop("ACTION_SERVER_URL", None)
    env.update(extra_env)
    started = time.monotonic()
    process = subprocess.Popen([PYTHON, "-m", "brainnetwork.serve"], cwd=ROOT, env=env,
                               stdout=open(work / "ours.log", "w"), stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://localhost:{ports['rasa']}"
    first = wait_answer(url, "hallo", 300, process) - started
    return process, url, f"http://localhost:{ports['widget']}", first


def stock_project(retrain: bool) -> Path:
    project = OUT / "stock"
    if retrain and project.exists():
        shutil.rmtree(project)
    if not (project / "models").exists() or not list((project / "models").glob("*.tar.gz")):
        project.mkdir(parents=True, exist_ok=True)
        print("Creating and training the stock `rasa init` assistant (once)...", flush=True)
        subprocess.run([RASA, "init", "--no-prompt", "--init-dir", str(project)], cwd=project, env=ENV,
                       stdout=open(OUT / "stock-init.log", "w"), stderr=subprocess.STDOUT, check=True)
    return project


def start_stock(project: Path):
    port = free_port()
    started = time.monotonic()
    process = subprocess.Popen([RASA, "run", "--model", "models", "--port", str(port)], cwd=project, env=ENV,
                               stdout=open(OUT / "stock-run.log", "w"), stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://localhost:{port}"
    first = wait_answer(url, "hello", 300, process) - started
    return process, url, first


def stop(process) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=60)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        os.killpg(process.pid, signal.SIGKILL)


def train_time() -> float:
    out = Path(tempfile.mkdtemp(prefix="bn-train-"))
    started = time.monotonic()
    subprocess.run([RASA, "train", "--force", "--out", str(out), "--fixed-model-name", "bench"], cwd=ROOT, env=ENV,
                   stdout=open(OUT / "train.log", "w"), stderr=subprocess.STDOUT, check=True)
    seconds = time.monotonic() - started
    shutil.rmtree(out, ignore_errors=True)
    return seconds


# --- report -------------------------------------------------------------------------
