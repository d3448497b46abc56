"""`AppTest.context`: the browser connection a simulated app sees as `st.context`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from rill.core.runtime.connection import Connection


@dataclass
class TestContext:
    """What `st.context` reports in an AppTest; set it before `run()`.

    Defaults describe no browser at all: no headers or cookies, no address, locale or time
    zone, as for a script run without a connection.

    Example:
        at = AppTest.from_file("app.py")
        at.context.headers["User-Agent"] = "Mozilla/5.0"
        at.context.cookies["theme"] = "dark"
        at.context.locale = "de-DE"
        at.context.timezone = "Europe/Berlin"
        at.context.timezone_offset = -60
        at.run()
    """

    __test__ = False  # not a pytest test class

    headers: dict[str, str] = field(default_factory=dict)
    cookies: dict[str, str] = field(default_factory=dict)
    ip_address: str | None = None
    locale: str | None = None
    timezone: str | None = None
    timezone_offset: int | None = None
    url: str = ""
    theme_type: Literal["light", "dark"] | None = None

    def connection(self) -> Connection:
        """The `Connection` these settings describe."""
        lines = [f"{name}: {value}" for name, value in self.headers.items()]
        if self.cookies and not any(name.lower() == "cookie" for name in self.headers):
            lines.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        return Connection(
            header_lines="\n".join(lines),
            remote_ip=self.ip_address,
            host=self.headers.get("Host", ""),
            url=self.url,
            locale=self.locale,
            timezone=self.timezone,
            timezone_offset=self.timezone_offset,
            theme=self.theme_type,
        )
