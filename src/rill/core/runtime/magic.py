"""Magic: a value or literal on its own line is written with st.write.

The script's syntax tree is rewritten before compiling: `x` becomes `__rill_magic__(x)`, and so
does a string on its own line (a triple-quoted block of Markdown in the middle of a script).
Calls (`print(...)`, `st.markdown(...)`), `await`, `yield` and assignments are left alone, as
are docstrings — the string at the top of the file and those of functions — and class bodies,
as Streamlit's magic documents.
"""

from __future__ import annotations

import ast

MAGIC_NAME = "__rill_magic__"


class _Magic(ast.NodeTransformer):
    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST:
        return self._body_without_docstring(node)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> ast.AST:
        return self._body_without_docstring(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.AST:
        return node  # class bodies are declarations, not output

    def _body_without_docstring(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> ast.AST:
        body = node.body
        docstring = body[:1] if body and _is_docstring(body[0]) else []
        node.body = docstring + [self.visit(stmt) for stmt in body[len(docstring) :]]
        return node

    def visit_Expr(self, node: ast.Expr) -> ast.AST:
        if isinstance(node.value, ast.Call | ast.Await | ast.Yield | ast.YieldFrom):
            return node
        name = ast.Name(id=MAGIC_NAME, ctx=ast.Load())
        call = ast.Call(func=name, args=[node.value], keywords=[])
        return ast.copy_location(ast.Expr(value=call), node)


def _is_docstring(stmt: ast.stmt) -> bool:
    return (
        isinstance(stmt, ast.Expr)
        and isinstance(stmt.value, ast.Constant)
        and isinstance(stmt.value.value, str)
    )


def add_magic(tree: ast.Module) -> ast.Module:
    """Rewrite `tree` in place so bare expressions are written; returns it."""
    magic = _Magic()
    docstring = tree.body[:1] if tree.body and _is_docstring(tree.body[0]) else []
    tree.body = docstring + [magic.visit(stmt) for stmt in tree.body[len(docstring) :]]
    return ast.fix_missing_locations(tree)
