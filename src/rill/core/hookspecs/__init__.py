"""Every extension point of rill, as pluggy hook specifications.

A hook's docstring is its contract and its reference documentation (docs/plugins/hooks.md is
checked against this package). Hooks come in three families:

- `rill_register_<things>()`: called once when the kernel starts, results collected into plain
  dicts that the runtime reads; never called per element or per message.
- `rill_<event>(...)`: lifecycle notifications; every implementation runs, results are ignored.
- `rill_resolve_<x>(...)`: decisions (`firstresult`); the builtin answer is registered `trylast`,
  so an installed plugin's answer wins.

Implementations take only the arguments they need, by name, without defaults.
"""

from rill.core.hookspecs.decisions import (
    rill_resolve_cache_storage,
    rill_resolve_media_storage,
    rill_resolve_session_store,
    rill_resolve_upload_storage,
)
from rill.core.hookspecs.lifecycle import (
    rill_kernel_loaded,
    rill_script_run_finished,
    rill_script_run_starting,
    rill_server_started,
    rill_server_stopping,
    rill_session_ended,
    rill_session_started,
)
from rill.core.hookspecs.markers import hookimpl, hookspec
from rill.core.hookspecs.registration import (
    rill_register_auth_providers,
    rill_register_cli_commands,
    rill_register_commands,
    rill_register_config_sections,
    rill_register_connection_types,
    rill_register_elements,
    rill_register_page_sources,
    rill_register_routes,
    rill_register_themes,
    rill_register_write_handlers,
)

__all__ = [
    "hookimpl",
    "hookspec",
    "rill_kernel_loaded",
    "rill_register_auth_providers",
    "rill_register_cli_commands",
    "rill_register_commands",
    "rill_register_config_sections",
    "rill_register_connection_types",
    "rill_register_elements",
    "rill_register_page_sources",
    "rill_register_routes",
    "rill_register_themes",
    "rill_register_write_handlers",
    "rill_resolve_cache_storage",
    "rill_resolve_media_storage",
    "rill_resolve_session_store",
    "rill_resolve_upload_storage",
    "rill_script_run_finished",
    "rill_script_run_starting",
    "rill_server_started",
    "rill_server_stopping",
    "rill_session_ended",
    "rill_session_started",
]
