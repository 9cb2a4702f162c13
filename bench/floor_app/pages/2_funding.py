"""Floor page: the real page's chart counts (layout.json) drawn on trivial data."""

from floor_charts import render_script  # on sys.path: the floor dashboard.py put it there

render_script(__file__)
