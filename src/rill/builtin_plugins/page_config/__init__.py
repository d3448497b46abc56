"""Page config: `st.set_page_config`, the page's title, icon, layout, sidebar and menu.

Calls are additive: each sends a `page_config` message with only the fields it sets, and the
merged result is kept in the session's stash (`"page_config"`) for browsers that reconnect.
Hooks: none beyond being a plugin that can be disabled. No config section.
"""
