"""link: decisions across documents — which mentions are one entity, which reports one occasion.

- `names`: transliteration-aware name keys and the stricter same-entity comparison
- `entities`: cross-document entity resolution (with analysts' corrections)
- `occasions`: grouping statement occasions into speech events
- `relink`: recompute every link from the store and replace the old ones

Kept free of imports so that `onrecord.link.names` can be used on its own.
"""
