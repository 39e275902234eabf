"""The legible font the comfort settings offer is the maintained package's own files, with its licence."""
from __future__ import annotations

import pytest

from support import ROOT

BUNDLED = ROOT / "docs" / "assets" / "fonts" / "atkinson-hyperlegible"
PACKAGE = ROOT / "node_modules" / "@fontsource" / "atkinson-hyperlegible"


def test_the_bundled_fonts_are_the_packages_files() -> None:
    if not PACKAGE.exists():
        pytest.skip("npm tools are not installed (make test installs them)")
    fonts = sorted(BUNDLED.glob("*.woff2"))
    assert len(fonts) == 4
    for font in fonts:
        assert font.read_bytes() == (PACKAGE / "files" / font.name).read_bytes(), font.name
    assert (BUNDLED / "OFL.txt").read_text() == (PACKAGE / "LICENSE").read_text()
    assert "SIL Open Font License" in (BUNDLED / "OFL.txt").read_text()
