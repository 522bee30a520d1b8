"""geo-events: map attacks reported in news articles.

read -> extract -> resolve -> reconcile -> estimate -> render / export (see DESIGN.md).
Heavy modules (folium, geopandas) are imported only by the stages that need them.

Place data: GeoNames (https://www.geonames.org), CC-BY 4.0; airportsdata (MIT).
"""
__version__ = "0.1.0"

ATTRIBUTION = (
    "Places: GeoNames (geonames.org, CC-BY 4.0), airportsdata (MIT), geo-events curated gazetteer"
)
