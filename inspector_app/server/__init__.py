"""The reference central server: the v1 REST contract of inspector_app.wire over FastAPI.

Installed with the `server` extra. `create_app(config)` builds the ASGI app; the admin CLI
(`inspector-server`, see cli.py) creates the database, tokens and data, and serves it.
"""
