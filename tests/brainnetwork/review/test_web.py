"""The staff review web app, over HTTP, on recorded conversations (SQLite, PostgreSQL)."""

import asyncio
import gzip
import logging
import re
import threading

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select, update

from brainnetwork.ports import free_port
from brainnetwork.request_bodies import REFUSED
from brainnetwork.review import accounts as accounts_module
from brainnetwork.review.service import Review
from brainnetwork.review.middleware import HSTS, PUBLIC
from brainnetwork.review.web import AccessLogger, create_app
from brainnetwork.review.web_context import LOGIN_COOKIE, SESSION_COOKIE
from brainnetwork.storage import migrate
from brainnetwork.storage.staff import LoginFailure, StaffUser
from tests.brainnetwork.review.conftest import EMAIL, PHONE, count_rows, with_review_settings
from tests.brainnetwork.test_request_bodies import bomb_leaves_memory_flat, server_process

pytestmark = pytest.mark.e2e
PASSWORD = "praktijk-wachtwoord-2026"


@pytest.fixture
async def client(review):
    review.accounts.create_user("anne", PASSWORD)
    server = TestServer(create_app(review))
    # as in web.main(): method, path and status only
    await server.start_server(access_log_class=AccessLogger, access_log=logging.getLogger("brainnetwork.review.access"))
    async with TestClient(server) as client:
        yield client


async def log_in(client, username="anne", password=PASSWORD, next_url="/conversations"):
    page = await client.get("/login")
    csrf = re.search(r'name="csrf" value="([^"]+)"', await page.text()).group(1)
    return await client.post("/login", data={"csrf": csrf, "username": username, "password": password,
                                             "next": next_url}, allow_redirects=False)


async def csrf_of(client, path="/conversations"):
    page = await client.get(path)
    return re.search(r'name="csrf" value="([^"]+)"', await page.text()).group(1)


def concrete(path, recorded):
    return (path.replace("{sender_id}", recorded.ids["contact"]).replace("{reference}", recorded.reference)
            .replace("{fmt}", "csv"))


async def test_no_page_export_or_change_without_login(client, recorded, review_url):
    routes = [(r.method, r.resource.canonical) for r in client.app.router.routes()
              if r.method != "HEAD" and r.resource.canonical not in PUBLIC]
    assert len(routes) == 11  # every route but /login, /health and the stylesheet
    for method, canonical in routes:
        path = concrete(canonical, recorded)
        response = await client.request(method, path, allow_redirects=False, data={"status": "closed", "confirm": "yes"})
        body = await response.text()
        assert response.status in (303, 401), (method, path, response.status)
        if response.status == 303:
            assert response.headers["Location"].startswith("/login")
        assert EMAIL not in body and "Bezoeker" not in body
    assert count_rows(review_url, "events", "sender_id", recorded.ids["contact"]) > 0
    assert count_rows(review_url, "contact_requests", "status", "new") == 1


async def test_wrong_password_is_refused_and_logged(client, review):
    response = await log_in(client, password="helemaal fout")
    assert response.status == 401 and "klopt niet" in await response.text()
    response = await log_in(client)
    assert response.status == 303 and response.headers["Location"] == "/conversations"
    actions = [e.action for e in review.audit.latest()]
    assert actions[:2] == ["login", "login_failed"]


async def test_five_failed_logins_lock_the_account(client):
    for _ in range(5):
        await log_in(client, password="fout fout fout")
    response = await log_in(client)
    assert response.status == 429 and "15 minuten" in await response.text()


async def test_login_form_needs_its_own_token(client):
    await client.get("/login")
    response = await client.post("/login", data={"csrf": "geraden", "username": "anne", "password": PASSWORD})
    assert response.status == 403
    client.session.cookie_jar.clear()
    response = await client.post("/login", data={"username": "anne", "password": PASSWORD})
    assert response.status == 403 and LOGIN_COOKIE


async def test_list_masks_phone_and_email_and_filters_on_crisis(client, recorded, review):
    await log_in(client)
    page = await (await client.get("/conversations")).text()
    assert recorded.ids["personal"] in page
    assert PHONE not in page and "12345678" not in page and EMAIL not in page
    assert "p***@example.nl" in page and "******78" in page
    crisis = await (await client.get("/conversations", params={"flag": "crisis"})).text()
    assert recorded.ids["crisis"] in crisis and recorded.ids["faq"] not in crisis
    found = await (await client.get("/conversations", params={"search": "plugh"})).text()
    assert recorded.ids["faq"] in found and recorded.ids["crisis"] not in found
    assert review.audit.latest()[0].detail.startswith("met zoekterm")  # never the words themselves


