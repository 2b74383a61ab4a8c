"""The Jinja2 sandbox voice templates are parsed and rendered in, with limits on their cost.

Voice profiles come from third parties, so a template is hostile until proven otherwise.
Jinja2's ``ImmutableSandboxedEnvironment`` keeps it away from Python internals, but not
from exhausting the machine: ``'x' * 10**10``, ``9 ** (9**9)`` (folded as a constant when
the template is *compiled*, hence at load time), ``range(10**9)``, a macro calling itself,
a loop doubling a string, or nested loops that never end. :class:`TemplateSandbox` adds:

* size checks before every operation that can grow a value (``*``, ``**``, ``%``, ``+``,
  ``~``, filters and string methods such as ``join``, ``replace``, ``center``, ``format``),
  so no single value outgrows :data:`MAX_VALUE_CHARS`;
* a count of all the text a render writes, macros and ``{% set %}`` blocks included;
* a deadline, checked on every loop step, call, operator, filter and write.

Limits raise :class:`TemplateLimitError`; the renderer (``brandvoice.adaptation.render``)
turns it, like any other template failure, into an ``InputError`` naming the template.
It lives here rather than in the renderer because the profile model parses and compiles
templates with it at load time, and the adaptation package is far heavier to import.
"""

from __future__ import annotations

import re
import time
import types
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from itertools import islice
from typing import Any

from jinja2 import nodes, pass_context
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import generate_lorem_ipsum
from jinja2.visitor import NodeTransformer

# --- Limits ------------------------------------------------------------------------------
# A post is at most a few thousand characters (LinkedIn 3,000; a long blog article some
# 20,000): the caps leave an honest template ten times that room and stop a hostile one
# long before it costs a noticeable amount of memory (a few hundred kB per value) or time.

# Any one value a template builds: a string, or a list or mapping counted as written out.
MAX_VALUE_CHARS = 100_000
# The rendered template.
MAX_OUTPUT_CHARS = 200_000
# All the text one render writes, counting macro bodies and `{% set %}` blocks that may be
# thrown away or written again: five outputs' worth.
MAX_WRITTEN_CHARS = 1_000_000
# Jinja2's own sandbox MAX_RANGE; over it, a clear error instead of its OverflowError.
MAX_RANGE_ITEMS = 100_000
# Integers: about 3,000 digits, below the 4,300 Python will still write out.
MAX_INT_BITS = 10_000
# lipsum() placeholder text: 10 paragraphs of at most 200 words is already a long post.
MAX_LIPSUM_PARAGRAPHS = 10
MAX_LIPSUM_WORDS = 200
# Wall-clock time for one render. The built-in templates take about a millisecond; two
# seconds absorbs a loaded machine (CI, two shared cores) without letting a runaway loop
# hold a batch of hundreds of posts for long.
RENDER_SECONDS = 2.0


class TemplateLimitError(SecurityError):
    """A template went over one of this module's limits."""


# --- The render budget: deadline and text written, per render ----------------------------


@dataclass(slots=True)
class _Budget:
    deadline: float
    written: int = 0


# Per render, and per thread (renders may run in worker threads): a context variable.
# Outside render_budget(), as when the profile model compiles a template, there is no
# deadline and no running count, only the per-value caps.
_BUDGET: ContextVar[_Budget | None] = ContextVar("brandvoice_template_budget", default=None)


@contextmanager
def render_budget() -> Iterator[None]:
    """Run a render under a deadline RENDER_SECONDS from now and a fresh written-text count."""
    token = _BUDGET.set(_Budget(time.monotonic() + RENDER_SECONDS))
    try:
        yield
    finally:
        _BUDGET.reset(token)


def check_deadline() -> None:
    budget = _BUDGET.get()
    if budget is not None and time.monotonic() > budget.deadline:
        raise TemplateLimitError(f"the template took over {RENDER_SECONDS:g} s to render")


def _count_written(chars: int) -> None:
    budget = _BUDGET.get()
    if budget is None:
        return
    budget.written += chars
    if budget.written > MAX_WRITTEN_CHARS:
        raise TemplateLimitError(f"the template wrote over {MAX_WRITTEN_CHARS:,} characters")


