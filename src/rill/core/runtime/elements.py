"""Declaring an element type while a script runs.

Most element types are registered once at start-up (`rill_register_elements`). Some exist only
once a script says so: a custom component declared with a folder of its own files, a plugin
element built from arguments. `declare_element` adds the type to the session's kernel (for every
session from then on) and tells this session's browser where the renderer's module is.
"""

from __future__ import annotations

from rill.core.kernel import element_module_url
from rill.core.runtime.context import require_ctx
from rill.core.types import ElementType

#: Session stash key: the kinds whose module URL this session's browser was sent.
_ANNOUNCED = "rill.elements.announced"


def declare_element(element: ElementType) -> ElementType:
    """Make `element` a kind the app can draw from now on; returns the declared type.

    Call it from a script thread (a command's body): the first call adds the type to the
    kernel, a later call with an equal type does nothing, and each session's browser is told
    the renderer's module URL before the kind's first element reaches it.

    Raises:
        PluginError: another, different element type already has this kind.
        NoSessionContext: called outside a script thread.

    Example:
        rating = ElementType("star_rating", module="index.js", assets=str(HERE / "frontend"))

        def star_rating(label):
            declare_element(rating)
            add_element("star_rating", {"label": label})
    """
    ctx = require_ctx("declare_element")
    ctx.kernel.declare_element(element)
    if element.module is not None:
        announced: set[str] = ctx.session.stash.setdefault(_ANNOUNCED, set())
        if element.kind not in announced:
            announced.add(element.kind)
            url = element_module_url(element.kind, element.module)
            ctx.send({"t": "element_types", "elements": {element.kind: url}})
    return element
