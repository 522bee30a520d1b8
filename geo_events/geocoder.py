"""The offline gazetteer as a geopy geocoder: geopy users plug it in unchanged.

>>> from geo_events.geocoder import OfflineGazetteer
>>> loc = OfflineGazetteer().geocode("Ain al-Assad")
>>> round(loc.latitude, 1), round(loc.longitude, 1)
(33.8, 42.4)

It works without a network (no request is ever sent) and with
``geopy.extra.rate_limiter.RateLimiter``.
"""
from __future__ import annotations

from dataclasses import asdict
from typing import Optional

from geopy.geocoders.base import Geocoder
from geopy.location import Location

from .gazetteer import GEONAMES_ATTRIBUTION, Gazetteer

__all__ = ["OfflineGazetteer"]


class OfflineGazetteer(Geocoder):
    """geopy ``Geocoder`` over :class:`geo_events.gazetteer.Gazetteer` (curated, airports, GeoNames).

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        Defaults to :meth:`Gazetteer.default`.
    country : str, optional
        Default country focus (ISO alpha-2) for every query.
    """

    attribution = GEONAMES_ATTRIBUTION

    def __init__(self, gazetteer: Optional[Gazetteer] = None, *, country: Optional[str] = None, **kwargs):
        super().__init__(**kwargs)
        self._gazetteer = gazetteer
        self.country = country

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.default()
        return self._gazetteer

    def geocode(self, query, *, exactly_one: bool = True, country: Optional[str] = None, cue: Optional[str] = None,
                limit: Optional[int] = None, timeout=None, **kwargs):
        """Geocode a place name offline.

        Parameters
        ----------
        query : str or dict
            The name; a dict with a ``"query"`` (or ``"name"``) key is accepted, as geopy allows
            structured queries.
        exactly_one : bool
            Return one :class:`geopy.location.Location` (or None when the gazetteer abstains)
            instead of a list.
        country : str, optional
            ISO alpha-2 country focus for this query.
        cue : str, optional
            Feature cue (airbase, village, province ...), see :meth:`Gazetteer.resolve`.
        limit : int, optional
            At most this many locations when ``exactly_one`` is False.
        timeout
            Accepted for geopy compatibility; nothing goes over a network.

        Returns
        -------
        None, Location or list of Location
            ``Location.raw`` is the gazetteer record (``record_id``, ``layer``, ``feature``,
            ``precision``, ``radius_km``, ``confidence`` ...).
        """
        if isinstance(query, dict):
            query = query.get("query") or query.get("name") or ""
        focus = country or self.country
        if exactly_one:
            res = self.gazetteer.resolve(str(query), cue=cue, country=focus)
            if res.place is None:
                return None
            return self._location(res.place, res.reason)
        places = self.gazetteer.candidates(str(query), limit=limit or 10)
        if focus:
            # the same ranking a reader would apply: the focus country's places first
            places.sort(key=lambda p: (p.country != focus.upper(), -p.confidence))
        return [self._location(p) for p in places] or None

    def reverse(self, query, *, exactly_one=True, timeout=None, **kwargs):  # pragma: no cover - not offered
        raise NotImplementedError("OfflineGazetteer does not reverse-geocode")

    @staticmethod
    def _location(place, reason: str = "") -> Location:
        raw = asdict(place)
        raw.pop("polygon", None)
        if reason:
            raw["reason"] = reason
        if place.layer == "geonames":
            raw["attribution"] = GEONAMES_ATTRIBUTION
        address = ", ".join(x for x in (place.name, place.admin1, place.country) if x)
        return Location(address, (place.lat, place.lon, 0.0), raw)
