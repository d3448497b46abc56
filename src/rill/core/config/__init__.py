"""Config: layers (files, environment, flags), validation against section models, rendering."""

from rill.core.config.loader import Config

__all__ = ["Config"]
