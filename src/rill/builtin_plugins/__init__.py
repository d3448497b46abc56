"""Every rill feature, one builtin plugin per package, registered by name by the kernel."""
