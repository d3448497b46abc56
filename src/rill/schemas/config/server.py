"""`[server]`: how the rill server listens, secures and limits its connections."""

from __future__ import annotations

import ipaddress
from typing import Literal

from pydantic import Field, field_validator, model_validator

from rill.schemas.config.base import ConfigSection


class ServerConfig(ConfigSection):
    """Network, security and resource settings of the app server."""

    address: str = Field(
        default="127.0.0.1",
        description="Interface the server binds to; 0.0.0.0 accepts connections from anywhere.",
    )
    port: int = Field(
        default=8501,
        ge=1,
        le=65535,
        description="TCP port the server listens on.",
    )
    base_url_path: str = Field(
        default="",
        description="Path prefix the app is served under, e.g. `apps/sales` behind a proxy.",
    )
    headless: bool = Field(
        default=False,
        description="Do not open a browser tab on start.",
    )
    run_on_save: bool = Field(
        default=False,
        description="Rerun the app automatically whenever its source file is saved.",
    )
    file_watcher_type: Literal["auto", "watchdog", "poll", "none"] = Field(
        default="auto",
        description=(
            "How source changes are noticed: `auto` prefers watchdog and falls back to polling."
        ),
    )
    folder_watch_blacklist: list[str] = Field(
        default_factory=list,
        description="Folders, relative to the app, whose changes never trigger a rerun.",
    )
    cookie_secret: str | None = Field(
        default=None,
        description="Key that signs cookies; a random one is made per process when unset.",
    )
    enable_cors: bool = Field(
        default=True,
        alias="enableCORS",
        description="Refuse cross-origin requests; turn off only behind a trusted proxy.",
    )
    enable_xsrf_protection: bool = Field(
        default=True,
        description="Require a signed token on uploads and other state-changing requests.",
    )
    max_upload_size: int = Field(
        default=200,
        ge=1,
        description="Largest file a user may upload, in megabytes.",
    )
    max_message_size: int = Field(
        default=200,
        ge=1,
        description="Largest single message sent to the browser, in megabytes.",
    )
    enable_websocket_compression: bool = Field(
        default=False,
        description="Compress websocket frames (saves bandwidth, costs CPU).",
    )
    enable_static_serving: bool = Field(
        default=False,
        description="Serve the files in the app's `static/` folder under `/app/static/`.",
    )
    ssl_cert_file: str | None = Field(
        default=None,
        description="PEM certificate chain for serving HTTPS directly; needs `sslKeyFile`.",
    )
    ssl_key_file: str | None = Field(
        default=None,
        description="PEM private key matching `sslCertFile`.",
    )
    content_security_policy: str | None = Field(
        default=None,
        description=(
            "Content-Security-Policy of the app page, replacing the default policy whole; "
            '`""` sends none (unsafe). See docs/security-headers.md.'
        ),
    )
    frame_ancestors: str = Field(
        default="'self'",
        description=(
            "Sites allowed to embed the app in a frame: the `frame-ancestors` sources of the "
            "default policy, e.g. `'self' https://intranet.example.com`, or `*` for any."
        ),
    )
    trusted_proxies: list[str] = Field(
        default_factory=list,
        description=(
            "Addresses or CIDR blocks of reverse proxies whose `X-Forwarded-For` gives the "
            'client\'s address (`st.context.ip_address`), e.g. `["127.0.0.1", "10.0.0.0/8"]`.'
        ),
    )
    disconnected_session_ttl: int = Field(
        default=120,
        ge=0,
        alias="disconnectedSessionTTL",
        description="Seconds a closed tab's session is kept so a reconnecting browser resumes it.",
    )

    @field_validator("base_url_path", mode="after")
    @classmethod
    def _strip_slashes(cls, value: str) -> str:
        return value.strip().strip("/")

    @field_validator("content_security_policy", "frame_ancestors", mode="after")
    @classmethod
    def _one_header_line(cls, value: str | None) -> str | None:
        # A line break would end the header and start another one: header injection.
        if value is not None and ("\r" in value or "\n" in value):
            raise ValueError("must be on one line: a header value cannot contain line breaks")
        return value

    @field_validator("trusted_proxies", mode="after")
    @classmethod
    def _networks(cls, value: list[str]) -> list[str]:
        for entry in value:
            try:
                ipaddress.ip_network(entry.strip(), strict=False)
            except ValueError:
                raise ValueError(
                    f"{entry!r} is not an IP address or CIDR block such as `10.0.0.0/8`"
                ) from None
        return value

    @field_validator("frame_ancestors", mode="after")
    @classmethod
    def _sources_only(cls, value: str) -> str:
        if ";" in value or not value.strip():
            raise ValueError(
                "expected CSP sources such as `'self' https://example.com` (no `;`), "
                "or `'none'` to forbid every frame"
            )
        return value.strip()

    @model_validator(mode="after")
    def _ssl_pair(self) -> ServerConfig:
        if (self.ssl_cert_file is None) != (self.ssl_key_file is None):
            raise ValueError(
                "`server.sslCertFile` and `server.sslKeyFile` must be set together, or neither"
            )
        return self
