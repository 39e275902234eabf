"""What the publishing workflow and the installs trust: actions pinned to commits, Python files pinned to hashes."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from support import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
REQUIREMENTS = sorted((ROOT / "requirements").glob("*.txt"))

# `uses: owner/repo[/path]@<full commit hash> # v1.2.3`: the comment is what Dependabot and readers go by.
PINNED_USES = re.compile(r"^\s*(?:-\s+)?uses:\s+[\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+(?:\.\d+)*$")
USES = re.compile(r"^\s*(?:-\s+)?uses:")
PINNED_REQUIREMENT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*==[^\s=]+$")
HASH = re.compile(r"^--hash=sha256:[0-9a-f]{64}$")


def uses_lines() -> list[tuple[str, str]]:
    return [(f"{path.name}:{number}", line) for path in WORKFLOWS for number, line in enumerate(path.read_text().splitlines(), 1) if USES.match(line)]


def requirements(path: Path) -> list[tuple[str, list[str]]]:
    """Each requirement of a requirements file (continuation lines joined) with its options."""
    joined = path.read_text().replace("\\\n", " ")
    entries = []
    for line in joined.splitlines():
        words = line.split("#", 1)[0].split()
        if not words or words[0] in {"-r", "-c"}:
            continue
        entries.append((words[0], words[1:]))
    return entries


def test_the_workflow_uses_actions() -> None:
    assert len(uses_lines()) >= 5


@pytest.mark.parametrize(("where", "line"), uses_lines())
def test_every_action_is_pinned_to_a_commit_with_its_version(where: str, line: str) -> None:
    assert PINNED_USES.match(line), f"{where}: pin the action to a 40-character commit hash and name the version in a comment: {line.strip()}"


def test_only_the_deploy_job_may_write_and_jobs_that_run_commands_only_read() -> None:
    for path in WORKFLOWS:
        workflow = yaml.safe_load(path.read_text())
        assert workflow.get("permissions") == {}, f"{path.name}: grant permissions per job, none at the top"
        for name, job in workflow["jobs"].items():
            granted = job.get("permissions")
            assert isinstance(granted, dict), f"{path.name}: job {name} states its permissions"
            writes = {scope for scope, level in granted.items() if level == "write"}
            assert not writes or name == "deploy", f"{path.name}: job {name} may not write {sorted(writes)}"
            if any("run" in step for step in job["steps"]):
                assert granted == {"contents": "read"}, f"{path.name}: job {name} runs commands (and so packages), so it may only read the repository"
            for step in job["steps"]:
                if str(step.get("uses", "")).startswith("actions/checkout@"):
                    assert step.get("with", {}).get("persist-credentials") is False, f"{path.name}: job {name} keeps the checkout token"


def test_dependabot_watches_every_kind_of_pin() -> None:
    config = yaml.safe_load((ROOT / ".github" / "dependabot.yml").read_text())
    ecosystems = {update["package-ecosystem"] for update in config["updates"]}
    assert ecosystems == {"github-actions", "pip", "npm"}


def test_requirements_files_exist() -> None:
    assert {path.name for path in REQUIREMENTS} >= {"site.txt", "test.txt"}


@pytest.mark.parametrize("path", REQUIREMENTS, ids=lambda path: path.name)
def test_every_requirement_has_an_exact_version_and_hashes(path: Path) -> None:
    entries = requirements(path)
    assert entries, f"{path.name} pins nothing"
    for requirement, options in entries:
        assert PINNED_REQUIREMENT.match(requirement), f"{path.name}: {requirement}: pin an exact version (name==version)"
        hashes = [option for option in options if option.startswith("--hash")]
        assert hashes, f"{path.name}: {requirement}: add its --hash=sha256 lines (pip install --require-hashes needs them)"
        assert all(HASH.match(option) for option in hashes), f"{path.name}: {requirement}: malformed hash"
