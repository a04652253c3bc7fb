/// The words the lexer recognises, and a lookup that avoids hashing: words are
/// bucketed by length and first byte and compared with memcmp.
enum WordClass: UInt8 {
    case keyword, constant, builtin
    case def, `class`, from, `import`, yield
    case match, `case`, type, underscore
}

enum Vocabulary {
    static let keywords = [
        "assert", "async", "await", "break", "continue", "del", "elif", "else", "except",
        "finally", "for", "global", "if", "lambda", "pass", "raise", "nonlocal", "return",
        "try", "while", "as", "with", "in", "is", "and", "or", "not",
    ]
    static let constants = ["True", "False", "None"]
    static let builtins = [
        "__import__", "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "bytearray",
        "breakpoint", "bytes", "callable", "chr", "classmethod", "compile", "complex", "delattr",
        "dict", "dir", "divmod", "enumerate", "eval", "exec", "filter", "float", "format",
        "frozenset", "getattr", "globals", "hasattr", "hash", "hex", "id", "input", "int",
        "isinstance", "issubclass", "iter", "len", "list", "locals", "map", "max", "memoryview",
        "min", "next", "object", "oct", "open", "ord", "pow", "print", "property", "range", "repr",
        "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum",
        "super", "tuple", "vars", "zip",
        // pseudo-builtins
        "self", "cls", "Ellipsis", "NotImplemented",
        // exceptions and warnings
        "ArithmeticError", "AssertionError", "AttributeError", "BaseException",
        "BaseExceptionGroup", "BufferError", "BytesWarning", "DeprecationWarning", "EOFError",
        "EnvironmentError", "Exception", "ExceptionGroup", "FloatingPointError", "FutureWarning",
        "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError",
        "IndexError", "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError", "NameError",
        "NotImplementedError", "OSError", "OverflowError", "PendingDeprecationWarning",
        "ReferenceError", "ResourceWarning", "RuntimeError", "RuntimeWarning", "StopIteration",
        "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit", "TabError", "TypeError",
        "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError",
        "UnicodeTranslateError", "UnicodeWarning", "UserWarning", "ValueError", "VMSError",
        "Warning", "WindowsError", "ZeroDivisionError", "BlockingIOError", "ChildProcessError",
        "ConnectionError", "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError",
        "ConnectionResetError", "FileExistsError", "FileNotFoundError", "InterruptedError",
        "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError",
        "TimeoutError", "StopAsyncIteration", "ModuleNotFoundError", "RecursionError",
        "EncodingWarning",
    ]

    static let table = WordTable(entries:
        keywords.map { ($0, WordClass.keyword) }
        + constants.map { ($0, .constant) }
        + builtins.map { ($0, .builtin) }
        + [("def", .def), ("class", .class), ("from", .from), ("import", .import),
           ("yield", .yield), ("match", .match), ("case", .case), ("type", .type),
           ("_", .underscore)]
    )
}

/// Words bucketed by (length, first byte & 63); ASCII words up to 31 bytes.
struct WordTable: Sendable {
    private var bucketStart: [Int32]   // 32 * 64 + 1 offsets into `items`
    private var items: [(offset: Int32, word: WordClass)]
    private var bytes: [UInt8]

    /// Built by counting: each bucket's start from the words of the buckets before it, then
    /// each word in place. (An array of arrays, one per bucket, took 2048 allocations before
    /// the first frame.)
    init(entries: [(String, WordClass)]) {
        let keys = entries.map { word, _ in Self.key(length: word.utf8.count, first: word.utf8.first!) }
        var starts = [Int32](repeating: 0, count: 32 * 64 + 1)
        for key in keys { starts[key + 1] += 1 }
        for key in 0..<32 * 64 { starts[key + 1] += starts[key] }
        bucketStart = starts
        var next = starts
        var placed = [(word: String, wordClass: WordClass)?](repeating: nil, count: entries.count)
        for ((word, wordClass), key) in zip(entries, keys) {
            placed[Int(next[key])] = (word, wordClass)
            next[key] += 1
        }
        items = []
        items.reserveCapacity(entries.count)
        bytes = []
        for case let (word, wordClass)? in placed {
            items.append((Int32(bytes.count), wordClass))
            bytes.append(contentsOf: word.utf8)
        }
    }

    @inline(__always)
    static func key(length: Int, first: UInt8) -> Int { length &* 64 &+ Int(first & 63) }

    /// The class of the word at `word[0..<length]`, or nil for a plain name.
    @inline(__always)
    func lookup(_ word: UnsafePointer<UInt8>, length: Int) -> WordClass? {
        guard length < 32, word[0] < 0x80 else { return nil }
        let key = Self.key(length: length, first: word[0])
        return bucketStart.withUnsafeBufferPointer { starts in
            let lower = Int(starts[key]), upper = Int(starts[key + 1])
            guard lower < upper else { return nil }
            return items.withUnsafeBufferPointer { items in
                bytes.withUnsafeBufferPointer { bytes in
                    for index in lower..<upper {
                        let candidate = bytes.baseAddress! + Int(items[index].offset)
                        if memcmp(candidate, word, length) == 0 { return items[index].word }
                    }
                    return nil
                }
            }
        }
    }
}

@inline(__always)
private func memcmp(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Int {
    var index = 0
    while index < count {
        if a[index] != b[index] { return 1 }
        index &+= 1
    }
    return 0
}
