"""Element types declared while a script runs: announced to the browser, served by kind."""

from __future__ import annotations

from pathlib import Path

import pytest
from server_harness import serving

from rill.core.errors import PluginError
from rill.core.kernel import Kernel
from rill.plugins import ElementType

SCRIPT = """
from pathlib import Path
from rill.plugins import ElementType, add_element, declare_element

here = Path(__file__).parent
stars = declare_element(ElementType("star_rating", module="index.js", assets=str(here / "stars")))
add_element("star_rating", {"max": 5})
add_element("star_rating", {"max": 3})
"""


def test_a_declared_kind_is_announced_once_and_served_by_kind(tmp_path: Path) -> None:
    (tmp_path / "stars").mkdir()
    (tmp_path / "stars" / "index.js").write_text("export default function render() {}\n")
    (tmp_path / "stars" / ".secret").write_text("no")
    with serving(tmp_path, source=SCRIPT) as served, served.tab() as tab:
        assert "star_rating" not in tab.new_session()["elements"]  # nothing declared yet
        first = tab.run()
        kinds = [m["t"] for m in first]
        announced = [m for m in first if m["t"] == "element_types"]
        assert announced == [
            {
                "t": "element_types",
                "elements": {"star_rating": "_rill/elements/star_rating/index.js"},
            }
        ]
        # Announced before the kind's first element reaches the browser.
        first_delta = next(i for i, m in enumerate(first) if m["t"] == "delta")
        assert kinds.index("element_types") < first_delta
        assert not [m for m in tab.run() if m["t"] == "element_types"]  # once per session
        module = served.http("_rill/elements/star_rating/index.js")
        assert module.status == 200
        assert module.headers["Content-Type"].startswith("text/javascript")
        assert served.http("_rill/elements/star_rating/.secret").status == 404
        assert served.http("_rill/elements/star_rating/../app.py").status in (403, 404)
        assert served.http("_rill/elements/unknown_kind/index.js").status == 404
        # A browser connecting later learns the kind from its new_session.
        with served.tab() as later:
            assert later.new_session()["elements"]["star_rating"] == (
                "_rill/elements/star_rating/index.js"
            )


def test_declaring_an_equal_type_again_is_a_no_op_and_a_different_one_an_error(
    tmp_path: Path,
) -> None:
    kernel = Kernel.load(cwd=tmp_path, home=tmp_path, env={})
    stars = ElementType("star_rating", module="index.js", assets=str(tmp_path))
    assert kernel.declare_element(stars) is True
    assert (
        kernel.declare_element(ElementType("star_rating", module="index.js", assets=str(tmp_path)))
        is False
    )
    with pytest.raises(PluginError, match="'star_rating' is already declared"):
        kernel.declare_element(ElementType("star_rating", module="other.js", assets=str(tmp_path)))
    with pytest.raises(PluginError, match="'markdown' is already declared"):
        kernel.declare_element(ElementType("markdown"))
