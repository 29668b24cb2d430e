"""One module per kind of identifier found in free text; pipeline/privacy/registry.py orders them."""
