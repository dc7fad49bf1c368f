"""The assistant under load, measured: latency, throughput, memory, start-up, training,
and the stock `rasa init` assistant under the same kind of load for comparison.

    .venv/bin/python bench/assistant.py                  # everything (about 15 minutes)
    .venv/bin/python bench/assistant.py --skip-training  # without the training run
    .venv/bin/python bench/assistant.py --soak-minutes 30  # a bounded soak on loopback

It starts the trained assistant with the run command's launcher (action server, Rasa with
the SQLite tracker store, widget, review app) on free ports with a fresh database, and
replays scripted Dutch conversations concurrently: article questions (faq), a described
complaint (complaint, a custom action) and a whole contact request (intake, the form and
its validation) over REST, and article questions over socket.io (faq_socketio). Then the
stock assistant of `rasa init` (trained once, kept in results/bench/stock/) answers the
same number of simple turns over REST. Prints p50/p95/p99 per turn type, throughput, peak
memory (VmHWM of each process), time from start to the first answer, training time, and
our figures as ratios to the stock ones; writes results/bench/assistant.json and
results/bench/latency.png.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Dict, List

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "results" / "bench"
PYTHON = sys.executable
RASA = str(Path(sys.executable).with_name("rasa"))
ENV = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2",
           SQLALCHEMY_SILENCE_UBER_WARNING="1", PYTHONWARNINGS="ignore")

FAQ = ["wat is het microbioom?", "wat doet serotonine?", "hoe werkt de darm-hersen-as?",
       "wat is GABA?", "helpt beweging voor mijn darmen?", "wat zijn psychobiotica?",
       "wat kan ik zelf doen?", "wat is dysbiose?", "wat is een leaky gut?", "wat doet stress met mijn buik?"]
COMPLAINT = ["ik ben altijd moe en heb vaak buikpijn", "sinds die antibiotica voel ik me somber"]
INTAKE = ["ik wil een afspraak", "ja", "ja", "Pieter", "per e-mail", "pieter@example.nl",
          "maakt niet uit", "geen", "ja"]
STOCK = ["hello", "I am feeling great", "I am sad", "are you a bot?", "good morning",
         "I'm happy", "goodbye", "hey there", "very sad", "bye"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


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


def percentiles(values: List[float]) -> Dict[str, float]:
    if not values:
        return {}
    ordered = sorted(values)

    def at(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1)

    return {"n": len(values), "p50": round(statistics.median(values), 1), "p95": at(0.95), "p99": at(0.99)}


# --- load --------------------------------------------------------------------------

async def rest_conversation(session, url, sender, script, kind, latencies):
    for text in script:
        started = time.perf_counter()
        async with session.post(url, json={"sender": sender, "message": text}) as response:
            await response.read()
            if response.status != 200:
                raise RuntimeError(f"{kind}: HTTP {response.status} for {text!r}")
        latencies[kind].append((time.perf_counter() - started) * 1000)


async def socketio_conversation(base_url, origin, script, latencies, clients):
    import socketio

    client = socketio.AsyncClient(reconnection=False)
    answers: asyncio.Queue = asyncio.Queue()
    confirmed: asyncio.Queue = asyncio.Queue()
    client.on("bot_uttered", lambda data: answers.put_nowait(data))
    client.on("session_confirm", lambda data: confirmed.put_nowait(data))
    # Long polling: python-socketio's websocket client needs aiohttp>=3.10, Rasa pins 3.9.
    await client.connect(base_url, headers={"Origin": origin}, transports=["polling"], wait_timeout=10)
    clients.append(client)
    await client.emit("session_request", {"session_id": None})
    session = await asyncio.wait_for(confirmed.get(), 30)
    for text in script:
        started = time.perf_counter()
        await client.emit("user_uttered", {"message": text, "session_id": session})
        await asyncio.wait_for(answers.get(), 60)
        latencies["faq_socketio"].append((time.perf_counter() - started) * 1000)
        await asyncio.sleep(0.3)  # the rest of a multi-bubble answer
        while not answers.empty():
            answers.get_nowait()


async def load(url: str, concurrency: int, conversations: int, ours: bool, origin: str = "", seed: int = 7,
               faq_only: bool = False):
    """`conversations` scripted conversations, `concurrency` at a time; returns
    (latencies by turn type, turns, seconds)."""
    import aiohttp

    rng = random.Random(seed)
    latencies: Dict[str, List[float]] = defaultdict(list)
    webhook = f"{url}/webhooks/rest/webhook"
    semaphore = asyncio.Semaphore(concurrency)
    clients: list = []  # socket.io clients, disconnected after the clock stops (a polling
    # disconnect waits for the open long poll, which says nothing about the assistant)

    async def one(index: int, session):
        async with semaphore:
            sender = f"bench-{seed}-{index}-{rng.randrange(10**9)}"
            if not ours:
                await rest_conversation(session, webhook, sender, rng.sample(STOCK, 5), "faq", latencies)
                return
            if faq_only:  # like for like with the stock assistant: five questions over REST
                await rest_conversation(session, webhook, sender, rng.sample(FAQ, 5), "faq", latencies)
                return
            roll = index % 10
            if roll == 0:
                await rest_conversation(session, webhook, sender, INTAKE, "intake", latencies)
            elif roll in (1, 2):
                await rest_conversation(session, webhook, sender, [rng.choice(COMPLAINT), "nee"], "complaint", latencies)
            elif roll == 3:
                await socketio_conversation(url, origin, rng.sample(FAQ, 5), latencies, clients)
            else:
                await rest_conversation(session, webhook, sender, rng.sample(FAQ, 5), "faq", latencies)

    timeout = aiohttp.ClientTimeout(total=120)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        started = time.perf_counter()
        await asyncio.gather(*(one(i, session) for i in range(conversations)))
        seconds = time.perf_counter() - started
    await asyncio.gather(*(client.disconnect() for client in clients), return_exceptions=True)
    turns = sum(len(v) for v in latencies.values())
    return dict(latencies), turns, seconds


# --- the two assistants -------------------------------------------------------------

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


def free_port_block(size: int) -> int:
    """The first of `size` consecutive free ports (HAProxy and its Rasa instances)."""
    for _ in range(50):
        first = free_port()
        try:
            for port in range(first, first + size):
                with socket.socket() as probe:
                    probe.bind(("127.0.0.1", port))
            return first
        except OSError:
            continue
    raise RuntimeError(f"no {size} consecutive free ports")


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

def plot(results: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2, figsize=(12, 5), sharey=True)
    for axis, level in zip(axes, ("1", "10")):
        labels, data = [], []
        for kind, values in results["raw"]["ours_mixed"][level].items():
            labels.append(f"ons, gemengd: {kind}")
            data.append(values)
        labels.append("ons: alleen faq")
        data.append(results["raw"]["ours"][level]["faq"])
        labels.append("stock: faq")
        data.append(results["raw"]["stock"][level]["faq"])
        axis.boxplot(data, labels=labels, showfliers=False)
        axis.set_title(f"{level} gelijktijdige gesprek(ken)")
        axis.set_ylabel("latentie per beurt (ms)")
        axis.tick_params(axis="x", rotation=30)
    fig.suptitle(f"BrainNetwork-assistent vs stock rasa init — {results['machine']['cpus']} cores")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-training", action="store_true", help="do not time a full training run")
    parser.add_argument("--retrain-stock", action="store_true")
    parser.add_argument("--conversations", type=int, default=60, help="conversations per load level")
    parser.add_argument("--soak-minutes", type=float, default=0, help="only a soak of this many minutes")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    model = ROOT / "models" / "brainnetwork.tar.gz"
    if not model.exists():
        print("No trained model: run `make model` first.", file=sys.stderr)
        return 2
    if args.soak_minutes:
        return soak(args.soak_minutes)

    results = {"machine": {"cpus": os.cpu_count(), "platform": platform.platform(),
                           "python": platform.python_version(), "memory_gb": round(
                               os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)},
               "raw": {"ours_mixed": {}, "ours": {}, "stock": {}}}
    if not args.skip_training:
        print("Timing a full training run (rasa train --force)...", flush=True)
        results["training_s"] = round(train_time(), 1)
        print(f"  training: {results['training_s']} s", flush=True)

    work = Path(tempfile.mkdtemp(prefix="bn-bench-"))
    process, url, widget, first = start_ours(work)
    results["start_to_first_answer_s"] = round(first, 1)
    print(f"Ours: first answer {first:.1f} s after start", flush=True)
    try:
        for level in (1, 10):
            conversations = max(10, args.conversations // (3 if level == 1 else 1))
            latencies, turns, seconds = asyncio.run(load(url, level, conversations, True, widget))
            results["raw"]["ours_mixed"][str(level)] = latencies
            results.setdefault("ours_mixed", {})[str(level)] = {
                "turns": turns, "seconds": round(seconds, 1), "turns_per_s": round(turns / seconds, 1),
                **{kind: percentiles(values) for kind, values in latencies.items()}}
            print(f"  ours, mixed, {level:>2} concurrent: {turns} turns in {seconds:.1f} s", flush=True)
            latencies, turns, seconds = asyncio.run(load(url, level, conversations, True, widget, faq_only=True))
            results["raw"]["ours"][str(level)] = latencies
            results.setdefault("ours", {})[str(level)] = {
                "turns": turns, "seconds": round(seconds, 1), "turns_per_s": round(turns / seconds, 1),
                "faq": percentiles(latencies["faq"])}
            print(f"  ours, FAQ only, {level:>2} concurrent: {turns} turns in {seconds:.1f} s", flush=True)
        processes = {command.split()[2] if "-m" in command else command.split()[1]: pid
                     for pid, command in descendants(process.pid).items()}
        results["peak_memory_mb"] = {name: round(memory_mb(pid), 0) for name, pid in processes.items()}
        results["peak_memory_mb"]["rasa_server"] = round(memory_mb(rasa_pid(process.pid)), 0)
    finally:
        stop(process)

    project = stock_project(args.retrain_stock)
    stock, stock_url, stock_first = start_stock(project)
    results["stock_start_to_first_answer_s"] = round(stock_first, 1)
    try:
        for level in (1, 10):
            conversations = max(10, args.conversations // (3 if level == 1 else 1))
            latencies, turns, seconds = asyncio.run(load(stock_url, level, conversations, False))
            results["raw"]["stock"][str(level)] = latencies
            results.setdefault("stock", {})[str(level)] = {
                "turns": turns, "seconds": round(seconds, 1), "turns_per_s": round(turns / seconds, 1),
                "faq": percentiles(latencies["faq"])}
        results["stock_peak_memory_mb"] = round(memory_mb(stock.pid), 0)
    finally:
        stop(stock)

    results["ratios"] = {level: {
        "faq_p50": round(results["ours"][level]["faq"]["p50"] / results["stock"][level]["faq"]["p50"], 2),
        "faq_p95": round(results["ours"][level]["faq"]["p95"] / results["stock"][level]["faq"]["p95"], 2),
        "throughput": round(results["ours"][level]["turns_per_s"] / results["stock"][level]["turns_per_s"], 2),
    } for level in ("1", "10")}
    report(results)
    plot(results, OUT / "latency.png")
    (OUT / "assistant.json").write_text(json.dumps(results, indent=2))
    print(f"\nWritten: {OUT / 'assistant.json'}, {OUT / 'latency.png'}")
    return 0


def report(results: dict) -> None:
    machine = results["machine"]
    print(f"\nMachine: {machine['cpus']} cores, {machine['memory_gb']} GB, {machine['platform']}")
    if "training_s" in results:
        print(f"Full training: {results['training_s']} s")
    print(f"Start to first answer: ours {results['start_to_first_answer_s']} s, "
          f"stock {results['stock_start_to_first_answer_s']} s")
    print("Latency per turn (ms): ours_mixed = faq/complaint/intake over REST + faq over socket.io;")
    print("ours and stock = five questions per conversation over REST (like for like)")
    print("                              n     p50     p95     p99")
    for who in ("ours_mixed", "ours", "stock"):
        for level, figures in results[who].items():
            for kind, stats in figures.items():
                if isinstance(stats, dict) and stats:
                    print(f"  {who:<10} {level:>2}x {kind:<13} {stats['n']:>4} {stats['p50']:>7} {stats['p95']:>7} {stats['p99']:>7}")
            print(f"  {who:<10} {level:>2}x throughput    {figures['turns_per_s']} turns/s")
    print(f"Peak memory (MB): ours {results['peak_memory_mb']}, stock {results['stock_peak_memory_mb']}")
    for level, ratio in results["ratios"].items():
        print(f"Ours / stock at {level:>2} concurrent: FAQ p50 {ratio['faq_p50']}x, p95 {ratio['faq_p95']}x, "
              f"throughput {ratio['throughput']}x")


def soak(minutes: float) -> int:
    """Concurrent FAQ load for `minutes`; memory growth of the Rasa server per 1,000 turns."""
    work = Path(tempfile.mkdtemp(prefix="bn-soak-"))
    process, url, widget, _ = start_ours(work)
    samples = []
    try:
        pid = rasa_pid(process.pid)
        deadline = time.monotonic() + minutes * 60
        turns = 0
        samples.append((0, memory_mb(pid, "VmRSS")))
        seed = 0
        while time.monotonic() < deadline:
            seed += 1
            latencies, done, _ = asyncio.run(load(url, 10, 40, True, widget, seed=seed))
            turns += done
            samples.append((turns, memory_mb(pid, "VmRSS")))
            print(f"  {turns:>6} turns, Rasa RSS {samples[-1][1]:.0f} MB", flush=True)
    finally:
        stop(process)
    half = samples[len(samples) // 2:]  # after warm-up
    xs, ys = [s[0] for s in half], [s[1] for s in half]
    slope = 0.0
    if len(xs) > 1 and max(xs) > min(xs):
        mean_x, mean_y = statistics.mean(xs), statistics.mean(ys)
        slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / sum((x - mean_x) ** 2 for x in xs)
    result = {"minutes": minutes, "turns": samples[-1][0], "rss_mb": samples,
              "growth_mb_per_1000_turns_after_warmup": round(slope * 1000, 2)}
    (OUT / "soak.json").write_text(json.dumps(result, indent=2))
    print(f"Soak: {result['turns']} turns in {minutes} min; Rasa memory growth after warm-up: "
          f"{result['growth_mb_per_1000_turns_after_warmup']} MB per 1,000 turns ({OUT / 'soak.json'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
