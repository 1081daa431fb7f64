"""Actors: the catalogue of who can make claims (countries, governments, armed forces,
organisations, groups, media, officials) and look-ups over it.

Names are imported lazily so that ``python -m counterclaim.actors.catalogue --check``
runs the module cleanly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from counterclaim.actors.catalogue import (
        Actor,
        Catalogue,
        CatalogueError,
        CountryInfo,
        Role,
        country_words,
        load_catalogue,
        normalise,
        slug,
        validate_catalogue,
    )

__all__ = [
    "Actor",
    "Catalogue",
    "CatalogueError",
    "CountryInfo",
    "Role",
    "country_words",
    "load_catalogue",
    "normalise",
    "slug",
    "validate_catalogue",
]


def __getattr__(name: str) -> Any:
    """Import the catalogue's public names on first use."""
    if name in __all__:
        from counterclaim.actors import catalogue

        return getattr(catalogue, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
