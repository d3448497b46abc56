"""rill's contracts as pydantic models: config sections and protocol messages.

JSON Schema is generated from these models (`rill config schema`); nothing here imports the rest
of rill.
"""
