"""Alerts: `st.success`, `st.info`, `st.warning`, `st.error` and `st.exception`.

Colored boxes of Markdown with an optional icon, and the error box that shows an exception with
its traceback. Hooks: `rill_register_elements` (`success`, `info`, `warning`, `error`,
`exception`). No config section.
"""
