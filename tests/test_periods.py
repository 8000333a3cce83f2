"""period_bounds: first and last day of every date value format in records.md."""

from __future__ import annotations

from datetime import date

import pytest

from cchc_extract.periods import period_bounds


@pytest.mark.parametrize("value,start,end", [
    ("2019-05-27T17:34", date(2019, 5, 27), date(2019, 5, 27)),      # datetime
    ("2021-04-29", date(2021, 4, 29), date(2021, 4, 29)),            # date
    ("2023-03", date(2023, 3, 1), date(2023, 3, 31)),                # month
    ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),                # a leap February
    ("2023-Q1", date(2023, 1, 1), date(2023, 3, 31)),                # quarter
    ("2023-Q4", date(2023, 10, 1), date(2023, 12, 31)),
    ("2023-H1", date(2023, 1, 1), date(2023, 6, 30)),                # half year
    ("2023-H2", date(2023, 7, 1), date(2023, 12, 31)),
    ("2022", date(2022, 1, 1), date(2022, 12, 31)),                  # year
    ("2021/2025", date(2021, 1, 1), date(2025, 12, 31)),             # between two years
    ("2021-04/2021-06", date(2021, 4, 1), date(2021, 6, 30)),        # between months
    ("2024-12-15/2025-01-14", date(2024, 12, 15), date(2025, 1, 14)),  # between days
    ("2016-03/2016-12-31", date(2016, 3, 1), date(2016, 12, 31)),    # a month to a day
    ("2021/..", date(2021, 1, 1), None),                             # open-ended
    ("XXXX-05-17", None, None),                                      # year unknown
    ("XXXX-Q2", None, None),
    ("2023-02-30", None, None),                                      # no such day
    ("", None, None),
    (None, None, None),
])
def test_period_bounds(value, start, end):
    assert period_bounds(value) == (start, end)
