"""What a second Rasa instance buys: throughput of one instance and of two behind
HAProxy, at the same p95 latency, on PostgreSQL and Redis as `make run-scaled` runs them.

    .venv/bin/python bench/scale_out.py    # about 5 minutes; needs PostgreSQL and Redis

For one and for two instances, it starts the assistant with the run command's launcher
(action server, review app, widget; with two, HAProxy in front) on a fresh
PostgreSQL database, and replays article-question conversations over REST (five
questions each) at rising concurrency. The p95 budget is one instance's p95 at 10
concurrent conversations; for each deployment it takes the highest throughput of the
levels that stay within that budget, and prints the ratio (goal: at least 1.6x). With two
instances it also measures what HAProxy adds per turn: the same questions, one at a time,
through HAProxy and straight to the instance that HAProxy chose, alternately (goal: under
2 ms at the median), and the same for a request that does no work (GET /webhooks/rest/).
Writes results/bench/scale_out.json and results/bench/scale_out.png.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Dict, List

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.load import load, percentiles  # noqa: E402
from bench.processes import OUT, descendants, memory_mb, start_ours, stop  # noqa: E402

LEVELS = (1, 4, 8, 10, 12, 16, 20, 24)
BUDGET_LEVEL = 10
POSTGRES = "postgresql://postgres@127.0.0.1:5432/{name}"
REDIS = "redis://127.0.0.1:6379/1"


def fresh_database() -> str:
    from brainnetwork.storage.database import check_reachable, create_if_missing

    url = POSTGRES.format(name=f"brainnetwork_bench_{uuid.uuid4().hex[:8]}")
    create_if_missing(url)
    check_reachable(url)
    return url


def drop_database(url: str) -> None:
    import psycopg2

    name = url.rsplit("/", 1)[1]
    admin = psycopg2.connect(POSTGRES.format(name="postgres"))
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
    admin.close()


def sweep(instances: int, conversations: int) -> Dict:
    work = Path(tempfile.mkdtemp(prefix=f"bn-scale-{instances}-"))
    database = fresh_database()
    process, url, widget, first = start_ours(work, RASA_INSTANCES=str(instances), DATABASE_URL=database,
                                             LOCK_STORE_URL=REDIS)
    print(f"{instances} instance(s): first answer {first:.1f} s after start", flush=True)
    result: Dict = {"start_to_first_answer_s": round(first, 1), "levels": {}}
    try:
        asyncio.run(load(url, 4, 8, True, widget, faq_only=True, seed=1))  # warm-up
        for level in LEVELS:
            latencies, turns, seconds = asyncio.run(
                load(url, level, max(conversations, 3 * level), True, widget, faq_only=True, seed=level))
            figures = {"turns": turns, "seconds": round(seconds, 1), "turns_per_s": round(turns / seconds, 1),
                       "faq": percentiles(latencies["faq"])}
            result["levels"][str(level)] = figures
            print(f"  {level:>2} concurrent: {figures['turns_per_s']:>5} turns/s, p50 {figures['faq']['p50']} ms, "
                  f"p95 {figures['faq']['p95']} ms", flush=True)
        if instances > 1:
            result["haproxy_added_latency_ms"] = haproxy_overhead(url)
            print(f"  HAProxy adds {result['haproxy_added_latency_ms']['turn']['added_p50']} ms per turn "
                  f"(p50), {result['haproxy_added_latency_ms']['empty_request']['added_p50']} ms per empty "
                  "request", flush=True)
        result["peak_memory_mb"] = {
            f"{pid}:{' '.join(command.split()[1:4])}": round(memory_mb(pid), 0)
            for pid, command in descendants(process.pid).items()}
    finally:
        stop(process)
        drop_database(database)
    return result


OVERHEAD_TURNS = 200
OVERHEAD_EMPTY = 1000


def haproxy_overhead(url: str) -> Dict:
    """p50 of a turn through HAProxy and straight to an instance (each instance in turn),
    alternately, one at a time, each way first as often (kept-alive connections on both
    ways); the difference is what HAProxy adds. The same for GET /webhooks/rest/ (no work:
    HAProxy's cost alone)."""
    import statistics

    import requests

    from assistant import FAQ

    ports = {f"rasa{n}": int(url.rsplit(":", 1)[1]) + n for n in (1, 2)}
    via, direct = requests.Session(), requests.Session()
    times: Dict[str, List[float]] = {"via": [], "direct": [], "via_empty": [], "direct_empty": []}

    def timed(session, method: str, target: str, **kwargs):
        started = time.perf_counter()
        answer = session.request(method, target, timeout=60, **kwargs)
        elapsed = (time.perf_counter() - started) * 1000
        answer.raise_for_status()
        return answer, elapsed

    for number in range(OVERHEAD_TURNS):
        question = FAQ[number % len(FAQ)]
        instance = f"http://127.0.0.1:{ports[f'rasa{1 + number % 2}']}"
        ways = [("via", via, url), ("direct", direct, instance)]
        for name, session, target in ways if number % 4 < 2 else ways[::-1]:  # neither always first
            times[name].append(timed(session, "POST", f"{target}/webhooks/rest/webhook",
                                     json={"sender": f"overhead-{name}-{number}", "message": question})[1])
    instance = f"http://127.0.0.1:{ports['rasa1']}"
    for _ in range(OVERHEAD_EMPTY):
        times["via_empty"].append(timed(via, "GET", f"{url}/webhooks/rest/")[1])
        times["direct_empty"].append(timed(direct, "GET", f"{instance}/webhooks/rest/")[1])
    median = {name: statistics.median(values) for name, values in times.items()}
    return {
        "turn": {"n": OVERHEAD_TURNS, "p50_via_haproxy": round(median["via"], 2),
                 "p50_direct": round(median["direct"], 2),
                 "added_p50": round(median["via"] - median["direct"], 2)},
        "empty_request": {"n": OVERHEAD_EMPTY, "p50_via_haproxy": round(median["via_empty"], 2),
                          "p50_direct": round(median["direct_empty"], 2),
                          "added_p50": round(median["via_empty"] - median["direct_empty"], 2)},
        "goal_added_p50_ms": 2.0,
    }


def best_within(result: Dict, budget_ms: float) -> Dict:
    """The level with the highest throughput whose p95 stays within `budget_ms`."""
    within = [(figures["turns_per_s"], int(level)) for level, figures in result["levels"].items()
              if figures["faq"]["p95"] <= budget_ms]
    if not within:
        return {"turns_per_s": 0.0, "level": None}
    turns_per_s, level = max(within)
    return {"turns_per_s": turns_per_s, "level": level}


def plot(results: Dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(7, 4.5))
    for key, label in (("one", "1 Rasa instance"), ("two", "2 instances + HAProxy")):
        levels = results[key]["levels"]
        axis.plot([v["turns_per_s"] for v in levels.values()], [v["faq"]["p95"] for v in levels.values()],
                  marker="o", label=label)
        for level, figures in levels.items():
            axis.annotate(level, (figures["turns_per_s"], figures["faq"]["p95"]), fontsize=7,
                          textcoords="offset points", xytext=(3, 3))
    axis.axhline(results["p95_budget_ms"], color="grey", linestyle="--", label="p95 budget")
    axis.set_xlabel("throughput (turns/s); labels: concurrent conversations")
    axis.set_ylabel("FAQ turn p95 (ms)")
    axis.set_title("Scale-out on PostgreSQL + Redis")
    axis.legend()
    figure.tight_layout()
    figure.savefig(path, dpi=110)


def main(argv: List[str] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=40, help="conversations per load level")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    results: Dict = {"machine": {"cpus": os.cpu_count()}, "started": time.strftime("%Y-%m-%d %H:%M")}
    results["one"] = sweep(1, args.conversations)
    results["two"] = sweep(2, args.conversations)
    budget = results["one"]["levels"][str(BUDGET_LEVEL)]["faq"]["p95"]
    results["p95_budget_ms"] = budget
    one, two = best_within(results["one"], budget), best_within(results["two"], budget)
    results["best_within_budget"] = {"one": one, "two": two}
    results["throughput_ratio"] = round(two["turns_per_s"] / one["turns_per_s"], 2) if one["turns_per_s"] else None
    (OUT / "scale_out.json").write_text(json.dumps(results, indent=2))
    plot(results, OUT / "scale_out.png")
    print(f"\np95 budget (one instance at {BUDGET_LEVEL} concurrent): {budget} ms")
    print(f"Within it: one instance {one['turns_per_s']} turns/s (at {one['level']} concurrent), "
          f"two instances {two['turns_per_s']} turns/s (at {two['level']} concurrent): "
          f"{results['throughput_ratio']}x (goal >= 1.6x)")
    added = results["two"].get("haproxy_added_latency_ms", {}).get("turn", {})
    print(f"HAProxy adds {added.get('added_p50')} ms per turn at the median "
          f"({added.get('p50_via_haproxy')} ms through it, {added.get('p50_direct')} ms direct; goal < 2 ms)")
    print(f"Written: {OUT / 'scale_out.json'}, {OUT / 'scale_out.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
