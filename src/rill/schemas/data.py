"""The props of `dataframe`, `data_editor` and `table`: the contract between the data plugin
and the grid renderers (docs/dataframes.md).

Rows travel as an Arrow IPC *stream* (`data`, binary). A frame of more than `PAGE_THRESHOLD`
rows sends only its first `PAGE_SIZE` rows; the browser fetches the others from `page_url`
(`&start=S&stop=E[&sort=<field>&order=asc|desc]`), which answers an Arrow stream of those rows
plus an int64 field `__rill_row__`: each row's position in the original frame.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field, WithJsonSchema

from rill.schemas.data_limits import MAX_PAGE_ROWS, PAGE_SIZE, PAGE_THRESHOLD, ROW_FIELD
from rill.schemas.elements import Props

__all__ = ["MAX_PAGE_ROWS", "PAGE_SIZE", "PAGE_THRESHOLD", "ROW_FIELD"]

#: Arrow IPC stream bytes; they travel as a binary blob, a `Uint8Array` in the browser.
ArrowBytes = Annotated[bytes, WithJsonSchema({"type": "string", "format": "binary"})]

ColumnType = Literal[
    "text",
    "number",
    "checkbox",
    "selectbox",
    "multiselect",
    "datetime",
    "date",
    "time",
    "list",
    "link",
    "image",
    "json",
    "line_chart",
    "bar_chart",
    "area_chart",
    "progress",
]

SelectionMode = Literal[
    "single-row", "multi-row", "single-column", "multi-column", "single-cell", "multi-cell"
]


class ColumnSpec(Props):
    """One shown Arrow field, in Arrow field order, with its `column_config`."""

    field: str = Field(description="The Arrow field's name.")
    label: str = Field(description="The header text ('' for an unnamed index).")
    kind: Literal["index", "data"]
    type: ColumnType | None = Field(
        default=None, description="The column_config type; None: drawn from the Arrow type."
    )
    arrow_type: str = Field(description="The Arrow type as pyarrow prints it (`int64`...).")
    width: Literal["small", "medium", "large"] | int | None = None
    help: str | None = None
    pinned: bool | None = None
    hidden: bool = False
    disabled: bool = False
    required: bool = False
    default: Any = None
    format: str | None = None
    min: float | str | None = Field(
        default=None, description="A number, or ISO text for dates, times and datetimes."
    )
    max: float | str | None = None
    step: float | None = None
    options: list[Any] | None = Field(
        default=None,
        description="selectbox / multiselect options: values, or {value, label, color}.",
    )
    validate_: str | None = Field(
        default=None, alias="validate", description="A JS regular expression edits must match."
    )
    extra: dict[str, Any] = Field(
        default_factory=dict,
        description="Type-specific parameters: display_text, y_min, y_max, color, max_chars, "
        "accept_new_options, timezone, alignment.",
    )


class Styles(Props):
    """Styler output (non-paged frames only): per field, one entry per row."""

    display: dict[str, list[str | None]] = Field(default_factory=dict)
    color: dict[str, list[str | None]] = Field(default_factory=dict)
    background: dict[str, list[str | None]] = Field(default_factory=dict)


class Selection(Props):
    """Rows (original positions), columns (fields) and cells (`[row, field]`) selected."""

    rows: list[int] = Field(default_factory=list)
    columns: list[str] = Field(default_factory=list)
    cells: list[tuple[int, str]] = Field(default_factory=list)


class SelectionValue(Props):
    """The value of a `dataframe` with selections, both ways."""

    selection: Selection


class EditingState(Props):
    """The value of a `data_editor`, both ways: Streamlit's editing state."""

    edited_rows: dict[str, dict[str, Any]] = Field(
        default_factory=dict, description="Row position (as text) → field → new cell value."
    )
    added_rows: list[dict[str, Any]] = Field(default_factory=list)
    deleted_rows: list[int] = Field(default_factory=list)


class DataframeProps(Props):
    """`dataframe`: a canvas grid over Arrow rows; a widget (with an id) when selections are on."""

    data: ArrowBytes
    total_rows: int = Field(ge=0)
    page_url: str | None = Field(
        default=None, description="Set when paged: where the other rows are fetched from."
    )
    columns: list[ColumnSpec]
    column_order: list[str] | None = Field(
        default=None, description="Fields to show, in order; None: every field."
    )
    hide_index: bool | None = None
    width: int | Literal["stretch", "content"] = "stretch"
    height: int | Literal["auto", "stretch"] = "auto"
    row_height: int | None = None
    placeholder: str | None = Field(default=None, description="Text shown in null cells.")
    digest: str
    selection_mode: list[SelectionMode] = Field(
        default_factory=list, description="Empty: selections are off."
    )
    styles: Styles | None = None
    value: SelectionValue | None = Field(
        default=None, description="The selection, when selections are on."
    )
    form_id: str | None = None


class DataEditorProps(DataframeProps):
    """`data_editor`: the grid, editable; always a widget."""

    num_rows: Literal["fixed", "dynamic", "add", "delete"] = "fixed"
    disabled: bool | list[str] = False
    value: EditingState | None = None  # type: ignore[assignment]


class TableColumn(Props):
    """One field of a static table."""

    field: str
    label: str
    kind: Literal["index", "data"]
    arrow_type: str


class TableProps(Props):
    """`table`: a static HTML table of Arrow rows, drawn all at once."""

    data: ArrowBytes
    total_rows: int = Field(ge=0, description="Rows of the data; more than `data` holds if cut.")
    columns: list[TableColumn]
    styles: Styles | None = None
    border: bool | Literal["horizontal"] = True
    hide_index: bool | None = None
    hide_header: bool = False
    width: int | Literal["stretch", "content"] = "stretch"
    height: int | Literal["content", "stretch"] = "content"
    digest: str
