"""Theming: the `[theme]` config section and the builtin light and dark themes.

Hooks: `rill_register_config_sections` (`[theme]`), `rill_register_themes`.
"""
