"""A throwaway PostgreSQL store -> the load run on one replica and on two behind it (team mode).

`python -m bench.load_postgres [bench.load options]` starts a cluster as the postgres user
(tests/pg.py), saves one article's facts into it so every replica reads a non-empty shared
store, then runs `bench.load` with --replicas 1 and --replicas 2 against that store and writes
bench/load_results_pg_1.json and bench/load_results_pg_2.json. Loopback only, bounded as
bench.load is."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from bench import load

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

SEED_TEXT = ("Norway pledged $12 million for stabilisation in Syria at the ministerial, the "
             "foreign ministry said on 8 June 2023.")


def seed(url: str) -> None:
    """One saved article with its facts, through the real ingest path."""
    from ingest import flow
    from ingest.store import Store
    from loaders import load_all

    store = Store(url=url)
    data = load_all(shared=True)
    article = flow.read_article(SEED_TEXT, None, publisher="Bench wire", title="Bench story",
                                url="https://bench.invalid/story", published=dt.date(2023, 6, 8),
                                language="en")
    found = flow.find(article, data)
    table = found.table.assign(accept=True)
    flow.save_accepted(store, found, table, data, editor="bench")


def main(argv: list[str] | None = None) -> int:
    import pg

    extra = list(sys.argv[1:] if argv is None else argv)
    with pg.cluster() as cluster, cluster.database() as url:
        seed(url)
        for replicas in (1, 2):
            out = HERE / f"load_results_pg_{replicas}.json"
            load.main([*extra, "--replicas", str(replicas), "--env",
                       f"COALITION_DATABASE_URL={url}", "--out", str(out)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
