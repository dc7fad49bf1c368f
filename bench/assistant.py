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
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.load import load, percentiles  # noqa: E402
from bench.processes import (OUT, descendants, memory_mb, rasa_pid, start_ours, start_stock,  # noqa: E402
                             stock_project, stop, train_time)


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


def machine() -> dict:
    return {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version(),
            "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)}


def level_figures(latencies: dict, turns: int, seconds: float, kinds) -> dict:
    return {"turns": turns, "seconds": round(seconds, 1), "turns_per_s": round(turns / seconds, 1),
            **{kind: percentiles(latencies[kind]) for kind in kinds}}


def conversations_at(level: int, conversations: int) -> int:
    return max(10, conversations // (3 if level == 1 else 1))


def measure_ours(results: dict, conversations: int) -> None:
    """Our assistant under load (mixed turns, then FAQ only), its start-up and memory."""
    work = Path(tempfile.mkdtemp(prefix="bn-bench-"))
    process, url, widget, first = start_ours(work)
    results["start_to_first_answer_s"] = round(first, 1)
    print(f"Ours: first answer {first:.1f} s after start", flush=True)
    try:
        for level in (1, 10):
            count = conversations_at(level, conversations)
            latencies, turns, seconds = asyncio.run(load(url, level, count, True, widget))
            results["raw"]["ours_mixed"][str(level)] = latencies
            results.setdefault("ours_mixed", {})[str(level)] = level_figures(latencies, turns, seconds, latencies)
            print(f"  ours, mixed, {level:>2} concurrent: {turns} turns in {seconds:.1f} s", flush=True)
            latencies, turns, seconds = asyncio.run(load(url, level, count, True, widget, faq_only=True))
            results["raw"]["ours"][str(level)] = latencies
            results.setdefault("ours", {})[str(level)] = level_figures(latencies, turns, seconds, ["faq"])
            print(f"  ours, FAQ only, {level:>2} concurrent: {turns} turns in {seconds:.1f} s", flush=True)
        processes = {command.split()[2] if "-m" in command else command.split()[1]: pid
                     for pid, command in descendants(process.pid).items()}
        results["peak_memory_mb"] = {name: round(memory_mb(pid), 0) for name, pid in processes.items()}
        results["peak_memory_mb"]["rasa_server"] = round(memory_mb(rasa_pid(process.pid)), 0)
    finally:
        stop(process)


def measure_stock(results: dict, conversations: int, retrain: bool) -> None:
    """The stock `rasa init` assistant under the same FAQ load."""
    stock, stock_url, stock_first = start_stock(stock_project(retrain))
    results["stock_start_to_first_answer_s"] = round(stock_first, 1)
    try:
        for level in (1, 10):
            latencies, turns, seconds = asyncio.run(load(stock_url, level, conversations_at(level, conversations), False))
            results["raw"]["stock"][str(level)] = latencies
            results.setdefault("stock", {})[str(level)] = level_figures(latencies, turns, seconds, ["faq"])
        results["stock_peak_memory_mb"] = round(memory_mb(stock.pid), 0)
    finally:
        stop(stock)


def ratios(results: dict) -> dict:
    ours, stock = results["ours"], results["stock"]
    return {level: {
        "faq_p50": round(ours[level]["faq"]["p50"] / stock[level]["faq"]["p50"], 2),
        "faq_p95": round(ours[level]["faq"]["p95"] / stock[level]["faq"]["p95"], 2),
        "throughput": round(ours[level]["turns_per_s"] / stock[level]["turns_per_s"], 2),
    } for level in ("1", "10")}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-training", action="store_true", help="do not time a full training run")
    parser.add_argument("--retrain-stock", action="store_true")
    parser.add_argument("--conversations", type=int, default=60, help="conversations per load level")
    parser.add_argument("--soak-minutes", type=float, default=0, help="only a soak of this many minutes")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    if not (ROOT / "models" / "brainnetwork.tar.gz").exists():
        print("No trained model: run `make model` first.", file=sys.stderr)
        return 2
    if args.soak_minutes:
        return soak(args.soak_minutes)

    results = {"machine": machine(), "raw": {"ours_mixed": {}, "ours": {}, "stock": {}}}
    if not args.skip_training:
        print("Timing a full training run (rasa train --force)...", flush=True)
        results["training_s"] = round(train_time(), 1)
        print(f"  training: {results['training_s']} s", flush=True)
    measure_ours(results, args.conversations)
    measure_stock(results, args.conversations, args.retrain_stock)
    results["ratios"] = ratios(results)
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
