"""Plain-Python extraction engine: files in, meeting records out. Knows nothing of Django."""
