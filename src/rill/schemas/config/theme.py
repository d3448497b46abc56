"""`[theme]` and `[theme.sidebar]`: the colors, fonts and shapes an app is drawn with."""

from __future__ import annotations

import functools
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field

from rill.schemas.config.base import ConfigSection

# Written as one block of words to stay readable; a literal would need 148 lines.
CSS_NAMED_COLORS: frozenset[str] = frozenset(
    """
    aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue
    blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk
    crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki
    darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen
    darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue
    dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite
    gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki
    lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan
    lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen
    lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen
    magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen
    mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream
    mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid
    palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum
    powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown
    seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen
    steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow
    yellowgreen
    """.split()  # noqa: SIM905
)
"""The CSS named colors (CSS Color Module Level 4), lower-case."""

_NUMBER = r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?"
_COMPONENT = rf"{_NUMBER}(?:%|deg|grad|rad|turn)?"
_HEX = r"#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})"
_FUNCTIONAL = (
    rf"(?:rgba?|hsla?)\(\s*(?:"
    # Legacy comma syntax: rgb(255, 75, 75) or rgba(255, 75, 75, 0.5).
    rf"{_COMPONENT}\s*,\s*{_COMPONENT}\s*,\s*{_COMPONENT}(?:\s*,\s*{_COMPONENT})?"
    # Modern space syntax: rgb(255 75 75) or rgb(255 75 75 / 50%).
    rf"|{_COMPONENT}\s+{_COMPONENT}\s+{_COMPONENT}(?:\s*/\s*{_COMPONENT})?"
    rf")\s*\)"
)


@functools.cache
def _color_pattern() -> re.Pattern[str]:
    """Hex and functional CSS colors, compiled on first use (not at every start)."""
    return re.compile(rf"{_HEX}|{_FUNCTIONAL}", re.IGNORECASE)


def _check_color(value: str) -> str:
    color = value.strip()
    lowered = color.lower()
    if lowered in CSS_NAMED_COLORS or lowered == "transparent" or _color_pattern().fullmatch(color):
        return color
    raise ValueError(
        f"expected a CSS color such as '#ff4b4b', 'rgb(255, 75, 75)' or 'red', got {value!r}"
    )


Color = Annotated[str, AfterValidator(_check_color)]
"""A CSS color: hex, rgb()/rgba()/hsl()/hsla() notation, or a named color."""

FontWeight = Annotated[int, Field(ge=100, le=900)]
"""A numeric font weight, 100 (thin) to 900 (black)."""

HeadingSizes = Annotated[list[str | int], Field(min_length=1, max_length=6)]
"""Font sizes for heading levels 1 to 6, largest first; missing levels keep their default."""


class FontFace(ConfigSection):
    """One `[[theme.fontFaces]]` entry: a font file to load and the family it belongs to."""

    family: str = Field(
        description="Family name the face belongs to, as used in `font`, `headingFont` or "
        "`codeFont`.",
    )
    url: str = Field(
        description="Where the font file is fetched from: an absolute URL or an `app/static` path.",
    )
    weight: FontWeight | str | None = Field(
        default=None,
        description="Weight this file provides, e.g. 400, or a range such as `200 800`.",
    )
    style: str | None = Field(
        default=None,
        description="Style this file provides, e.g. `normal` or `italic`.",
    )
    unicode_range: str | None = Field(
        default=None,
        description="Characters the file covers, as a CSS `unicode-range`, e.g. `U+0000-00FF`.",
    )


