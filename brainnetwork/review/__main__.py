import sys

from brainnetwork.review.cli import main

sys.exit(main())
