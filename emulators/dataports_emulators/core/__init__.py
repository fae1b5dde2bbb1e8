"""Machinery shared by every emulated service: app composition, auth, validation, faults, control API."""
