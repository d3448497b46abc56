"""The options of the choice widgets: radio, selectbox, multiselect and select_slider.

- Any iterable becomes a list of options: lists, tuples, ranges, sets, dict keys, Enum classes,
  pandas Series, Index and DataFrames (first column), numpy and pyarrow arrays.
- `format_func` gives every option its label. Labels travel to the browser, never the objects,
  and the browser answers with option indices.
- The script reruns from the top, so a value kept from an earlier run may be an object that
  the rerun built again (a new but equal object, or one with the same label): it is mapped onto
  this run's option. Members of an Enum class that the rerun redefined are coerced to the new
  class as `runner.enumCoercion` says (`off`, `nameOnly`, `nameAndValue`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import Enum, EnumMeta
from typing import Any

from rill.plugins import RillAPIError

EnumCoercion = str  # "off" | "nameOnly" | "nameAndValue"


def option_list(options: Any) -> list[Any]:
    """Any iterable of options as a list (a DataFrame gives its first column).

    Example:
        option_list({"a": 1, "b": 2}) == ["a", "b"]
    """
    if options is None:
        return []
    if isinstance(options, list):
        return list(options)
    if isinstance(options, EnumMeta):
        return list(options)
    library = type(options).__module__.partition(".")[0]
    if library in ("pandas", "numpy", "pyarrow"):
        return _table_like_list(options, library)
    if isinstance(options, (str, bytes)):
        return [options]
    if isinstance(options, Mapping):
        return list(options.keys())
    if isinstance(options, Iterable):
        return list(options)
    return [options]


def _table_like_list(options: Any, library: str) -> list[Any]:
    if library == "pandas":
        import pandas as pd

        if isinstance(options, pd.DataFrame):
            return options.iloc[:, 0].tolist() if options.shape[1] else []
        if hasattr(options, "data") and isinstance(options.data, pd.DataFrame):  # a Styler
            return _table_like_list(options.data, library)
    if library == "numpy" and getattr(options, "ndim", 1) > 1:
        return [row[0] for row in options.tolist()]
    if library == "pyarrow" and hasattr(options, "column"):  # a Table or RecordBatch
        return list(options.column(0).to_pylist()) if options.num_columns else []
    for method in ("tolist", "to_pylist"):
        if hasattr(options, method):
            return list(getattr(options, method)())
    return list(options)


def _equal(a: Any, b: Any) -> bool:
    if a is b:
        return True
    try:
        return bool(a == b)
    except Exception:  # arrays compare element-wise; objects may refuse
        return False


def coerce_enum(value: Any, to_class: type[Enum], mode: EnumCoercion) -> Any:
    """`value`, a member of an earlier definition of `to_class`, as a member of `to_class`.

    The classes must have the same qualified name, and the same member names (`nameOnly`) or
    names and values (`nameAndValue`); otherwise, or with `off`, `value` comes back unchanged.

    Example:
        coerce_enum(OldColor.RED, Color, "nameOnly") is Color.RED
    """
    if mode == "off" or not isinstance(value, Enum) or type(value) is to_class:
        return value
    from_class = type(value)
    if from_class.__qualname__ != to_class.__qualname__:
        return value
    if mode == "nameOnly":
        same = {m.name for m in from_class} == {m.name for m in to_class}
    elif mode == "nameAndValue":
        same = {m.name: m.value for m in from_class} == {m.name: m.value for m in to_class}
    else:
        same = False
    return to_class[value.name] if same else value


class Choices:
    """One widget's options in one run: the objects, their labels, and the way between them.

    Args:
        options: What the user passed as `options` (any iterable).
        format_func: Option → its label (the result is passed through `str`).
        enum_coercion: The `runner.enumCoercion` setting.

    Example:
        choices = Choices(["a", "b"], str.upper, "nameOnly")
        choices.labels == ["A", "B"]
        choices.find("b") == 1
    """

    __slots__ = ("_by_label", "_coercion", "_format", "enum_class", "labels", "options")

    def __init__(
        self, options: Any, format_func: Callable[[Any], Any], enum_coercion: EnumCoercion
    ) -> None:
        self.options: list[Any] = option_list(options)
        self._format = format_func
        self._coercion = enum_coercion
        self.labels: list[str] = [str(format_func(option)) for option in self.options]
        self._by_label: dict[str, list[int]] = {}
        for index, label in enumerate(self.labels):
            self._by_label.setdefault(label, []).append(index)
        self.enum_class = _enum_class(options, self.options)

    def __len__(self) -> int:
        return len(self.options)

    def label_of(self, value: Any) -> str | None:
        """The label `value` would have as an option, or None if `format_func` refuses it."""
        try:
            return str(self._format(value))
        except Exception:
            return None

    def find(self, value: Any) -> int | None:
        """The index of `value`: an equal option, else the option with the same label."""
        label = self.label_of(value)
        candidates = self._by_label.get(label, []) if label is not None else []
        for index in candidates:
            if _equal(self.options[index], value):
                return index
        for index, option in enumerate(self.options):
            if _equal(option, value):
                return index
        return candidates[0] if candidates else None

    def index(self, value: Any) -> int:
        """The index of `value` (see `find`); ValueError if it is not an option."""
        found = self.find(value)
        if found is None:
            raise ValueError(f"{value!r} is not one of the options")
        return found

    def coerce(self, value: Any) -> Any:
        """`value`, kept from an earlier run, as this run's option object when there is one."""
        enum_class = self.enum_class
        if enum_class is not None and isinstance(value, Enum) and type(value) is not enum_class:
            return coerce_enum(value, enum_class, self._coercion)
        found = self.find(value)
        return value if found is None else self.options[found]

    def coerce_many(self, values: Sequence[Any]) -> Any:
        """`coerce` for each value of a list or tuple; the same object if nothing changed."""
        coerced = [self.coerce(value) for value in values]
        if all(a is b for a, b in zip(coerced, values, strict=True)):
            return values
        return type(values)(coerced) if isinstance(values, tuple) else coerced

    def at(self, wire: Any) -> Any:
        """The option at index `wire`, sent by the browser (ValueError if not a valid index)."""
        return self.options[self.wire_index(wire)]

    def wire_index(self, wire: Any) -> int:
        """Check an option index sent by the browser."""
        if isinstance(wire, bool) or not isinstance(wire, int):
            raise ValueError("an option index must be an integer")
        if not 0 <= wire < len(self.options):
            raise ValueError(f"option index {wire} is out of range")
        return wire


