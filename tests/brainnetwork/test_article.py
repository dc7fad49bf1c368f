"""The article is split into the sections every answer refers to."""

from pathlib import Path

import pytest

from brainnetwork.article import ARTICLE_FILE, HEADINGS, article_text, sections

SHARED_COPY = Path(__file__).resolve().parents[3] / "shared" / "article" / ARTICLE_FILE.name


def test_every_heading_starts_a_section():
    parts = sections()
    assert list(parts) == list(HEADINGS)
    assert "90–95%" in parts["De darm-hersen-as: communicatie tussen buik en brein"]
    assert "kefir" in parts["2. Voeg gefermenteerde producten toe"]
    assert "kefir" not in parts["1. Eet gevarieerd en vezelrijk"]


@pytest.mark.skipif(not SHARED_COPY.exists(), reason="the practice's shared article is not beside this clone")
def test_the_project_copy_is_the_practice_article():
    assert article_text() == SHARED_COPY.read_text(encoding="utf-8")
