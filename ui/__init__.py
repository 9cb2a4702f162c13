"""Streamlit glue shared by the pages: cached data, URL state and the chart frame."""
