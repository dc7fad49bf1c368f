"""The review app's URLs and parameters are English; the old Dutch ones (bookmarks) get a
permanent redirect with their parameters renamed; after logging in the app goes to a
path on this site only. On a database without conversations: no trained assistant."""

import asyncio
import re
from urllib.parse import parse_qsl, urlsplit

import pytest
from aiohttp.test_utils import TestClient, TestServer

from brainnetwork.review.middleware import renamed_url
from brainnetwork.review.service import Review
from brainnetwork.review.web import create_app
from tests.brainnetwork.review.conftest import with_review_settings
from tests.brainnetwork.review.test_web import PASSWORD, csrf_of, log_in


@pytest.fixture
async def client(empty_url):
    review = Review(empty_url, with_review_settings())
    review.accounts.create_user("anne", PASSWORD)
    client = TestClient(TestServer(create_app(review)))
    await client.start_server()
    yield client
    await client.close()
    review.store.engine.dispose()


def next_field(page: str) -> str:
    return re.search(r'name="next" value="([^"]*)"', page).group(1)


def parts(url: str):
    """Path (still encoded) and parameters, in order: the same URL however it is quoted."""
    split = urlsplit(url)
    return split.path, parse_qsl(split.query, keep_blank_values=True)


@pytest.mark.parametrize("old, new", [
    ("/gesprekken?vlag=crisis&zoek=moe&van=2026-01-01&tot=2026-02-01&pagina=2",
     "/conversations?flag=crisis&search=moe&from=2026-01-01&to=2026-02-01&page=2"),
    ("/gesprekken", "/conversations"),
    ("/gesprekken?verwijderd=visitor-1", "/conversations?deleted=visitor-1"),
    ("/gesprekken/export.csv?vlag=fallback", "/conversations/export.csv?flag=fallback"),
    ("/gesprekken/visitor-1", "/conversations/visitor-1"),
    ("/gesprekken/a%2Fb%20c/export.json", "/conversations/a%2Fb%20c/export.json"),  # kept encoded
    ("/kandidaten.yml?vlag=fallback&zoek=darm", "/candidates.yml?flag=fallback&search=darm"),
    ("/aanvragen?gewijzigd=BN-K7Q2XM", "/requests?changed=BN-K7Q2XM"),
    ("/login?volgende=%2Fgesprekken%3Fvlag%3Dcrisis", "/login?next=%2Fgesprekken%3Fvlag%3Dcrisis"),  # old login link
    ("/conversations?vlag=crisis&onbekend=1", "/conversations?flag=crisis&onbekend=1"),
])
async def test_an_old_url_redirects_permanently_with_its_parameters_renamed(client, old, new):
    response = await client.get(old, allow_redirects=False)  # a bookmark: not logged in yet
    assert response.status == 308 and parts(response.headers["Location"]) == parts(new)
    assert response.headers["Cache-Control"] == "no-store"  # the app's headers as on every answer


async def test_an_old_bookmark_leads_through_the_login_to_the_new_page(client):
    login = await client.get("/gesprekken?vlag=crisis&zoek=moe")  # 308, then 303 to the login form
    assert login.url.path == "/login" and login.history[0].status == 308
    assert next_field(await login.text()) == "/conversations?flag=crisis&amp;search=moe"
    response = await log_in(client, next_url="/conversations?flag=crisis&search=moe")
    assert response.status == 303 and response.headers["Location"] == "/conversations?flag=crisis&search=moe"
    page = await client.get("/gesprekken?vlag=crisis&zoek=moe")
    text = await page.text()
    assert page.status == 200 and page.url.path == "/conversations"
    assert '<option value="crisis" selected>' in text and 'name="search" value="moe"' in text


async def test_posts_to_old_paths_are_not_redirected(client):
    assert (await client.post("/gesprekken/visitor-1/verwijderen", data={}, allow_redirects=False)).status == 401
    await log_in(client)
    token = await csrf_of(client)
    for path in ("/gesprekken/visitor-1/verwijderen", "/aanvragen/BN-K7Q2XM/status"):
        response = await client.post(path, data={"csrf": token, "confirm": "yes", "status": "closed"},
                                     allow_redirects=False)
        assert response.status == 404, path


async def test_parameters_are_renamed_only_on_the_apps_own_paths(client):
    unknown = await client.get("/bestaat-niet?vlag=crisis", allow_redirects=False)
    assert unknown.status == 303 and unknown.headers["Location"].startswith("/login")  # no 308
    for path in ("//evil.example", "/\\evil.example", "//evil.example/gesprekken"):
        assert renamed_url(path, {"vlag": "crisis"}, routed=False) is None, path
    # Over the wire too: a request line with a path that a browser would read as another site.
    reader, writer = await asyncio.open_connection(client.host, client.port)
    writer.write(b"GET //evil.example?volgende=/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
    status_line = await reader.readline()
    location = re.search(r"^Location: (.*)$", (await reader.read()).decode("latin-1"), re.MULTILINE).group(1)
    writer.close()
    assert b" 303 " in status_line and location.startswith("/login?")  # to the login form, not elsewhere


@pytest.mark.parametrize("asked, went", [
    ("/requests", "/requests"),
    ("/conversations?flag=crisis", "/conversations?flag=crisis"),
    ("", "/conversations"),
    ("conversations", "/conversations"),
    ("https://evil.example/", "/conversations"),
    ("//evil.example", "/conversations"),
    ("/\\evil.example", "/conversations"),  # a browser reads \ as /
    ("/\t/evil.example", "/conversations"),  # and drops tabs and line breaks
])
async def test_after_logging_in_the_app_goes_to_a_local_path_only(client, asked, went):
    response = await log_in(client, next_url=asked)
    assert response.status == 303 and response.headers["Location"] == went


async def test_the_login_form_keeps_only_a_local_next_path(client):
    assert next_field(await (await client.get("/login", params={"next": "/requests"})).text()) == "/requests"
    for other_site in ("//evil.example", "https://evil.example/", "/\\evil.example"):
        page = await client.get("/login", params={"next": other_site})
        assert next_field(await page.text()) == "/conversations", other_site
    old = await client.get("/login", params={"volgende": "//evil.example"})  # renamed, then refused
    assert old.history[0].status == 308 and next_field(await old.text()) == "/conversations"
