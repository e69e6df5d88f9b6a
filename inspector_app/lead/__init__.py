"""Shift-lead review, below the GUI: the figures (one pure computation shared by the server
and the bench's offline view), the bench's own figures from its store, and the HTTP client
of the lead endpoints. docs/lead-review.md describes what each figure means."""
