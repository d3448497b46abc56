"""A section nobody configured holds exactly what validating an empty section gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from rill.core.config.loader import section_defaults
from rill.core.kernel import Kernel


def sections() -> dict[str, type]:
    kernel = Kernel.load(cwd=Path("/nonexistent"), home=Path("/nonexistent"), env={}, flags=[])
    return dict(kernel.section_models)


@pytest.mark.parametrize(("name", "model"), sorted(sections().items()))
def test_unconfigured_defaults_equal_validated_defaults(name: str, model: type) -> None:
    # rill's own sections skip validation when unconfigured: only sound if this holds.
    assert section_defaults(model) == model.model_validate({}), name
    assert model.model_construct() == model.model_validate({}), name
