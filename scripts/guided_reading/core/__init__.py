"""The text core: the edition and its schema, loading, cleaning, segmenting and locating text, the reading
object, the feature interface, and the escaping helpers every renderer uses. It imports no other layer."""
