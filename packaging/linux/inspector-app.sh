#!/bin/sh
# /usr/bin/inspector-app: runs the bundle installed under /opt/return-inspector.
# A wrapper rather than a symlink so the bundle always sees its own directory as home.
exec /opt/return-inspector/inspector-app "$@"
