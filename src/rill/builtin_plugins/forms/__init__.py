"""Forms: `st.form` and `st.form_submit_button`.

Widgets inside a form send their values only when a submit button of the form is pressed, in
one rerun. Hooks: `rill_register_elements` (`form`, `form_submit_button`). No config section.
"""
