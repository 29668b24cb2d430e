"""Hand-written sentence templates, one module per language (ISO 639-1)."""
