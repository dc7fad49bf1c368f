"""The staff review web app, over HTTP, on recorded conversations (SQLite, PostgreSQL)."""

import logging
import re

import pytest
from aiohttp.test_utils import TestClient, TestServer

from brainnetwork.review.web import LOGIN_COOKIE, PUBLIC, AccessLogger, create_app
from tests.brainnetwork.review.conftest import EMAIL, PHONE, count_rows

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


async def log_in(client, username="anne", password=PASSWORD, next_url="/gesprekken"):
    page = await client.get("/login")
    csrf = re.search(r'name="csrf" value="([^"]+)"', await page.text()).group(1)
    return await client.post("/login", data={"csrf": csrf, "gebruikersnaam": username, "wachtwoord": password,
                                             "volgende": next_url}, allow_redirects=False)


async def csrf_of(client, path="/gesprekken"):
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
        response = await client.request(method, path, allow_redirects=False, data={"status": "closed", "bevestig": "ja"})
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
    assert response.status == 303 and response.headers["Location"] == "/gesprekken"
    actions = [e.action for e in review.audit.latest()]
    assert actions[:2] == ["login", "login_failed"]


async def test_five_failed_logins_lock_the_account(client):
    for _ in range(5):
        await log_in(client, password="fout fout fout")
    response = await log_in(client)
    assert response.status == 429 and "15 minuten" in await response.text()


async def test_login_form_needs_its_own_token(client):
    await client.get("/login")
    response = await client.post("/login", data={"csrf": "geraden", "gebruikersnaam": "anne", "wachtwoord": PASSWORD})
    assert response.status == 403
    client.session.cookie_jar.clear()
    response = await client.post("/login", data={"gebruikersnaam": "anne", "wachtwoord": PASSWORD})
    assert response.status == 403 and LOGIN_COOKIE


async def test_list_masks_phone_and_email_and_filters_on_crisis(client, recorded, review):
    await log_in(client)
    page = await (await client.get("/gesprekken")).text()
    assert recorded.ids["personal"] in page
    assert PHONE not in page and "12345678" not in page and EMAIL not in page
    assert "p***@example.nl" in page and "******78" in page
    crisis = await (await client.get("/gesprekken", params={"vlag": "crisis"})).text()
    assert recorded.ids["crisis"] in crisis and recorded.ids["faq"] not in crisis
    found = await (await client.get("/gesprekken", params={"zoek": "plugh"})).text()
    assert recorded.ids["faq"] in found and recorded.ids["crisis"] not in found
    assert review.audit.latest()[0].detail.startswith("met zoekterm")  # never the words themselves


async def test_transcript_shows_full_values_intents_and_the_request(client, recorded, review):
    await log_in(client)
    response = await client.get(f"/gesprekken/{recorded.ids['contact']}")
    page = await response.text()
    assert response.status == 200
    assert EMAIL in page and recorded.reference in page and "request_contact" in page
    assert "formulier gestart: intake_form" in page and "vraagt: email" in page
    assert re.search(r"\(0\.\d\d\)|\(1\.00\)", page)
    entry = review.audit.latest()[0]
    assert (entry.actor, entry.action, entry.target) == ("anne", "view", recorded.ids["contact"])
    assert (await client.get("/gesprekken/bestaat-niet")).status == 404


async def test_exports_are_downloads(client, recorded):
    await log_in(client)
    one = await client.get(f"/gesprekken/{recorded.ids['crisis']}/export.json")
    assert one.status == 200 and "attachment" in one.headers["Content-Disposition"]
    assert (await one.json(content_type=None))["conversations"][0]["conversation_id"] == recorded.ids["crisis"]
    listed = await client.get("/gesprekken/export.csv", params={"vlag": "crisis"})
    body = await listed.text()
    assert listed.headers["Content-Type"].startswith("text/csv") and recorded.ids["crisis"] in body
    assert recorded.ids["faq"] not in body
    candidates = await client.get("/kandidaten.yml")
    assert "te_labelen" in await candidates.text()


async def test_changes_need_the_csrf_token_and_the_same_origin(client, recorded, review_url):
    await log_in(client)
    contact = recorded.ids["contact"]
    no_token = await client.post(f"/gesprekken/{contact}/verwijderen", data={"bevestig": "ja"})
    assert no_token.status == 403
    token = await csrf_of(client)
    other_site = await client.post(f"/gesprekken/{contact}/verwijderen", data={"bevestig": "ja", "csrf": token},
                                   headers={"Origin": "https://evil.example"})
    assert other_site.status == 403
    assert count_rows(review_url, "events", "sender_id", contact) > 0


async def test_delete_needs_confirmation_then_erases_everything(client, recorded, review_url, review):
    await log_in(client)
    contact, token = recorded.ids["contact"], await csrf_of(client)
    unconfirmed = await client.post(f"/gesprekken/{contact}/verwijderen", data={"csrf": token}, allow_redirects=False)
    assert unconfirmed.status == 303 and count_rows(review_url, "events", "sender_id", contact) > 0
    done = await client.post(f"/gesprekken/{contact}/verwijderen", data={"csrf": token, "bevestig": "ja"})
    assert done.status == 200 and "is verwijderd" in await done.text()
    assert count_rows(review_url, "events", "sender_id", contact) == 0
    assert count_rows(review_url, "contact_requests", "conversation_id", contact) == 0
    assert (await client.get(f"/gesprekken/{contact}")).status == 404
    assert review.audit.latest()[1].action == "delete"


async def test_staff_change_the_status_of_a_contact_request(client, recorded, review_url, review):
    await log_in(client)
    page = await (await client.get("/aanvragen")).text()
    assert recorded.reference in page and EMAIL not in page and "p***@example.nl" in page
    token = await csrf_of(client, "/aanvragen")
    response = await client.post(f"/aanvragen/{recorded.reference}/status", data={"csrf": token, "status": "contacted"})
    assert response.status == 200 and f"Status van {recorded.reference} gewijzigd" in await response.text()
    assert count_rows(review_url, "contact_requests", "status", "contacted") == 1
    bad = await client.post(f"/aanvragen/{recorded.reference}/status", data={"csrf": token, "status": "weg"})
    assert bad.status == 400
    assert any(e.action == "status" and e.target == recorded.reference and e.detail == "contacted"
               for e in review.audit.latest())


async def test_logout_ends_the_session(client):
    await log_in(client)
    token = await csrf_of(client)
    await client.post("/logout", data={"csrf": token})
    assert (await client.get("/gesprekken", allow_redirects=False)).status == 303


async def test_audit_page_and_security_headers(client):
    await log_in(client)
    response = await client.get("/audit")
    assert response.status == 200 and "login" in await response.text()
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["Cache-Control"] == "no-store" and response.headers["X-Frame-Options"] == "DENY"


async def test_access_log_has_no_query_strings(client, caplog):
    caplog.set_level(logging.INFO, logger="brainnetwork.review.access")
    await log_in(client)
    await client.get("/gesprekken", params={"zoek": PHONE})
    assert "GET /gesprekken 200" in caplog.text and PHONE not in caplog.text and "zoek" not in caplog.text