# --- Measuring values --------------------------------------------------------------------


def weight(value: object, limit: int = MAX_VALUE_CHARS) -> int:
    """About how many characters ``value`` takes written out, counting shared parts each
    time they appear (``[s] * 1000`` weighs 1000 ``s``). The walk stops once past ``limit``,
    so measuring costs at most about ``limit`` steps whatever the value."""
    total = 0
    pending = [value]
    while pending and total <= limit:
        item = pending.pop()
        if isinstance(item, str | bytes):
            total += len(item)
        elif isinstance(item, bool) or not isinstance(item, int | Mapping | list | tuple | set):
            total += 1  # numbers, None, Undefined, context objects: written out small
        elif isinstance(item, int):
            total += item.bit_length() // 3 + 1  # ~ decimal digits
        else:
            total += len(item) + 1
            if total <= limit:
                pending.extend(_parts(item))
    return total


def _parts(container: Mapping[Any, Any] | list[Any] | tuple[Any, ...] | set[Any]) -> list[Any]:
    if isinstance(container, Mapping):
        return [*container.keys(), *container.values()]
    return list(container)


def _refuse_over(size: int, what: str, limit: int = MAX_VALUE_CHARS) -> None:
    if size > limit:
        raise TemplateLimitError(f"{what} would make a value of over {limit:,} characters")


def _checked(value: Any, what: str) -> Any:
    _refuse_over(weight(value), what)
    return value


def _bounded_list(items: Iterable[Any], what: str) -> list[Any]:
    """``items`` as a list, refused past MAX_VALUE_CHARS items (a generator is read once)."""
    listed = list(islice(iter(items), MAX_VALUE_CHARS + 1))
    _refuse_over(len(listed), what)
    return listed


# The widths and precisions a format string asks for ('%099999d', '{:>99999}'): each can
# produce that many characters from a one-character argument.
_FORMAT_NUMBERS = re.compile(r"\d+")


def _format_size(template: str, values: Iterable[Any]) -> int:
    values = list(values)
    widths = sum(int(run) for run in _FORMAT_NUMBERS.findall(template[:MAX_VALUE_CHARS]))
    if "*" in template:  # '%*d' % (width, n): the width is one of the values
        widths += sum(abs(v) for v in values if _is_int(v))
    return len(template) + widths + sum(weight(v) for v in values)


# --- Operators ---------------------------------------------------------------------------


def _int_bits(value: int) -> int:
    return max(abs(value).bit_length(), 1)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _binop_size(operator: str, left: Any, right: Any) -> int:
    """The size of ``left <operator> right``, before computing it: in characters for strings
    and sequences, in bits for integers (compared against their own cap)."""
    if operator == "**" and _is_int(left) and _is_int(right) and right > 0:
        return 0 if abs(left) <= 1 else _int_bits(left) * right
    if operator == "*" and _is_int(left) and _is_int(right):
        return _int_bits(left) + _int_bits(right)
    if operator == "*" and (_is_int(left) or _is_int(right)):
        count, sequence = (left, right) if _is_int(left) else (right, left)
        if isinstance(sequence, str | bytes | list | tuple):
            return max(int(count), 0) * weight(sequence)
    if operator == "%" and isinstance(left, str):
        values = right if isinstance(right, tuple) else (right,)
        return _format_size(left, values)
    if operator == "+" and not (_is_int(left) and _is_int(right)):
        return weight(left) + weight(right)
    return 0


def _check_binop(operator: str, left: Any, right: Any) -> None:
    size = _binop_size(operator, left, right)
    ints = _is_int(left) and _is_int(right) and operator in ("*", "**")
    if ints and size > MAX_INT_BITS:
        raise TemplateLimitError(
            f"{operator!r} would make a number of over {MAX_INT_BITS:,} bits "
            f"(~{MAX_INT_BITS * 3 // 10:,} digits)"
        )
    if not ints:
        _refuse_over(size, f"{operator!r}")


