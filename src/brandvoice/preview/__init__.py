"""An offline HTML preview of adaptations: a card per variant as the network shows it.

>>> from brandvoice import adapt
>>> from brandvoice.preview import render_preview, write_preview
>>> html = render_preview([("launch.txt", adapt("Doors open at 9.", languagetool="off"))])
>>> html.startswith("<!DOCTYPE html>")
True
"""

from brandvoice.preview.plan import PlanTable, campaign_table
from brandvoice.preview.render import render_preview
from brandvoice.preview.write import PAGE, write_preview

__all__ = ["PAGE", "PlanTable", "campaign_table", "render_preview", "write_preview"]
