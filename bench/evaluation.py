"""The real-question and crisis benchmarks, end to end over REST.

    python bench/evaluation.py understanding [--url http://localhost:5005] [--record]
    python bench/evaluation.py crisis        [--url ...] [--record]
    python bench/evaluation.py crisis --file fresh.yml   # a check set written later, same form

Without --url it starts the assistant as `make run` does (own ports, own SQLite file).
It prints the figures, writes them to results/bench/, and keeps them with their
confusions in docs/benchmarks/ (understanding.json, crisis.json). With --record, a
figure that beat the best recorded one becomes the new best in
docs/benchmarks/ratchet.json, which `make test` holds the assistant to.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.processes import OUT, start_ours, stop  # noqa: E402
from brainnetwork.evaluation import runner, scoring, sets  # noqa: E402

DOCS = ROOT / "docs" / "benchmarks"
RATCHET = DOCS / "ratchet.json"


def understanding(url: str, file=None) -> dict:
    questions = sets.visitor_questions(files=[file] if file else None)
    replies = runner.run_all(url, [q.text for q in questions], "fresh",
                             progress=lambda n: print(f"  {n}/{len(questions)}", flush=True))
    return scoring.understanding_figures(questions, replies)


def crisis(url: str, file=None) -> dict:
    messages = sets.crisis_messages(path=file)
    replies = {}
    for state in runner.STATES:
        print(f"  state {state}...", flush=True)
        replies[state] = runner.run_all(url, [m.text for m in messages], state)
    return scoring.crisis_figures(messages, replies)


def summary(name: str, figures: dict) -> str:
    if name == "understanding":
        lines = [f"accuracy {figures['accuracy']:.3f} on {figures['questions']} questions; "
                 f"fallback {figures['fallback_rate']:.3f}; wrong topic {figures['wrong_topic_rate']:.3f}"]
        lines += [f"  {kind:10} {v['accuracy']:.3f} ({v['questions']})" for kind, v in figures["by_kind"].items()]
        lines += [f"    {topic:28} {v['accuracy']:.3f} ({v['questions']})" for topic, v in figures["by_topic"].items()]
        return "\n".join(lines)
    return "\n".join(f"  {state:13} recall {v['recall']:.3f} ({v['crisis_messages']}), false alarms "
                     f"{v['false_alarm_rate']:.3f} ({len(v['false_alarms'])}/{v['hard_negatives']})"
                     for state, v in figures["states"].items())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("benchmark", choices=["understanding", "crisis"])
    parser.add_argument("--url", help="a running assistant (default: start one)")
    parser.add_argument("--record", action="store_true", help="move improved figures into the ratchet")
    parser.add_argument("--file", type=Path, help="another set of the same form (a fresh check): figures "
                        "are printed and written to results/bench/ only")
    args = parser.parse_args(argv)
    process = None
    url = args.url
    if not url:
        print("Starting the assistant...", flush=True)
        process, url, _, _ = start_ours(Path(tempfile.mkdtemp(prefix="bench-eval-")))
    try:
        started = time.monotonic()
        run = understanding if args.benchmark == "understanding" else crisis
        figures = run(url, args.file)
        figures["seconds"] = round(time.monotonic() - started, 1)
    finally:
        if process:
            stop(process)
    print(summary(args.benchmark, figures))
    if args.file:
        scoring.write_json(OUT / f"{args.benchmark}-{args.file.stem}.json", figures)
        return 0
    scoring.write_json(OUT / f"{args.benchmark}.json", figures)
    scoring.write_json(DOCS / f"{args.benchmark}.json", figures)
    ratchet = scoring.read_json(RATCHET)
    problems = scoring.ratchet_problems(figures, ratchet[args.benchmark])
    for problem in problems:
        print(f"WORSE THAN RECORDED: {problem}")
    if args.record:
        ratchet[args.benchmark] = scoring.updated_ratchet(figures, ratchet[args.benchmark])
        scoring.write_json(RATCHET, ratchet)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
