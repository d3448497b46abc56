"""`rill hello`: the demo app (`app.py` here), a one-page tour of the commands."""
