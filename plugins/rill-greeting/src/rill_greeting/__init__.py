"""rill-greeting: an example third-party rill plugin (see the README)."""
