"""Safe YAML with the place of every value: what the loader reads decks with and the
renderer reads themes with.

Below both of them, so neither imports the other: `source` reads a file
(through the small parse `cache`), `parse` runs PyYAML safely, and
`located` holds what a parse gives. No Qt, and no PyYAML until a file
is not in the cache.
"""
