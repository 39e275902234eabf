"""Turn an op-ed and its edition file into the Markdown pages of a guided reading."""
