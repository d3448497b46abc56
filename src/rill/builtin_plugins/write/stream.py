"""`st.write_stream`: text that grows in place as a generator or an LLM stream yields it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

from rill.builtin_plugins.write.others import markdown
from rill.plugins import Container, RillAPIError, command


def _sync(stream: AsyncIterator[Any]) -> Iterator[Any]:
    """Iterate an async generator from this (synchronous) script thread."""
    import asyncio  # only for async generators: keeps `import rill` light

    loop = asyncio.new_event_loop()
    try:
        while True:
            try:
                yield loop.run_until_complete(stream.__anext__())
            except StopAsyncIteration:
                return
    finally:
        loop.close()


def _chunks(stream: Any) -> Iterator[Any]:
    if callable(stream) and not isinstance(stream, Iterable) and not hasattr(stream, "__aiter__"):
        stream = stream()
    if hasattr(stream, "__aiter__"):
        return _sync(stream.__aiter__())
    if isinstance(stream, Iterable):
        return iter(stream)
    raise RillAPIError(
        f"st.write_stream expects a generator or stream-like object as input not "
        f"{type(stream)}. Please use st.write instead for this data type."
    )


def _text_of(chunk: Any) -> str | None:
    """The text a chunk carries, or None for a chunk that is not text (a dataframe, a chart).

    Strings are text; so are the chunks of OpenAI streams (Chat Completions and Responses)
    and LangChain message chunks, of which only the text is kept.
    """
    if isinstance(chunk, str):
        return chunk
    package = type(chunk).__module__.partition(".")[0]
    if package == "openai":
        choices = getattr(chunk, "choices", None)
        if choices:
            delta = getattr(choices[0], "delta", None)
            return getattr(delta, "content", None) or ""
        if getattr(chunk, "type", None) == "response.output_text.delta":
            return str(getattr(chunk, "delta", ""))
        return ""
    if package.startswith("langchain") and isinstance(getattr(chunk, "content", None), str):
        return str(chunk.content)
    return None


@command("write")
def write_stream(stream: Any, *, cursor: str | None = None) -> str | list[Any]:
    """Write a stream of text as it arrives, with a typewriter effect.

    Text chunks accumulate in one Markdown element, updated in place; any other chunk (a
    dataframe, a chart) is written with `st.write` where it comes.

    Args:
        stream: A generator, a generator function, an iterable, an async generator, an OpenAI
            stream or a LangChain stream.
        cursor: Markdown appended to the text while it is still streaming (`"▌"`).

    Returns:
        The whole text if the stream held only text; otherwise a list of what it held, in
        order (text runs joined), which `st.write(*result)` shows again.

    Example:
        import time

        def words():
            for word in "Streaming, one word at a time.".split():
                yield word + " "
                time.sleep(0.05)

        reply = st.write_stream(words)
    """
    from rill.builtin_plugins.write.dispatch import write

    written: list[Any] = []
    text = ""
    slot: Container | None = None

    def show(body: str) -> None:
        nonlocal slot
        if slot is None:
            slot = markdown(body)
        else:
            with slot:
                markdown(body)

    def flush() -> None:
        nonlocal text, slot
        if text:
            if cursor:
                show(text)  # the finished text, without the cursor
            written.append(text)
        text, slot = "", None

    for chunk in _chunks(stream):
        piece = _text_of(chunk)
        if piece is None:
            flush()
            write(chunk)
            written.append(chunk)
        elif piece:
            text += piece
            show(text + cursor if cursor else text)
    flush()
    if not written:
        return ""
    if len(written) == 1 and isinstance(written[0], str):
        return written[0]
    return written
