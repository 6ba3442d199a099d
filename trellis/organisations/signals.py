"""What the organisations app announces for other apps to act on, so that it
need not know about them."""

from django.dispatch import Signal

# Sent inside the transaction that saves an organisation's settings, after the
# save, with `organisation`, `changed_by` and `changed` (the names of the
# fields whose values changed). Receivers that write do so in that transaction.
settings_changed = Signal()
