import Screen
#if canImport(Glibc)
import Glibc
#endif

/// A source file's bytes: a regular file is mapped (no copy, pages read as the lexer gets
/// to them); standard input and other streams are read into memory.
final class SourceText {
    private let mapping: UnsafeMutableRawPointer?
    private let mappedCount: Int
    private let buffer: [UInt8]

    init(mapping: UnsafeMutableRawPointer, count: Int) {
        self.mapping = mapping
        self.mappedCount = count
        self.buffer = []
    }

    init(bytes: [UInt8]) {
        self.mapping = nil
        self.mappedCount = 0
        self.buffer = bytes
    }

    deinit {
        if let mapping { munmap(mapping, mappedCount) }
    }

    /// This text, or a copy with its control characters shown as visible symbols
    /// (`visibleText`) when it has any: clean text is only scanned.
    func visible() -> SourceText {
        if withBytes({ isVisibleAsIs(utf8: $0) }) { return self }
        return SourceText(bytes: Array(visibleText(withBytes { String(decoding: $0, as: UTF8.self) }).utf8))
    }

    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let mapping {
            return try body(UnsafeBufferPointer(start: mapping.assumingMemoryBound(to: UInt8.self), count: mappedCount))
        }
        return try buffer.withUnsafeBufferPointer(body)
    }
}

extension SourceFile {
    /// The file's contents, mapped when it is a non-empty regular file.
    static func contents(of path: String) throws -> SourceText {
        if path != "-" {
            let descriptor = open(path, O_RDONLY)
            if descriptor >= 0 {
                defer { close(descriptor) }
                var status = stat()
                if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size > 0,
                   let mapping = mmap(nil, Int(status.st_size), PROT_READ, MAP_PRIVATE, descriptor, 0),
                   mapping != MAP_FAILED {
                    return SourceText(mapping: mapping, count: Int(status.st_size))
                }
            }
        }
        return SourceText(bytes: try read(path))
    }
}
