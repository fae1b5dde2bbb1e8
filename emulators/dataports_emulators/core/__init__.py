"""Machinery shared by every emulated service: the app and its control API, the gateway in front of each service
(faults, auth, bounded bodies, spec validation, errors), the service contract and its state's lifecycle, and
helpers for time, files, multipart bodies and signed links."""
