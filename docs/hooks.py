"""
mkdocs hooks: what the site shows that is generated when it is built.

- The command-line reference: ``<!-- hns --help -->`` in a page becomes
  the help of the ``hns`` command and of each of its subcommands, as
  `hns.cli.parser` prints it, so the page never drifts from the code.
- The stylesheet of the code blocks, from Pygments (the pages highlight
  code when they are built and load nothing from the network).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from pygments.formatters import HtmlFormatter

from hns.cli import parser

CLI_MARKER = "<!-- hns --help -->"
PYGMENTS_CSS = "css/pygments.css"
_WIDTH = 79  # the help as a terminal of 80 columns shows it


def _formatter(prog: str) -> argparse.HelpFormatter:
    return argparse.HelpFormatter(prog, width=_WIDTH)


def commands(
    command: argparse.ArgumentParser,
) -> list[tuple[str, argparse.ArgumentParser]]:
    """
    *command* and each of its subcommands (depth first), by the words
    that call them: ``[("hns", ...), ("hns audit", ...), ...]``.
    """
    found = [(command.prog, command)]
    for action in command._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found.extend(commands(sub))
    return found


def cli_reference() -> str:
    """
    The help of ``hns`` and of every subcommand, as Markdown: a section
    per command with its help in a code block.
    """
    sections = []
    for name, command in commands(parser()):
        command.formatter_class = _formatter
        sections.append(
            f"## `{name}`\n\n```text\n{command.format_help().rstrip()}\n```\n"
        )
    return "\n".join(sections)


def on_page_markdown(
    markdown: str, *, page: Page, config: MkDocsConfig, files: Files
) -> str:
    """
    The page with the command-line reference in place of its marker.
    """
    if CLI_MARKER not in markdown:
        return markdown
    return markdown.replace(CLI_MARKER, cli_reference())


def on_post_build(*, config: MkDocsConfig, **kwargs: Any) -> None:
    """
    Write the stylesheet of the highlighted code into the site.
    """
    css = Path(config.site_dir) / PYGMENTS_CSS
    css.parent.mkdir(parents=True, exist_ok=True)
    # types-Pygments leaves get_style_defs unannotated.
    style = HtmlFormatter().get_style_defs(".highlight")  # type: ignore[no-untyped-call]
    css.write_text(f"{style}\n", encoding="utf-8")
