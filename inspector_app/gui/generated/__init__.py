"""Modules generated from ui/*.ui by inspector_app.gui.forms; do not edit."""
