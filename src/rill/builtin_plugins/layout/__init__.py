"""Layout: `st.container`, `st.columns`, `st.tabs`, `st.expander`, `st.empty` and `st.sidebar`.

Containers are blocks in the element tree addressed by path, so a container can be written to
in any order after it was created. Hooks: `rill_register_elements` (`container`, `columns`,
`column`, `tabs`, `tab`, `expander`, `empty`). No config section.
"""
