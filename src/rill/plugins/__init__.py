"""The public API for plugin authors.

Everything a plugin needs is importable from here: the `hookimpl` marker, the types hooks take
and return, the config section base class, the errors, and the runtime calls that commands
make (`add_element`, `register_widget`, the typed run context...). rill's own builtin plugins
import nothing else from rill (a meta-test checks it), so a third party can write any of them.
See docs/plugins/.

Example:
    from rill.plugins import ConfigSection, hookimpl

    @hookimpl
    def rill_register_config_sections():
        return {"greeting": GreetingConfig}
"""

from rill.core.errors import ConfigError, FeatureDisabledError, NoSessionContext, RillError
from rill.core.hookspecs import hookimpl
from rill.core.kernel import Kernel
from rill.core.runtime.commands import command
from rill.core.runtime.connection import NO_CONNECTION, Connection, Headers
from rill.core.runtime.context import current_kernel, get_script_run_ctx, require_ctx
from rill.core.runtime.elements import declare_element
from rill.core.runtime.exceptions import exception_props
from rill.core.runtime.icons import validate_icon
from rill.core.runtime.media import add_media
from rill.core.runtime.run import Fragment, ScriptRunContext
from rill.core.runtime.tree import (
    BOTTOM,
    EVENT,
    SIDEBAR,
    Container,
    PathT,
    RillAPIError,
    add_element,
    find_command,
)
from rill.core.runtime.widgets import register_widget, resend_widget, widget_id
from rill.core.storage.backends import Backends
from rill.core.storage.cache import CacheStorage
from rill.core.storage.media import MediaFile, MediaStorage, media_id, media_url
from rill.core.storage.snapshot import SessionSnapshot, SnapshotEntries, SnapshotKey
from rill.core.storage.uploads import StoredUpload, Upload, UploadStorage
from rill.core.types import (
    ConfigSections,
    ElementType,
    PageSource,
    Request,
    Response,
    Route,
    SessionDirectory,
    SessionStore,
    Theme,
)
from rill.schemas.config.base import ConfigSection

__all__ = [
    "BOTTOM",
    "EVENT",
    "NO_CONNECTION",
    "SIDEBAR",
    "Backends",
    "CacheStorage",
    "ConfigError",
    "ConfigSection",
    "ConfigSections",
    "Connection",
    "Container",
    "ElementType",
    "FeatureDisabledError",
    "Fragment",
    "Headers",
    "Kernel",
    "MediaFile",
    "MediaStorage",
    "NoSessionContext",
    "PageSource",
    "PathT",
    "Request",
    "Response",
    "RillAPIError",
    "RillError",
    "Route",
    "ScriptRunContext",
    "SessionDirectory",
    "SessionSnapshot",
    "SessionStore",
    "SnapshotEntries",
    "SnapshotKey",
    "StoredUpload",
    "Theme",
    "Upload",
    "UploadStorage",
    "add_element",
    "add_media",
    "command",
    "current_kernel",
    "declare_element",
    "exception_props",
    "find_command",
    "get_script_run_ctx",
    "hookimpl",
    "media_id",
    "media_url",
    "register_widget",
    "require_ctx",
    "resend_widget",
    "validate_icon",
    "widget_id",
]
