#!/usr/bin/env bash
# Sets up .venv with Python 3.10 and everything the assistant needs; safe to run again.
#   - finds Python 3.10: $PYTHON310, else pyenv, else python3.10 on PATH
#   - installs the project with its pinned stack and checks `pip check`
#   - tries the official nl_core_news_sm wheel once, quickly, and moves on without it
#   - switches Rasa's telemetry off for every Python started from .venv
#   - builds the Dutch spaCy fallback pipeline (used where nl_core_news_sm is missing)
#   - installs Debian's haproxy (as root, with apt) for `make run-scaled` and its tests
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=.venv
WIDGET=brainnetwork/widget
NL_MODEL_URL="https://github.com/explosion/spacy-models/releases/download/nl_core_news_sm-3.4.0/nl_core_news_sm-3.4.0-py3-none-any.whl"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[setup] ERROR:\033[0m %s\n' "$*" >&2; exit 1; }

is_py310() { [ -n "$1" ] && "$1" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; }

find_python310() {
    if [ -n "${PYTHON310:-}" ]; then
        is_py310 "$PYTHON310" && { echo "$PYTHON310"; return; }
        die "PYTHON310=$PYTHON310 is not a Python 3.10 interpreter."
    fi
    if command -v pyenv >/dev/null 2>&1; then
        local root version candidate
        root=$(pyenv root)
        version=$(pyenv latest 3.10 2>/dev/null || true)
        for candidate in "$root/versions/$version/bin/python3.10" \
                         $(ls -d "$root"/versions/3.10*/bin/python3.10 2>/dev/null | sort -rV); do
            if is_py310 "$candidate"; then echo "$candidate"; return; fi
        done
    fi
    if command -v python3.10 >/dev/null 2>&1 && is_py310 "$(command -v python3.10)"; then
        command -v python3.10; return
    fi
    die "Python 3.10 is required (Rasa 3.6 supports Python 3.8-3.10) and none was found.
  Install it with 'pyenv install 3.10' or your system's package manager (python3.10),
  or point PYTHON310 at a Python 3.10 interpreter, then run this again."
}

# `setup.sh browser`: Debian's Chromium for the browser tests (no browser download).
if [ "${1:-}" = "browser" ]; then
    if command -v chromium >/dev/null 2>&1; then say "Chromium: $(chromium --version 2>/dev/null)"; exit 0; fi
    [ "$(id -u)" = 0 ] || die "The browser tests need Debian's chromium: run 'sudo apt-get install chromium'."
    say "Installing Debian's chromium for the browser tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    command -v chromium >/dev/null 2>&1 || die "chromium could not be installed"
    exit 0
fi

# HAProxy in front of several Rasa instances (make run-scaled, the scale-out tests).
install_haproxy() {
    local found
    found=$(command -v haproxy || command -v /usr/sbin/haproxy || true)
    if [ -n "$found" ]; then say "HAProxy: $("$found" -v 2>/dev/null | head -n 1)"; return; fi
    if [ "$(id -u)" != 0 ]; then
        say "HAProxy is missing: make run-scaled and the scale-out tests need it ('sudo apt-get install haproxy')"
        return
    fi
    say "Installing Debian's haproxy for make run-scaled and the scale-out tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
    command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || die "haproxy could not be installed"
}

if ! is_py310 "$VENV/bin/python"; then
    PY=$(find_python310)
    say "Creating $VENV with $PY ($("$PY" --version))"
    rm -rf "$VENV"
    "$PY" -m venv "$VENV"
fi

say "Installing the assistant and its pinned dependencies (first time: a few minutes)"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e ".[test]"
"$VENV/bin/python" -m pip check

if "$VENV/bin/python" -c 'import spacy.util, sys; sys.exit(not spacy.util.is_package("nl_core_news_sm"))'; then
    say "spaCy: nl_core_news_sm is installed"
else
    say "spaCy: trying the official nl_core_news_sm 3.4 wheel (quick; skipped if unreachable)"
    if timeout 30 "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
            --timeout 5 --retries 0 --no-deps "$NL_MODEL_URL" >/dev/null 2>&1; then
        say "spaCy: nl_core_news_sm installed"
    else
        say "spaCy: nl_core_news_sm could not be downloaded here; the Dutch FALLBACK pipeline will be used"
    fi
fi

command -v npm >/dev/null 2>&1 || die "npm (Node.js) is needed for the chat widget: install it (e.g. 'apt-get install npm')."
say "Installing the chat widget's front-end packages (npm ci, pinned by package-lock.json)"
npm ci --prefix "$WIDGET" --no-audit --no-fund --silent

# Every Python started from .venv (rasa train/run/shell/test too) runs with telemetry off.
SITE=$("$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
cat > "$SITE/brainnetwork_no_telemetry.pth" <<'PTH'
import os; os.environ["RASA_TELEMETRY_ENABLED"] = "false"
PTH

"$VENV/bin/python" -c '
from brainnetwork.nlu.spacy_nl import describe_backend, ensure_fallback
ensure_fallback()
print("[setup] " + describe_backend())'
install_haproxy
say "Setup done."
