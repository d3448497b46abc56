"""The kernel of rill: plugin manager, hook specifications, config loader and runtime.

Nothing here imports `rill.plugins` or `rill.builtin_plugins`; features reach the kernel only
through the hooks declared in `rill.core.hookspecs`.
"""
