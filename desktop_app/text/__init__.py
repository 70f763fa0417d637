"""Text processing shared by the loader and every output, free of Qt."""
