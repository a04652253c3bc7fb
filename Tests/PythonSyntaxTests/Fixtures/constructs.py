#!/usr/bin/env python3
"""Every construct the highlighter knows, one after another.

A module docstring: escapes like \n and placeholders like %s stay plain here.
"""
from __future__ import annotations

import asyncio
import os.path as osp, sys
from collections.abc import AsyncIterator, Callable
from . import sibling
from ..package.module import (name_one, name_two as alias)

# Keywords and constants
if True and not False or None is None:
    pass
elif 1 in [1, 2] and 3 not in {4}:
    assert x is not None, "message"
else:
    del value
while running:
    break
for item in range(10):
    continue
try:
    raise ValueError("bad") from None
except (KeyError, TypeError) as error:
    raise RuntimeError("wrapped") from error
except* ExceptionGroup:
    pass
finally:
    print(len(items), isinstance(self, object), cls)
with open("file.txt", encoding="utf-8") as handle, lock:
    global counter
lambda x, *args, **kwargs: (x, args, kwargs)
value = yield
yield from generator()
result = await coroutine()
async with session as connection:
    async for row in cursor:
        nonlocal total
Ellipsis, NotImplemented, ..., __name__, __file__


@dataclass(frozen=True)
class Point(Base, metaclass=Meta):
    """A point: the class docstring."""

    x: int = 0
    y: float = 0.0

    def __init__(self, x: int, y: int) -> None:
        super().__init__()
        self.x = x

    @property
    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @cache
    async def fetch(self, url: str, *, timeout: float = 1e-3) -> bytes:
        '''Single-quoted triple docstring.'''
        return b""


class Empty: ...


# Numbers of every form
integers = [0, 7, 42, 1_000_000, 0x1F, 0XFF, 0o755, 0O17, 0b1010, 0B_1111_0000, 0x_dead_beef]
floats = [3.14, 10., .5, 1e10, 1E-5, 6.022e+23, 1_000.000_1, 2.5e-3]
complexes = [1j, 3e4j, 2.5e-1J]

# Strings: every prefix and quote
plain = ['single', "double", '''triple single''', """triple double""", '', ""]
prefixed = [r'raw \d+', R"raw", b'bytes', B"bytes", u'unicode', U"unicode", br'\x00', Rb"raw bytes", rB'x', BR"y"]
escapes = "tab\t newline\n quote\" backslash\\ bell\a hex\x41 octal\101 \0 unicode\u00e9 \U0001F600 named\N{BULLET} unknown\d"
byte_escapes = b"\x00\xff\n \u00e9 not an escape in bytes"
raw_escapes = r"\n stays \\ but \" is kept"
continued = "first line \
second line"
multiline = """line one
    line two with "quotes" and 'apostrophes'
    escape \t inside
"""
concat = ("implicit " 'concatenation ' f"with {value}")

# Old-style and str.format placeholders
percent = "%s and %d and %(name)s and %-10.3f and %% and %5i" % (a, b)
formats = "{} {0} {name} {0.attr} {1[key]} {x!r} {y:>10} {z:08.3f} {:,}".format(*args)
braces = "{{not a field}} {also not"

# f-strings: fields, conversions, specs, self-documenting, nesting (PEP 701)
name, width, items = "x", 10, {"k": [1, 2]}
greeting = f"Hello, {name}!"
conversion = f"{name!r} {name!s} {name!a}"
spec = f"{3.14159:.2f} {name:>{width}} {value:{fill}^{width}.{precision}}"
debug = f"{name=} {width = } {name=!r} {width=:>5}"
escaped = f"{{literal braces}} {name}\n\t"
nested_quotes = f"{items["k"][0]} {", ".join(str(i) for i in items["k"])}"
nested_fstring = f"outer {f"inner {name!r}"} done"
expression = f"{'yes' if width > 5 else 'no'} {width * 2 + 1} {lambda_result()} {a != b}"
dictionary = f"{ {'a': 1}['a'] } {[x for x in range(3)]}"
raw_fstring = rf"\d{width}\s" + fr'{name}\n' + Rf"{{x}}"
triple_fstring = f"""
    multi-line {name}
    and {width:>{width}}
"""
template = t"hello {name}"

# Operators and punctuation
a = b + c - d * e / f // g % h ** i @ j
a += 1; a -= 1; a *= 2; a /= 2; a //= 2; a %= 2; a **= 2; a @= m; a &= 1; a |= 1; a ^= 1; a >>= 1; a <<= 1
flags = ~x & y | z ^ w << 2 >> 1
comparison = a < b <= c > d >= e == f != g
if (n := len(items)) > 10:
    pass
sliced = items[1:-1:2]
call(*args, **kwargs)
def annotated(a: int, /, b: str = "", *, c: list[int] | None = None) -> dict[str, int]: ...

# Soft keywords in their keyword role (and as plain names)
match command.split():
    case [action]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case Point(x=0, y=0):
        pass
    case {"key": value, **rest}:
        pass
    case _:
        pass
match = re.match(pattern, text)
case = match.group(0)
type Vector = list[float]
kind = type(value)
_ = ignored

# Decorators
@staticmethod
@app.route("/path", methods=["GET"])
def handler(): pass

def generic[T](items: list[T]) -> T:
    return items[0]

class Stack[T]:
    pass


# The constructs together, as a chapter example would use them
import logging

logger = logging.getLogger(__name__)


class RateLimiter:
    """Allow at most `rate` calls per second (token bucket)."""

    def __init__(self, rate: float, burst: int = 1) -> None:
        self.rate = rate
        self.tokens = float(burst)
        self.burst = burst
        self.updated = asyncio.get_running_loop().time()
        self._lock = asyncio.Lock()

    async def acquire(self) -> None:
        async with self._lock:
            while True:
                now = asyncio.get_running_loop().time()
                self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
                self.updated = now
                if self.tokens >= 1:
                    self.tokens -= 1
                    return
                await asyncio.sleep((1 - self.tokens) / self.rate)


async def worker(name: str, queue: asyncio.Queue[int], limiter: RateLimiter) -> list[int]:
    done: list[int] = []
    while True:
        item = await queue.get()
        try:
            await limiter.acquire()
            logger.info("worker %s took item %d", name, item)
            done.append(item * 2)
        except asyncio.CancelledError:
            logger.warning(f"{name} cancelled with {queue.qsize()} items left")
            raise
        finally:
            queue.task_done()


async def main(count: int = 20) -> None:
    queue: asyncio.Queue[int] = asyncio.Queue(maxsize=100)
    limiter = RateLimiter(rate=50.0, burst=5)
    for number in range(count):
        queue.put_nowait(number)
    tasks = [asyncio.create_task(worker(f"w{i}", queue, limiter)) for i in range(3)]
    await queue.join()
    for task in tasks:
        task.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(f"done: {sum(1 for r in results if isinstance(r, asyncio.CancelledError))} cancelled")


if __name__ == "__main__":
    asyncio.run(main())
