"""The server's side of the marketplace connector: the poll that turns Back Market's Care
folders into returns (poller.py), the `inspector-server marketplace ...` commands
(commands.py) and the poll as a job of `serve` when the marketplace is configured
(runner.py)."""
