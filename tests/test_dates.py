"""Partial dates and the day the map shows for a year."""

from datetime import date

import pytest

from data.dates import as_of, parse_partial, shown


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2009", date(2009, 1, 1), date(2009, 12, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2019-10-15", date(2019, 10, 15), date(2019, 10, 15)),
    ],
)
def test_partial_dates_span_what_they_can_mean(text: str, first: date, last: date) -> None:
    assert parse_partial(text, last=False) == first
    assert parse_partial(text, last=True) == last


@pytest.mark.parametrize("text", ["09", "2009/10/03", "2009-13", "2023-02-30", "", "20091003"])
def test_malformed_dates_are_refused_with_the_text(text: str) -> None:
    with pytest.raises(ValueError, match=r"2009|2023|''|09|YYYY"):
        parse_partial(text, last=False)


def test_a_past_year_shows_31_december_and_the_current_year_shows_today() -> None:
    today = date(2026, 11, 25)
    assert as_of(2009, today) == date(2009, 12, 31)
    assert as_of(2026, today) == today


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1988", "1988"),
        ("1988-02", "Feb 1988"),
        ("2022-09-13", "13 Sep 2022"),
        ("2020-12-01", "1 Dec 2020"),
    ],
)
def test_dates_are_shown_no_more_precisely_than_the_row(text: str, expected: str) -> None:
    assert shown(text) == expected
