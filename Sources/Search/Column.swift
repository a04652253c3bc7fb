/// A read-only run of plain values, either in memory of its own or inside a mapped index file
/// (then `owner` keeps the mapping alive): the index reads both alike, so an index opened from
/// disk costs no copy and no allocation per entry.
struct Column<Element: BitwiseCopyable>: RandomAccessCollection, @unchecked Sendable {
    let base: UnsafeBufferPointer<Element>
    private let owner: AnyObject?

    init(_ elements: [Element]) {
        let storage = ColumnStorage(elements)
        base = UnsafeBufferPointer(storage.buffer)
        owner = storage
    }

    /// Values inside memory that `owner` keeps alive and never changes.
    init(borrowing base: UnsafeBufferPointer<Element>, owner: AnyObject) {
        self.base = base
        self.owner = owner
    }

    init() { self.init([]) }

    var startIndex: Int { 0 }
    var endIndex: Int { base.count }
    subscript(position: Int) -> Element { base[position] }

    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Element>) throws -> Result) rethrows -> Result {
        try body(base)
    }
}

/// The memory of a column built in this process.
private final class ColumnStorage<Element: BitwiseCopyable> {
    let buffer: UnsafeMutableBufferPointer<Element>

    init(_ elements: [Element]) {
        buffer = .allocate(capacity: elements.count)
        _ = buffer.initialize(from: elements)
    }

    deinit { buffer.deallocate() }
}

/// Rows of term or stem ids in one column (compressed rows): row `r` is `items[start[r]..<start[r + 1]]`.
struct Rows: Sendable {
    let start: Column<Int32>
    let items: Column<Int32>

    init(_ rows: [[Int32]]) {
        var start: [Int32] = [0]
        start.reserveCapacity(rows.count + 1)
        for row in rows { start.append(start[start.count - 1] + Int32(row.count)) }
        self.start = Column(start)
        items = Column(rows.flatMap { $0 })
    }

    init(start: Column<Int32>, items: Column<Int32>) {
        self.start = start
        self.items = items
    }

    var count: Int { start.count - 1 }
    subscript(row: Int) -> Slice<Column<Int32>> { items[Int(start[row])..<Int(start[row + 1])] }
}

/// Strings in one byte column: string `i` is the UTF-8 of `bytes[offsets[i]..<offsets[i + 1]]`.
struct TextColumn: Sendable {
    let bytes: Column<UInt8>
    let offsets: Column<Int32>

    init(_ texts: [String]) {
        var bytes: [UInt8] = []
        var offsets: [Int32] = [0]
        offsets.reserveCapacity(texts.count + 1)
        for text in texts {
            bytes.append(contentsOf: text.utf8)
            offsets.append(Int32(bytes.count))
        }
        self.bytes = Column(bytes)
        self.offsets = Column(offsets)
    }

    init(bytes: Column<UInt8>, offsets: Column<Int32>) {
        self.bytes = bytes
        self.offsets = offsets
    }

    var count: Int { offsets.count - 1 }

    subscript(index: Int) -> String {
        String(decoding: utf8(index), as: UTF8.self)
    }

    func utf8(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes.base[Int(offsets[index])..<Int(offsets[index + 1])])
    }

    /// True when string `index` is `text`, compared as bytes.
    func equals(_ index: Int, _ text: String) -> Bool {
        var text = text
        let stored = utf8(index)
        return text.withUTF8 { $0.elementsEqual(stored) }
    }
}
