"""st.table: data of many shapes as rows of display strings."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from rill.builtin_plugins.write.tables import MAX_ROWS, table_props
from rill.core.kernel import Kernel
from rill.core.runtime.run import RerunData
from rill.core.runtime.session import Session
from rill.schemas.elements import validate_props
from rill.schemas.protocol import server_message

# -- running a script (kept in this module: test helpers are not shared between directories) -------

Path_ = tuple[int, ...]


class Recorder:
    def __init__(self) -> None:
        self.messages: list[dict[str, Any]] = []

    def send(self, message: dict[str, Any]) -> None:
        self.messages.append(message)


def run(tmp_path: Path, source: str, **load: Any) -> list[dict[str, Any]]:
    """Run `source` once; every message sent, each checked against the protocol and props."""
    path = tmp_path / "app.py"
    path.write_text("import rill as st\n" + textwrap.dedent(source), encoding="utf-8")
    client = Recorder()
    session = Session(Kernel.load(cwd=tmp_path, home=tmp_path, env={}, **load), path, client)
    try:
        session.request_rerun(RerunData())
        assert session.wait_idle(10)
    finally:
        session.close()
    for message in client.messages:
        server_message.validate_python(message)
        if message["t"] == "delta":
            validate_props(message["element"]["kind"], message["element"]["props"])
    return client.messages


def tree(messages: list[dict[str, Any]]) -> dict[Path_, tuple[str, dict[str, Any]]]:
    """What the browser shows at the end: path → (kind, props)."""
    shown: dict[Path_, tuple[str, dict[str, Any]]] = {}
    for m in messages:
        if m["t"] == "delta":
            path = tuple(m["path"])
            shown = {p: e for p, e in shown.items() if p[: len(path)] != path}
            shown[path] = (m["element"]["kind"], m["element"]["props"])
        elif m["t"] == "trim":
            parent, length = tuple(m["path"]), m["length"]
            shown = {
                p: e
                for p, e in shown.items()
                if not (
                    len(p) > len(parent) and p[: len(parent)] == parent and p[len(parent)] >= length
                )
            }
    return dict(sorted(shown.items()))


def shown(tmp_path: Path, source: str, **load: Any) -> list[tuple[str, dict[str, Any]]]:
    return list(tree(run(tmp_path, source, **load)).values())


def error(tmp_path: Path, source: str) -> str:
    """The message of the exception the script showed (it must show exactly one)."""
    errors = [props for kind, props in shown(tmp_path, source) if kind == "exception"]
    assert len(errors) == 1, errors
    return f"{errors[0]['type']}: {errors[0]['message']}"


def test_table_command_returns_a_replaceable_element(tmp_path: Path) -> None:
    source = """
    import pandas as pd
    handle = st.table(pd.DataFrame({"n": [1, None]}, index=["a", "b"]))
    st.table()
    st.text(type(handle).__name__)
    """
    assert shown(tmp_path, source) == [
        ("table", {"columns": ["n"], "rows": [["1.0"], ["NaN"]], "index": ["a", "b"]}),
        ("table", {"columns": [], "rows": [], "index": None}),
        ("text", {"body": "Container", "help": None}),
    ]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            {"a": [1, 2], "b": ["x", None]},
            {"columns": ["a", "b"], "rows": [["1", "x"], ["2", "NaN"]], "index": ["0", "1"]},
        ),
        (
            {"k1": 1, "k2": "v"},
            {"columns": ["value"], "rows": [["1"], ["v"]], "index": ["k1", "k2"]},
        ),
        (
            [{"x": 1}, {"x": 2}],
            {"columns": ["x"], "rows": [["1"], ["2"]], "index": ["0", "1"]},
        ),
        (
            [[1, 2], [3, 4]],
            {"columns": ["0", "1"], "rows": [["1", "2"], ["3", "4"]], "index": ["0", "1"]},
        ),
        ({5}, {"columns": ["0"], "rows": [["5"]], "index": ["0"]}),
    ],
)
def test_plain_python_data(data: Any, expected: dict[str, Any]) -> None:
    assert table_props(data) == expected


def test_pandas_numpy_and_arrow_data() -> None:
    import numpy as np
    import pandas as pd
    import pyarrow as pa

    columns = pd.MultiIndex.from_tuples([("a", "x"), ("a", "y")])
    frame = pd.DataFrame([[1, 2]], columns=columns)
    assert table_props(frame)["columns"] == ["a x", "a y"]
    assert table_props(pd.Index(["p", "q"], name="i")) == {
        "columns": ["i"],
        "rows": [["p"], ["q"]],
        "index": ["0", "1"],
    }
    assert table_props(np.array([7, 8])) == {
        "columns": ["0"],
        "rows": [["7"], ["8"]],
        "index": ["0", "1"],
    }
    assert table_props(pa.table({"t": ["u"]}))["rows"] == [["u"]]


def test_rows_are_capped(tmp_path: Path) -> None:
    props = table_props({"n": list(range(MAX_ROWS + 5))})
    assert len(props["rows"]) == len(props["index"]) == MAX_ROWS == 10_000
    assert props["rows"][-1] == [str(MAX_ROWS - 1)]


def test_unshowable_data_is_refused(tmp_path: Path) -> None:
    assert error(tmp_path, "st.table(3)\n") == (
        "RillAPIError: A table cannot show a value of type int."
    )
    assert "3 dimensions" in error(tmp_path, "import numpy\nst.table(numpy.zeros((1, 1, 1)))\n")
