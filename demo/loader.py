"""Reads the demo content in `demo/content/`: YAML files, and Markdown files that start with
YAML front matter. Only the formats live here; what a file means is up to its seeder.

Files of one kind are read in the order of their names, which begin with a number
(`07-tabletausleihe-schulen-flensburg.md`); the rest of the name is the page's slug.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

CONTENT = Path(__file__).resolve().parent / "content"

# Editors may break lines of HTML between two tags and after a line break tag (<br/>) to keep
# them readable; there the break is layout, not content.
LAYOUT_BREAK = re.compile(r"(?<=>)\s+(?=<)|(?<=<br/>)\s+")
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n(.*)\Z", re.DOTALL)
ORDER_PREFIX = re.compile(r"\A\d+-")
HEADING = "## "


def read_yaml(name: str) -> Any:
    return tidy(yaml.safe_load((CONTENT / name).read_text(encoding="utf-8")))


def yaml_files(folder: str) -> list[tuple[str, Any]]:
    """(slug, content) of every YAML file in `folder`, in file name order."""
    return [(slug_of(path), read_yaml(f"{folder}/{path.name}")) for path in files(folder, "yaml")]


@dataclass(frozen=True)
class MarkdownFile:
    """Front matter and body of a Markdown file. The body is a list of parts: ("heading",
    text) for a line "## text", ("text", text) for a paragraph, its lines joined by spaces."""

    slug: str
    meta: dict[str, Any]
    parts: list[tuple[str, str]]


def markdown_files(folder: str) -> list[MarkdownFile]:
    return [read_markdown(path) for path in files(folder, "md")]


def read_markdown(path: Path) -> MarkdownFile:
    match = FRONT_MATTER.match(path.read_text(encoding="utf-8"))
    if match is None:
        raise ValueError(f"{path}: die Datei beginnt nicht mit Angaben zwischen zwei „---“.")
    front, body = match.groups()
    return MarkdownFile(slug_of(path), tidy(yaml.safe_load(front)), parts_of(body))


def parts_of(body: str) -> list[tuple[str, str]]:
    parts = []
    for paragraph in re.split(r"\n\s*\n", body.strip()):
        lines = [line.strip() for line in paragraph.splitlines()]
        if lines[0].startswith(HEADING):
            parts.append(("heading", lines[0].removeprefix(HEADING).strip()))
            lines = lines[1:]
        if lines:
            parts.append(("text", tidy(" ".join(lines))))
    return parts


def files(folder: str, extension: str) -> list[Path]:
    return sorted((CONTENT / folder).glob(f"*.{extension}"))


def slug_of(path: Path) -> str:
    return ORDER_PREFIX.sub("", path.stem)


def tidy(value: Any) -> Any:
    """The loaded data without the layout breaks of its HTML."""
    if isinstance(value, str):
        return LAYOUT_BREAK.sub("", value)
    if isinstance(value, list):
        return [tidy(item) for item in value]
    if isinstance(value, dict):
        return {key: tidy(item) for key, item in value.items()}
    return value
