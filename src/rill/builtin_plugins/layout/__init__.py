"""Layout: containers (`st.container`, `st.columns`, `st.tabs`, `st.expander`, `st.empty`,
`st.popover`, `st.sidebar`, `st.bottom`), `@st.dialog`, and what arranges or decorates a page
(`st.space`, `st.badge`, `st.html`).

Containers are blocks in the element tree addressed by path, so a container can be written to
in any order after it was created; a dialog is a block in the event layer. Hooks:
`rill_register_elements` (`container`, `columns`, `column`, `tabs`, `tab`, `expander`, `empty`,
`popover`, `dialog`, `dialog_dismiss`, `html`, `badge`, `space`) and `rill_register_routes`
(`/_rill/html/<id>.js`, the scripts of `st.html(..., unsafe_allow_javascript=True)`). No config
section.
"""
