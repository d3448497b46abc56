"""The quiet-log checks themselves: they must catch what they are there to catch."""

from __future__ import annotations

import logging

from log_watch import LogWatch, log_line_problems


def watched(*records: tuple[str, int, str]) -> LogWatch:
    watch = LogWatch()
    for name, level, message in records:
        watch.handle(logging.LogRecord(name, level, __file__, 1, message, None, None))
    return watch


def test_an_unexpected_warning_is_a_problem() -> None:
    watch = watched(("rill.server", logging.WARNING, "rejected a message"))
    assert watch.problems() == ["unexpected WARNING from rill.server: rejected a message"]


def test_an_expected_warning_is_not_but_an_expected_one_that_never_came_is() -> None:
    watch = watched(("rill.server", logging.WARNING, "rejected a message"))
    watch.expect("rejected", logger="rill")
    watch.expect("never logged")
    assert watch.problems() == ["expected a log record matching 'never logged', but none came"]


def test_expectations_are_scoped_to_their_logger() -> None:
    watch = watched(("tornado.general", logging.ERROR, "rejected"))
    watch.expect("rejected", logger="rill", required=False)
    assert len(watch.problems()) == 1


def test_client_errors_in_the_access_log_are_not_the_servers() -> None:
    watch = watched(
        ("tornado.access", logging.WARNING, "404 GET /.env"),
        ("tornado.access", logging.ERROR, "500 GET /"),
    )
    assert watch.problems() == ["unexpected ERROR from tornado.access: 500 GET /"]


def test_process_logs_are_read_line_by_line() -> None:
    log = "\n".join(
        [
            "  You can now view your app in your browser.",
            "2026-12-01 10:00:00,000 WARNING tornado.access: 404 GET /favicon.ico (127.0.0.1)",
            "2026-12-01 10:00:01,000 WARNING rill.server: rejected a message",
            "2026-12-01 10:00:02,000 ERROR rill.session: the script thread died",
            "Traceback (most recent call last):",
        ]
    )
    assert log_line_problems(log, expected=[r"rejected a message"]) == [
        "2026-12-01 10:00:02,000 ERROR rill.session: the script thread died",
        "Traceback (most recent call last):",
    ]
