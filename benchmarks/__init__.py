"""Agora benchmarks: `python -m benchmarks` (make bench). See benchmarks/__main__.py."""
