"""The layering of the apps (pyproject.toml, [tool.importlinter]) holds for every import,
including imports inside functions: a cycle between apps or an app imported by the toolkit
fails the suite."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_no_app_imports_upwards_or_sideways():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
