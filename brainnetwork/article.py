"""The practice's article, the source of every answer, split into its sections."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Dict

ARTICLE_FILE = Path(__file__).with_name("article") / "darmen-en-mentale-gezondheid.txt"

# The article's headings, in order. A section runs from its heading to the next one.
HEADINGS = (
    "Darmen en Mentale Gezondheid: Het Belang van een Gezonde Darmflora en Microbioom",
    "Wat is het microbioom precies?",
    "De darm-hersen-as: communicatie tussen buik en brein",
    "Klachten bij een verstoorde darmflora",
    "Factoren die de darmflora verstoren",
    "Wat kun je doen om je darmflora te verbeteren?",
    "1. Eet gevarieerd en vezelrijk",
    "2. Voeg gefermenteerde producten toe",
    "3. Beperk suiker, alcohol en ultra-bewerkte voeding",
    "4. Beweeg regelmatig",
    "5. Verminder stress",
    "6. Laat je microbioom analyseren",
    "Een gezonde darm als basis voor mentale veerkracht",
)


def article_text() -> str:
    return ARTICLE_FILE.read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def sections() -> Dict[str, str]:
    """Heading -> the section's text (heading included). Raises if a heading is missing."""
    lines = article_text().splitlines()
    starts = {}
    for heading in HEADINGS:
        try:
            starts[heading] = next(i for i, line in enumerate(lines) if line.strip() == heading)
        except StopIteration:
            raise ValueError(f"heading not found in the article: {heading!r}") from None
    ordered = sorted(starts.items(), key=lambda item: item[1])
    result = {}
    for index, (heading, start) in enumerate(ordered):
        end = ordered[index + 1][1] if index + 1 < len(ordered) else len(lines)
        result[heading] = "\n".join(lines[start:end])
    return result
