"""Starts the assistant: the action server, then the Rasa server (or `rasa shell`), the
website widget with its demo page, and the staff review app.

    python -m brainnetwork.serve            # Rasa (REST, socket.io), actions, widget
    python -m brainnetwork.serve --shell    # chat in the terminal instead

Before any of them starts, the database's schema is brought up to date
(brainnetwork.storage.migrate). One Ctrl-C stops everything. If either process stops by
itself, the other is stopped too and the exit code says so. Telemetry and crash reports to Rasa's vendor are
switched off for every process started here.
"""

from __future__ import annotations

import argparse
import logging
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Dict, List, Optional

from brainnetwork.files import private_umask
from brainnetwork.practice import PracticeConfigError, read_practice
from brainnetwork.settings import PROJECT_ROOT, Settings, load_settings_or_exit

logger = logging.getLogger("brainnetwork.serve")

MODEL_NAME = "brainnetwork.tar.gz"
STARTUP_TIMEOUT_S = 180
# Rasa's command line, with this project's patches to Rasa installed first (brainnetwork.rasa_patches).
RASA = [sys.executable, "-m", "brainnetwork.rasa_process"]


def action_server_host(settings: Settings) -> str:
    """Where this machine reaches its own action server (the host part of a URL)."""
    host = settings.access.action_host
    if host in ("0.0.0.0", "::", "localhost"):
        return "127.0.0.1"
    return f"[{host}]" if ":" in host else host


def child_env(settings: Settings) -> Dict[str, str]:
    """The environment for Rasa and the action server. The action server needs the token
    that Rasa sends (endpoints.yml): the operator's ACTION_SERVER_TOKEN, else a fresh one
    for this start, so that no other process can call the actions."""
    env = dict(os.environ)
    env.update(
        {
            # Health data: nothing goes to Rasa's vendor, whatever the user config says.
            "RASA_TELEMETRY_ENABLED": "false",
            "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
            "TF_CPP_MIN_LOG_LEVEL": env.get("TF_CPP_MIN_LOG_LEVEL", "2"),
            "PYTHONWARNINGS": env.get(
                "PYTHONWARNINGS", "ignore::DeprecationWarning,ignore::PendingDeprecationWarning"
            ),
            "ACTION_SERVER_URL": settings.access.action_server_url
            or f"http://{action_server_host(settings)}:{settings.action_port}/webhook",
            "ACTION_SERVER_TOKEN": settings.access.action_server_token or secrets.token_urlsafe(32),
        }
    )
    return env


def action_server_command(settings: Settings) -> List[str]:
    """rasa-sdk's server on ACTION_HOST with the token check (brainnetwork.action_server)."""
    return [sys.executable, "-m", "brainnetwork.action_server", "--port", str(settings.action_port)]


def widget_command(settings: Settings) -> List[str]:
    return [sys.executable, "-m", "brainnetwork.widget.server", "--port", str(settings.widget_port)]


def review_command(settings: Settings) -> List[str]:
    return [sys.executable, "-m", "brainnetwork.review.web",
            "--host", settings.review.host, "--port", str(settings.review.port)]


def rasa_health(port: int) -> str:
    """200 only with a loaded model and working conversation and lock stores
    (channels.HealthInput); on HAProxy, only while every instance passes that check."""
    return f"http://localhost:{port}/webhooks/health/"


