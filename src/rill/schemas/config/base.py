"""The base every config section model derives from."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict
from pydantic.alias_generators import to_camel


class ConfigSection(BaseModel):
    """A section of rill's config, such as `[server]`.

    Python attributes are snake_case; TOML keys, environment variables and flags use the
    camelCase names users know, generated from the attribute name unless a field sets its own
    alias (`enable_cors` is `enableCORS`). Unknown keys are errors, and every field carries a
    description, which `rill config show` prints as a comment.
    """

    model_config = ConfigDict(
        extra="forbid",
        alias_generator=to_camel,
        populate_by_name=True,
        validate_default=True,
        validate_assignment=True,
        # Built on first validation: an empty section of a plain model skips it (see
        # `rill.core.config.loader.section_defaults`), which saves start-up time.
        defer_build=True,
    )
