"""Benchmarks of the dashboard against a floor app, and the browser harness the tests share."""
