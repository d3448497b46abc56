"""Input widgets: buttons, checkboxes and toggles, radio buttons, select boxes, sliders, text,
number, date, time and color inputs.

Every widget goes through `rill.core.runtime.widgets.register_widget`, which applies the
documented identity, session-state and callback rules; the modules here check parameters,
build the props of `rill.schemas.elements` and convert values between Python and the wire.

Hooks: `rill_register_elements` (one element kind per widget). Config: reads
`runner.enumCoercion` (choice widgets coerce Enum members of a class that a rerun redefined).
"""
