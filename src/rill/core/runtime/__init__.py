"""The runtime: sessions, script runs, widget state and the element tree.

It knows nothing of Tornado: a server (or AppTest) gives each session a `SessionClient` that
receives protocol messages.
"""
