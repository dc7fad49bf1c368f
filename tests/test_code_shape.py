"""The code stays in pieces a reader takes in at once: no module over 400 lines, no function
over 60 (the project's own Python: code, tests, benchmarks, scripts, migrations)."""

import ast
from pathlib import Path
from typing import Iterator, List, Tuple

import pytest

from brainnetwork.settings import PROJECT_ROOT as ROOT

MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
FOLDERS = ("actions", "brainnetwork", "bench", "tests", "scripts", "deploy")


def project_modules() -> List[Path]:
    return sorted(path for folder in FOLDERS for path in (ROOT / folder).rglob("*.py")
                  if "__pycache__" not in path.parts)


def long_functions(source: str) -> Iterator[Tuple[str, int]]:
    """(name, lines) of each function or method in `source` longer than the limit."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            lines = node.end_lineno - node.lineno + 1  # from `def` (decorators hold data)
            if lines > MAX_FUNCTION_LINES:
                yield node.name, lines


def test_the_project_has_modules_to_check():
    assert len(project_modules()) > 100


@pytest.mark.parametrize("module", project_modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_module_and_function_sizes(module):
    source = module.read_text(encoding="utf-8")
    assert len(source.splitlines()) <= MAX_MODULE_LINES
    assert list(long_functions(source)) == []


def test_a_long_function_is_found():
    body = "".join(f"        x{n} = {n}\n" for n in range(MAX_FUNCTION_LINES))
    source = f"class A:\n    @staticmethod\n    def too_long():\n{body}"
    assert list(long_functions(source)) == [("too_long", MAX_FUNCTION_LINES + 1)]
    assert list(long_functions("def short():\n    return 1\n")) == []
