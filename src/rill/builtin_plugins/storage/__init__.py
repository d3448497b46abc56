"""Storage: the builtin backends for sessions, cached results, media files and uploads.

Hooks: `rill_register_config_sections` (`[storage]`), and `rill_resolve_session_store`,
`rill_resolve_cache_storage`, `rill_resolve_media_storage`, `rill_resolve_upload_storage`, each
registered `trylast` so that an installed backend (Redis, a database, object storage) wins;
`rill_register_routes` serves media files at `_rill/media/<id>.<ext>` from whichever backend
holds them.

Sessions waiting for a reconnect and uploads are kept in memory; the cache and media in memory
or, by `storage.cache` / `storage.media`, on disk. Disabling this plugin (`plugins.disabled =
["storage"]`) leaves every kind to other plugins; with none answering, sessions end with their
connection, nothing is cached, and media and uploads are unavailable (see
`rill.core.storage.backends`).
"""
