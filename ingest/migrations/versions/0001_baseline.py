"""The store as the single-user version made it: articles and facts (kept if already there)."""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

STATUS = ("active", "withdrawn")
TARGETS = ("pledges", "member_counts", "events")


def upgrade() -> None:
    if "articles" in sa.inspect(op.get_bind()).get_table_names():
        return  # a store from before Alembic: exactly this schema, kept as it is
    op.create_table(
        "articles",
        sa.Column("save_id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source_id", sa.Text, nullable=False, unique=True),
        sa.Column("publisher", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("published", sa.Text, nullable=False),
        sa.Column("language", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("sha256", sa.Text, nullable=False),
        sa.Column("saved_at", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False, server_default="active"),
        sa.Column("withdrawn_at", sa.Text),
        sa.CheckConstraint("length(publisher) > 0", name="articles_publisher"),
        sa.CheckConstraint("length(title) > 0", name="articles_title"),
        sa.CheckConstraint(f"status IN {STATUS}", name="articles_status"),
        sqlite_autoincrement=True)
    valid_json = ("json_valid(row_json)" if op.get_bind().dialect.name == "sqlite"
                  else "row_json::jsonb IS NOT NULL")
    op.create_table(
        "facts",
        sa.Column("fact_id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("save_id", sa.Integer, sa.ForeignKey("articles.save_id"), nullable=False),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("row_json", sa.Text, nullable=False),
        sa.Column("span_start", sa.Integer),
        sa.Column("span_end", sa.Integer),
        sa.Column("status", sa.Text, nullable=False, server_default="active"),
        sa.CheckConstraint(f"target IN {TARGETS}", name="facts_target"),
        sa.CheckConstraint(valid_json, name="facts_json"),
        sa.CheckConstraint("status IN ('active', 'undone')", name="facts_status"),
        sqlite_autoincrement=True)
    op.create_index("facts_by_save", "facts", ["save_id"])
