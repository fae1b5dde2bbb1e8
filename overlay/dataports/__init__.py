"""dataports: one typed, retrying, paginating SDK for Gretel, Voxel51, Datagrok, ClicData and RapidPro.

Import a service module (``dataports.rapidpro``, ...); each mirrors that platform's classic client.
"""

from dataports._version import __version__

__all__ = ["__version__"]
