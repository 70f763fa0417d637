"""The `agora` command: check, open, present, study and export a deck."""
