"""The flow runs one way: a module may import only from its own layer or the layers below.

Also: only the cli package imports typer, prints or exits.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "claimcheck"

#: top-level module or package → layer; lower layers never import higher ones
LAYERS: dict[str, int] = {
    "models": 0, "errors": 0, "__init__": 0, "atomic": 0,
    "config": 1, "ingest": 1, "registry": 1,
    "nlp": 2,
    "link": 3, "link_index": 3, "link_score": 3, "link_values": 3,
    "checks": 4, "suppress": 4, "baseline": 4,
    "report": 5, "diff": 5, "diff_findings": 5, "diffview": 5, "provenance": 5, "proposal": 5,
    "export": 5, "gitrev": 5, "views": 5, "tokendiff": 5,
    "engine": 6,
    "cli": 7, "__main__": 7,
}


def _modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py"))


def _top(path: Path) -> str:
    return path.relative_to(SRC).parts[0].removesuffix(".py")


def _imports(tree: ast.AST) -> list[str]:
    out: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.extend(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.append(node.module)
    return out


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_imports_respect_layers(path: Path) -> None:
    top = _top(path)
    assert top in LAYERS, f"{path.name}: give the new module {top!r} a layer in this test"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for name in _imports(tree):
        parts = name.split(".")
        if parts[0] != "claimcheck" or len(parts) < 2:
            continue
        target = parts[1]
        assert LAYERS.get(target, 0) <= LAYERS[top], (
            f"{path.relative_to(SRC)} imports {name}: layer {top} ({LAYERS[top]}) "
            f"may not depend on {target} ({LAYERS.get(target)})"
        )


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_only_cli_talks_to_the_terminal(path: Path) -> None:
    if _top(path) in ("cli", "__main__"):
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert "typer" not in {n.split(".")[0] for n in _imports(tree)}, f"{path.name} imports typer"
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            if isinstance(f, ast.Name) and f.id in ("print", "exit", "input"):
                pytest.fail(f"{path.relative_to(SRC)}:{node.lineno} calls {f.id}()")
            if isinstance(f, ast.Attribute) and f.attr == "exit" and getattr(f.value, "id", "") == "sys":
                pytest.fail(f"{path.relative_to(SRC)}:{node.lineno} calls sys.exit()")


def test_no_module_is_too_long() -> None:
    long = [f"{p.relative_to(SRC)} ({n} lines)" for p in _modules()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 410]
    assert not long, "split these modules (the house rule is about 400 lines): " + ", ".join(long)
