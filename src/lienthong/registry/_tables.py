"""Registry tables in the platform store."""
