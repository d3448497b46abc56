"""The HTTP and WebSocket server: the only part of rill that knows Tornado.

- `serve`: `serve_script`, what `rill run` and `rill hello` call (logging, the URL line, the
  browser tab, signals).
- `server`: `Server`, one listening app: the sockets, the file watcher, the lifecycle hooks.
- `app`: the Tornado application and its routes under `server.baseUrlPath`.
- `frontend`: the built browser client (`rill/static/`) and plugin element assets.
- `websocket`: one WebSocket per browser tab, the `SessionClient` of its session.
- `hub`: every session of the server: connected, or waiting for its browser to reconnect.
- `wire`: encoding protocol messages into frames.
- `watch`: rerunning or notifying sessions when the app's source changes.

Nothing else in `rill.core` imports this package; the runtime talks to it through the
`SessionClient` protocol only.
"""
