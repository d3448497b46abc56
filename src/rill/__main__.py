"""`python -m rill` is the `rill` command."""

from rill.core.cli import main

main()
