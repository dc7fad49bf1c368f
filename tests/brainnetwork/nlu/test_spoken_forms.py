"""Flemish and spoken forms of the training sentences (brainnetwork.nlu.spoken_forms)."""

import pytest

from brainnetwork.nlu.spoken_forms import spoken_variant


@pytest.mark.parametrize("standard, spoken", [
    ("Ben je vaak moe na het eten?", "zijt ge vaak moe na 't eten?"),
    ("Heb je dat ook met jouw buik?", "hebde da ook met uw buik?"),
    ("ik eet niet genoeg vezels", "'k eet ni genoeg vezels"),
    ("Wat doet een probioticum met mijn darmen?", "wa doet ne probioticum met m'n darmen?"),
])
def test_standard_forms_become_spoken_ones(standard, spoken):
    assert spoken_variant(standard) == spoken


def test_only_whole_words_change_and_a_sentence_without_them_has_no_variant():
    assert spoken_variant("Darmflora en stemming: hoe zit dat?") == "Darmflora en stemming: hoe zit da?"
    assert spoken_variant("Geen vezels, groenten of kefir") is None  # "een" in "geen" stays
