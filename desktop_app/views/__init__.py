"""Thin Qt views over the presentation state and the one slide renderer."""
