"""Back Market: the seller API client (client.py), its published limits (limits.py), the
connector's settings (config.py), answers read into typed records (answers.py) and the one
mapping of Back Market's vocabulary onto ours (mapping.py; tables in docs/marketplace.md)."""
