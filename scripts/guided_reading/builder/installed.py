"""The installed version of a package, for the keys of what the build keeps in `.cache/`."""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version


def installed_version(package: str) -> str:
    """The version pip installed, or "-" when the package is not installed as a distribution."""
    try:
        return version(package)
    except PackageNotFoundError:
        return "-"
