"""Check that text moved out of the README has a home in the docs site.

    python -m mkdocs build -q -d /tmp/site && python scripts/check_docs_moved.py <git rev> /tmp/site

Reads README.md as it was at <git rev> and prints every line whose text appears nowhere in the built site
(markup dropped, whitespace folded; a table row by its first and last cell; a bullet also as a table row or as a
heading plus its text, the shapes the move gave it). Use it after moving README text into docs/: each line it
prints was reworded or dropped on purpose, or is missing.
"""
from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path


def _norm(text: str) -> str:
    text = re.sub(r"\]\([^)]*\)", "]", text).replace("\\|", "|")
    return re.sub(r"\s+", " ", re.sub(r"[`*\[\]]", "", text)).strip()


def _site_text(site: Path) -> str:
    pages = []
    for page in site.rglob("index.html"):
        text = re.sub(r"<script.*?</script>|<nav.*?</nav>", " ", page.read_text(encoding="utf-8"), flags=re.S)
        pages.append(html.unescape(re.sub(r"<[^>]+>", "", text)))
    return _norm(" ".join(pages))


def _shapes(line: str) -> list[list[str]]:
    """The ways a README line may read in the docs: each option is a list of parts that must all be there."""
    if line.startswith("|"):
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip("|"))]
        return [[cells[0], cells[-1]]]
    body = re.sub(r"^(#+ |- |\d+\. )", "", line).strip()
    options = [[body]]
    lead = re.match(r"^(\*\*?)([^*]+?)\1:? ?(.*)$", body)  # a bold or italic lead became a heading
    if lead:
        options.append([lead.group(2).rstrip(".:"), lead.group(3)])
    for sep in (" — ", "`: ", ": "):  # a bullet became a table row
        if sep in body:
            left, right = body.split(sep, 1)
            options.append([left + ("`" if sep == "`: " else ""), right])
    return options


def missing_lines(readme: str, corpus: str) -> list[str]:
    missing = []
    for number, raw in enumerate(readme.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith(("<!--", "```")) or set(line) <= set("|-: "):
            continue
        if not any(all(_norm(part) in corpus for part in option if _norm(part)) for option in _shapes(line)):
            missing.append(f"{number}: {line[:120]}")
    return missing


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    readme = subprocess.run(["git", "show", f"{sys.argv[1]}:README.md"], capture_output=True, text=True,
                            check=True).stdout
    missing = missing_lines(readme, _site_text(Path(sys.argv[2])))
    print(f"{len(missing)} of {len(readme.splitlines())} README lines ({sys.argv[1]}) have no home in the site")
    print("\n".join(missing))
    return 0


if __name__ == "__main__":
    sys.exit(main())
