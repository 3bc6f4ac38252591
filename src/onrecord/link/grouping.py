"""Greedy grouping shared by the linkers: each item joins the first group whose every member it fits."""
from __future__ import annotations

from typing import Callable, Iterable, TypeVar

T = TypeVar("T")


def greedy_groups(items: Iterable[T], fits: Callable[[T, T], bool], groups: list[list[T]] | None = None
                  ) -> list[list[T]]:
    """Groups in which every pair fits; order decides ties, so give the items in a stable order."""
    groups = [] if groups is None else groups
    for item in items:
        home = next((g for g in groups if all(fits(item, other) for other in g)), None)
        if home is None:
            groups.append([item])
        else:
            home.append(item)
    return groups
