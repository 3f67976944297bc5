"""One error type for every way a data file can be wrong.

Why: a person fixing a CSV needs the file, the line, the column and the rule that
failed, in one line they can paste into an editor's "go to line".
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_LISTED = 25


@dataclass(frozen=True)
class Problem:
    """One broken rule at one place in one file."""

    file: str
    line: int
    column: str
    rule: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: column {self.column}: {self.rule}"


class DataError(Exception):
    """Raised at start-up when any table breaks a rule; lists every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        lines = [str(problem) for problem in problems[:MAX_LISTED]]
        if len(problems) > MAX_LISTED:
            lines.append(f"... and {len(problems) - MAX_LISTED} more")
        super().__init__("invalid data:\n" + "\n".join(lines))
