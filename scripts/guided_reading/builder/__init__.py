"""Build the site: generate every reading's pages into docs/, run MkDocs in this process, swap site/ in whole."""