async def test_transcript_shows_full_values_intents_and_the_request(client, recorded, review):
    await log_in(client)
    response = await client.get(f"/conversations/{recorded.ids['contact']}")
    page = await response.text()
    assert response.status == 200
    assert EMAIL in page and recorded.reference in page and "request_contact" in page
    assert "formulier gestart: intake_form" in page and "vraagt: email" in page
    assert re.search(r"\(0\.\d\d\)|\(1\.00\)", page)
    entry = review.audit.latest()[0]
    assert (entry.actor, entry.action, entry.target) == ("anne", "view", recorded.ids["contact"])
    assert (await client.get("/conversations/bestaat-niet")).status == 404


async def test_exports_are_downloads(client, recorded):
    await log_in(client)
    one = await client.get(f"/conversations/{recorded.ids['crisis']}/export.json")
    assert one.status == 200 and "attachment" in one.headers["Content-Disposition"]
    assert (await one.json(content_type=None))["conversations"][0]["conversation_id"] == recorded.ids["crisis"]
    listed = await client.get("/conversations/export.csv", params={"flag": "crisis"})
    body = await listed.text()
    assert listed.headers["Content-Type"].startswith("text/csv") and recorded.ids["crisis"] in body
    assert recorded.ids["faq"] not in body
    candidates = await client.get("/candidates.yml")
    assert "to_label" in await candidates.text()


async def test_changes_need_the_csrf_token_and_the_same_origin(client, recorded, review_url):
    await log_in(client)
    contact = recorded.ids["contact"]
    no_token = await client.post(f"/conversations/{contact}/delete", data={"confirm": "yes"})
    assert no_token.status == 403
    token = await csrf_of(client)
    other_site = await client.post(f"/conversations/{contact}/delete", data={"confirm": "yes", "csrf": token},
                                   headers={"Origin": "https://evil.example"})
    assert other_site.status == 403
    assert count_rows(review_url, "events", "sender_id", contact) > 0


async def test_delete_needs_confirmation_then_erases_everything(client, recorded, review_url, review):
    await log_in(client)
    contact, token = recorded.ids["contact"], await csrf_of(client)
    unconfirmed = await client.post(f"/conversations/{contact}/delete", data={"csrf": token}, allow_redirects=False)
    assert unconfirmed.status == 303 and count_rows(review_url, "events", "sender_id", contact) > 0
    done = await client.post(f"/conversations/{contact}/delete", data={"csrf": token, "confirm": "yes"})
    assert done.status == 200 and "is verwijderd" in await done.text()
    assert count_rows(review_url, "events", "sender_id", contact) == 0
    assert count_rows(review_url, "contact_requests", "conversation_id", contact) == 0
    assert (await client.get(f"/conversations/{contact}")).status == 404
    assert review.audit.latest()[1].action == "delete"


async def test_staff_change_the_status_of_a_contact_request(client, recorded, review_url, review):
    await log_in(client)
    page = await (await client.get("/requests")).text()
    assert recorded.reference in page and EMAIL not in page and "p***@example.nl" in page
    token = await csrf_of(client, "/requests")
    response = await client.post(f"/requests/{recorded.reference}/status", data={"csrf": token, "status": "contacted"})
    assert response.status == 200 and f"Status van {recorded.reference} gewijzigd" in await response.text()
    assert count_rows(review_url, "contact_requests", "status", "contacted") == 1
    bad = await client.post(f"/requests/{recorded.reference}/status", data={"csrf": token, "status": "weg"})
    assert bad.status == 400
    assert any(e.action == "status" and e.target == recorded.reference and e.detail == "contacted"
               for e in review.audit.latest())


async def test_logout_ends_the_session(client):
    await log_in(client)
    token = await csrf_of(client)
    await client.post("/logout", data={"csrf": token})
    assert (await client.get("/conversations", allow_redirects=False)).status == 303


async def test_audit_page_and_security_headers(client):
    await log_in(client)
    response = await client.get("/audit")
    assert response.status == 200 and "login" in await response.text()
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["Cache-Control"] == "no-store" and response.headers["X-Frame-Options"] == "DENY"


async def test_access_log_has_no_query_strings(client, caplog):
    caplog.set_level(logging.INFO, logger="brainnetwork.review.access")
    await log_in(client)
    await client.get("/conversations", params={"search": PHONE})
    assert "GET /conversations 200" in caplog.text and PHONE not in caplog.text and "search" not in caplog.text


# --- Logins, sessions, HTTPS and request bodies, on a database without conversations ---

