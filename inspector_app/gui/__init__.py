"""The station's PySide6 user interface: the only package that imports Qt widgets.

Widgets talk to the headless `Station` only through the bridges in `bridges.py`, which run
every call that may touch the disk, the camera or the network off the GUI thread and hand
the result back as a queued signal.
"""
