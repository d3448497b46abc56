"""`[storage]`: where the builtin storage plugin keeps cached results and media files."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from rill.schemas.config.base import ConfigSection


class StorageConfig(ConfigSection):
    """Settings for the builtin storage backends (a plugin that provides its own ignores them).

    Sessions waiting for a reconnect and uploaded files are always kept in memory by the
    builtin plugin; the cache and media can go to disk instead, which keeps large values out
    of the server's memory and, for the cache, survives a restart.
    """

    cache: Literal["memory", "disk"] = Field(
        default="memory",
        description=(
            "Where `st.cache_data` results are kept: in the server's memory, or as files in "
            "`cacheDir` (kept across restarts, shareable by servers on one machine)."
        ),
    )
    cache_dir: str = Field(
        default=".rill/cache",
        description="Directory of the disk cache, relative to the working directory.",
    )
    media: Literal["memory", "disk"] = Field(
        default="memory",
        description=(
            "Where media files (images, audio, video, downloads) are kept while sessions show "
            "them: in the server's memory, or as files in `mediaDir`."
        ),
    )
    media_dir: str | None = Field(
        default=None,
        description=(
            "Directory of the disk media store, relative to the working directory; one per "
            "server process. Unset: a temporary directory, removed when the process exits."
        ),
    )
