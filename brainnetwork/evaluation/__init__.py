"""Measuring the assistant against the world: benchmark sets collected from outside
sources (bench/data/), run end to end over REST, scored, and kept as a ratchet in
docs/benchmarks/ so that `make test` fails when a figure gets worse."""
