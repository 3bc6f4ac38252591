"""Cross-document entity resolution.

`resolve_entities(items, corrections)` turns every document's `LocalEntity`s into
`GlobalEntity`s:

1. Blocking: entities sharing a `names.name_keys` key are candidate pairs.
2. Decisions: `names.same_entity` scores each pair; pairs at or above `THRESHOLD` are edges.
3. Clustering: union-find over the edges, strongest first, in two phases — full names first,
   then bare surnames / single words, which join a cluster only when exactly one cluster wants
   them. A guard refuses any merge that would put two people with conflicting given names
   ("Qais al-Khazali", "Laith al-Khazali") into one cluster, so a shared surname cannot chain
   them together.
4. Corrections recorded by analysts (merge / split / alias) are applied afterwards, in order.

Ids are deterministic: "e-" + a short hash of the type and the canonical name's key, so the
same corpus links to the same ids whatever the order of ingest.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations

from onrecord.link import names as N
from onrecord.models import EntityRef, GlobalEntity, LocalEntity
from onrecord.unionfind import UnionFind

THRESHOLD = 0.8
_MAX_BLOCK = 400        # a key shared by more entities than this is too common to block on


@dataclass
class _Node:
    doc: str
    ent: LocalEntity

    @property
    def names(self) -> list[str]:
        return [self.ent.name, *self.ent.aliases]

    @property
    def single(self) -> bool:
        """Known here only by one word (a surname, an acronym, a one-word name)."""
        return all(len(N.parse(n).toks) <= 1 for n in self.names)


@dataclass
class _Cluster:
    nodes: list[int]
    extra_aliases: list[str] = field(default_factory=list)
    old_ids: set[str] = field(default_factory=set)


def resolve_entities(items: list[tuple[str, LocalEntity]], corrections: list[dict] = (),
                     aliases: N.AliasTable | None = None) -> list[GlobalEntity]:
    """Cluster (document_id, LocalEntity) pairs into global entities; see the module docstring.

    `aliases`: known equivalences (defaults to the shipped table); corrections of kind "alias"
    are also added to a copy of it before clustering, so they shape the decisions too.
    """
    table = (N.default_aliases() if aliases is None else aliases).copy()
    nodes = [_Node(d, e) for d, e in items]
    corrections = list(corrections or [])
    for c in corrections:
        if c.get("action") == "alias":
            # a declared alias is a known equivalence: documents naming the entity by it link too
            p = c.get("payload") or {}
            name = p.get("entity_name") or (p.get("entity") if not str(p.get("entity", "")).startswith("e-") else None)
            if name and p.get("alias"):
                table.add([name, p["alias"]])

    clusters = _cluster(nodes, table)
    clusters = _apply_corrections(nodes, clusters, corrections)
    return _finish(nodes, clusters)


# ---------------------------------------------------------------- clustering

def _cluster(nodes: list[_Node], table: N.AliasTable) -> list[_Cluster]:
    """Cluster the distinct (type, names) signatures, then expand to the nodes bearing them.

    Most documents name an entity exactly as others do; comparing each distinct signature once
    keeps the pairwise work proportional to the variety of names, not to the corpus size."""
    sigs: dict[tuple, list[int]] = {}
    for i, nd in enumerate(nodes):
        sigs.setdefault((nd.ent.type, tuple(sorted(set(nd.names)))), []).append(i)
    reps = [members[0] for members in sigs.values()]
    rep_clusters = _cluster_distinct([nodes[i] for i in reps], table)
    groups = list(sigs.values())
    out = [_Cluster(sorted(i for r in c.nodes for i in groups[r])) for c in rep_clusters]
    out.sort(key=lambda c: c.nodes[0])
    return out


def _cluster_distinct(nodes: list[_Node], table: N.AliasTable) -> list[_Cluster]:
    n = len(nodes)
    blocks: dict[str, list[int]] = {}
    for i, nd in enumerate(nodes):
        keys: set[str] = set()
        for name in nd.names:
            keys |= N.name_keys(name, nd.ent.type, table)
        for k in keys:
            blocks.setdefault(k, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for k, members in blocks.items():
        if len(members) > _MAX_BLOCK:
            continue
        pairs.update(combinations(sorted(set(members)), 2))

    edges: list[tuple[float, int, int]] = []
    for a, b in sorted(pairs):
        na, nb = nodes[a], nodes[b]
        score = N.same_entity(na.names, na.ent.type, nb.names, nb.ent.type, table)
        if score >= THRESHOLD:
            edges.append((score, a, b))
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))

    uf = UnionFind(n)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def merge(a: int, b: int) -> bool:
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb:
            return True
        if _conflict(nodes, members[ra], members[rb], table):
            return False
        root, other = min(ra, rb), max(ra, rb)
        uf.p[other] = root
        members[root].extend(members.pop(other))
        return True

    # phase 1: full names with full names
    for score, a, b in edges:
        if not nodes[a].single and not nodes[b].single:
            merge(a, b)
    # phase 2: single words join a cluster only when one cluster wants them
    wants: dict[int, set[int]] = {}
    for score, a, b in edges:
        if nodes[a].single and nodes[b].single:
            merge(a, b)
    for score, a, b in edges:
        sa, sb = nodes[a].single, nodes[b].single
        if sa != sb:
            s, full = (a, b) if sa else (b, a)
            wants.setdefault(uf.find(s), set()).add(uf.find(full))
    for s_root, targets in sorted(wants.items()):
        roots = {uf.find(t) for t in targets}
        if len(roots) == 1 and uf.find(s_root) not in roots:
            merge(s_root, roots.pop())

    out: dict[int, list[int]] = {}
    for i in range(n):
        out.setdefault(uf.find(i), []).append(i)
    return [_Cluster(sorted(v)) for _, v in sorted(out.items())]


def _conflict(nodes: list[_Node], a: list[int], b: list[int], table: N.AliasTable) -> bool:
    """Would joining these two groups put two different people together?

    Two full names with one surname and different given names conflict, unless a known or
    declared alias says they are one person."""
    pa = [n for i in a if nodes[i].ent.type == "PER" for n in nodes[i].names]
    pb = [n for i in b if nodes[i].ent.type == "PER" for n in nodes[i].names]
    if not (pa and pb and N.given_name_conflict(pa, pb)):
        return False
    ga = {g for n in pa if (g := table.group(n)) is not None}
    gb = {g for n in pb if (g := table.group(n)) is not None}
    return not (ga & gb)


# ---------------------------------------------------------------- corrections

def _apply_corrections(nodes: list[_Node], clusters: list[_Cluster], corrections: list[dict]) -> list[_Cluster]:
    for c in clusters:
        c.old_ids.add(_cluster_id(nodes, c))
    for corr in corrections:
        action = corr.get("action")
        p = corr.get("payload") or {}
        if action == "merge":
            a = _find(nodes, clusters, p.get("a"), p.get("a_name"))
            b = _find(nodes, clusters, p.get("b"), p.get("b_name"))
            if a is not None and b is not None and a is not b:
                a.nodes = sorted(a.nodes + b.nodes)
                a.extra_aliases += b.extra_aliases
                a.old_ids |= b.old_ids
                clusters.remove(b)
        elif action == "split":
            src = _find(nodes, clusters, p.get("entity"), p.get("entity_name"))
            names = [f for f in p.get("names") or [] if f]
            if src is None or not names:
                continue
            # a document's entity moves when the name it goes by there is one of the forms: as
            # written (case and marks aside) if any matches so, else by normal form
            exact = {N.fold(f) for f in names}
            moved = [i for i in src.nodes if N.fold(nodes[i].ent.name) in exact]
            forms = {N.norm_key(f) for f in names}
            if not moved:
                moved = [i for i in src.nodes if N.norm_key(nodes[i].ent.name) in forms]
            if moved and len(moved) < len(src.nodes):
                src.nodes = [i for i in src.nodes if i not in moved]
                src.extra_aliases = [a for a in src.extra_aliases if N.norm_key(a) not in forms]
                new = _Cluster(sorted(moved))
                clusters.append(new)
        elif action == "alias":
            target = _find(nodes, clusters, p.get("entity"), p.get("entity_name"))
            alias = p.get("alias")
            if target is not None and alias and alias not in target.extra_aliases:
                target.extra_aliases.append(alias)
    return clusters


def _find(nodes: list[_Node], clusters: list[_Cluster], ref, name=None) -> _Cluster | None:
    """A cluster by id (current or earlier), else by canonical name, else by any alias.

    `name` (the entity's name when the correction was recorded) is the fallback for an id that no
    longer exists because the clusters changed since."""
    found = _find_one(nodes, clusters, ref)
    if found is None and name:
        found = _find_one(nodes, clusters, name)
    return found


def _find_one(nodes: list[_Node], clusters: list[_Cluster], ref) -> _Cluster | None:
    if not ref:
        return None
    ref = str(ref)
    for c in clusters:
        if ref == _cluster_id(nodes, c) or ref in c.old_ids:
            return c
    key = N.norm_key(ref)
    for c in clusters:
        if N.norm_key(_canonical(nodes, c)) == key:
            return c
    hits = [c for c in clusters
            if any(N.norm_key(n) == key for i in c.nodes for n in nodes[i].names)
            or any(N.norm_key(a) == key for a in c.extra_aliases)]
    if hits:
        return max(hits, key=lambda c: len(c.nodes))
    return None


# ---------------------------------------------------------------- output

def _canonical(nodes: list[_Node], c: _Cluster) -> str:
    """The most complete name, then the most frequent (case-insensitively), then the longest."""
    counts: Counter[str] = Counter()
    lowered: Counter[str] = Counter()
    for i in c.nodes:
        counts[nodes[i].ent.name] += 1
        lowered[nodes[i].ent.name.lower()] += 1
    if not counts:
        return c.extra_aliases[0] if c.extra_aliases else ""
    return max(counts, key=lambda f: (len(N.parse(f).toks), lowered[f.lower()], counts[f], len(f), f))


def _type(nodes: list[_Node], c: _Cluster) -> str:
    types = Counter(nodes[i].ent.type for i in c.nodes)
    return max(types, key=lambda t: (types[t], t == "PER", t)) if types else "ORG"


def _cluster_id(nodes: list[_Node], c: _Cluster) -> str:
    canon = _canonical(nodes, c)
    basis = f"{_type(nodes, c)}:{N.norm_key(canon) or canon.lower()}"
    return "e-" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:12]


def _finish(nodes: list[_Node], clusters: list[_Cluster]) -> list[GlobalEntity]:
    out: list[GlobalEntity] = []
    seen: dict[str, int] = {}
    clusters = [c for c in clusters if c.nodes]
    clusters.sort(key=lambda c: (_type(nodes, c), _canonical(nodes, c).lower(),
                                 min((nodes[i].doc, nodes[i].ent.key) for i in c.nodes)))
    for c in clusters:
        cid = _cluster_id(nodes, c)
        if cid in seen:                      # two different entities with one name: keep both, apart
            seen[cid] += 1
            cid = f"{cid}-{seen[cid]}"
        else:
            seen[cid] = 1
        name = _canonical(nodes, c)
        aliases: list[str] = []
        roles: list[str] = []
        for i in c.nodes:
            for a in nodes[i].names:
                if a != name and a not in aliases:
                    aliases.append(a)
            for r in nodes[i].ent.roles:
                if r not in roles:
                    roles.append(r)
        for a in c.extra_aliases:
            if a != name and a not in aliases:
                aliases.append(a)
        members = [EntityRef(nodes[i].doc, nodes[i].ent.key) for i in c.nodes]
        out.append(GlobalEntity(cid, name, _type(nodes, c), aliases, roles, members))
    return out
