"""Status: `st.progress`, `st.spinner`, `st.status`, `st.toast`, `st.balloons`, `st.snow`,
`st.echo` and `st.skeleton`.

Elements that tell the user how a long task is going (a progress bar, a spinner while a block
runs, a status container that turns from running to complete or error), pop-up notifications,
the celebration animations, a block of code shown beside what it does, and a loading
placeholder. Hooks: `rill_register_elements` (`progress`, `spinner`, `status`, `toast`,
`balloons`, `snow`, `skeleton`). No config section.
"""
