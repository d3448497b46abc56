"""`st.balloons` and `st.snow`: a celebration that floats over the page once."""

from __future__ import annotations

from rill.plugins import Container, add_element, command


@command("status")
def balloons() -> Container:
    """Float balloons up the page, once.

    The animation covers the page without taking room or catching clicks, is hidden from
    screen readers, and is not shown at all to users who ask their system for reduced motion.

    Returns:
        The element's handle.

    Example:
        if st.button("Finish"):
            st.balloons()
    """
    return add_element("balloons", {})


@command("status")
def snow() -> Container:
    """Let snowflakes fall down the page, once.

    Like `st.balloons`: over the page, without taking room or catching clicks, hidden from
    screen readers, and not shown under reduced motion.

    Returns:
        The element's handle.

    Example:
        st.snow()
    """
    return add_element("snow", {})
