"""The errors rill raises on purpose, each with a message a user can act on."""

from __future__ import annotations


class RillError(Exception):
    """Base class of every error rill raises on purpose."""


class ConfigError(RillError):
    """Configuration that cannot be used: bad TOML, an unknown key, a wrong value.

    The message names where the bad value came from (a file and line, an environment variable or
    a command-line flag), the key, what was expected and, for near misses, a close match.
    """


class PluginError(RillError):
    """A plugin that cannot be loaded or registered."""


class FeatureDisabledError(RillError):
    """A command of a plugin that the operator disabled through `[plugins]` was called."""

    def __init__(self, plugin: str, setting: str, what: str | None = None) -> None:
        self.plugin = plugin
        self.setting = setting
        subject = f"{what} is" if what else "this feature is"
        super().__init__(
            f"{subject} provided by the plugin {plugin!r}, which is disabled by {setting}."
        )


class NoSessionContext(RillError):
    """A command that needs a running script was called from a thread without a run context."""
