"""Config section models, one per section; plugins add theirs through a hook."""
