"""Disjoint sets over 0..n-1, shared by the per-document and the cross-document entity grouping."""
from __future__ import annotations


class UnionFind:
    def __init__(self, n: int):
        self.p = list(range(n))

    def find(self, a: int) -> int:
        while self.p[a] != a:
            self.p[a] = self.p[self.p[a]]      # path halving
            a = self.p[a]
        return a

    def union(self, a: int, b: int) -> None:
        """Join the sets of a and b; the smaller index stays the root, so results do not depend on order."""
        a, b = self.find(a), self.find(b)
        if a != b:
            self.p[max(a, b)] = min(a, b)
