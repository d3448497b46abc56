"""st.graphviz_chart and st.mermaid_chart: the source each input sends, sizes and errors."""

from __future__ import annotations

import pytest
from chart_libs_harness import Make

from rill.testing.v1 import AppTest


def test_dot_text_and_graphviz_objects_send_their_source_and_engine(make: Make) -> None:
    app = make(
        """
        import graphviz
        graph = graphviz.Digraph(engine="neato")
        graph.edge("run", "stop")
        st.graphviz_chart(graph)
        st.graphviz_chart(graphviz.Source("graph { a -- b }"))
        st.graphviz_chart("digraph { x -> y }", use_container_width=True, alt="Two steps")
        """
    ).run()
    objects, source, text = (e["props"] for e in app.ok().elements("graphviz_chart"))
    assert objects["spec"] == "digraph {\n\trun -> stop\n}\n"
    assert objects["engine"] == "neato"
    assert objects["width"] == "content" and objects["height"] == "content"
    assert source["spec"] == "graph { a -- b }\n" and source["engine"] == "dot"
    assert text == {
        "spec": "digraph { x -> y }",
        "engine": "dot",
        "width": "stretch",
        "height": "content",
        "alt": "Two steps",
    }


def test_graphs_carry_a_digest(make: Make) -> None:
    app = make("st.graphviz_chart('digraph { a }')\nst.graphviz_chart('digraph { b }')").run()
    first, second = app.ok().elements("graphviz_chart")
    assert first["digest"] and second["digest"] and first["digest"] != second["digest"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.graphviz_chart(42)", "Unhandled type for graphviz chart: int"),
        ("st.graphviz_chart(['digraph {}'])", "Unhandled type for graphviz chart: list"),
        ("st.graphviz_chart('digraph {}', width='wide')", "Invalid width value: 'wide'"),
        ("st.graphviz_chart('digraph {}', height=-5)", "Invalid height value: -5"),
    ],
)
def test_graphviz_errors_name_the_argument(make: Make, call: str, message: str) -> None:
    app = make(call).run()
    assert app.error().startswith("RillAPIError") and message in app.error()


def test_mermaid_source_is_dedented_and_alt_is_one_line(make: Make) -> None:
    app = make(
        '''
        st.mermaid_chart("""
            graph LR
                A --> B
        """, alt="""  From A
            to B  """)
        st.mermaid_chart("graph TD\\n  X --> Y", width=300, alt="   ")
        '''
    ).run()
    first, second = app.ok().elements("mermaid_chart")
    assert first["props"] == {
        "body": "graph LR\n    A --> B",
        "width": "stretch",
        "alt": "From A to B",
    }
    assert first["digest"]
    assert second["props"] == {"body": "graph TD\n  X --> Y", "width": 300, "alt": None}


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.mermaid_chart(42)", "must be Mermaid source text, not int"),
        ("st.mermaid_chart('graph LR', width='huge')", "Invalid width value: 'huge'"),
        ("st.mermaid_chart('graph LR', alt=3)", "`alt` of st.mermaid_chart must be text"),
    ],
)
def test_mermaid_errors_name_the_argument(make: Make, call: str, message: str) -> None:
    app = make(call).run()
    assert app.error().startswith("RillAPIError") and message in app.error()


def test_apptest_reads_dot_and_mermaid_source() -> None:
    at = AppTest.from_string(
        "import rill as st\n"
        "st.graphviz_chart('digraph { a -> b }')\n"
        "st.mermaid_chart('graph LR\\n  A --> B')\n"
    ).run()
    (graph,) = at.get("graphviz_chart")
    (diagram,) = at.get("mermaid_chart")
    assert graph.spec == "digraph { a -> b }" and graph.engine == "dot"
    assert graph.value == graph.spec
    assert diagram.body == "graph LR\n  A --> B" and diagram.value == diagram.body
