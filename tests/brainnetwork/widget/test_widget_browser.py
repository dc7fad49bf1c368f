"""The chat widget in a real browser: Debian's headless Chromium driven by Playwright.

The page is the demo site served by the run command's launcher. Screenshots (desktop
and mobile) are kept in results/screenshots/.
"""

import json

import pytest
from playwright.sync_api import expect

from brainnetwork.crisis import CRISIS_LINES
from brainnetwork.messages import MAX_MESSAGE_CHARS
from tests.conftest import ROOT, SCREENSHOTS, ask, bot_messages, first_sentence, load_yaml, open_widget

pytestmark = pytest.mark.e2e
AXE = ROOT / "brainnetwork" / "widget" / "node_modules" / "axe-core" / "axe.min.js"
DOMAIN = load_yaml(ROOT / "domain.yml")
FAQ = load_yaml(ROOT / "data" / "responses" / "faq.yml")["responses"]
@pytest.fixture
def page(browser, assistant):
    context = browser.new_context(viewport={"width": 1280, "height": 860}, locale="nl-NL")
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(assistant.widget_url)
    yield page
    context.close()


def conversation(page):
    """The whole log: Rasa's socket.io channel sends each paragraph as its own message."""
    return page.locator(".bn-log")


def test_a_conversation_history_and_a_new_start(page):
    open_widget(page)
    footer = page.locator(".bn-footer")
    for number in (CRISIS_LINES["suicide_line_short"], CRISIS_LINES["suicide_line_free"], CRISIS_LINES["emergency_number"]):
        expect(footer).to_contain_text(number)

    ask(page, "Wat is het microbioom?")
    expect(conversation(page)).to_contain_text(first_sentence("utter_faq_microbiome", FAQ), timeout=30_000)
    ask(page, "Wat doet serotonine?")
    expect(conversation(page)).to_contain_text("90–95%", timeout=30_000)

    # A quick reply sends its payload and then can no longer be clicked.
    expect(bot_messages(page).last.get_by_role("button", name="Wat is GABA?")).to_be_visible(timeout=30_000)
    # Pinned to this message: once the answer arrives, "last" is another message.
    reply = bot_messages(page).nth(bot_messages(page).count() - 1).get_by_role("button", name="Wat is GABA?")
    reply.click()
    expect(reply).to_be_disabled()
    expect(conversation(page)).to_contain_text(first_sentence("utter_faq_gaba", FAQ), timeout=60_000)
    expect(page.locator(".bn-msg.bn-user").last).to_have_text("Jij: Wat is GABA?")

    page.wait_for_timeout(1000)
    count = page.locator(".bn-msg").count()
    page.reload()
    expect(page.locator(".bn-msg")).to_have_count(count)
    expect(conversation(page)).to_contain_text(first_sentence("utter_faq_microbiome", FAQ))
    expect(page.get_by_role("button", name="Wat is GABA?")).to_be_disabled()
    assert page.evaluate("localStorage.length") == 0  # history in sessionStorage only
    assert json.loads(page.evaluate("sessionStorage.getItem('bn-chat-history')"))

    page.get_by_role("button", name="Nieuw gesprek").click()
    expect(page.locator(".bn-msg")).to_have_count(1, timeout=60_000)
    expect(bot_messages(page).first).to_contain_text(first_sentence("utter_greet"))


def test_a_conversation_the_server_no_longer_resumes_leaves_no_history_on_screen(page):
    """An expired (or otherwise invalid) session token starts a new conversation; the old
    one's messages must not stay on the screen of whoever uses the tab next."""
    open_widget(page)
    ask(page, "Wat is het microbioom?")
    expect(conversation(page)).to_contain_text(first_sentence("utter_faq_microbiome", FAQ), timeout=30_000)
    page.wait_for_timeout(500)
    token = json.loads(page.evaluate("sessionStorage.getItem('bn-chat-session')"))
    stale = token.split(".")[0] + ".0.AAAA"  # the server refuses it as it refuses an expired one
    page.evaluate(f"sessionStorage.setItem('bn-chat-session', JSON.stringify({json.dumps(stale)}))")
    page.reload()
    expect(bot_messages(page).first).to_contain_text(first_sentence("utter_greet"), timeout=60_000)
    expect(conversation(page)).not_to_contain_text(first_sentence("utter_faq_microbiome", FAQ))
    expect(page.locator(".bn-msg.bn-user")).to_have_count(0)
    kept = json.loads(page.evaluate("sessionStorage.getItem('bn-chat-history')") or "[]")
    assert not [entry for entry in kept if entry["from"] != "bot"], "no visitor message of the old conversation"
    assert first_sentence("utter_faq_microbiome", FAQ) not in json.dumps(kept, ensure_ascii=False)
    assert json.loads(page.evaluate("sessionStorage.getItem('bn-chat-session')")).split(".")[0] != token.split(".")[0]


