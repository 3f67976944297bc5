"""Read a CSV table into validated, immutable rows, keeping each row's line number.

Why not ``pandas.read_csv``: a person fixing a file needs the line of the bad row,
and quoted cells may span lines; ``csv.reader`` reports the physical line.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import ValidationError

from data.errors import Problem
from data.schema import Row

RowT = TypeVar("RowT", bound=Row)


@dataclass(frozen=True)
class Located(Generic[RowT]):
    """A validated row and the line it starts on."""

    line: int
    row: RowT


def describe(error: dict) -> str:
    """Turn one pydantic error into a rule a person can act on."""
    if error["type"] == "missing":
        return "is empty; a value is required"
    if error["type"] == "extra_forbidden":
        return "is not a column of this table"
    message = error["msg"].removeprefix("Value error, ")
    shown = repr(error["input"])
    return message if str(error["input"]) in message else f"{message} (got {shown})"


def read_table(
    path: Path, model: type[RowT], name: str, problems: list[Problem]
) -> tuple[Located[RowT], ...]:
    """Validate every row of ``path`` against ``model``; ``name`` is how errors cite it.

    Problems are appended to ``problems`` (and the bad rows left out) so that one
    run reports every broken rule, not only the first.
    """
    if not path.exists():
        problems.append(Problem(name, 0, "-", "file is missing"))
        return ()
    try:
        text = decode(path.read_bytes())
    except UnicodeDecodeError as error:
        problems.append(not_utf8(name, error))
        return ()
    rows: list[Located[RowT]] = []
    # newline="" lets csv.reader see CRLF and LF endings alike (and CR inside quotes).
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        problems.append(Problem(name, 1, "-", "file is empty; a header row is required"))
        return ()
    problems.extend(check_header(name, header, model))
    line = reader.line_num + 1
    try:
        for cells in reader:
            rows.extend(validate_row(name, line, header, cells, model, problems))
            line = reader.line_num + 1
    except csv.Error as error:
        problems.append(Problem(name, reader.line_num, "-", f"not valid CSV: {error}"))
    return tuple(rows)


def decode(data: bytes) -> str:
    """The file's text. A byte-order mark (spreadsheets save one) is not part of the first
    column's name; any byte that is not UTF-8 raises ``UnicodeDecodeError``."""
    return data.decode("utf-8-sig")


def not_utf8(name: str, error: UnicodeDecodeError) -> Problem:
    """Where a file stops being UTF-8: its line, the byte and its offset in the file."""
    data = error.object
    line = data.count(b"\n", 0, error.start) + 1
    byte = data[error.start]
    rule = (
        f"byte 0x{byte:02x} at offset {error.start} is not UTF-8; "
        "save the file as UTF-8 (in a spreadsheet: CSV UTF-8)"
    )
    return Problem(name, line, "-", rule)


def check_header(name: str, header: Sequence[str], model: type[Row]) -> list[Problem]:
    """Every required column present, no column twice."""
    found: list[Problem] = []
    for column, field in model.model_fields.items():
        if field.is_required() and column not in header:
            found.append(Problem(name, 1, column, "required column is missing from the header"))
    for column in {c for c in header if header.count(c) > 1}:
        found.append(Problem(name, 1, column, "column appears twice in the header"))
    return found


def validate_row(
    name: str,
    line: int,
    header: Sequence[str],
    cells: Sequence[str],
    model: type[RowT],
    problems: list[Problem],
) -> list[Located[RowT]]:
    """Validate one data row; return it located, or record why it is invalid."""
    if not any(cell.strip() for cell in cells):
        return []
    if cells[0].strip() == header[0].strip() and [c.strip() for c in cells] == [
        column.strip() for column in header
    ]:
        problems.append(Problem(name, line, "-", "repeats the header row (line 1); delete it"))
        return []
    if len(cells) != len(header):
        rule = f"row has {len(cells)} cells but the header has {len(header)}"
        problems.append(Problem(name, line, "-", rule))
        return []
    values = {
        column: cell for column, cell in zip(header, cells, strict=True) if cell.strip() != ""
    }
    try:
        return [Located(line, model.model_validate(values))]
    except ValidationError as error:
        for detail in error.errors():
            column = str(detail["loc"][0]) if detail["loc"] else "-"
            problems.append(Problem(name, line, column, describe(detail)))
        return []
