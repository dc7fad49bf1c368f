"""End to end in a real browser: a visitor talks in the website widget; a staff member
logs in to the review app started by the run command, filters on crisis, reads the
transcript, exports it and deletes it. Screenshots: results/screenshots/review-*.png."""

import subprocess
import sys
import uuid

import pytest
from playwright.sync_api import expect
from sqlalchemy import create_engine, text

from brainnetwork.crisis import CRISIS_LINES
from tests.conftest import ROOT, SCREENSHOTS, ask, open_widget

pytestmark = pytest.mark.e2e
PASSWORD = "browser-test-wachtwoord"


@pytest.fixture(scope="module")
def staff_user(assistant):
    """A staff account, made with the CLI command the README documents."""
    username = f"staf{uuid.uuid4().hex[:6]}"
    result = subprocess.run(
        [sys.executable, "-m", "brainnetwork.review", "create-user", username, "--password-stdin"],
        input=PASSWORD + "\n", text=True, capture_output=True, cwd=ROOT,
        env={**__import__("os").environ, "DATABASE_URL": f"sqlite:///{assistant.database}"},
    )
    assert result.returncode == 0, result.stderr
    return username


def events_of(assistant, marker):
    engine = create_engine(f"sqlite:///{assistant.database}", future=True)
    with engine.connect() as connection:
        return connection.execute(text("SELECT count(*) FROM events WHERE data LIKE :m"), {"m": f"%{marker}%"}).scalar()


def filter_list(page, flag, search):
    """Filters the list of conversations on a flag (None: leaves it as it is) and a search."""
    if flag is not None:
        page.get_by_label("Vlag").select_option(flag)
    page.get_by_label("Zoeken").fill(search)
    page.get_by_role("button", name="Filteren").click()


def test_staff_find_read_export_and_delete_a_widget_conversation(browser, assistant, staff_user, tmp_path):
    marker = f"kwartel{uuid.uuid4().hex[:6]}"  # a unique word to find this conversation by
    visitor = browser.new_context(viewport={"width": 1280, "height": 860}, locale="nl-NL")
    chat = visitor.new_page()
    chat.goto(assistant.widget_url)
    open_widget(chat)
    ask(chat, f"ik wil niet meer leven {marker}")
    expect(chat.locator(".bn-log")).to_contain_text(CRISIS_LINES["suicide_line_free"], timeout=60_000)
    visitor.close()

    staff = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL", accept_downloads=True)
    page = staff.new_page()
    response = page.goto(f"{assistant.review_url}/conversations?flag=crisis")
    assert page.url.startswith(f"{assistant.review_url}/login")  # no list without login
    assert response.ok and marker not in page.content()
    page.get_by_label("Gebruikersnaam").fill(staff_user)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("heading", name="Gesprekken")).to_be_visible()

    filter_list(page, "crisis", marker)
    rows = page.locator("table.list tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("crisis")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    filter_list(page, "", "")
    page.screenshot(path=str(SCREENSHOTS / "review-list.png"), full_page=True)
    filter_list(page, "crisis", marker)

    rows.first.get_by_role("link").click()
    transcript = page.locator("ol.transcript")
    expect(transcript).to_contain_text(f"ik wil niet meer leven {marker}")
    expect(transcript).to_contain_text("crisis (")
    expect(transcript).to_contain_text(CRISIS_LINES["suicide_line_free"])
    page.screenshot(path=str(SCREENSHOTS / "review-transcript.png"), full_page=True)

    with page.expect_download() as download:
        page.get_by_role("link", name="CSV").click()
    saved = tmp_path / "export.csv"
    download.value.save_as(saved)
    assert marker in saved.read_text(encoding="utf-8")

    assert events_of(assistant, marker) > 0
    page.get_by_role("button", name="Gesprek verwijderen").click()  # not yet confirmed
    expect(page.get_by_role("alert")).to_contain_text("Vink eerst aan")
    assert events_of(assistant, marker) > 0
    page.get_by_label("Ja, definitief verwijderen").check()
    page.get_by_role("button", name="Gesprek verwijderen").click()
    expect(page.get_by_role("status")).to_contain_text("is verwijderd")
    assert events_of(assistant, marker) == 0

    filter_list(page, None, marker)
    expect(page.locator("table.list tbody")).to_contain_text("Geen gesprekken gevonden")
    page.get_by_role("button", name="Uitloggen").click()
    page.goto(f"{assistant.review_url}/audit")
    assert "/login" in page.url
    staff.close()
