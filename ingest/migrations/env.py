"""Alembic environment: migrations run on the connection ingest.db.migrate hands over."""

from alembic import context

LOCK_ID = 716_402  # any constant: PostgreSQL advisory lock held while a replica migrates


def run() -> None:
    connection = context.config.attributes["connection"]
    context.configure(connection=connection, render_as_batch=True)
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({LOCK_ID})")
        context.run_migrations()


run()
