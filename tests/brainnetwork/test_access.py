"""Who counts as "this machine", and bearer tokens (brainnetwork/access.py)."""

import pytest

from brainnetwork.access import bearer_token_matches, is_local, is_loopback


@pytest.mark.parametrize("address", ["127.0.0.1", "127.3.4.5", "::1", "::ffff:127.0.0.1", "localhost",
                                     "127.0.0.1:4711", "[::1]:4711", '"[::1]"'])
def test_loopback(address):
    assert is_loopback(address)


@pytest.mark.parametrize("address", ["", None, "192.0.2.2", "10.0.0.1", "::ffff:192.0.2.2", "2001:db8::1",
                                     "0.0.0.0", "unknown", "evil.example", "127.0.0.1.evil.example"])
def test_not_loopback(address):
    assert not is_loopback(address)


def test_a_request_is_local_only_when_every_named_address_is_loopback():
    assert is_local("127.0.0.1", [])
    assert is_local("::1", [("x-forwarded-for", "127.0.0.1"), ("forwarded", "for=127.0.0.1;proto=https")])
    assert not is_local("192.0.2.2", [])
    assert not is_local("192.0.2.2", [("x-forwarded-for", "127.0.0.1")])  # a remote client cannot claim loopback
    assert not is_local("127.0.0.1", [("x-forwarded-for", "127.0.0.1, 203.0.113.9")])
    assert not is_local("127.0.0.1", [("x-real-ip", "203.0.113.9")])
    assert not is_local("127.0.0.1", [("forwarded", 'for="[2001:db8::1]:4711";proto=https')])
    assert not is_local("127.0.0.1", [("forwarded", "for=_hidden")])  # unreadable counts as remote
    assert not is_local("127.0.0.1", [("x-forwarded-for", "")])


def test_bearer_tokens():
    token = "t" * 40
    assert bearer_token_matches(f"Bearer {token}", token)
    assert bearer_token_matches(f"bearer  {token} ", token)
    for header in (None, "", token, f"Basic {token}", f"Bearer {token[:-1]}", f"Bearer {token}x", "Bearer "):
        assert not bearer_token_matches(header, token)
    assert not bearer_token_matches("Bearer ", "")  # no token configured: nothing matches
