"""The two pluggy markers of rill: `hookspec` for the specifications, `hookimpl` for plugins."""

import pluggy

hookspec = pluggy.HookspecMarker("rill")
hookimpl = pluggy.HookimplMarker("rill")
