"""bench.scale: the synthetic N-times dataset passes the same loaders as the real one."""

from __future__ import annotations

from bench.scale import write_scaled
from loaders import load_all


def test_scaled_copy_loads_and_keeps_conversions(tmp_path):
    """A 3x copy validates (ids unique, sources resolve, conversions at their year's rate)
    and every fact table has three times the rows."""
    real = load_all()
    scaled = load_all(write_scaled(tmp_path / "data", factor=3))
    for name, frame in real.tables().items():
        expected = len(frame) if name in ("sources", "fx_rates", "governorates") else 3 * len(frame)
        assert len(getattr(scaled, name)) == expected, name
    converted = scaled.pledges[scaled.pledges["converted"]]
    assert set(converted["date"]) == set(real.pledges.loc[real.pledges["converted"], "date"])