def health_problem(url: str) -> str:
    """What the health check says is wrong (for the operator)."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return f"{response.status} {response.read(500).decode(errors='replace')}"
    except urllib.error.HTTPError as error:
        return f"{error.code} {error.read(500).decode(errors='replace')}"
    except (urllib.error.URLError, OSError) as error:
        return f"no answer ({type(error).__name__})"


def instance_ports(settings: Settings) -> List[int]:
    """Where the Rasa servers listen: RASA_PORT itself with one instance; with more,
    HAProxy takes RASA_PORT and the instances the ports after it."""
    if settings.rasa_instances == 1:
        return [settings.rasa_port]
    return [settings.rasa_port + n for n in range(1, settings.rasa_instances + 1)]


def rasa_interface(settings: Settings) -> Optional[str]:
    """RASA_HOST; by default every interface with one instance (as `rasa run`), and
    loopback behind HAProxy (reached through it only)."""
    if settings.scale_out.rasa_host:
        return settings.scale_out.rasa_host
    return "127.0.0.1" if settings.rasa_instances > 1 else None


def rasa_command(settings: Settings, model: Path, shell: bool, port: Optional[int] = None) -> List[str]:
    common = ["--model", str(model), "--endpoints", "endpoints.yml"]
    if shell:
        return [*RASA, "shell", *common]
    command = [
        *RASA, "run", *common,
        "--credentials", "credentials.yml",
        "--port", str(port or settings.rasa_port),
    ]
    interface = rasa_interface(settings)
    if interface:
        command += ["--interface", interface]
    return command


def haproxy_command(settings: Settings, folder: Path) -> List[str]:
    """Renders deploy/haproxy.cfg for the instances started here (or RASA_UPSTREAMS) into
    `folder` and checks it; returns the command that runs HAProxy in the foreground."""
    from brainnetwork import haproxy

    config = haproxy.render(settings, haproxy.upstreams(settings, instance_ports(settings)))
    return haproxy.write_checked(config, folder / "haproxy.cfg")


def scale_out_problem(settings: Settings) -> Optional[str]:
    """Why the configured number of Rasa instances cannot run, or None."""
    if settings.rasa_instances < 1:
        return f"RASA_INSTANCES must be 1 or more, got {settings.rasa_instances}"
    if settings.rasa_instances == 1:
        return None
    if not settings.lock_store_url:
        return ("several Rasa instances need a shared lock store, or one conversation's messages could "
                "be handled twice at once: set LOCK_STORE_URL=redis://127.0.0.1:6379/1")
    if not settings.database_url.startswith("postgresql"):
        return ("several Rasa instances need a shared database server: set "
                "DATABASE_URL=postgresql://user@host:5432/brainnetwork")
    from brainnetwork import haproxy

    if haproxy.binary() is None:
        return f"several Rasa instances run behind HAProxy, which is not installed: {haproxy.INSTALL_HINT}"
    return None


MAX_RESTARTS = 3
RESTART_WINDOW_S = 600


def may_restart(restarts: List[float]) -> bool:
    """Whether a stopped Rasa instance may be started again: at most MAX_RESTARTS in
    RESTART_WINDOW_S, so that an instance that cannot run stops the assistant instead of
    starting for ever. Records the restart when it may."""
    now = time.monotonic()
    restarts[:] = [t for t in restarts if now - t < RESTART_WINDOW_S]
    if len(restarts) >= MAX_RESTARTS:
        return False
    restarts.append(now)
    return True


def wait_for(url: str, process: subprocess.Popen, timeout_s: float, give_up_on_503: bool = False) -> bool:
    """Polls `url` until it answers 200, the process ends or time runs out. With
    `give_up_on_503`, an answer of 503 ends the wait at once: Rasa's server only answers
    after loading the model, so a 503 then means that loading failed."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return True
        except urllib.error.HTTPError as error:
            if give_up_on_503 and error.code == 503:
                return False
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            pass
        time.sleep(0.5)
    return False


