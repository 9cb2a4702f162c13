"""Serving a team: who saved or undid what and when, imports pending review, a change counter."""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles", recreate="never") as batch:
        batch.add_column(sa.Column("saved_by", sa.Text))
        batch.add_column(sa.Column("withdrawn_by", sa.Text))
    with op.batch_alter_table("facts", recreate="never") as batch:
        batch.add_column(sa.Column("undone_at", sa.Text))
        batch.add_column(sa.Column("undone_by", sa.Text))
    op.create_table(
        "pending",
        sa.Column("pending_id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("publisher", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("published", sa.Text, nullable=False),
        sa.Column("language", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("sha256", sa.Text, nullable=False),
        sa.Column("found", sa.Integer, nullable=False, server_default="0"),
        sa.Column("imported_at", sa.Text, nullable=False),
        sa.Column("imported_by", sa.Text),
        sa.Column("status", sa.Text, nullable=False, server_default="pending"),
        sa.Column("reviewed_at", sa.Text),
        sa.Column("reviewed_by", sa.Text),
        sa.Column("save_id", sa.Integer, sa.ForeignKey("articles.save_id")),
        sa.CheckConstraint("status IN ('pending', 'accepted', 'discarded')",
                           name="pending_status"),
        sqlite_autoincrement=True)
    counter = op.create_table(
        "store_version",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("changed_at", sa.Text),
        sa.CheckConstraint("id = 1", name="store_version_one_row"))
    op.bulk_insert(counter, [{"id": 1, "version": 0, "changed_at": None}])
