"""Scripted Dutch conversations replayed concurrently over REST and socket.io, with the
latency of every turn by kind (faq, complaint, intake, faq_socketio; stock for `rasa init`)."""

from __future__ import annotations

import asyncio
import random
import statistics
import time
from collections import defaultdict
from typing import Dict, List

FAQ = ["wat is het microbioom?", "wat doet serotonine?", "hoe werkt de darm-hersen-as?",
       "wat is GABA?", "helpt beweging voor mijn darmen?", "wat zijn psychobiotica?",
       "wat kan ik zelf doen?", "wat is dysbiose?", "wat is een leaky gut?", "wat doet stress met mijn buik?"]
COMPLAINT = ["ik ben altijd moe en heb vaak buikpijn", "sinds die antibiotica voel ik me somber"]
INTAKE = ["ik wil een afspraak", "ja", "ja", "Pieter", "per e-mail", "pieter@example.nl",
          "maakt niet uit", "geen", "ja"]
STOCK = ["hello", "I am feeling great", "I am sad", "are you a bot?", "good morning",
         "I'm happy", "goodbye", "hey there", "very sad", "bye"]


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