def stop(processes: List[subprocess.Popen]) -> None:
    for process in processes:
        if process.poll() is None:
            process.terminate()
    deadline = time.monotonic() + 15
    for process in processes:
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def preflight_problem(settings: Settings, model: Path, shell: bool) -> Optional[str]:
    """Why the assistant cannot start (model, practice.yml, scale-out, database), or None.
    On the way it brings the database's schema up to date, before any process uses it."""
    if not model.exists():
        return f"No trained model at {model}: run `make model` first."
    try:
        practice = read_practice(settings.practice_file)
    except PracticeConfigError as error:
        return f"Cannot start: {error}"

    from brainnetwork.nlu.spacy_nl import describe_backend

    logger.info(describe_backend())
    logger.info("Practice: %s (%s)", practice.name, settings.practice_file)
    problem = scale_out_problem(settings)
    if problem and not shell:
        return f"Cannot start: {problem}."

    from brainnetwork.storage import MigrationFailed, migrate
    from brainnetwork.storage.database import DatabaseUnavailable, check_reachable, create_if_missing, redacted

    try:
        create_if_missing(settings.database_url)
        check_reachable(settings.database_url)
    except DatabaseUnavailable as error:
        return (f"Cannot start: conversations and contact requests could not be stored: {error}. "
                "Start the database or fix DATABASE_URL.")
    try:
        migrate(settings.database_url)  # once, before any of the processes uses a table
    except MigrationFailed as error:
        return f"Cannot start: {error}."
    logger.info("Conversations and contact requests are stored in %s", redacted(settings.database_url))
    return None


def start(command: List[str], env: Dict[str, str], processes: List[subprocess.Popen]) -> subprocess.Popen:
    process = subprocess.Popen(command, cwd=PROJECT_ROOT, env=env)
    processes.append(process)
    return process


def run_shell(settings: Settings, model: Path, env: Dict[str, str], actions: subprocess.Popen,
              processes: List[subprocess.Popen]) -> int:
    """`rasa shell`, whose prompt comes after the action server is up."""
    if not wait_for(action_server_health(settings), actions, STARTUP_TIMEOUT_S):
        logger.error("The action server did not come up on port %s.", settings.action_port)
        return 1
    return start(rasa_command(settings, model, True), env, processes).wait()


def action_server_health(settings: Settings) -> str:
    return f"http://{action_server_host(settings)}:{settings.action_port}/health"


def rasa_ready(settings: Settings, model: Path, instances: List[subprocess.Popen]) -> bool:
    for port, rasa in zip(instance_ports(settings), instances):
        if not wait_for(rasa_health(port), rasa, STARTUP_TIMEOUT_S, give_up_on_503=True):
            problem = health_problem(rasa_health(port))
            if '"not loaded"' in problem:
                logger.error("The model %s could not be loaded, so the assistant cannot answer. "
                             "Retrain it with `make model`. (Health check: %s)", model, problem)
            else:
                logger.error("The Rasa server is not healthy on port %s: %s", port, problem)
            return False
    return True


def balancer_ready(settings: Settings, balancer: subprocess.Popen) -> bool:
    # The statistics page is on loopback whatever HAPROXY_BIND is (a TLS bind or another
    # port than RASA_PORT): HAProxy is up once it answers.
    stats = f"http://127.0.0.1:{settings.scale_out.haproxy_stats_port}/"
    if not wait_for(stats, balancer, 30):
        logger.error("HAProxy did not come up (its statistics page %s: %s)", stats, health_problem(stats))
        return False
    logger.info("%s Rasa instances on ports %s behind HAProxy on %s (statistics: http://127.0.0.1:%s/)",
                settings.rasa_instances, ", ".join(map(str, instance_ports(settings))),
                settings.scale_out.haproxy_bind, settings.scale_out.haproxy_stats_port)
    return True


