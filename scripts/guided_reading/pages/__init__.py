"""The site's own pages: a reading's home, parts, full text and About page, the library, and the navigation.

What the features add comes through `ReadingContext.sections` and `feature_pages`; where one of these pages
links to a feature's page, it asks that feature's handle (core/shared.py) whether the reading has it."""