@pytest.fixture
async def make_client(empty_url):
    """make(**review_settings) -> (client, review): a review app with the account anne."""
    made = []

    async def make(**settings):
        review = Review(empty_url, with_review_settings(**settings))
        if "anne" not in review.accounts.usernames():
            review.accounts.create_user("anne", PASSWORD)
        client = TestClient(TestServer(create_app(review)))
        await client.start_server()
        made.append((client, review))
        return client, review

    yield make
    for client, review in made:
        await client.close()
        review.store.engine.dispose()


def set_cookies(response):
    """The cookies a response sets, as its Set-Cookie headers say (not as the client's jar keeps them)."""
    from http.cookies import SimpleCookie

    jar = SimpleCookie()
    for header in response.headers.getall("Set-Cookie", ()):
        jar.load(header)
    return jar


def failure_rows(review):
    with review.store.sessions() as session:
        return [(row.username, row.client) for row in session.execute(select(LoginFailure)).scalars()]


async def test_password_checks_do_not_block_the_event_loop(make_client, monkeypatch):
    client, _ = await make_client()
    entered, released, waits = threading.Event(), threading.Event(), []
    real = accounts_module._hasher

    class HeldHasher:
        """Holds the password check until the app has answered another request. Were the
        check on the event loop, nothing else could be answered: the wait would end by
        its time-out only (and this test fail, however fast the machine)."""

        def verify(self, stored, password):
            entered.set()
            waits.append(released.wait(60))
            return real.verify(stored, password)

        def __getattr__(self, name):
            return getattr(real, name)

    monkeypatch.setattr(accounts_module, "_hasher", HeldHasher())
    login = asyncio.ensure_future(log_in(client))
    await asyncio.get_running_loop().run_in_executor(None, entered.wait, 60)
    health = await client.get("/health")
    released.set()
    response = await login
    assert health.status == 200 and waits == [True]
    assert response.status == 303


async def test_a_client_that_fails_too_often_is_refused_for_every_account(make_client, monkeypatch):
    monkeypatch.setattr(accounts_module, "MAX_FAILED_LOGINS_PER_CLIENT", 3)
    client, review = await make_client()
    for name in ("annie", "anna", "anneke"):
        assert (await log_in(client, username=name)).status == 401
    response = await log_in(client)  # the right name and password, from the same client
    assert response.status == 429 and "15 minuten" in await response.text()
    assert [(e.actor, e.action) for e in review.audit.latest()] == [
        ("anne", "login_locked")] + [("(onbekende gebruikersnaam)", "login_failed")] * 3
    assert failure_rows(review) == [(None, "127.0.0.1")] * 3


async def test_the_lockout_holds_for_every_process_of_the_app(make_client):
    """Failures are counted in the database, not in one process's memory."""
    first, review = await make_client()
    second, _ = await make_client()
    for _ in range(5):
        assert (await log_in(first, password="fout fout fout")).status == 401
    assert (await log_in(second)).status == 429
    assert failure_rows(review) == [("anne", "127.0.0.1")] * 5


async def test_a_password_typed_as_the_name_never_reaches_the_audit_log(make_client):
    client, review = await make_client()
    assert (await log_in(client, username="Zomer2026!geheim", password="anne")).status == 401
    assert (await log_in(client)).status == 303
    page = await (await client.get("/audit")).text()
    assert "Zomer2026!geheim" not in page and "zomer2026!geheim" not in page
    assert "(onbekende gebruikersnaam)" in page
    assert all("zomer2026" not in str(row).lower() for row in failure_rows(review))


async def test_the_session_of_a_deactivated_account_is_refused(make_client):
    client, review = await make_client()
    await log_in(client)
    token = await csrf_of(client)
    assert (await client.get("/conversations", allow_redirects=False)).status == 200
    with review.store.sessions() as session:  # switched off without ending its sessions
        session.execute(update(StaffUser).where(StaffUser.username == "anne").values(active=False))
        session.commit()
    response = await client.get("/conversations", allow_redirects=False)
    assert response.status == 303 and response.headers["Location"].startswith("/login")
    assert (await client.post("/logout", data={"csrf": token}, allow_redirects=False)).status == 401


