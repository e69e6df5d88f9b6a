"""Domain objects to and from the outside: the wire contract's models and returns files.

Sits above both `domain` (pure rules, no pydantic) and `wire` (the contract's models), so
neither has to know the other: the domain never imports the wire, and the wire imports only
the domain's enums. The station, sync, storage and server convert through here.
"""
