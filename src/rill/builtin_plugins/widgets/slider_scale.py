"""Slider values on the browser's number line (`SliderProps`).

Numbers travel as they are; dates as milliseconds since 1970-01-01 (UTC midnight), times as
milliseconds since midnight, datetimes as milliseconds since the epoch. The browser knows no
time zones: a datetime's wall-clock reading is sent as if it were UTC, and the zone of the
slider's value is put back on what the browser returns.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from numbers import Integral, Real
from typing import Any, Literal

from rill.plugins import RillAPIError

DataType = Literal["int", "float", "date", "time", "datetime"]
TIMELIKE: tuple[DataType, ...] = ("date", "time", "datetime")

DAY_MS = 86_400_000
EPOCH = datetime(1970, 1, 1)
EPOCH_DATE = EPOCH.date()
#: Integers beyond this lose precision in the browser's doubles.
JS_MAX_SAFE_INTEGER = (1 << 53) - 1

VALUE_ERROR = (
    "Slider value should either be an int/float/datetime or a list/tuple of 0 to 2 "
    "ints/floats/datetimes"
)


def data_type_of(value: Any) -> DataType:
    """The slider data type of one value (raises `RillAPIError` for unsupported values)."""
    if isinstance(value, datetime):
        return "datetime"
    if isinstance(value, date):
        return "date"
    if isinstance(value, time):
        return "time"
    if isinstance(value, Integral):
        return "int"
    if isinstance(value, Real):
        return "float"
    raise RillAPIError(VALUE_ERROR)


def check_js_int(value: Any, name: str) -> None:
    """Integers must survive the trip through the browser's doubles."""
    if value < -JS_MAX_SAFE_INTEGER:
        raise RillAPIError(f"{name} ({value}) must be >= -((1 << 53) - 1)")
    if value > JS_MAX_SAFE_INTEGER:
        raise RillAPIError(f"{name} ({value}) must be <= (1 << 53) - 1")


def delta_ms(delta: timedelta) -> float:
    """A timedelta in milliseconds (an int when it is whole)."""
    micros = (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds
    return micros // 1000 if micros % 1000 == 0 else micros / 1000


@dataclass(frozen=True)
class Scale:
    """How the values of one slider map to the browser's numbers and back.

    Example:
        Scale("date", None).to_wire(date(1970, 1, 2)) == 86_400_000
    """

    data_type: DataType
    tz: tzinfo | None = None

    def fits(self, value: Any) -> bool:
        """Whether `value` has this slider's type (a kept value may not)."""
        if self.data_type == "datetime":
            return isinstance(value, datetime)
        if self.data_type == "date":
            return isinstance(value, date) and not isinstance(value, datetime)
        if self.data_type == "time":
            return isinstance(value, time)
        if isinstance(value, bool):
            return False
        if self.data_type == "int":
            return isinstance(value, Integral)
        return isinstance(value, Real)

    def to_wire(self, value: Any) -> float:
        if self.data_type == "int":
            return int(value)
        if self.data_type == "float":
            return float(value)
        if self.data_type == "date":
            return int((value - EPOCH_DATE).days * DAY_MS)
        if self.data_type == "time":
            return delta_ms(
                timedelta(
                    hours=value.hour,
                    minutes=value.minute,
                    seconds=value.second,
                    microseconds=value.microsecond,
                )
            )
        return delta_ms(value.replace(tzinfo=None) - EPOCH)

    def from_wire(self, wire: Any) -> Any:
        """A value sent by the browser (ValueError if it is not a usable number)."""
        if isinstance(wire, bool) or not isinstance(wire, (int, float)):
            raise ValueError("a slider value must be a number")
        if not math.isfinite(wire):
            raise ValueError("a slider value must be finite")
        if self.data_type == "int":
            if wire != int(wire):
                raise ValueError("this slider takes whole numbers")
            return int(wire)
        if self.data_type == "float":
            return float(wire)
        try:
            moment = EPOCH + timedelta(milliseconds=wire)
        except OverflowError as exc:
            raise ValueError("the date is out of range") from exc
        if self.data_type == "date":
            return moment.date()
        if self.data_type == "time":
            if not 0 <= wire < DAY_MS:
                raise ValueError("a time must be within one day")
            return moment.time().replace(tzinfo=self.tz)
        return moment.replace(tzinfo=self.tz)
