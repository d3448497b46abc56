"""st.write_stream: text growing in place, other chunks written where they come."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from element_runner import error, run, shown


def deltas(messages: list[dict[str, Any]]) -> list[tuple[list[int], str]]:
    return [
        (m["path"], m["element"]["props"].get("body", m["element"]["kind"]))
        for m in messages
        if m["t"] == "delta"
    ]


def test_text_grows_in_one_element_and_is_returned(tmp_path: Path) -> None:
    source = """
    def words():
        yield "Hello"
        yield ""
        yield ", world"

    reply = st.write_stream(words())
    st.text(repr(reply))
    """
    messages = run(tmp_path, source)
    assert deltas(messages) == [
        ([0, 0], "Hello"),
        ([0, 0], "Hello, world"),
        ([0, 1], "'Hello, world'"),
    ]


def test_generator_functions_lists_and_async_generators(tmp_path: Path) -> None:
    source = """
    def gen():
        yield "a"
        yield "b"

    async def agen():
        for part in ("c", "d"):
            yield part

    st.text(repr([st.write_stream(gen), st.write_stream(["x", "y"]), st.write_stream(agen())]))
    """
    bodies = [props["body"] for _, props in shown(tmp_path, source)]
    assert bodies == ["ab", "xy", "cd", "['ab', 'xy', 'cd']"]


def test_other_chunks_are_written_between_text_runs(tmp_path: Path) -> None:
    source = """
    def mixed():
        yield "before "
        yield "table"
        yield {"data": 1}
        yield "after"

    result = st.write_stream(mixed)
    st.text(repr(result))
    """
    assert [(kind, props.get("body")) for kind, props in shown(tmp_path, source)] == [
        ("markdown", "before table"),
        ("json", '{"data": 1}'),
        ("markdown", "after"),
        ("text", "['before table', {'data': 1}, 'after']"),
    ]


def test_cursor_shows_while_streaming_only(tmp_path: Path) -> None:
    source = "st.write_stream(iter(['a', 'b']), cursor='▌')\n"
    assert deltas(run(tmp_path, source)) == [([0, 0], "a▌"), ([0, 0], "ab▌"), ([0, 0], "ab")]


def test_llm_chunks_give_their_text(tmp_path: Path) -> None:
    source = """
    import types

    class ChatCompletionChunk:
        def __init__(self, content):
            delta = types.SimpleNamespace(content=content)
            self.choices = [types.SimpleNamespace(delta=delta)]

    class AIMessageChunk:
        def __init__(self, content):
            self.content = content

    ChatCompletionChunk.__module__ = "openai.types.chat"
    AIMessageChunk.__module__ = "langchain_core.messages.ai"
    chunks = [ChatCompletionChunk("Hi"), ChatCompletionChunk(None), AIMessageChunk(" there")]
    st.text(repr(st.write_stream(chunks)))
    """
    assert [props["body"] for _, props in shown(tmp_path, source)] == ["Hi there", "'Hi there'"]


def test_an_empty_stream_writes_nothing_and_returns_empty_text(tmp_path: Path) -> None:
    assert shown(tmp_path, "st.text(repr(st.write_stream([])))\n") == [
        ("text", {"body": "''", "help": None})
    ]


def test_a_value_that_is_not_a_stream_is_refused(tmp_path: Path) -> None:
    assert error(tmp_path, "st.write_stream(42)\n") == (
        "RillAPIError: st.write_stream expects a generator or stream-like object as input not "
        "<class 'int'>. Please use st.write instead for this data type."
    )
