"""st.help: what it tells about modules, classes, functions, instances and builtins."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from element_runner import shown
from rill.builtin_plugins.write.help import MAX_REPR, describe_object
from rill.testing.v1 import AppTest


class Dog:
    """A typical dog.

    It barks.
    """

    legs = 4

    def __init__(self, breed: str, color: str) -> None:
        self.breed = breed
        self.color = color

    def bark(self, times: int = 1) -> str:
        """Say woof.

        More words.
        """
        return "Woof! " * times

    @property
    def loud(self) -> bool:
        """Whether it is loud (reading it fails, and help must not read it)."""
        raise RuntimeError("not to be evaluated")


def member(props: dict[str, Any], name: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [m for m in props["members"] if m["name"] == name]
    assert len(found) == 1, found
    return found[0]


def test_a_class(tmp_path: Path) -> None:
    props = describe_object(Dog, "Dog")
    assert props["type"] == "class"
    assert props["value"] == f"{__name__}.Dog"
    assert props["signature"] == "(breed: str, color: str) -> None"
    assert props["doc"] == "A typical dog.\n\nIt barks."
    assert member(props, "bark") == {"name": "bark", "type": "function", "doc": "Say woof."}
    assert member(props, "legs") == {"name": "legs", "type": "int", "value": "4"}
    assert member(props, "loud")["type"] == "property"
    # Plain values first, then callables; each group by name.
    assert [m["name"] for m in props["members"]] == ["legs", "loud", "bark"]


def test_an_instance_shows_values_and_does_not_run_properties() -> None:
    props = describe_object(Dog("poodle", "white"), "fido")
    assert (props["name"], props["type"], props["value"]) == ("fido", "Dog", None)
    assert props["signature"] is None
    assert props["doc"].startswith("A typical dog.")
    assert member(props, "breed") == {"name": "breed", "type": "str", "value": "'poodle'"}
    assert member(props, "bark")["type"] == "method"
    assert member(props, "loud") == {
        "name": "loud",
        "type": "property",
        "doc": "Whether it is loud (reading it fails, and help must not read it).",
    }


def test_functions_builtins_and_values() -> None:
    props = describe_object(len)
    assert (props["type"], props["value"], props["signature"]) == (
        "builtin_function_or_method",
        "len",
        "(obj, /)",
    )
    assert props["doc"].startswith("Return the number of items")
    number = describe_object(42, "answer")
    assert (number["type"], number["value"], number["signature"]) == ("int", "42", None)
    assert member(number, "real") == {
        "name": "real",
        "type": "property",
        "doc": "the real part of a complex number",
    }
    long = describe_object("x" * 1000)
    assert len(long["value"]) == MAX_REPR and long["value"].endswith("…")


def test_a_module_lists_its_members_but_not_submodules() -> None:
    import json

    props = describe_object(json, "json")
    assert (props["type"], props["value"]) == ("module", None)  # the same as the name
    names = [m["name"] for m in props["members"]]
    assert "dumps" in names and "JSONDecoder" in names
    assert "decoder" not in names  # a submodule
    assert member(props, "JSONDecoder")["type"] == "class"


def test_the_script_expression_names_the_object(tmp_path: Path) -> None:
    source = """
    import collections
    counts = collections.Counter("hello")
    st.help(counts)
    st.help(
        collections.OrderedDict
    )
    st.help(x := [1, 2])
    st.help("text")
    col, = st.columns(1)
    col.help(counts.most_common)
    st.help()
    """
    names = [(p["name"], p["type"]) for kind, p in shown(tmp_path, source) if kind == "help"]
    assert names == [
        ("counts", "Counter"),
        ("collections.OrderedDict", "class"),
        ("x", "list"),
        (None, "str"),
        ("counts.most_common", "method"),
        (None, "module"),
    ]


def test_help_without_an_argument_describes_rill(tmp_path: Path) -> None:
    ((kind, props),) = shown(tmp_path, "st.help()\n")
    assert (kind, props["value"]) == ("help", "rill")
    assert {"metric", "pyplot", "help", "json"} <= {m["name"] for m in props["members"]}


def test_apptest_reads_help(tmp_path: Path) -> None:
    at = AppTest.from_string("import rill as st\nimport math\nst.help(math.floor)\n").run()
    (shown_help,) = at.help
    assert shown_help.name == "math.floor"
    assert shown_help.doc_type == "builtin_function_or_method"
    assert shown_help.value.startswith("Return the floor of x")
    assert shown_help.signature == "(x, /)"
    assert shown_help.members == []
