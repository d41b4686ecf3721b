"""The registry (catalog) of agencies, sources, datasets and data services."""
