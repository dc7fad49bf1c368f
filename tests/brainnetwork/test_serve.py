"""The launcher: what it starts, and how it refuses to start with a clear message."""

import sys

from brainnetwork import serve
from brainnetwork.settings import load_settings


def test_action_server_and_rasa_commands(monkeypatch, tmp_path):
    monkeypatch.setenv("RASA_PORT", "6100")
    monkeypatch.setenv("ACTION_PORT", "6101")
    settings = load_settings()
    assert serve.action_server_command(settings) == [
        sys.executable, "-m", "brainnetwork.action_server", "--port", "6101",
    ]
    run = serve.rasa_command(settings, tmp_path / "m.tar.gz", shell=False)
    assert run[:4] == [sys.executable, "-m", "brainnetwork.rasa_process", "run"]
    assert "--credentials" in run and run[run.index("--port") + 1] == "6100"
    assert serve.rasa_command(settings, tmp_path / "m.tar.gz", shell=True)[3] == "shell"


def test_rasa_finds_the_action_server_on_its_port(monkeypatch):
    monkeypatch.delenv("ACTION_SERVER_URL", raising=False)
    monkeypatch.setenv("ACTION_PORT", "6101")
    assert serve.child_env(load_settings())["ACTION_SERVER_URL"] == "http://127.0.0.1:6101/webhook"


def test_rasa_and_the_action_server_share_a_token_fresh_for_each_start(monkeypatch):
    monkeypatch.delenv("ACTION_SERVER_TOKEN", raising=False)
    settings = load_settings()
    first, second = serve.child_env(settings), serve.child_env(settings)
    assert len(first["ACTION_SERVER_TOKEN"]) >= 32 and first["ACTION_SERVER_TOKEN"] != second["ACTION_SERVER_TOKEN"]
    monkeypatch.setenv("ACTION_SERVER_TOKEN", "o" * 40)  # the operator's, e.g. for a remote action server
    assert serve.child_env(load_settings())["ACTION_SERVER_TOKEN"] == "o" * 40


def test_rasa_reaches_an_action_server_on_another_interface(monkeypatch):
    monkeypatch.delenv("ACTION_SERVER_URL", raising=False)
    monkeypatch.setenv("ACTION_PORT", "6101")
    for host, url in (("0.0.0.0", "http://127.0.0.1:6101/webhook"), ("192.0.2.2", "http://192.0.2.2:6101/webhook"),
                      ("::1", "http://[::1]:6101/webhook")):
        monkeypatch.setenv("ACTION_HOST", host)
        assert serve.child_env(load_settings())["ACTION_SERVER_URL"] == url


def test_missing_model_is_a_clear_error(tmp_path, caplog):
    assert serve.main(["--model", str(tmp_path / "none.tar.gz")]) == 2
    assert "make model" in caplog.text


def test_broken_practice_file_is_a_clear_error(tmp_path, monkeypatch, caplog):
    model = tmp_path / "m.tar.gz"
    model.write_bytes(b"")
    practice = tmp_path / "practice.yml"
    practice.write_text("name: X\n")
    monkeypatch.setenv("BRAINNETWORK_PRACTICE_FILE", str(practice))
    assert serve.main(["--model", str(model)]) == 2
    assert "missing phone, email" in caplog.text


def test_two_instances_listen_on_loopback_behind_haproxy(monkeypatch, tmp_path):
    from tests.brainnetwork.test_haproxy import haproxy_or_skip

    program = haproxy_or_skip()
    monkeypatch.setenv("RASA_PORT", "6100")
    monkeypatch.setenv("RASA_INSTANCES", "2")
    for name in ("RASA_HOST", "RASA_UPSTREAMS", "HAPROXY_BIND"):
        monkeypatch.delenv(name, raising=False)
    settings = load_settings()
    assert serve.instance_ports(settings) == [6101, 6102]
    run = serve.rasa_command(settings, tmp_path / "m.tar.gz", shell=False, port=6102)
    assert run[run.index("--port") + 1] == "6102" and run[run.index("--interface") + 1] == "127.0.0.1"
    command = serve.haproxy_command(settings, tmp_path)
    assert command == [program, "-db", "-f", str(tmp_path / "haproxy.cfg")]  # foreground; SIGTERM stops it
    config = (tmp_path / "haproxy.cfg").read_text()
    assert "    bind 0.0.0.0:6100\n" in config
    assert "server rasa1 127.0.0.1:6101 check" in config and "server rasa2 127.0.0.1:6102 check" in config
    monkeypatch.setenv("RASA_INSTANCES", "1")
    assert serve.instance_ports(load_settings()) == [6100]
    assert "--interface" not in serve.rasa_command(load_settings(), tmp_path / "m.tar.gz", shell=False)


def test_rasa_listens_where_rasa_host_says(monkeypatch, tmp_path):
    monkeypatch.setenv("RASA_HOST", "10.0.0.2")  # an instance on its own machine, HAProxy elsewhere
    for instances in ("1", "2"):
        monkeypatch.setenv("RASA_INSTANCES", instances)
        run = serve.rasa_command(load_settings(), tmp_path / "m.tar.gz", shell=False)
        assert run[run.index("--interface") + 1] == "10.0.0.2"


def test_several_instances_refuse_to_start_without_haproxy(monkeypatch, tmp_path, caplog):
    from brainnetwork import haproxy

    model = tmp_path / "m.tar.gz"
    model.write_bytes(b"")
    monkeypatch.setenv("RASA_INSTANCES", "2")
    monkeypatch.setenv("LOCK_STORE_URL", "redis://127.0.0.1:6379/1")
    monkeypatch.setenv("DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/x")
    monkeypatch.setattr(haproxy, "binary", lambda: None)
    assert serve.main(["--model", str(model)]) == 2
    assert "HAProxy, which is not installed" in caplog.text and "apt-get install haproxy" in caplog.text


def test_several_instances_refuse_to_start_without_shared_locks_and_database(monkeypatch, tmp_path, caplog):
    model = tmp_path / "m.tar.gz"
    model.write_bytes(b"")
    monkeypatch.setenv("RASA_INSTANCES", "2")
    monkeypatch.delenv("LOCK_STORE_URL", raising=False)
    monkeypatch.setenv("DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/x")
    assert serve.main(["--model", str(model)]) == 2
    assert "need a shared lock store" in caplog.text and "LOCK_STORE_URL=redis://" in caplog.text
    monkeypatch.setenv("LOCK_STORE_URL", "redis://127.0.0.1:6379/1")
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'x.db'}")
    assert serve.main(["--model", str(model)]) == 2
    assert "need a shared database server" in caplog.text
    monkeypatch.setenv("RASA_INSTANCES", "0")
    assert serve.main(["--model", str(model)]) == 2
    assert "RASA_INSTANCES must be 1 or more" in caplog.text


def test_a_stopped_instance_is_restarted_at_most_three_times_in_ten_minutes(monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr(serve.time, "monotonic", lambda: clock[0])
    restarts = []
    assert [serve.may_restart(restarts) for _ in range(4)] == [True, True, True, False]
    clock[0] += serve.RESTART_WINDOW_S + 1
    assert serve.may_restart(restarts)
