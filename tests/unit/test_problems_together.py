"""Problems are collected and reported together, one line each, as MkDocs reports its configuration errors."""
from __future__ import annotations

from pathlib import Path

from support import EDITION, copy_project, line_of, write_edition
from support import run_cli_here as run_cli


def test_three_unrelated_mistakes_give_three_lines_in_one_run(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    edition = EDITION.replace("  author: Maria Javed", "  author: Maria Javed\n  autor: a misspelt key", 1)
    edition = edition.replace("status: published", "status: finished", 1)
    first_skill = edition.index("    skill: ")
    edition = edition[:first_skill] + "    skill: guessing\n" + edition[edition.index("\n", first_skill) + 1 :]
    write_edition(root / "seeds" / "human-trafficking-networks", edition)
    result = run_cli(root, "check")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 3, result.stderr
    where = "seeds/human-trafficking-networks/edition.yml"
    assert errors[0].startswith(f"error: {where}:{line_of(edition, 'status: finished')}: status: ")
    assert errors[1].startswith(f"error: {where}:{line_of(edition, 'autor:')}: meta.autor: unknown key")
    assert errors[2].startswith(f"error: {where}:{line_of(edition, 'skill: guessing')}: quizzes.")
    assert "3 errors" in result.stderr


def test_a_failed_check_hides_no_mistake_of_an_unrelated_feature(tmp_path: Path) -> None:
    """A wrong figure quote, a glossary word the op-ed never uses and an unknown source id: three features, one run.

    The glossary and the sources come after the figures (for their marks and links), not from them: a
    figure that fails its check must not hide their mistakes until the next run."""
    root = copy_project(tmp_path)
    figure = "quote: over 40 million individuals are forced into modern slavery"
    term = "term: trafficker\n    forms: [traffickers, trafficked]\n"
    cited = "sources: [unodc-trafficking-faqs, palermo-protocol]"
    assert all(text in EDITION for text in (figure, term, cited))
    edition = EDITION.replace(figure, "quote: over 40 million readers of this newspaper", 1)
    edition = edition.replace(term, "term: lighthouse keeper\n    forms: [lighthouse keepers]\n", 1)
    edition = edition.replace(cited, "sources: [unodc-trafficking-faqs, no-such-source]", 1)
    write_edition(root / "seeds" / "human-trafficking-networks", edition)
    result = run_cli(root, "check")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    where = "seeds/human-trafficking-networks/edition.yml"
    assert any(e.startswith(f"error: {where}:{line_of(edition, 'over 40 million readers')}: figures[0].quote") for e in errors), result.stderr
    assert any(e.startswith(f"error: {where}:{line_of(edition, 'term: lighthouse keeper')}: glossary[1]") for e in errors), result.stderr
    cited_at = f"error: {where}:{line_of(edition, 'no-such-source')}: glossary[0].sources[1]"
    assert any(e.startswith(cited_at) and "no-such-source" in e for e in errors), result.stderr
