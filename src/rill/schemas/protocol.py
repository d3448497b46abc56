"""The browser protocol, version 1: every message between server and browser.

One WebSocket per browser tab carries JSON text frames: from the browser, one message each; from
the server, a JSON array of the messages that left together (a batch) or a single message. A
message that carries binary payloads (Arrow tables, images, files) travels as one binary frame
instead:

    4-byte big-endian length N | N bytes of the JSON message | blob 0 | blob 1 | ...

where the JSON message lists the blob sizes in `blobs` and refers to blob `i` from anywhere in
its props as `{"$blob": i}`. Nothing binary is ever base64-encoded into JSON.

Elements are addressed by their position in the container tree: a path `[root, i, j, ...]`
where root 0 is the main area, 1 the sidebar, 2 the event layer (dialogs, toasts) and 3 the
bottom bar (chat input). A delta puts an element at a path, replacing whatever was there; a
`trim` cuts a container's children to a length at the end of a run.

These models are the single source of truth: the server validates every incoming message with
`BrowserMessage`, tests check outgoing messages against `ServerMessage`, and the frontend's
TypeScript types are generated from them (`scripts/gen_protocol_ts.py`).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

PROTOCOL_VERSION = 1

Path = list[Annotated[int, Field(ge=0)]]

MAIN, SIDEBAR, EVENT, BOTTOM = 0, 1, 2, 3


class Message(BaseModel):
    """Base of every protocol message: strict about unknown fields."""

    # Validators are built on first use: a server uses a few of these models, tests use all,
    # and nobody needs them before the first connection.
    model_config = ConfigDict(extra="forbid", defer_build=True)


#: For the type adapters below (models carry their own).
_DEFERRED = ConfigDict(defer_build=True)


# -- server → browser ------------------------------------------------------------------------


class Element(Message):
    """One element or container in the tree.

    `props` are the element kind's own properties (documented with each renderer). `id` is set
    for widgets: the browser sends values back under it. `block` marks containers, whose
    children are addressed by extending this element's path.
    """

    kind: str
    props: dict[str, Any] = Field(default_factory=dict)
    id: str | None = None
    block: bool = False
    #: A hash of the props (`add_element(digest=...)`), for elements with big payloads.
    digest: str | None = None
    #: Set by the server instead of `props` when this connection already received the props
    #: of `digest`: the browser reuses them. Both sides remember the last `DIGEST_MEMORY`
    #: digests, least recently used first out, in the same order.
    same: bool = False


#: How many digests (and their props) the server and the browser remember per connection.
DIGEST_MEMORY = 32


class PageInfo(Message):
    """A page of a multipage app."""

    hash: str
    title: str
    icon: str | None = None
    url_path: str = ""
    default: bool = False


class ClientSettings(Message):
    """What the browser needs from `[client]`, `[server]` and `[runner]` config."""

    toolbar_mode: Literal["auto", "developer", "viewer", "minimal"] = "auto"
    show_error_details: Literal["full", "stacktrace", "type", "none"] = "full"
    show_sidebar_navigation: bool = True
    run_on_save: bool = False
    developer: bool = Field(
        default=True, description="Developer options (clear cache, source changes) are shown."
    )
    max_upload_size: int = 200


class NewSession(Message):
    """First message of a connection: who the session is and how to draw it."""

    t: Literal["new_session"] = "new_session"
    protocol: int = PROTOCOL_VERSION
    session_id: str
    resumed: bool = False
    settings: ClientSettings = Field(default_factory=ClientSettings)
    theme: dict[str, Any] = Field(default_factory=dict)
    elements: dict[str, str] = Field(
        default_factory=dict, description="Plugin element kind → URL of its ES module."
    )
    pages: list[PageInfo] = Field(default_factory=list)
    page: str | None = None
    app_name: str = ""


class ElementTypes(Message):
    """Element kinds declared while the session ran (a custom component's first call): each
    kind's ES module URL, relative to the base path. Sent before the first delta of a kind."""

    t: Literal["element_types"] = "element_types"
    elements: dict[str, str]


class ScriptStarted(Message):
    """A run began; until it finishes, elements it has not produced again show as stale."""

    t: Literal["script_started"] = "script_started"
    run_id: int
    fragment_id: str | None = None
    page: str | None = None


class Delta(Message):
    """Put `element` at `path`, replacing what was there."""

    t: Literal["delta"] = "delta"
    run_id: int
    path: Path
    element: Element


class Trim(Message):
    """Keep only the first `length` children of the container at `path`."""

    t: Literal["trim"] = "trim"
    path: Path
    length: int = Field(ge=0)


class ScriptFinished(Message):
    """A run ended."""

    t: Literal["script_finished"] = "script_finished"
    run_id: int
    status: Literal["ok", "error", "stopped", "interrupted"]
    fragment_id: str | None = None


class PageConfig(Message):
    """`st.set_page_config`: only the fields a call set are present."""

    t: Literal["page_config"] = "page_config"
    title: str | None = None
    icon: str | None = None
    layout: Literal["centered", "wide"] | None = None
    initial_sidebar_state: Literal["auto", "expanded", "collapsed"] | None = None
    menu_items: dict[str, str | None] | None = None


class QueryString(Message):
    """`st.query_params` changed; the browser updates its URL without reloading."""

    t: Literal["query_string"] = "query_string"
    query: str


class SessionEvent(Message):
    """Something happened to the session outside a run."""

    t: Literal["session_event"] = "session_event"
    event: Literal["source_changed", "cache_cleared", "shutdown", "message_rejected"]
    detail: str | None = None


ServerMessage = Annotated[
    NewSession
    | ElementTypes
    | ScriptStarted
    | Delta
    | Trim
    | ScriptFinished
    | PageConfig
    | QueryString
    | SessionEvent,
    Field(discriminator="t"),
]


# -- browser → server ------------------------------------------------------------------------


class BrowserHello(Message):
    """What the browser says about itself when it opens the stream: the query string of the
    WebSocket URL (`_rill/stream?v=1&locale=en-US&...`).

    Everything here is the browser's word: the server drops a field that breaks these limits
    (and keeps the rest) rather than refuse the tab, and scripts see the values as reported.
    """

    v: str = Field(description="The protocol version the client speaks.")
    session: str | None = Field(
        default=None,
        max_length=64,
        pattern=r"^[0-9a-f]+$",
        description="The id of a session to resume.",
    )
    locale: str | None = Field(
        default=None,
        max_length=35,
        pattern=r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$",
        description="`navigator.language`, a BCP 47 tag such as `en-US`.",
    )
    tz: str | None = Field(
        default=None,
        max_length=64,
        pattern=r"^[A-Za-z0-9_+\-/]+$",
        description="The IANA time zone (`Intl.DateTimeFormat().resolvedOptions().timeZone`).",
    )
    tzoffset: int | None = Field(
        default=None,
        ge=-1440,
        le=1440,
        description="`new Date().getTimezoneOffset()`: minutes from local time to UTC.",
    )
    url: str | None = Field(
        default=None,
        max_length=4096,
        pattern=r"^https?://",
        description="The page's URL in the address bar.",
    )
    theme: Literal["light", "dark"] | None = Field(
        default=None, description="The theme the page shows."
    )


class Rerun(Message):
    """Run the script again with these widget values.

    `widgets` holds only values that changed since the browser last sent them (a button click
    is its id mapped to `true`). `fragment_id` asks for a run of that fragment only.
    """

    t: Literal["rerun"] = "rerun"
    widgets: dict[str, Any] = Field(default_factory=dict)
    page: str | None = None
    query: str | None = None
    fragment_id: str | None = None


class Stop(Message):
    """Stop the running script."""

    t: Literal["stop"] = "stop"


class ClearCache(Message):
    """Clear `st.cache_data` and `st.cache_resource` (developer menu)."""

    t: Literal["clear_cache"] = "clear_cache"


class Heartbeat(Message):
    """Keep-alive; the server answers nothing."""

    t: Literal["heartbeat"] = "heartbeat"


class SetRunOnSave(Message):
    """The user's "Always rerun" choice for this session."""

    t: Literal["set_run_on_save"] = "set_run_on_save"
    value: bool


BrowserMessage = Annotated[
    Rerun | Stop | ClearCache | Heartbeat | SetRunOnSave, Field(discriminator="t")
]

browser_message: TypeAdapter[Rerun | Stop | ClearCache | Heartbeat | SetRunOnSave] = TypeAdapter(
    BrowserMessage, config=_DEFERRED
)
server_message: TypeAdapter[
    NewSession
    | ElementTypes
    | ScriptStarted
    | Delta
    | Trim
    | ScriptFinished
    | PageConfig
    | QueryString
    | SessionEvent
] = TypeAdapter(ServerMessage, config=_DEFERRED)
