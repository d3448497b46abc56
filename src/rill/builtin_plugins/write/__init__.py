"""Write: `st.write`, `st.write_stream` and `st.help`, and magic.

`st.write` picks the element for each argument by its type, using the commands of the text and
alerts plugins (and of the data, chart and media plugins for what they show, when loaded: the data
plugin teaches it tables with `rill_register_write_handlers`).
Magic (a bare expression on its own line) is `st.write` of the expression. Hooks:
`rill_register_elements` (`help`). No config section.
"""