# --- Filters and methods whose result can be far larger than their input -----------------


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _replace_size(s: Any, old: Any = "", new: Any = "", *_: Any, **__: Any) -> int:
    text = _text(s)
    return len(text) + (len(text) + 1) * weight(new)


def _indent_size(s: Any, width: Any = 4, *_: Any, **__: Any) -> int:
    text = _text(s)
    per_line = width if _is_int(width) else weight(width)
    return len(text) + (text.count("\n") + 1) * max(per_line, 0)


def _wordwrap_size(s: Any, width: Any = 79, break_long_words: Any = True,
                   wrapstring: Any = None, *_: Any, **__: Any) -> int:  # fmt: skip
    return len(_text(s)) * (1 + weight(wrapstring or "\n"))


def _width_size(s: Any, width: Any = 80, *_: Any, **__: Any) -> int:
    return max(weight(s), int(width) if _is_int(width) else 0)


# Filter name -> the largest result its arguments (value first) can give, in characters.
_FILTER_SIZES: Mapping[str, Callable[..., int]] = {
    "replace": _replace_size,
    "indent": _indent_size,
    "wordwrap": _wordwrap_size,
    "center": _width_size,
    "format": lambda value, *args, **kwargs: _format_size(_text(value), [*args, *kwargs.values()]),
    "batch": lambda value, linecount=1, *_, **__: weight(value) + max(linecount, 0),
    "slice": lambda value, slices=1, *_, **__: weight(value) + max(slices, 0),
}


def _joined_size(items: list[Any], separator: Any) -> int:
    return sum(weight(item) for item in items) + len(items) * weight(separator)


def _sum_start(start: Any) -> None:
    # Summing lists or strings is concatenation, quadratic in time inside one C call that
    # no deadline can interrupt; numbers are what `sum` is for.
    if not isinstance(start, int | float):
        raise TemplateLimitError("sum adds numbers; use join for text and lists")


def guarded_filter(name: str, original: Callable[..., Any]) -> Callable[..., Any]:
    """``original`` under the render's deadline and the value caps. The wrapper takes the
    context, which also keeps Jinja2 from running the filter at compile time (load time)."""
    passed = getattr(getattr(original, "jinja_pass_arg", None), "name", None)
    size_of = _FILTER_SIZES.get(name)

    @pass_context
    def guarded(context: Context, value: Any, *args: Any, **kwargs: Any) -> Any:
        check_deadline()
        if name == "join":
            value = _bounded_list(value, "join")
            _refuse_over(_joined_size(value, args[0] if args else kwargs.get("d", "")), "join")
        elif name == "sum":
            value = _bounded_list(value, "sum")
            _sum_start(kwargs.get("start", args[1] if len(args) > 1 else 0))
        elif size_of is not None:
            _refuse_over(size_of(value, *args, **kwargs), f"filter {name!r}")
        leading = {
            "context": (context,),
            "eval_context": (context.eval_ctx,),
            "environment": (context.environment,),
        }.get(passed or "", ())
        return _checked(original(*leading, value, *args, **kwargs), f"filter {name!r}")

    return guarded


def _check_method(method: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, ...]:
    """Refuse a call to a built-in type's method that would build an outsize value; the
    arguments to call it with (``join``'s iterable read into a list to be measured)."""
    method = getattr(method, "__wrapped__", method)  # str.format, as the sandbox wraps it
    owner = getattr(method, "__self__", None)
    if not isinstance(method, types.BuiltinMethodType | types.MethodWrapperType) or not (
        isinstance(owner, str | bytes | int | float | list | tuple | dict)
    ):
        return args
    name = method.__name__
    # Widths, lengths and counts: 'x'.center(10**9), (1).to_bytes(10**9), 'x'.zfill(...).
    if any(_is_int(a) and a > MAX_VALUE_CHARS for a in (*args, *kwargs.values())):
        raise TemplateLimitError(f"{name}() with a number over {MAX_VALUE_CHARS:,}")
    text = owner if isinstance(owner, str | bytes) else b""
    if name == "join" and args:
        items = _bounded_list(args[0], "join")
        _refuse_over(_joined_size(items, text), "join")
        return (items, *args[1:])
    sizes = {
        "replace": lambda: len(text) + (len(text) + 1) * weight(args[1] if len(args) > 1 else ""),
        "expandtabs": lambda: len(text) * max(args[0] if args and _is_int(args[0]) else 8, 1),
        "translate": lambda: len(text) * (1 + weight(args[0] if args else "")),
        "format": lambda: _format_size(str(text), [*args, *kwargs.values()]),
        "format_map": lambda: _format_size(str(text), args),
    }
    if name in sizes:
        _refuse_over(sizes[name](), f"{name}()")
    return args


