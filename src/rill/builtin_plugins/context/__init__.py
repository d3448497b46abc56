"""The connection context: `st.context`, what the browser connection behind a session says.

Hooks: none beyond being a named plugin (disabling it, `plugins.disabled = ["context"]`, makes
`st.context` raise `FeatureDisabledError`). No config section; the server's
`server.trustedProxies` decides whose `X-Forwarded-For` names the client. The values come from
`rill.core.runtime.connection.Connection`, captured by the server at the WebSocket handshake
and set by AppTest's `at.context` in tests.
"""
