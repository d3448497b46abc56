"""In-memory storage: where disconnected sessions wait for their browser to come back.

Hooks: `rill_resolve_storage` (kind `"sessions"`), registered `trylast` so that an installed
store (Redis, a database) wins. No config section. Disabling this plugin (`plugins.disabled =
["storage"]`) keeps no sessions at all: a reload or a dropped connection starts a new session.
"""
