"""Errors raised by AppTest itself (not by the app under test)."""

from __future__ import annotations


class AppTestError(Exception):
    """A test asked AppTest for something it cannot do: interact with a disabled widget, set a
    value a widget cannot take, or interact with an element that is not a widget.

    Errors raised by the app's script never escape `AppTest.run()`: they are shown in the app
    and found in `at.exception`.
    """