def run_servers(settings: Settings, model: Path, env: Dict[str, str], actions: subprocess.Popen,
                balancer_command: List[str], processes: List[subprocess.Popen]) -> int:
    """Rasa (one or more instances), the widget server and the review app; then watches them."""
    # Everything starts at once: loading the model is what takes long.
    instances = [start(rasa_command(settings, model, False, port), env, processes)
                 for port in instance_ports(settings)]
    widget = start(widget_command(settings), env, processes)
    review = start(review_command(settings), env, processes)
    if not wait_for(action_server_health(settings), actions, STARTUP_TIMEOUT_S):
        logger.error("The action server did not come up on port %s.", settings.action_port)
        return 1
    logger.info("Action server ready on :%s", settings.action_port)
    if not rasa_ready(settings, model, instances):
        return 1
    if balancer_command and not balancer_ready(settings, start(balancer_command, env, processes)):
        return 1
    if not wait_for(f"http://localhost:{settings.widget_port}/health", widget, 30):
        logger.error("The widget server did not come up on port %s.", settings.widget_port)
        return 1
    if not wait_for(f"http://{settings.review.host}:{settings.review.port}/health", review, 30):
        logger.error("The review app did not come up on port %s.", settings.review.port)
        return 1
    logger.info("BrainNetwork assistant ready: website with chat widget http://localhost:%s/ , "
                "REST http://localhost:%s/webhooks/rest/webhook , staff review app http://%s:%s/ (Ctrl-C stops)",
                settings.widget_port, settings.rasa_port, settings.review.host, settings.review.port)
    return supervise(settings, model, env, instances, processes)


def supervise(settings: Settings, model: Path, env: Dict[str, str], instances: List[subprocess.Popen],
              processes: List[subprocess.Popen]) -> int:
    """Restarts a stopped Rasa instance behind HAProxy; any other stop ends everything."""
    restarts: List[float] = []
    while True:
        for index, process in enumerate(processes):
            code = process.poll()
            if code is None:
                continue
            if process in instances and settings.rasa_instances > 1 and may_restart(restarts):
                # HAProxy already sends its conversations to the other instances.
                port = instance_ports(settings)[instances.index(process)]
                logger.error("Rasa instance on port %s stopped (exit code %s); starting it again "
                             "(the others answer meanwhile).", port, code)
                replacement = subprocess.Popen(rasa_command(settings, model, False, port), cwd=PROJECT_ROOT, env=env)
                instances[instances.index(process)] = processes[index] = replacement
                continue
            logger.error("%s stopped (exit code %s); stopping the rest.", process.args[0:3], code)
            return code or 1
        time.sleep(0.5)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shell", action="store_true", help="chat in the terminal")
    parser.add_argument("--model", type=Path, help="trained model (default: models/)")
    args = parser.parse_args(argv)

    private_umask()  # every process started here creates its files 0600, folders 0700
    settings = load_settings_or_exit()  # a bad setting: its message alone, exit code 2
    logging.basicConfig(level=settings.log_level, format="%(message)s")
    model = args.model or settings.model_dir / MODEL_NAME
    problem = preflight_problem(settings, model, args.shell)
    if problem:
        logger.error("%s", problem)
        return 2

    env = child_env(settings)
    processes: List[subprocess.Popen] = []
    folder: Optional[tempfile.TemporaryDirectory] = None  # HAProxy's configuration (0700)
    balancer_command: List[str] = []
    if settings.rasa_instances > 1 and not args.shell:
        from brainnetwork.haproxy import HAProxyError

        folder = tempfile.TemporaryDirectory(prefix="brainnetwork-haproxy-")
        try:  # checked before anything starts
            balancer_command = haproxy_command(settings, Path(folder.name))
        except HAProxyError as error:
            folder.cleanup()
            logger.error("Cannot start: %s", error)
            return 2

    def on_sigterm(_signum, _frame):  # noqa: ANN001 - signal handler signature
        raise KeyboardInterrupt  # stop as on Ctrl-C

    signal.signal(signal.SIGTERM, on_sigterm)
    try:
        actions = start(action_server_command(settings), env, processes)
        if args.shell:
            return run_shell(settings, model, env, actions, processes)
        return run_servers(settings, model, env, actions, balancer_command, processes)
    except KeyboardInterrupt:
        logger.info("Stopping the assistant…")
        return 0
    finally:
        stop(processes)
        if folder is not None:
            folder.cleanup()


if __name__ == "__main__":
    sys.exit(main())
