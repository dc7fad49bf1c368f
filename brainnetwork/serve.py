"""Starts the assistant: the action server, then the Rasa server (or `rasa shell`), the
website widget with its demo page, and the staff review app.

    python -m brainnetwork.serve            # Rasa (REST, socket.io), actions, widget
    python -m brainnetwork.serve --shell    # chat in the terminal instead

One Ctrl-C stops everything. If either process stops by itself, the other is stopped
too and the exit code says so. Telemetry and crash reports to Rasa's vendor are
switched off for every process started here.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Dict, List, Optional

from brainnetwork.practice import PracticeConfigError, read_practice
from brainnetwork.settings import PROJECT_ROOT, Settings, load_settings

logger = logging.getLogger("brainnetwork.serve")

MODEL_NAME = "brainnetwork.tar.gz"
STARTUP_TIMEOUT_S = 180
RASA = str(Path(sys.executable).with_name("rasa"))


def child_env(settings: Settings) -> Dict[str, str]:
    """The environment for Rasa and the action server."""
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
            "ACTION_SERVER_URL": env.get(
                "ACTION_SERVER_URL", f"http://localhost:{settings.action_port}/webhook"
            ),
        }
    )
    return env


def action_server_command(settings: Settings) -> List[str]:
    return [
        sys.executable, "-m", "rasa_sdk",
        "--actions", "actions",
        "--port", str(settings.action_port),
    ]


def widget_command(settings: Settings) -> List[str]:
    return [sys.executable, "-m", "brainnetwork.widget.server", "--port", str(settings.widget_port)]


def review_command(settings: Settings) -> List[str]:
    return [sys.executable, "-m", "brainnetwork.review.web",
            "--host", settings.review.host, "--port", str(settings.review.port)]


def rasa_health(settings: Settings) -> str:
    """200 only with a loaded model and a working conversation store (channels.HealthInput)."""
    return f"http://localhost:{settings.rasa_port}/webhooks/health/"


def health_problem(url: str) -> str:
    """What the health check says is wrong (for the operator)."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return f"{response.status} {response.read(500).decode(errors='replace')}"
    except urllib.error.HTTPError as error:
        return f"{error.code} {error.read(500).decode(errors='replace')}"
    except (urllib.error.URLError, OSError) as error:
        return f"no answer ({type(error).__name__})"


def rasa_command(settings: Settings, model: Path, shell: bool) -> List[str]:
    common = ["--model", str(model), "--endpoints", "endpoints.yml"]
    if shell:
        return [RASA, "shell", *common]
    return [
        RASA, "run", *common,
        "--credentials", "credentials.yml",
        "--port", str(settings.rasa_port),
    ]


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


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shell", action="store_true", help="chat in the terminal")
    parser.add_argument("--model", type=Path, help="trained model (default: models/)")
    args = parser.parse_args(argv)

    settings = load_settings()
    logging.basicConfig(level=settings.log_level, format="%(message)s")
    model = args.model or settings.model_dir / MODEL_NAME
    if not model.exists():
        logger.error("No trained model at %s: run `make model` first.", model)
        return 2
    try:
        practice = read_practice(settings.practice_file)
    except PracticeConfigError as error:
        logger.error("Cannot start: %s", error)
        return 2

    from brainnetwork.nlu.spacy_nl import describe_backend

    logger.info(describe_backend())
    logger.info("Practice: %s (%s)", practice.name, settings.practice_file)

    from brainnetwork.database import DatabaseUnavailable, check_reachable, redacted

    try:
        check_reachable(settings.database_url)
    except DatabaseUnavailable as error:
        logger.error("Cannot start: conversations and contact requests could not be stored: %s. "
                     "Start the database or fix DATABASE_URL.", error)
        return 2
    logger.info("Conversations and contact requests are stored in %s", redacted(settings.database_url))

    env = child_env(settings)
    processes: List[subprocess.Popen] = []

    def on_sigterm(_signum, _frame):  # noqa: ANN001 - signal handler signature
        raise KeyboardInterrupt  # stop as on Ctrl-C

    signal.signal(signal.SIGTERM, on_sigterm)
    try:
        actions = subprocess.Popen(action_server_command(settings), cwd=PROJECT_ROOT, env=env)
        processes.append(actions)
        health = f"http://localhost:{settings.action_port}/health"
        if args.shell:  # the shell's prompt comes after the action server is up
            if not wait_for(health, actions, STARTUP_TIMEOUT_S):
                logger.error("The action server did not come up on port %s.", settings.action_port)
                return 1
            rasa = subprocess.Popen(rasa_command(settings, model, True), cwd=PROJECT_ROOT, env=env)
            processes.append(rasa)
            return rasa.wait()

        # Everything starts at once: loading the model is what takes long.
        rasa = subprocess.Popen(rasa_command(settings, model, False), cwd=PROJECT_ROOT, env=env)
        processes.append(rasa)
        widget = subprocess.Popen(widget_command(settings), cwd=PROJECT_ROOT, env=env)
        processes.append(widget)
        review = subprocess.Popen(review_command(settings), cwd=PROJECT_ROOT, env=env)
        processes.append(review)
        if not wait_for(health, actions, STARTUP_TIMEOUT_S):
            logger.error("The action server did not come up on port %s.", settings.action_port)
            return 1
        logger.info("Action server ready on :%s", settings.action_port)
        if not wait_for(rasa_health(settings), rasa, STARTUP_TIMEOUT_S, give_up_on_503=True):
            problem = health_problem(rasa_health(settings))
            if '"not loaded"' in problem:
                logger.error("The model %s could not be loaded, so the assistant cannot answer. "
                             "Retrain it with `make model`. (Health check: %s)", model, problem)
            else:
                logger.error("The Rasa server is not healthy on port %s: %s", settings.rasa_port, problem)
            return 1
        if not wait_for(f"http://localhost:{settings.widget_port}/health", widget, 30):
            logger.error("The widget server did not come up on port %s.", settings.widget_port)
            return 1
        if not wait_for(f"http://{settings.review.host}:{settings.review.port}/health", review, 30):
            logger.error("The review app did not come up on port %s.", settings.review.port)
            return 1
        logger.info(
            "BrainNetwork assistant ready: website with chat widget http://localhost:%s/ , "
            "REST http://localhost:%s/webhooks/rest/webhook , staff review app http://%s:%s/ "
            "(Ctrl-C stops)",
            settings.widget_port,
            settings.rasa_port,
            settings.review.host,
            settings.review.port,
        )
        while True:
            for process in processes:
                code = process.poll()
                if code is not None:
                    logger.error("%s stopped (exit code %s); stopping the rest.", process.args[0:3], code)
                    return code or 1
            time.sleep(0.5)
    except KeyboardInterrupt:
        logger.info("Stopping the assistant…")
        return 0
    finally:
        stop(processes)


if __name__ == "__main__":
    sys.exit(main())
