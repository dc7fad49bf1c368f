"""The review CLI, for operators without a browser, on recorded conversations."""

import io
import json

import pytest

from brainnetwork.review import cli
from tests.brainnetwork.review.conftest import EMAIL, PHONE, count_rows

pytestmark = pytest.mark.e2e


def _runner(database_url, monkeypatch, capsys):
    """cli.main on `database_url`: (exit code, stdout, stderr)."""
    monkeypatch.setenv("DATABASE_URL", database_url)

    def run(*argv, stdin=""):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = cli.main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def run(review_url, monkeypatch, capsys):
    return _runner(review_url, monkeypatch, capsys)


def test_list_filters_and_masks(run, recorded):
    code, out, _ = run("list")
    assert code == 0 and f"{len(recorded.ids)} conversation(s)" in out
    assert PHONE not in out and EMAIL not in out and "p***@example.nl" in out
    code, out, _ = run("list", "--flag", "crisis")
    assert recorded.ids["crisis"] in out and recorded.ids["faq"] not in out


def test_show_prints_the_transcript_with_intents(run, recorded):
    code, out, _ = run("show", recorded.ids["crisis"])
    assert code == 0 and "Bezoeker   ik wil niet meer leven  [crisis" in out and "113" in out
    code, _, err = run("show", "bestaat-niet")
    assert code == 1 and "no conversation" in err


def test_export_one_or_the_filtered_list(run, recorded, tmp_path):
    code, out, _ = run("export", recorded.ids["crisis"], "--format", "json")
    assert json.loads(out)["conversations"][0]["conversation_id"] == recorded.ids["crisis"]
    target = tmp_path / "crisis.csv"
    code, _, _ = run("export", "--flag", "crisis", "--format", "csv", "-o", str(target))
    body = target.read_text()
    assert code == 0 and recorded.ids["crisis"] in body and recorded.ids["faq"] not in body


def test_delete_asks_first_then_erases(run, recorded, review_url):
    contact = recorded.ids["contact"]
    code, out, _ = run("delete", contact, stdin="nee\n")
    assert code == 1 and count_rows(review_url, "events", "sender_id", contact) > 0
    code, out, _ = run("delete", contact, "--yes")
    assert code == 0 and "1 contact request(s)" in out
    assert count_rows(review_url, "events", "sender_id", contact) == 0
    assert count_rows(review_url, "contact_requests", "conversation_id", contact) == 0
    assert count_rows(review_url, "staff_audit_log", "action", "delete") == 1


def test_purge_uses_the_retention_periods(run, recorded, review_url):
    code, out, _ = run("purge")
    assert code == 0 and "Deleted 0 conversation(s) and 0 contact request(s)" in out
    code, out, _ = run("purge", "--days", "0", "--intake-days", "0")
    assert f"Deleted {len(recorded.ids)} conversation(s) and 1 contact request(s)" in out
    assert count_rows(review_url, "events", "sender_id", recorded.ids["faq"]) == 0


def test_create_user_then_candidates(run, review_url):
    code, out, _ = run("create-user", "Bram", "--password-stdin", stdin="kort\n")
    assert code == 1
    code, out, _ = run("create-user", "Bram", "--password-stdin", stdin="een-lang-wachtwoord\n")
    assert code == 0 and "'bram' created" in out
    assert count_rows(review_url, "staff_users", "username", "bram") == 1
    code, out, _ = run("candidates")
    assert code == 0 and "- intent: to_label" in out and "xyzzy plugh qwerty" in out


def test_an_unreachable_database_is_a_clear_error(monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", "postgresql://staff:geheim@127.0.0.1:1/nergens")
    assert cli.main(["list"]) == 2
    err = capsys.readouterr().err
    assert "cannot reach the database" in err and "geheim" not in err


# --- Staff accounts, on a database without conversations ---------------------------------

@pytest.fixture
def run_empty(empty_url, monkeypatch, capsys):
    return _runner(empty_url, monkeypatch, capsys)


@pytest.fixture
def staff(run_empty, empty_url):
    """The account anne with two open sessions (two browsers)."""
    from brainnetwork.review.service import Review
    from brainnetwork.settings import load_settings

    assert run_empty("create-user", "anne", "--password-stdin", stdin="een-lang-wachtwoord\n")[0] == 0
    review = Review(empty_url, load_settings())
    tokens = [review.accounts.attempt("anne", "een-lang-wachtwoord").token for _ in range(2)]
    assert all(review.accounts.session_for(token) for token in tokens)
    yield review, tokens
    review.store.engine.dispose()


def test_deactivate_user_ends_the_sessions_and_the_logins(run_empty, staff, empty_url):
    review, tokens = staff
    code, out, _ = run_empty("deactivate-user", "Anne")
    assert code == 0 and "'anne' deactivated; 2 session(s) ended" in out
    assert all(review.accounts.session_for(token) is None for token in tokens)
    assert review.accounts.attempt("anne", "een-lang-wachtwoord").token is None
    assert count_rows(empty_url, "staff_audit_log", "action", "deactivate_user") == 1
    code, _, err = run_empty("deactivate-user", "niemand")
    assert code == 1 and "geen account 'niemand'" in err


def test_reset_password_ends_the_sessions(run_empty, staff, empty_url):
    review, tokens = staff
    code, _, err = run_empty("reset-password", "anne", "--password-stdin", stdin="kort\n")
    assert code == 1 and "minstens 12" in err and all(review.accounts.session_for(t) for t in tokens)
    code, out, _ = run_empty("reset-password", "anne", "--password-stdin", stdin="een-nieuw-wachtwoord\n")
    assert code == 0 and "New password for 'anne'; 2 session(s) ended" in out
    assert all(review.accounts.session_for(token) is None for token in tokens)
    assert review.accounts.attempt("anne", "een-lang-wachtwoord").token is None
    assert review.accounts.attempt("anne", "een-nieuw-wachtwoord").token
    assert count_rows(empty_url, "staff_audit_log", "action", "reset_password") == 1
    assert run_empty("reset-password", "niemand", "--password-stdin", stdin="een-nieuw-wachtwoord\n")[0] == 1
