"""Storage backends: typed Protocols the kernel resolves once and the runtime is given.

Four kinds, one module each: `sessions` (snapshots of disconnected sessions), `cache` (bytes
for `st.cache_data`), `media` (content-addressed files the browser fetches by URL) and
`uploads` (files a browser sent, per session and widget). `snapshot` is what a session store
keeps; `backends` resolves all four through the `rill_resolve_*` hooks. Plugins import the
Protocols from `rill.plugins`.
"""
