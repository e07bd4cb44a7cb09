import Testing
import ConvMath

/// The Python the reader evaluates, checked through the one number a layer reveals: each program
/// computes `width`, and `nn.Linear(1, width)` has 2·width parameters.
@Suite("the reader's Python")
struct PythonSemanticsTests {
    static func width(_ program: String) throws -> Int {
        let text = "import torch.nn as nn\n" + program + "\nmodel = nn.Sequential(nn.Linear(1, width))\n"
        return try readSource(text, input: "1").parameters.total / 2
    }

    @Test("syntax: docstrings, comments, continuations, numbers, f-strings, decorators, lambdas, comprehensions",
          arguments: [
              ("\"\"\"A docstring\nover lines, with 'quotes' and \"\"\"\nwidth = 3  # a comment", 3),
              ("width = 1 + \\\n    2", 3),
              ("width = (1 +\n         2 +\n         3)", 6),
              ("width = 0x10 + 0o7 + 0b11 + 1_000", 1_026),
              ("name = f\"conv_{2 * 3}\"\nwidth = len(name)", 6),
              ("r = r'\\d'\nwidth = len(r) + len('''a\nb''')", 5),
              ("def twice(f):\n    return lambda v: f(f(v))\n@twice\ndef inc(v):\n    return v + 1\nwidth = inc(5)", 7),
              ("@staticmethod\ndef seven():\n    return 7\nwidth = seven()", 7),
              ("width = sum([v * v for v in range(4) if v % 2 == 1])", 10),
              ("d = {k: v for k, v in zip('abc', [1, 2, 3])}\nwidth = d['c'] * 10 + len(d)", 33),
              ("items = [1, 2, 3, 4, 5]\nwidth = sum(items[1:4]) + items[-1] + len(items[::2])", 17),
              ("a, *rest, b = [1, 2, 3, 4]\nwidth = a * 100 + len(rest) * 10 + b", 124),
              ("f = lambda x, y=2: x * y\nwidth = f(3) + f(1, y=4)", 10),
              ("width = 3 if 2 > 1 and not False else 4", 3),
              ("x: int = 5\nwidth = x", 5),
              ("n = 12\nwidth = len(f\"{n=}\") + len(f\"{n = :>4}\")", 4 + 8),
              ("s = f'{7:03d}|{-7:03d}|{5:+}|{1234567:,}|{255:x}|{\"ab\":^6}|{\"abcdef\":.2}|{3:*<4}|{\"q\"!r}'\n"
               + "assert s == \"007|-07|+5|1,234,567|ff|  ab  |ab|3***|'q'\", s\nwidth = len(s)", 42),
              ("w = '{:>5}'.format(3.5)\nassert w == '  3.5'\nwidth = len(w)", 5),
              ("import torch.fx\nclass T(torch.fx.Tracer):\n    pass\nt = T()\ngraph = t.trace(None)\nwidth = 2", 2),
          ])
    func syntax(program: String, expected: Int) throws {
        #expect(try Self.width(program) == expected)
    }

    @Test("semantics: integers, strings, control flow, functions, classes, closures",
          arguments: [
              ("width = -7 // 2 + 10", 6),
              ("width = -7 % 3", 2),
              ("width = int(round(2.5)) + int(round(3.5))", 6),
              ("width = int(7 / 2 * 2)", 7),
              ("width = 2 ** 10", 1_024),
              ("width = max(3, 9, 4) + min([5, 2, 8]) + abs(-3)", 14),
              ("width = len('conv_%d_%s' % (12, 'bn'))", 10),
              ("width = len('{}-{name}'.format(1, name='ab'))", 4),
              ("width = 0\nfor i, v in enumerate([5, 6]):\n    width += i * v\nelse:\n    width += 1", 7),
              ("width = 0\nwhile width < 10:\n    width += 3\n    if width == 6:\n        continue", 12),
              ("width = 0\nfor v in range(10):\n    if v == 4:\n        break\n    width += v", 6),
              ("def f(a, b=2, *args, c=3, **kw):\n    return a + b + len(args) + c + len(kw)\nwidth = f(1, 5, 7, 7, c=1, x=0, y=0)", 11),
              ("def counter():\n    n = [0]\n    def bump():\n        n[0] += 1\n        return n[0]\n    return bump\nb = counter()\nb()\nwidth = b()", 2),
              ("class A:\n    base = 4\n    def __init__(self, k):\n        self.k = k\n    def size(self):\n        return self.base * self.k\nclass B(A):\n    def size(self):\n        return super().size() + 1\nwidth = B(3).size()", 13),
              ("g = 1\ndef setg():\n    global g\n    g = 9\nsetg()\nwidth = g", 9),
              ("try:\n    raise ValueError('no')\n    width = 1\nexcept ValueError:\n    width = 2\nfinally:\n    width += 1", 3),
              ("d = {}\nd.setdefault('a', []).append(3)\nwidth = d['a'][0] + len(d.get('b', [1, 2]))", 5),
              ("width = 4 if isinstance(3, int) and not isinstance('a', (int, float)) else 1", 4),
              ("class C:\n    x = 1\nwidth = 5 if hasattr(C(), 'x') and not hasattr(C(), 'y') else 6", 5),
          ])
    func semantics(program: String, expected: Int) throws {
        #expect(try Self.width(program) == expected)
    }
}