def test_hostile_input_is_shown_as_text_and_nothing_runs(page):
    open_widget(page)
    attacks = ['<img src=x onerror="window.__pwned=1">', "<script>window.__pwned=2</script>", "[x](javascript:alert(1))"]
    for attack in attacks:
        ask(page, attack)
        expect(page.locator(".bn-msg.bn-user").last).to_have_text("Jij: " + attack)
    assert page.locator(".bn-log img, .bn-log script").count() == 0
    assert page.evaluate("window.__pwned") is None
    # Bot text goes through the markdown subset: only safe links become links.
    html = page.evaluate("BrainNetworkChat.renderMarkdown(arguments[0])".replace("arguments[0]", json.dumps(
        "**vet** [x](javascript:alert(1)) [bel](tel:113) <img src=x onerror=alert(1)>\n- een\n- twee")))
    assert "javascript:" not in html and "<img" not in html
    assert '<a href="tel:113"' in html and "<strong>vet</strong>" in html and "<ul><li>een</li>" in html
    page.get_by_label("Typ je vraag…").fill("[klik](javascript:alert(1))")
    page.keyboard.press("Enter")
    page.wait_for_timeout(1000)
    assert page.dialogs == []


def test_keyboard_only_and_accessibility(browser, assistant):
    context = browser.new_context(viewport={"width": 1280, "height": 860}, bypass_csp=True)
    page = context.new_page()
    page.goto(assistant.widget_url)
    page.keyboard.press("Tab")  # the demo page has no other controls before the launcher
    for _ in range(10):
        if page.evaluate("document.activeElement.className") == "bn-launcher":
            break
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(bot_messages(page).first).to_contain_text(first_sentence("utter_greet"), timeout=60_000)
    assert page.evaluate("document.activeElement.id") == "bn-input"
    assert page.evaluate("document.activeElement.maxLength") == MAX_MESSAGE_CHARS  # a long story is not cut off
    page.keyboard.type("Wat is dysbiose?")
    page.keyboard.press("Enter")
    expect(conversation(page)).to_contain_text(first_sentence("utter_faq_dysbiosis", FAQ), timeout=60_000)
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    serious = [(v["id"], v["impact"], len(v["nodes"])) for v in results["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], serious
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.className") == "bn-launcher"
    context.close()


@pytest.mark.parametrize(("name", "viewport"), [("desktop", (1280, 860)), ("mobile", (390, 844))])
def test_screenshots(browser, assistant, name, viewport):
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]}, is_mobile=name == "mobile")
    page = context.new_page()
    page.goto(assistant.widget_url)
    open_widget(page)
    ask(page, "ik ben altijd moe en heb vaak buikpijn")
    panel = page.locator(".bn-panel").bounding_box()
    if name == "mobile":
        assert panel["width"] == viewport[0]  # full screen under 480 px
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"widget-{name}.png"))
    context.close()


def test_when_the_assistant_is_unreachable_a_notice_shows_and_crisis_help_stays(browser, assistant):
    from tests.conftest import free_port

    context = browser.new_context(viewport={"width": 1280, "height": 860})
    page = context.new_page()

    def point_at_a_closed_port(route):
        response = route.fetch()
        body = response.text().replace(assistant.url, f"http://localhost:{free_port()}")
        route.fulfill(response=response, body=body)

    page.route("**/widget/widget.js", point_at_a_closed_port)
    page.goto(assistant.widget_url)
    page.get_by_role("button", name="Open de chat met BrainNetwork assistent").click()
    notice = page.locator(".bn-status")
    expect(notice).to_be_visible(timeout=30_000)
    expect(notice).to_contain_text("Geen verbinding met de assistent")
    expect(page.locator(".bn-footer")).to_contain_text(CRISIS_LINES["suicide_line_free"])
    context.close()
