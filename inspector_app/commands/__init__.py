"""Subcommands of `inspector-app`; each module defines `register(subparsers)`."""