class ThemeOptions(ConfigSection):
    """Options that can be set both for the whole app and for the sidebar alone.

    Every option defaults to None, which keeps the value of the base theme.
    """

    # Only a base: `ThemeConfig` and `ThemeSidebarConfig` are what is validated (and, like
    # every section, only when configured), so this class's own validator is never built.

    primary_color: Color | None = Field(
        default=None,
        description="Accent color of interactive elements, selections and focus rings.",
    )
    background_color: Color | None = Field(
        default=None,
        description="Background of the main content area.",
    )
    secondary_background_color: Color | None = Field(
        default=None,
        description="Background of widgets, code blocks and other raised surfaces.",
    )
    text_color: Color | None = Field(
        default=None,
        description="Color of ordinary text.",
    )
    link_color: Color | None = Field(
        default=None,
        description="Color of hyperlinks in Markdown text.",
    )
    link_underline: bool | None = Field(
        default=None,
        description="Whether hyperlinks in Markdown text are underlined.",
    )
    code_background_color: Color | None = Field(
        default=None,
        description="Background of code blocks and inline code.",
    )
    border_color: Color | None = Field(
        default=None,
        description="Color of element and widget borders.",
    )
    dataframe_border_color: Color | None = Field(
        default=None,
        description="Color of the grid lines and outer border of dataframes and tables.",
    )
    dataframe_header_background_color: Color | None = Field(
        default=None,
        description="Background of the header row and index column of dataframes and tables.",
    )
    show_widget_border: bool | None = Field(
        default=None,
        description="Draw a border around input widgets even when they are not focused.",
    )
    font: str | None = Field(
        default=None,
        description="Body text font: `sans-serif`, `serif`, `monospace` or a family name.",
    )
    heading_font: str | None = Field(
        default=None,
        description="Font of headings; same choices as `font`, which it follows when unset.",
    )
    code_font: str | None = Field(
        default=None,
        description="Font of code blocks and inline code; same choices as `font`.",
    )
    heading_font_sizes: HeadingSizes | str | int | None = Field(
        default=None,
        description="Sizes of headings 1 to 6 (e.g. `2.75rem` or 44); one value sets heading 1.",
    )
    heading_font_weights: list[FontWeight] | FontWeight | None = Field(
        default=None,
        description="Weights of headings 1 to 6, largest first; one value sets heading 1.",
    )
    code_font_size: str | None = Field(
        default=None,
        description="Size of code text as a CSS length, e.g. `0.875rem` or `14px`.",
    )
    code_font_weight: FontWeight | None = Field(
        default=None,
        description="Weight of code text, 100 to 900.",
    )
    base_radius: str | None = Field(
        default=None,
        description="Corner roundness of elements: a CSS length such as `0.5rem`, or "
        "`none`, `small`, `medium`, `large` or `full`.",
    )
    button_radius: str | None = Field(
        default=None,
        description="Corner roundness of buttons; same choices as `baseRadius`, which it follows.",
    )
    red_color: Color | None = Field(
        default=None,
        description="The red of error messages, deltas and colored Markdown.",
    )
    orange_color: Color | None = Field(
        default=None,
        description="The orange of colored Markdown and badges.",
    )
    yellow_color: Color | None = Field(
        default=None,
        description="The yellow of warning messages and colored Markdown.",
    )
    blue_color: Color | None = Field(
        default=None,
        description="The blue of info messages and colored Markdown.",
    )
    green_color: Color | None = Field(
        default=None,
        description="The green of success messages, deltas and colored Markdown.",
    )
    violet_color: Color | None = Field(
        default=None,
        description="The violet of colored Markdown and badges.",
    )
    gray_color: Color | None = Field(
        default=None,
        description="The gray of muted text, disabled deltas and colored Markdown.",
    )
    red_background_color: Color | None = Field(
        default=None,
        description="Background paired with the red, e.g. behind error messages.",
    )
    orange_background_color: Color | None = Field(
        default=None,
        description="Background paired with the orange, e.g. behind orange badges.",
    )
    yellow_background_color: Color | None = Field(
        default=None,
        description="Background paired with the yellow, e.g. behind warning messages.",
    )
    blue_background_color: Color | None = Field(
        default=None,
        description="Background paired with the blue, e.g. behind info messages.",
    )
    green_background_color: Color | None = Field(
        default=None,
        description="Background paired with the green, e.g. behind success messages.",
    )
    violet_background_color: Color | None = Field(
        default=None,
        description="Background paired with the violet, e.g. behind violet badges.",
    )
    gray_background_color: Color | None = Field(
        default=None,
        description="Background paired with the gray, e.g. behind gray badges.",
    )
    red_text_color: Color | None = Field(
        default=None,
        description="Text drawn on the red background, e.g. in error messages.",
    )
    orange_text_color: Color | None = Field(
        default=None,
        description="Text drawn on the orange background.",
    )
    yellow_text_color: Color | None = Field(
        default=None,
        description="Text drawn on the yellow background, e.g. in warning messages.",
    )
    blue_text_color: Color | None = Field(
        default=None,
        description="Text drawn on the blue background, e.g. in info messages.",
    )
    green_text_color: Color | None = Field(
        default=None,
        description="Text drawn on the green background, e.g. in success messages.",
    )
    violet_text_color: Color | None = Field(
        default=None,
        description="Text drawn on the violet background.",
    )
    gray_text_color: Color | None = Field(
        default=None,
        description="Text drawn on the gray background.",
    )


class ThemeSidebarConfig(ThemeOptions):
    """`[theme.sidebar]`: overrides of the theme inside the sidebar; unset options inherit."""


class ThemeConfig(ThemeOptions):
    """`[theme]`: the app's theme, plus the options that only apply app-wide."""

    base: Literal["light", "dark"] | None = Field(
        default=None,
        description="Built-in theme the custom options are applied on top of.",
    )
    font_faces: list[FontFace] = Field(
        default_factory=list,
        description="Font files to load so their families can be named in the font options.",
    )
    base_font_size: int | None = Field(
        default=None,
        ge=1,
        description="Root font size in pixels; other sizes scale with it.",
    )
    base_font_weight: FontWeight | None = Field(
        default=None,
        description="Weight of body text, 100 to 900.",
    )
    show_sidebar_border: bool | None = Field(
        default=None,
        description="Draw a border between the sidebar and the main content area.",
    )
    chart_categorical_colors: list[Color] | None = Field(
        default=None,
        description="Colors given in turn to the series of a chart with discrete categories.",
    )
    chart_sequential_colors: list[Color] | None = Field(
        default=None,
        description="Colors, low to high, of the gradient used for continuous chart values.",
    )
    sidebar: ThemeSidebarConfig = Field(
        default_factory=ThemeSidebarConfig.model_construct,  # no validator built for defaults
        description="Options that differ inside the sidebar (`[theme.sidebar]`).",
    )
