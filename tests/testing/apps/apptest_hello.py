"""A tiny app for AppTest.from_file tests."""

import rill as st

st.title("Hello")
