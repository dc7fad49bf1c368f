"""The website channel: origins checked, sessions signed by the server, no hijacking."""

import asyncio

import pytest
import socketio

from tests.running import WidgetClient as Client

# Signing and checking the widget's session ids: tests/brainnetwork/widget/test_sessions.py.


@pytest.mark.e2e
async def test_a_foreign_origin_cannot_connect(assistant):
    with pytest.raises(socketio.exceptions.ConnectionError):
        async with Client(assistant.url, "http://evil.example"):
            pass


@pytest.mark.e2e
async def test_sessions_are_signed_and_resumable(assistant):
    async with Client(assistant.url, assistant.widget_url) as first:
        token = await first.session()
        assert token.count(".") == 2  # <conversation id>.<issued at>.<signature>
    async with Client(assistant.url, assistant.widget_url) as again:
        resumed = await again.session(token)  # a reload resumes the conversation
        assert resumed.split(".")[0] == token.split(".")[0]


@pytest.mark.e2e
async def test_another_visitors_session_cannot_be_joined(assistant):
    async with Client(assistant.url, assistant.widget_url) as visitor, \
            Client(assistant.url, assistant.widget_url) as intruder:
        token = await visitor.session()
        raw_id = token.split(".")[0]
        forged = await intruder.session(raw_id)  # Rasa's own channel would accept this
        assert forged != token and forged.split(".")[0] != raw_id
        # A message naming the visitor's session goes into the intruder's own session.
        await intruder.sio.emit("user_uttered", {"message": "hallo", "session_id": token})
        await intruder.next("bot_uttered")
        with pytest.raises(asyncio.TimeoutError):
            await visitor.next("bot_uttered", timeout=5)


@pytest.mark.e2e
async def test_a_message_before_a_session_is_refused(assistant):
    async with Client(assistant.url, assistant.widget_url) as client:
        await client.sio.emit("user_uttered", {"message": "hallo"})
        assert await client.next("session_required", timeout=10) == {}


@pytest.mark.e2e
async def test_socket_io_refuses_an_over_long_message_in_dutch(assistant):
    import requests

    async with Client(assistant.url, assistant.widget_url) as client:
        session = await client.session()
        await client.sio.emit("user_uttered", {"message": "x" * 100_000, "session_id": session})
        assert (await client.next("bot_uttered"))["text"].startswith("Je bericht is te lang")
        await client.sio.emit("user_uttered", {"message": "wat is het microbioom?", "session_id": session})
        assert (await client.next("bot_uttered"))["text"].startswith("Je microbioom")
    # Beyond socket.io's own limit (1 MB per packet) the connection is closed; the server goes on.
    async with Client(assistant.url, assistant.widget_url) as client:
        session = await client.session()
        await client.sio.emit("user_uttered", {"message": "x" * 1_000_000, "session_id": session})
        await client.next("disconnect", timeout=30)  # the server closed it
    assert requests.get(f"{assistant.url}/webhooks/health/", timeout=10).status_code == 200
