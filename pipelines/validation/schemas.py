"""Pandera (Polars) schemas for claims and events, and the split into valid rows and rejects.

Validation runs inside the assets before anything is written; rows that fail go to the
`rejects` table with the name of the failed check instead of being dropped.
"""

from __future__ import annotations

import pandera.polars as pa
import polars as pl
from pandera.errors import SchemaErrors

from pipelines.extraction.model import EVENT_TYPES
from pipelines.validation.codes import authority_pattern, place_codes, valid_authority


def _in_codes(data: pa.PolarsData) -> pl.LazyFrame:
    return data.lazyframe.select(pl.col(data.key).is_in(sorted(place_codes())))


def _valid_authority(data: pa.PolarsData) -> pl.LazyFrame:
    return data.lazyframe.select(
        pl.col(data.key).str.contains(authority_pattern())
        & pl.col(data.key).map_elements(valid_authority, return_dtype=pl.Boolean)
    )


class _PlacedAndAttributed(pa.DataFrameModel):
    """Checks shared by claims and events: an ISO (or sea) place and a well-formed authority."""

    region_code: str
    authority: str

    class Config:
        strict = False  # provenance columns beyond the declared ones are allowed

    @pa.check("region_code", name="region_code_is_iso_or_sea")
    def region_code_valid(cls, data: pa.PolarsData) -> pl.LazyFrame:  # noqa: N805
        return _in_codes(data)

    @pa.check("authority", name="authority_format")
    def authority_valid(cls, data: pa.PolarsData) -> pl.LazyFrame:  # noqa: N805
        return _valid_authority(data)


class ClaimSchema(_PlacedAndAttributed):
    """One claim (ANNOTATION.md) with provenance."""

    claim_id: str = pa.Field(unique=True, str_length={"min_value": 8})
    doc: str = pa.Field(str_length={"min_value": 1})
    content_hash: str = pa.Field(str_length={"min_value": 16})
    event_type: str = pa.Field(isin=list(EVENT_TYPES))
    region_code: str
    count: pl.Int64 = pa.Field(nullable=True, ge=1)
    count_low: pl.Int64 = pa.Field(nullable=True, ge=1)
    authority: str
    date: pl.Date = pa.Field(nullable=True)
    published: pl.Date = pa.Field(nullable=True)
    is_total: bool
    sentence_index: pl.Int64 = pa.Field(ge=0)
    span_start: pl.Int64 = pa.Field(ge=0)
    span_end: pl.Int64 = pa.Field(ge=0)
    evidence: str
    rule: str = pa.Field(str_length={"min_value": 1})
    extractor_version: str = pa.Field(str_length={"min_value": 1})

    @pa.dataframe_check(name="count_or_count_low")
    def has_amount(cls, data: pa.PolarsData) -> pl.LazyFrame:  # noqa: N805
        return data.lazyframe.select(pl.col("count").is_not_null() | pl.col("count_low").is_not_null())

    @pa.dataframe_check(name="date_not_after_publication")
    def date_before_publication(cls, data: pa.PolarsData) -> pl.LazyFrame:  # noqa: N805
        return data.lazyframe.select(
            pl.col("date").is_null() | pl.col("published").is_null() | (pl.col("date") <= pl.col("published"))
        )

    @pa.dataframe_check(name="span_in_order")
    def span_order(cls, data: pa.PolarsData) -> pl.LazyFrame:  # noqa: N805
        return data.lazyframe.select(pl.col("span_end") >= pl.col("span_start"))


class EventSchema(_PlacedAndAttributed):
    """One real-world event: claims from different documents that report the same thing."""

    event_id: str = pa.Field(unique=True)
    event_type: str = pa.Field(isin=list(EVENT_TYPES))
    region_code: str
    count: pl.Int64 = pa.Field(nullable=True, ge=1)
    count_low: pl.Int64 = pa.Field(nullable=True, ge=1)
    amount: pl.Int64 = pa.Field(ge=1)
    authority: str
    date: pl.Date = pa.Field(nullable=True)
    day_key: str = pa.Field(str_length={"min_value": 1})
    story_id: str
    is_total: bool
    n_claims: pl.Int64 = pa.Field(ge=1)
    n_documents: pl.Int64 = pa.Field(ge=1)


REJECT_COLUMNS = {
    "stage": pl.String,
    "source": pl.String,
    "line": pl.Int64,
    "doc_id": pl.String,
    "claim_id": pl.String,
    "check": pl.String,
    "reason": pl.String,
    "detail": pl.String,
}


def empty_rejects() -> pl.DataFrame:
    return pl.DataFrame(schema=REJECT_COLUMNS)


def validate(
    df: pl.DataFrame, schema: type[pa.DataFrameModel], id_column: str, stage: str
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(valid rows, rejects): every failing row leaves with the checks it failed."""
    if df.is_empty():
        return df, empty_rejects()
    try:
        schema.validate(df, lazy=True)
        return df, empty_rejects()
    except SchemaErrors as err:
        cases = err.failure_cases
    indexed = df.with_row_index("__row")
    failures = cases.filter(pl.col("index").is_not_null()).select(
        pl.col("index").cast(pl.UInt32).alias("__row"),
        pl.col("check").cast(pl.String),
        pl.col("column").cast(pl.String),
        pl.col("failure_case").cast(pl.String),
    )
    schema_level = cases.filter(pl.col("index").is_null())
    if not schema_level.is_empty():
        # a missing column or wrong dtype fails every row
        reason = "; ".join(f"{r['column']}: {r['check']}" for r in schema_level.iter_rows(named=True))
        rejects = df.select(
            pl.lit(stage).alias("stage"),
            pl.lit(None, pl.String).alias("source"),
            pl.lit(None, pl.Int64).alias("line"),
            (pl.col("doc").cast(pl.String) if "doc" in df.columns else pl.lit(None, pl.String)).alias("doc_id"),
            pl.col(id_column).cast(pl.String).alias("claim_id"),
            pl.lit("schema").alias("check"),
            pl.lit(f"schema error: {reason}").alias("reason"),
            pl.lit(None, pl.String).alias("detail"),
        )
        return df.clear(), rejects
    grouped = failures.group_by("__row").agg(
        pl.col("check").unique().sort().str.join(", ").alias("check"),
        pl.format("{}={}", pl.col("column").fill_null("row"), pl.col("failure_case").fill_null(""))
        .str.join("; ")
        .alias("detail"),
    )
    bad = indexed.join(grouped, on="__row", how="inner")
    good = indexed.join(grouped, on="__row", how="anti").drop("__row")
    rejects = bad.select(
        pl.lit(stage).alias("stage"),
        pl.lit(None, pl.String).alias("source"),
        pl.lit(None, pl.Int64).alias("line"),
        (pl.col("doc").cast(pl.String) if "doc" in df.columns else pl.lit(None, pl.String)).alias("doc_id"),
        pl.col(id_column).cast(pl.String).alias("claim_id"),
        pl.col("check"),
        pl.format("failed schema check(s): {}", pl.col("check")).alias("reason"),
        pl.col("detail"),
    )
    return good, rejects
