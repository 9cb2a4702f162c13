"""Dataset + as-of date -> briefing slides (PowerPoint) and images that carry their sources."""

from briefing.deck import DeckReport, build_deck, compose_deck
from briefing.images import export_images, images_zip
from briefing.views import SECTIONS, build_views

__all__ = ["SECTIONS", "DeckReport", "build_deck", "build_views", "compose_deck",
           "export_images", "images_zip"]
