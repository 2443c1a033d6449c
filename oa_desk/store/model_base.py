"""The declarative base every table of the plan's schema derives from (its own module,
so the schema can be split over several modules: ``store/models.py`` and
``store/models_support.py``)."""

from __future__ import annotations

from sqlalchemy import MetaData, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from oa_desk.store.types import NAMING


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    # Every row's version (migration 0012): 1 when inserted, one more on every UPDATE
    # (store/versions.py adds it to each statement), so an edit made from an older
    # read is refused instead of overwriting someone else's change.
    # Columns added after 0012 say sort_order=100: a migrated file has them after
    # row_version, and a new file must hold the columns in the same order.
    row_version: Mapped[int] = mapped_column(default=1, server_default=text("1"), sort_order=99)
