"""Pyplot: `st.pyplot`, and the `image` element it shows.

A matplotlib figure is saved to PNG (matplotlib is imported only when st.pyplot is called,
drawing holds a lock), kept in the session's media storage (`rill.plugins.add_media`) and
shown by the `image` element: pictures with alternative text, captions and a width. Hooks:
`rill_register_elements`, and `rill_kernel_loaded` to make Agg the backend of a pyplot that
scripts import later (no GUI windows from a server). No config section.
"""
