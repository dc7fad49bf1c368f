"""README.md and docs/: what they say about the code is checked against the code.

- docs/configuration.md: its first table holds exactly the environment variables that
  brainnetwork/settings.py reads; its second, variables that other programs read, each named
  in the files its "Read by" column gives.
- README.md's folder table: every path in its first column exists, and every top-level
  folder and every module of brainnetwork/ (not of its sub-packages) is named there.
- Every relative link in README.md and docs/*.md leads to a file or folder that exists,
  and a link to a heading (`#...`) to a heading that exists.
"""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path

import pytest

from brainnetwork.settings import PROJECT_ROOT

README = PROJECT_ROOT / "README.md"
DOCS = PROJECT_ROOT / "docs"
CONFIGURATION = DOCS / "configuration.md"
SETTINGS = PROJECT_ROOT / "brainnetwork" / "settings.py"
PAGES = [README, *sorted(DOCS.glob("*.md"))]

SETTINGS_TABLE = "Read by `brainnetwork/settings.py`"
ELSEWHERE_TABLE = "Read by other programs"
FOLDER_TABLE = "Folders and files"
# Named in the folder table but made on first use, so absent from a fresh clone (and ignored by git).
CREATED_ON_FIRST_USE = {"var/"}

# settings.py reads a variable by its literal name, always as the first argument: either
# os.environ.get("NAME", ...) or one of its helpers, which call os.environ.get(name) themselves:
# _int("NAME", 5005), _path(...), _bool(...), _float(...), _token(...), _positive(...), ...
ENVIRONMENT_READ = re.compile(r"""\b([A-Za-z_][\w.]*)\(\s*["']([A-Z][A-Z0-9_]*)["']""")
ENVIRONMENT_INDEX = re.compile(r"""\bos\.environ\[\s*["']([A-Z][A-Z0-9_]*)["']\s*\]""")
VARIABLE = re.compile(r"`([A-Z][A-Z0-9_]*)`")
FENCED = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)
INLINE_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE_LINK = re.compile(r"^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.MULTILINE)
SEPARATOR = re.compile(r"\|[\s:|-]+\|")  # the line under a table's header
SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def settings_reads(source: str) -> set:
    """The environment variables settings.py reads, found in its source."""
    helpers = set(re.findall(r"^def (\w+)\(", source, re.MULTILINE))
    names = set(ENVIRONMENT_INDEX.findall(source))
    for function, name in ENVIRONMENT_READ.findall(source):
        assert function in {"os.environ.get", "os.getenv"} | helpers, (
            f"settings.py calls {function}({name!r}): an environment read this test does not know; "
            "teach ENVIRONMENT_READ about it")
        names.add(name)
    return names


def sections(markdown: str) -> dict:
    """`## heading` -> the text under it (up to the next heading of any level)."""
    parts = re.split(r"^#{1,6} +(.+?) *$", FENCED.sub("", markdown), flags=re.MULTILINE)
    return {heading: body for heading, body in zip(parts[1::2], parts[2::2])}


def table_rows(text: str) -> list:
    """The cells of each row of the tables in `text`, without their header rows."""
    lines = [line.strip() for line in text.splitlines()] + [""]
    rows = []
    for line, below in zip(lines, lines[1:]):
        if line.startswith("|") and not SEPARATOR.fullmatch(line) and not SEPARATOR.fullmatch(below):
            rows.append([cell.strip() for cell in line.strip("|").split(" | ")])
    return rows


def configuration_table(heading: str) -> list:
    text = sections(CONFIGURATION.read_text()).get(heading)
    assert text is not None, f"docs/configuration.md has no section '## {heading}'"
    rows = table_rows(text)
    assert rows, f"the section '## {heading}' of docs/configuration.md has no table"
    return rows


def folder_table_paths() -> list:
    text = sections(README.read_text()).get(FOLDER_TABLE)
    assert text is not None, f"README.md has no section '## {FOLDER_TABLE}'"
    paths = [path for row in table_rows(text) for path in re.findall(r"`([^`]+)`", row[0])]
    assert paths, "README.md's folder table is empty"
    return paths


def ignored_by_git(name: str) -> bool:
    """A top-level name matched by a pattern of .gitignore."""
    for line in (PROJECT_ROOT / ".gitignore").read_text().splitlines():
        pattern = line.strip()
        if pattern and not pattern.startswith(("#", "!")) and "/" not in pattern.strip("/"):
            if fnmatch.fnmatch(name, pattern.strip("/")):
                return True
    return False


# --- docs/configuration.md against brainnetwork/settings.py -------------------------------

def test_the_regex_finds_the_settings_read_in_every_way_settings_py_reads_them():
    names = settings_reads(SETTINGS.read_text())
    for name in ("RASA_PORT", "DATABASE_URL", "SMTP_STARTTLS", "REVIEW_LOW_CONFIDENCE", "REST_TOKEN",
                 "BRAINNETWORK_MODEL_DIR", "WIDGET_SESSION_MAX_HOURS", "REVIEW_PUBLIC_URL"):
        assert name in names
    assert "INFO" not in names  # a default, not a variable


def test_every_setting_that_settings_py_reads_is_in_the_configuration_table():
    table = {name for row in configuration_table(SETTINGS_TABLE) for name in VARIABLE.findall(row[0])}
    missing = settings_reads(SETTINGS.read_text()) - table
    assert not missing, f"read by brainnetwork/settings.py but not in docs/configuration.md: {sorted(missing)}"


def test_every_variable_in_the_configuration_table_is_read_by_settings_py():
    table = {name for row in configuration_table(SETTINGS_TABLE) for name in VARIABLE.findall(row[0])}
    extra = table - settings_reads(SETTINGS.read_text())
    assert not extra, (f"in docs/configuration.md's table of settings.py but not read by it: {sorted(extra)} "
                       f"(a variable another program reads goes in '## {ELSEWHERE_TABLE}')")


def test_every_variable_read_elsewhere_is_named_in_the_files_that_read_it():
    read_by_settings = settings_reads(SETTINGS.read_text())
    for row in configuration_table(ELSEWHERE_TABLE):
        names, files = VARIABLE.findall(row[0]), re.findall(r"`([^`]+)`", row[-1])
        assert names and files, f"a row of '## {ELSEWHERE_TABLE}' without a variable or a file: {row}"
        for name in names:
            assert name not in read_by_settings, f"{name} is read by settings.py: it belongs in the first table"
            for file in files:
                path = PROJECT_ROOT / file
                assert path.is_file(), f"{name}: {file} is not a file of the project"
                assert name in path.read_text(), f"{name} is not in {file}, which the table says reads it"


# --- README.md's folder table ----------------------------------------------------------------

def test_every_path_in_the_folder_table_exists():
    for path in folder_table_paths():
        if path in CREATED_ON_FIRST_USE:
            assert ignored_by_git(path.strip("/")), f"{path} is made on first use, so .gitignore must list it"
            continue
        target = PROJECT_ROOT / path
        assert target.is_dir() if path.endswith("/") else target.exists(), f"README's folder table names {path}"


def test_every_top_level_folder_is_in_the_folder_table():
    paths = folder_table_paths()
    folders = [entry.name for entry in PROJECT_ROOT.iterdir()
               if entry.is_dir() and entry.name != ".git" and not ignored_by_git(entry.name)]
    assert "brainnetwork" in folders
    missing = [name for name in folders if not any(path.startswith(f"{name}/") for path in paths)]
    assert not missing, f"top-level folders not in README's folder table: {sorted(missing)}"


def test_every_module_of_brainnetwork_is_in_the_folder_table():
    paths = set(folder_table_paths())
    modules = [f"brainnetwork/{path.name}" for path in (PROJECT_ROOT / "brainnetwork").glob("*.py")
               if path.name != "__init__.py"]
    assert "brainnetwork/settings.py" in modules
    missing = [module for module in modules if module not in paths]
    assert not missing, f"modules of brainnetwork/ not in README's folder table: {sorted(missing)}"


# --- links ----------------------------------------------------------------------------------

def slug(heading: str) -> str:
    """GitHub's anchor of a heading."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading).strip().lower()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def anchors(page: Path) -> set:
    return {slug(heading) for heading in sections(page.read_text())}


def relative_links(page: Path) -> list:
    text = FENCED.sub("", page.read_text())
    links = INLINE_LINK.findall(text) + REFERENCE_LINK.findall(text)
    return [link for link in links if not SCHEME.match(link)]


@pytest.mark.parametrize("page", PAGES, ids=lambda page: str(page.relative_to(PROJECT_ROOT)))
def test_every_relative_link_leads_to_a_file_that_exists(page):
    broken = []
    for link in relative_links(page):
        path, _, fragment = link.partition("#")
        target = (page.parent / path).resolve() if path else page
        if not target.exists() or (path.endswith("/") and not target.is_dir()):
            broken.append(link)
        elif fragment and target.suffix == ".md" and fragment not in anchors(target):
            broken.append(f"{link} (no such heading)")
    assert not broken, f"{page.relative_to(PROJECT_ROOT)}: broken links {broken}"


def test_the_readme_links_every_page_of_docs():
    linked = {(README.parent / link.partition("#")[0]).resolve() for link in relative_links(README)}
    missing = [page.name for page in DOCS.glob("*.md") if page.resolve() not in linked]
    assert not missing, f"docs/ pages the README does not link: {missing}"
