"""Testing rill apps without a browser.

`rill.testing.v1.AppTest` runs an app script through the same runtime as the server and lets a
test inspect what it shows and interact with its widgets. See docs/testing.md.
"""