def _enum_class(given: Any, options: list[Any]) -> type[Enum] | None:
    """The Enum class all options belong to, if they belong to one."""
    if isinstance(given, EnumMeta):
        return given  # type: ignore[return-value]
    if not options:
        return None
    first = type(options[0])
    if not issubclass(first, Enum) or any(type(option) is not first for option in options):
        return None
    return first


def check_index(command: str, index: Any, count: int, *, optional: bool = True) -> int | None:
    """Validate the `index` parameter of radio and selectbox.

    Raises:
        RillAPIError: `index` is not an int (or None), or outside the options.
    """
    if index is None and optional:
        return None
    if isinstance(index, bool) or not isinstance(index, int):
        raise RillAPIError(f"{command} Value has invalid type: {type(index).__name__}")
    if count and not 0 <= index < count:
        if command == "Radio":
            raise RillAPIError("Radio index must be between 0 and length of options")
        raise RillAPIError(
            f"{command} index must be greater than or equal to 0 and less than the length of "
            "options."
        )
    return index if count else None


def enum_coercion_mode(ctx: Any) -> EnumCoercion:
    """The session's `runner.enumCoercion` setting."""
    return str(ctx.kernel.config.get("runner.enumCoercion"))


class Offered:
    """The labels a selectbox or multiselect sends to the browser, and reading its answers.

    They are the options' labels, then, with `accept_new_options`, the values the user typed
    that are not options (so the browser shows them like the others).

    Args:
        choices: The widget's options.
        accept_new: Whether the user may type values that are not options.

    Example:
        offered = Offered(Choices(["a"], str, "off"), accept_new=True)
        offered.index("zebra") == 1
        offered.labels == ["a", "zebra"]
    """

    __slots__ = ("accept_new", "choices", "labels")

    def __init__(self, choices: Choices, accept_new: bool) -> None:
        self.choices = choices
        self.accept_new = accept_new
        self.labels: list[str] = list(choices.labels)

    def pick(self, wire: Any) -> Any:
        """The value the browser means by `wire`: an index, or a typed string."""
        choices = self.choices
        if self.accept_new and isinstance(wire, str):
            return choices.options[choices.labels.index(wire)] if wire in choices.labels else wire
        if self.accept_new and isinstance(wire, int) and len(choices) <= wire < len(self.labels):
            return self.labels[wire]
        return choices.at(wire)

    def index(self, value: Any) -> int:
        """The index to send for `value` (ValueError if it cannot be shown)."""
        found = self.choices.find(value)
        if found is not None:
            return found
        if not (self.accept_new and isinstance(value, str)):
            raise ValueError(f"{value!r} is not one of the options")
        if value not in self.labels[len(self.choices) :]:
            self.labels.append(value)
        return len(self.choices) + self.labels[len(self.choices) :].index(value)

    def fits(self, value: Any) -> bool:
        """Whether `value`, kept from an earlier run, can still be selected."""
        return (self.accept_new and isinstance(value, str)) or self.choices.find(value) is not None