async def test_behind_https_the_app_sends_hsts_and_host_cookies(make_client):
    client, _ = await make_client(public_url="https://review.praktijk.example")
    page = await client.get("/login")
    assert page.headers["Strict-Transport-Security"] == HSTS
    login_cookie = set_cookies(page)[f"__Host-{LOGIN_COOKIE}"]
    assert login_cookie["secure"] and login_cookie["path"] == "/" and not login_cookie["domain"]
    csrf = re.search(r'name="csrf" value="([^"]+)"', await page.text()).group(1)
    # Secure cookies are not sent back over this test's plain HTTP: by hand, as a browser over HTTPS.
    response = await client.post("/login", data={"csrf": csrf, "username": "anne", "password": PASSWORD},
                                 headers={"Cookie": f"__Host-{LOGIN_COOKIE}={login_cookie.value}"},
                                 allow_redirects=False)
    assert response.status == 303
    session = set_cookies(response)[f"__Host-{SESSION_COOKIE}"]
    assert session["secure"] and session["httponly"] and session["path"] == "/" and not session["domain"]
    assert set_cookies(response)[f"__Host-{LOGIN_COOKIE}"]["secure"]  # its deletion too, or a browser ignores it
    listed = await client.get("/conversations", allow_redirects=False,
                              headers={"Cookie": f"__Host-{SESSION_COOKIE}={session.value}"})
    assert listed.status == 200 and listed.headers["Strict-Transport-Security"] == HSTS
    unprefixed = await client.get("/conversations", allow_redirects=False,
                                  headers={"Cookie": f"{SESSION_COOKIE}={session.value}"})
    assert unprefixed.status == 303


async def test_over_plain_http_no_hsts_and_a_forwarded_proto_changes_nothing(make_client):
    client, _ = await make_client()
    page = await client.get("/login", headers={"X-Forwarded-Proto": "https"})
    assert "Strict-Transport-Security" not in page.headers
    assert LOGIN_COOKIE in set_cookies(page) and f"__Host-{LOGIN_COOKIE}" not in set_cookies(page)


async def test_behind_a_proxy_the_login_limit_counts_the_forwarded_client(make_client, monkeypatch):
    monkeypatch.setattr(accounts_module, "MAX_FAILED_LOGINS_PER_CLIENT", 2)
    client, review = await make_client(public_url="http://review.intern.example")
    # The proxy appends the address it saw; what the client sent itself comes before it.
    for _ in range(2):
        page = await client.get("/login")
        csrf = re.search(r'name="csrf" value="([^"]+)"', await page.text()).group(1)
        await client.post("/login", data={"csrf": csrf, "username": "x", "password": "y"},
                          headers={"X-Forwarded-For": "198.51.100.99, 203.0.113.5"})
    assert failure_rows(review) == [(None, "203.0.113.5")] * 2

    async def log_in_from(address):
        page = await client.get("/login")
        csrf = re.search(r'name="csrf" value="([^"]+)"', await page.text()).group(1)
        return await client.post("/login", data={"csrf": csrf, "username": "anne", "password": PASSWORD},
                                 headers={"X-Forwarded-For": address}, allow_redirects=False)

    assert (await log_in_from("203.0.113.5")).status == 429
    assert (await log_in_from("203.0.113.6")).status == 303


async def test_without_a_proxy_setting_forwarded_addresses_are_ignored(make_client, monkeypatch):
    monkeypatch.setattr(accounts_module, "MAX_FAILED_LOGINS_PER_CLIENT", 2)
    client, review = await make_client()
    for n in range(2):
        page = await client.get("/login")
        csrf = re.search(r'name="csrf" value="([^"]+)"', await page.text()).group(1)
        await client.post("/login", data={"csrf": csrf, "username": "x", "password": "y"},
                          headers={"X-Forwarded-For": f"203.0.113.{n}"})
    assert failure_rows(review) == [(None, "127.0.0.1")] * 2


async def test_a_compressed_body_is_refused_before_it_is_read(make_client):
    client, _ = await make_client()
    await client.get("/login")
    response = await client.post("/login", data=gzip.compress(b"username=anne&password=x"),
                                 headers={"Content-Encoding": "gzip",
                                          "Content-Type": "application/x-www-form-urlencoded"})
    assert response.status == 415 and await response.text() == REFUSED
    assert response.headers["X-Frame-Options"] == "DENY"  # the app's headers as on every answer


def test_a_gzip_bomb_leaves_the_review_apps_memory_flat(tmp_path):
    port = free_port()
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'review.db'}", "WIDGET_SESSION_SECRET": "s" * 64}
    migrate(env["DATABASE_URL"])  # as the launcher, or the systemd unit, does before it starts the app
    with server_process(["-m", "brainnetwork.review.web", "--host", "127.0.0.1", "--port", str(port)],
                        port, env) as pid:
        bomb_leaves_memory_flat(pid, port, "/login", "application/x-www-form-urlencoded")
