"""Quiet logs: a test fails when the server logs a warning or an error it did not expect.

As in Tornado's own tests (`tornado.testing.ExpectLog`), a log line at WARNING or above from
rill or Tornado is a bug until a test says it expects it:

    from log_watch import expect_log

    def test_a_bad_message_is_logged():
        expect_log(r"rejected a message", logger="rill.server")
        ...

(`quiet_log.expect(...)` through the autouse fixture of `tests/conftest.py` is the same.)

An expected pattern must match at least one record by the end of the test (pass
`required=False` for a line that may or may not come). Tornado's access log warns about every
4xx answer; those are the client's doing and are not counted (its 5xx errors are).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

#: The loggers whose warnings are the server's: rill's own and Tornado's.
WATCHED = ("rill", "tornado")

#: A line of a server process's log that is a problem unless the test expects it.
LOG_PROBLEM = re.compile(r"\b(WARNING|ERROR|CRITICAL)\b|^Traceback ")

#: Tornado's access log warns about each 4xx answer: the client's doing, not the server's.
CLIENT_ERROR = re.compile(r"WARNING tornado\.access: 4\d\d ")


def log_line_problems(text: str, expected: Sequence[str] = ()) -> list[str]:
    """The lines of a server process's log (`rill run` output) that should not be there."""
    allowed = [re.compile(pattern) for pattern in expected]
    return [
        line
        for line in text.splitlines()
        if LOG_PROBLEM.search(line)
        and not CLIENT_ERROR.search(line)
        and not any(pattern.search(line) for pattern in allowed)
    ]


@dataclass
class Expected:
    pattern: re.Pattern[str]
    logger: str | None
    required: bool
    seen: int = 0

    def matches(self, record: logging.LogRecord) -> bool:
        if self.logger is not None and not (
            record.name == self.logger or record.name.startswith(self.logger + ".")
        ):
            return False
        return self.pattern.search(record.getMessage()) is not None


@dataclass
class LogWatch(logging.Handler):
    """Collects the watched loggers' records at WARNING and above during one test."""

    records: list[logging.LogRecord] = field(default_factory=list)
    expected: list[Expected] = field(default_factory=list)

    def __post_init__(self) -> None:
        logging.Handler.__init__(self, logging.WARNING)

    def __hash__(self) -> int:  # logging keeps handlers in sets of weak references
        return id(self)

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def expect(self, pattern: str, logger: str | None = None, required: bool = True) -> None:
        """Allow records whose message matches `pattern` (from `logger` and its children)."""
        self.expected.append(Expected(re.compile(pattern), logger, required))

    def problems(self) -> list[str]:
        """What makes the test fail: unexpected records and expected ones never logged."""
        found = []
        for record in self.records:
            if record.name == "tornado.access" and record.levelno < logging.ERROR:
                continue
            allowed = [e for e in self.expected if e.matches(record)]
            for expected in allowed:
                expected.seen += 1
            if not allowed:
                found.append(f"unexpected {record.levelname} from {record.name}: "
                             f"{record.getMessage()}")  # fmt: skip
        found += [
            f"expected a log record matching {e.pattern.pattern!r}, but none came"
            for e in self.expected
            if e.required and not e.seen
        ]
        return found

    def attach(self) -> None:
        for name in WATCHED:
            logging.getLogger(name).addHandler(self)
        _active.append(self)

    def detach(self) -> None:
        for name in WATCHED:
            logging.getLogger(name).removeHandler(self)
        _active.remove(self)


_active: list[LogWatch] = []


def expect_log(pattern: str, logger: str | None = None, required: bool = True) -> None:
    """Tell the running test's log watch that records matching `pattern` are expected."""
    if not _active:
        raise RuntimeError("expect_log() is for use inside a test (the quiet_log fixture)")
    _active[-1].expect(pattern, logger, required)
