"""End to end: the run command's launcher starts the trained assistant and its action
server on free ports, with its own SQLite database and a local SMTP server, and
visitors hold Dutch conversations over the REST channel.

Expected answers are read from the project's own content (responses, complaint
explanations, crisis numbers, practice.yml), never written out here.
"""


import pytest
import requests

from brainnetwork.complaints import complaint_content
from brainnetwork.crisis import CRISIS_LINES
from brainnetwork.practice import current_practice
from tests.conftest import ROOT, load_yaml, response_opening
from tests.running import Visitor

pytestmark = pytest.mark.e2e
FAQ = load_yaml(ROOT / "data" / "responses" / "faq.yml")["responses"]
DOMAIN = load_yaml(ROOT / "domain.yml")


def text_of(response_name, source=None):
    return (source or DOMAIN["responses"])[response_name][0]["text"]


def test_a_dutch_conversation_over_rest(assistant):
    url = assistant.url
    visitor = Visitor(url)

    (greeting,) = visitor.says("hallo")
    assert greeting["text"] == text_of("utter_greet")
    assert greeting["buttons"], "the greeting suggests topics"

    (answer,) = visitor.says("Wat is het microbioom precies?")
    assert answer["text"] == text_of("utter_faq_microbiome", FAQ)

    (answer,) = visitor.says("serotonine?")
    assert answer["text"] == text_of("utter_faq_serotonin", FAQ)
    assert "90–95%" in answer["text"]

    explanation, disclaimer, offer = visitor.says("ik ben altijd moe en heb vaak buikpijn")
    assert explanation["text"] == complaint_content().explain(["fatigue", "gut_complaints"])
    assert disclaimer["text"] == text_of("utter_not_a_diagnosis")
    assert [b["payload"] for b in offer["buttons"]] == ["/affirm", "/deny"]

    (details, offer) = visitor.says("hoe kan ik jullie bereiken?")
    practice = current_practice()
    assert practice.phone in details["text"] and practice.email in details["text"]
    (declined,) = visitor.says("nee, dank je")
    assert declined["text"] == text_of("utter_contact_declined")


def test_crisis_in_the_middle_of_a_conversation_comes_first(assistant):
    url = assistant.url
    visitor = Visitor(url)
    visitor.says("wat kan ik zelf doen voor mijn darmflora?")
    crisis, offer = visitor.says("eigenlijk wil ik er gewoon een eind aan maken")
    for value in CRISIS_LINES.values():
        assert value in crisis["text"]
    assert "huisarts" in crisis["text"]
    assert offer["text"] == text_of("utter_offer_contact_after_crisis")


def test_the_safety_net_catches_a_misspelt_crisis_word(assistant):
    url = assistant.url
    crisis, _ = Visitor(url).says("zelfmord")
    assert CRISIS_LINES["suicide_line_free"] in crisis["text"]


def test_bot_challenge_and_out_of_scope(assistant):
    url = assistant.url
    visitor = Visitor(url)
    (answer,) = visitor.says("ben jij een robot?")
    assert answer["text"] == text_of("utter_iamabot")
    (answer,) = visitor.says("wat voor weer wordt het morgen?")
    assert answer["text"] == text_of("utter_out_of_scope")


def test_the_log_names_the_spacy_pipeline_and_shows_no_telemetry(assistant):
    log_path = assistant.log
    log = log_path.read_text()
    assert "spaCy: using the official Dutch model" in log or "using the FALLBACK Dutch pipeline" in log
    assert "Telemetry Event" not in log


def test_a_contact_request_from_complaint_to_stored_request_and_e_mail(assistant):
    """Two questions, a complaint, the offer, two typing mistakes, a correction, stored."""
    from sqlalchemy import create_engine, text

    def starts_as(reply, response):
        return reply["text"].startswith(response_opening(response))

    visitor = Visitor(assistant.url)
    (answer,) = visitor.says("wat is de darm-hersen-as?")
    assert answer["text"] == text_of("utter_faq_gut_brain_axis", FAQ)
    answer, offer = visitor.says("wat doet stress met mijn darmen?")
    assert answer["text"] == text_of("utter_faq_stress_and_sleep", FAQ)
    assert [b["payload"] for b in offer["buttons"]] == ["/affirm", "/deny"]
    # Offered one turn ago: no second offer after the complaint.
    *_, last = visitor.says("sinds die antibiotica voel ik me somber")
    assert last["text"] == text_of("utter_not_a_diagnosis")
    (consent,) = visitor.says("/affirm")
    assert starts_as(consent, "utter_ask_consent")
    (ask_name,) = visitor.says("/affirm")
    assert starts_as(ask_name, "utter_ask_visitor_name")
    (ask_method,) = visitor.says("Sanne")
    assert starts_as(ask_method, "utter_ask_contact_method")
    (ask_phone,) = visitor.says("telefonisch")
    assert starts_as(ask_phone, "utter_ask_phone")
    wrong, again = visitor.says("0612")
    assert starts_as(wrong, "utter_invalid_phone") and starts_as(again, "utter_ask_phone")
    wrong, again = visitor.says("06-123")
    assert starts_as(wrong, "utter_invalid_phone")
    (ask_moment,) = visitor.says("06-12345678")
    assert starts_as(ask_moment, "utter_ask_preferred_moment")
    (ask_reason,) = visitor.says("maakt niet uit")
    assert "somberheid" in ask_reason["text"]
    (summary,) = visitor.says("/affirm")
    assert "06 12345678" in summary["text"] and summary["text"].endswith("Klopt dit?")
    (summary,) = visitor.says("nee, mijn nummer is 06-87654321")
    assert "06 87654321" in summary["text"] and "Sanne" in summary["text"]
    (confirmation,) = visitor.says("ja, klopt")
    assert starts_as(confirmation, "utter_intake_confirmation")

    engine = create_engine(f"sqlite:///{assistant.database}")
    with engine.connect() as connection:
        row = connection.execute(
            text("SELECT reference, name, phone, reason, status FROM contact_requests WHERE conversation_id = :c"),
            {"c": visitor.sender},
        ).one()
    assert row.reference in confirmation["text"]
    assert (row.name, row.phone, row.reason, row.status) == ("Sanne", "+31687654321", "somberheid", "new")
    assert any(row.reference in mail["Subject"] for mail in assistant.mailbox.messages)


def test_no_consent_stores_nothing(assistant):
    from sqlalchemy import create_engine, inspect, text

    visitor = Visitor(assistant.url)
    visitor.says("ik wil een afspraak maken")
    visitor.says("ja graag")
    (answer,) = visitor.says("nee, liever niet")
    assert current_practice().phone in answer["text"]
    engine = create_engine(f"sqlite:///{assistant.database}")
    if inspect(engine).has_table("contact_requests"):
        with engine.connect() as connection:
            count = connection.execute(
                text("SELECT count(*) FROM contact_requests WHERE conversation_id = :c"), {"c": visitor.sender}
            ).scalar()
        assert count == 0


def test_the_action_server_has_a_health_check(assistant):
    response = requests.get(f"http://localhost:{assistant.action_port}/health", timeout=10)
    assert response.status_code == 200 and response.json() == {"status": "ok"}