# --- Guards put into every template's syntax tree ----------------------------------------
# Jinja2 has no hook for `~`, for loops or for the text a template writes; they are routed
# through these filters, whose names a template cannot write (they hold spaces).

_WRITE = "brandvoice write"
_LOOP = "brandvoice loop"
_CONCAT = "brandvoice concat"


@pass_context
def _write_guard(context: Context, value: Any) -> Any:
    check_deadline()
    size = weight(value)
    _refuse_over(size, "writing out")
    _count_written(size)
    return value


@pass_context
def _loop_guard(context: Context, iterable: Any) -> Iterator[Any]:
    for item in iterable:
        check_deadline()
        yield item


@pass_context
def _concat_guard(context: Context, parts: list[Any]) -> str:
    check_deadline()
    _refuse_over(sum(weight(part) for part in parts), "'~'")
    return "".join(str(part) for part in parts)


def _through(filter_name: str, node: nodes.Node) -> nodes.Filter:
    return nodes.Filter(node, filter_name, [], [], None, None, lineno=node.lineno)


class _InsertGuards(NodeTransformer):
    def visit_Output(self, node: nodes.Output) -> nodes.Node:  # noqa: N802 (Jinja2's visitor names)
        self.generic_visit(node)
        node.nodes = [_through(_WRITE, child) for child in node.nodes]
        return node

    def visit_For(self, node: nodes.For) -> nodes.Node:  # noqa: N802 (Jinja2's visitor names)
        self.generic_visit(node)
        node.iter = _through(_LOOP, node.iter)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:  # noqa: N802 (Jinja2's visitor names)
        self.generic_visit(node)
        return _through(_CONCAT, nodes.List(node.nodes, lineno=node.lineno))


# --- Globals -----------------------------------------------------------------------------


def _capped_range(*args: int) -> range:
    check_deadline()
    numbers = range(*args)
    if len(numbers) > MAX_RANGE_ITEMS:
        raise TemplateLimitError(
            f"range() of {len(numbers):,} numbers; templates may use at most {MAX_RANGE_ITEMS:,}"
        )
    return numbers


def _capped_lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:
    if n > MAX_LIPSUM_PARAGRAPHS or max > MAX_LIPSUM_WORDS or min > MAX_LIPSUM_WORDS:
        raise TemplateLimitError(
            f"lipsum() gives at most {MAX_LIPSUM_PARAGRAPHS} paragraphs of {MAX_LIPSUM_WORDS} words"
        )
    return generate_lorem_ipsum(n, html, min, max)


class TemplateSandbox(ImmutableSandboxedEnvironment):
    """Jinja2's immutable sandbox with the limits of this module (see its docstring)."""

    # Routed through call_binop, and for that reason never folded at compile time.
    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.globals["range"] = _capped_range
        self.globals["lipsum"] = _capped_lipsum
        for name, original in list(self.filters.items()):
            self.filters[name] = guarded_filter(name, original)
        self.filters.update({_WRITE: _write_guard, _LOOP: _loop_guard, _CONCAT: _concat_guard})

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        _InsertGuards().visit(tree)
        return tree

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        check_deadline()
        _check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def call(self, context: Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        check_deadline()
        args = _check_method(obj, args, kwargs)
        return _checked(super().call(context, obj, *args, **kwargs), "a call")
