"""st.write: the element chosen for each type of argument, and magic."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from element_runner import shown
from rill.builtin_plugins.data.arrow import to_pandas
from rill.core.runtime.tree import add_element
from rill.plugins import hookimpl


def md(body: str, unsafe: bool = False) -> tuple[str, dict[str, Any]]:
    return ("markdown", {"body": body, "unsafe_allow_html": unsafe, "help": None})


# -- text and inline values ------------------------------------------------------------------------


def test_consecutive_strings_and_values_join_into_one_markdown(tmp_path: Path) -> None:
    source = """
    st.write("Total:", 42, "items", 1.5, True, None)
    st.write("<b>bold</b>", unsafe_allow_html=True)
    st.write()
    """
    assert shown(tmp_path, source) == [
        md("Total: `42` items `1.5` `True` `None`"),
        md("<b>bold</b>", unsafe=True),
    ]


def test_write_returns_none(tmp_path: Path) -> None:
    source = "result = st.write('x')\nst.text(repr(result))\n"
    assert shown(tmp_path, source)[1] == ("text", {"body": "None", "help": None})


def test_backticks_and_newlines_in_values_stay_code(tmp_path: Path) -> None:
    source = """
    class Ticks:
        def __str__(self):
            return "a `b` c"

    class Lines:
        def __str__(self):
            return "one\\ntwo ```"

    st.write(Ticks())
    st.write(Lines())
    """
    assert [props["body"] for _, props in shown(tmp_path, source)] == [
        "``a `b` c``",
        "````\none\ntwo ```\n````",
    ]


def test_tuples_and_sets_are_inline_code_as_in_streamlit(tmp_path: Path) -> None:
    assert shown(tmp_path, "st.write((1, 'a'), {2})\n") == [md("`(1, 'a')` `{2}`")]


# -- structured values -----------------------------------------------------------------------------


def test_dicts_lists_and_mappings_are_json(tmp_path: Path) -> None:
    source = """
    import collections, types
    Point = collections.namedtuple("Point", "x y")
    st.write(
        {"a": 1},
        [1, "two"],
        Point(1, 2),
        types.MappingProxyType({"m": 1}),
        collections.ChainMap({"c": 3}),
        {"k": 1}.items(),
        enumerate("ab"),
    )
    """
    bodies = [json.loads(props["body"]) for kind, props in shown(tmp_path, source)]
    assert bodies == [
        {"a": 1},
        [1, "two"],
        {"x": 1, "y": 2},
        {"m": 1},
        {"c": 3},
        [["k", 1]],
        [[0, "a"], [1, "b"]],
    ]


def test_exceptions_are_exception_boxes(tmp_path: Path) -> None:
    ((kind, props),) = shown(tmp_path, "st.write(ValueError('bad value'))\n")
    assert (kind, props["type"], props["message"]) == ("exception", "ValueError", "bad value")


def test_dataframes_series_arrays_and_arrow_tables_are_dataframes(tmp_path: Path) -> None:
    source = """
    import numpy as np
    import pandas as pd
    import pyarrow as pa
    st.write(pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}, index=["r1", "r2"]))
    st.write(pd.Series([3, 4], name="s"))
    st.write(np.array([[1, 2], [3, 4]]))
    st.write(pa.table({"c": [True, False]}))
    st.write(np.zeros((2, 2, 2)))
    """
    elements = shown(tmp_path, source)
    assert [kind for kind, _ in elements[:4]] == ["dataframe"] * 4
    frames = [to_pandas(props["data"]) for _, props in elements[:4]]
    assert frames[0].index.tolist() == ["r1", "r2"] and frames[0]["b"].tolist() == ["x", "y"]
    assert frames[1]["s"].tolist() == [3, 4]
    assert frames[2].to_numpy().tolist() == [[1, 2], [3, 4]]
    assert frames[3]["c"].tolist() == [True, False]
    kind, props = elements[4]
    assert kind == "text" and props["body"].startswith("[[[0. 0.]")


def test_objects_convertible_to_pandas_are_dataframes(tmp_path: Path) -> None:
    source = """
    import pandas as pd

    class Frame:
        def to_pandas(self):
            return pd.DataFrame({"z": [9]})

    st.write(Frame())
    """
    ((kind, props),) = shown(tmp_path, source)
    assert kind == "dataframe" and to_pandas(props["data"])["z"].tolist() == [9]


def test_sympy_expressions_are_latex(tmp_path: Path) -> None:
    source = "import sympy\nst.write(sympy.sqrt(sympy.Symbol('y')))\n"
    assert shown(tmp_path, source) == [("latex", {"body": "\\sqrt{y}", "help": None})]


def test_string_io_is_markdown(tmp_path: Path) -> None:
    source = "import io\nst.write('before', io.StringIO('**io**'))\n"
    assert shown(tmp_path, source) == [md("before"), md("**io**")]


# -- help, html, streams ---------------------------------------------------------------------------


def test_functions_classes_modules_and_dataclasses_are_shown_as_help(tmp_path: Path) -> None:
    source = """
    import dataclasses, math

    def greet(name: str, punctuation: str = "!") -> str:
        \"\"\"Say hello.\"\"\"

    @dataclasses.dataclass
    class Pair:
        \"\"\"Two numbers.\"\"\"
        a: int
        b: int

    class Plain:
        pass

    st.write(greet, Pair, Pair(1, 2), math, Plain())
    """
    elements = shown(tmp_path, source)
    assert [kind for kind, _ in elements] == ["help"] * 5
    greet, pair_class, pair, math_module, plain = (props for _, props in elements)
    assert greet["signature"] == "(name: str, punctuation: str = '!') -> str"
    assert greet["doc"] == "Say hello."
    assert pair_class["doc"] == "Two numbers." and pair["doc"] == "Two numbers."
    assert math_module["type"] == "module"
    assert plain["type"] == "Plain"


def test_repr_html_is_rendered_only_when_allowed(tmp_path: Path) -> None:
    source = """
    class Widget:
        def _repr_html_(self):
            return "<i>html</i>"

        def __str__(self):
            return "Widget()"

    st.write(Widget(), unsafe_allow_html=True)
    st.write(Widget())
    """
    (html_kind, html_props), plain = shown(tmp_path, source)
    assert (html_kind, html_props["body"]) == ("html", "<i>html</i>")
    assert plain == md("`Widget()`")


def test_repr_html_with_the_layout_plugin_disabled_names_it(tmp_path: Path) -> None:
    source = """
    class Widget:
        def _repr_html_(self):
            return "<i>html</i>"

    st.write(Widget(), unsafe_allow_html=True)
    """
    ((kind, props),) = shown(tmp_path, source, flags=["--plugins.disabled", "layout"])
    assert (
        kind == "exception" and "st.html() is provided by the plugin 'layout'" in props["message"]
    )


def test_generators_are_streamed(tmp_path: Path) -> None:
    source = """
    def words():
        yield "streamed "
        yield "text"

    st.write(words())
    st.write(words)
    """
    assert shown(tmp_path, source) == [md("streamed text"), md("streamed text")]


# -- where it writes -------------------------------------------------------------------------------


def test_one_element_replaces_a_placeholder_but_several_are_refused(tmp_path: Path) -> None:
    source = """
    slot = st.empty()
    slot.write("replaced")
    slot.write({"x": 1})
    slot.write("x", 1)
    """
    elements = shown(tmp_path, source)
    assert elements[0] == ("json", {"body": '{"x": 1}', "expanded": True})
    assert elements[1][1]["message"].startswith(
        "Cannot replace a single element with multiple elements."
    )


def test_magic_writes_bare_expressions(tmp_path: Path) -> None:
    source = """
    \"\"\"# The app\"\"\"
    count = 3
    count
    "a", "tuple"
    {"shown": True}
    """
    assert shown(tmp_path, source) == [
        md("# The app"),
        md("`3`"),
        md("`('a', 'tuple')`"),
        ("json", {"body": '{"shown": true}', "expanded": True}),
    ]


# -- handing over to other plugins' commands -------------------------------------------------------


class Renderers:
    """A plugin with its own `dataframe` and `altair_chart` commands.

    Plain functions rather than `@command`: that decorator also lists a command in the
    process-wide table, where it would outlive this test's kernel.
    """

    @hookimpl
    def rill_register_commands(self) -> dict[str, Any]:
        def dataframe(data: Any) -> None:
            add_element("markdown", {"body": f"dataframe of {type(data).__name__}"})

        def altair_chart(chart: Any) -> None:
            add_element("markdown", {"body": f"chart {chart.name}"})

        return {"dataframe": dataframe, "altair_chart": altair_chart}


def test_types_other_plugins_show_go_to_their_commands(tmp_path: Path) -> None:
    source = """
    import pandas as pd

    class Chart:
        name = "bars"

    Chart.__module__ = "altair.vegalite.v5.api"
    st.write(pd.DataFrame({"a": [1]}), Chart())
    """
    bodies = [
        props["body"]
        for _, props in shown(tmp_path, source, extra_plugins=[("renderers", Renderers())])
    ]
    assert bodies == ["dataframe of DataFrame", "chart bars"]


def test_a_chart_whose_plugin_is_disabled_says_which_plugin(tmp_path: Path) -> None:
    source = """
    import altair as alt

    st.write(alt.Chart({"values": [{"a": 1}]}).mark_bar().encode(x="a:Q"))
    """
    ((kind, props),) = shown(tmp_path, source, flags=["--plugins.disabled", "charts"])
    assert kind == "exception" and props["type"] == "FeatureDisabledError"
    assert "plugin 'charts'" in props["message"]


def test_magic_works_in_a_script_that_imports_nothing(tmp_path: Path) -> None:
    # A fresh interpreter, where nothing but the runtime has been imported.
    code = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from rill.core.kernel import Kernel
        from rill.core.runtime.run import RerunData
        from rill.core.runtime.session import Session

        class Client:
            def send(self, message):
                if message["t"] == "delta":
                    print(message["element"]["props"]["body"])

        here = Path(sys.argv[1])
        (here / "app.py").write_text("x = 1\\n'bare **magic**'\\n")
        session = Session(Kernel.load(cwd=here, home=here, env={}), here / "app.py", Client())
        session.request_rerun(RerunData())
        assert session.wait_idle(10)
        session.close()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={k: v for k, v in os.environ.items() if not k.startswith("RILL_")},
    )
    assert result.stdout == "bare **magic**\n"


class Celsius:
    def __init__(self, degrees: float) -> None:
        self.degrees = degrees


class Kelvin(Celsius):
    pass


def show_celsius(value: Celsius) -> None:
    add_element("markdown", {"body": f"{value.degrees} °C", "unsafe_allow_html": False})


class Thermometers:
    """Teaches st.write the Celsius class, by qualified name and by reference."""

    @hookimpl
    def rill_register_write_handlers(self):  # type: ignore[no-untyped-def]
        def frame(df: Any) -> None:
            add_element(
                "markdown", {"body": f"a frame of {len(df)} rows", "unsafe_allow_html": False}
            )

        # pandas 3 reports its public name, pandas 2 the defining module.
        return {
            f"{__name__}.Celsius": f"{__name__}:show_celsius",
            "pandas.DataFrame": frame,
            "pandas.core.frame.DataFrame": frame,
        }


def test_a_plugin_teaches_st_write_a_type_and_its_subclasses(tmp_path: Path) -> None:
    source = f"""
    import pandas as pd
    from {__name__} import Celsius, Kelvin
    st.write(Celsius(21.5))
    st.write(Kelvin(3))
    st.write(pd.DataFrame({{"a": [1, 2, 3]}}))
    """
    plugins = [("thermometers", Thermometers())]
    # The data plugin teaches st.write the pandas types itself: a plugin that replaces its
    # handlers runs with it disabled (two plugins may not register one name).
    flags = ["--plugins.disabled", "data"]
    shown_ = shown(tmp_path, source, extra_plugins=plugins, flags=flags)
    bodies = [props["body"] for _, props in shown_]
    assert bodies == ["21.5 °C", "3 °C", "a frame of 3 rows"]
