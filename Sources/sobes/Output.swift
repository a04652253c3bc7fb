import Screen
#if canImport(Glibc)
import Glibc
#endif

/// Every byte the commands print goes through here, so nothing from a chapter or a note
/// reaches a terminal raw (an OSC 52 in a title would write the reader's clipboard), and a
/// failed write is an error the command reports instead of a trap.
enum Output {
    /// What a piece of output is, which decides how its control characters are treated.
    enum Form {
        /// Text for people: control characters become the visible symbols the browser shows
        /// (ESC ␛, C1 and bidi controls �), wherever the output goes.
        case forPeople
        /// tsv or json for programs: control characters (C0 but tab and newline, DEL, C1,
        /// line separators, bidi controls) are written as `\uXXXX`. In json they only occur
        /// inside strings, so the document stays valid.
        case machine
        /// A note's own text: exact bytes to a pipe or a file (so it round-trips), made
        /// visible like `forPeople` on a terminal.
        case verbatim
        /// Our own escape sequences around text that is already visible (the renderer's
        /// output): written as it is.
        case rendered
    }

    static func write(_ text: String, as form: Form) throws {
        try write(text, as: form, to: STDOUT_FILENO)
    }

    /// One line on stderr (a warning or an error), its controls made visible.
    static func complain(_ line: String) {
        // A message that cannot be written has nowhere else to go.
        try? writeAll(Array((visibleSingleLine(line) + "\n").utf8), to: STDERR_FILENO)
    }

    static func write(_ text: String, as form: Form, to descriptor: Int32) throws {
        let prepared: String
        switch form {
        case .forPeople: prepared = visibleText(text)
        case .machine: prepared = escapingControls(text)
        case .verbatim: prepared = isatty(descriptor) != 0 ? visibleText(text) : text
        case .rendered: prepared = text
        }
        var bytes = prepared
        try bytes.withUTF8 { buffer throws in try writeAll(buffer, to: descriptor) }
    }

    /// `text` with what `visibleCharacter` would replace written as `\uXXXX` escapes.
    static func escapingControls(_ text: String) -> String {
        if isVisibleAsIs(utf8: text.utf8) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text {
            if visibleCharacter(character) == character {
                result.append(character)
                continue
            }
            for scalar in character.unicodeScalars {
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            }
        }
        return result
    }

    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws {
        try bytes.withUnsafeBufferPointer { buffer throws in try writeAll(buffer, to: descriptor) }
    }

    /// Writes every byte, retrying partial and interrupted writes.
    static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) throws {
        guard var next = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = Glibc.write(descriptor, next, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputError(descriptor: descriptor, reason: String(cString: strerror(errno)))
            }
            next += written
            remaining -= written
        }
    }
}

/// Standard output or error could not be written (a full disk, a closed terminal).
struct OutputError: Error, CustomStringConvertible {
    var descriptor: Int32
    var reason: String

    var description: String {
        "cannot write to standard \(descriptor == STDERR_FILENO ? "error" : "output"): \(reason)"
    }
}

/// Standard output in large chunks, for output too big to build as one string first.
final class BufferedOutput {
    private var buffer: [UInt8] = []
    private let capacity = 1 << 18

    init() { buffer.reserveCapacity(capacity) }

    /// Bytes already fit for the terminal (`Output.Form.rendered`).
    func write(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        if buffer.count + bytes.count > capacity { try flush() }
        if bytes.count >= capacity {
            try Output.writeAll(bytes, to: STDOUT_FILENO)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write($0) }
    }

    func flush() throws {
        if !buffer.isEmpty {
            try Output.writeAll(buffer, to: STDOUT_FILENO)
            buffer.removeAll(keepingCapacity: true)
        }
    }
}
