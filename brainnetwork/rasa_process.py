"""The Rasa process of this project: Rasa's own command line (`run`, `shell`), with the
patches of `brainnetwork.rasa_patches` installed first, unless `RASA_PATCHES=off`.

    python -m brainnetwork.rasa_process run --model models/brainnetwork.tar.gz ...

The launcher (`brainnetwork.serve`) starts Rasa this way; `rasa run` itself works too, then
without the patches.
"""

from __future__ import annotations

import sys
from typing import List, Optional


def main(argv: Optional[List[str]] = None) -> None:
    from brainnetwork import rasa_patches
    from brainnetwork.settings import load_settings_or_exit

    rasa_patches.install(enabled=load_settings_or_exit().rasa_patches)
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *(sys.argv[1:] if argv is None else argv)]
    rasa_main()


if __name__ == "__main__":
    main()
