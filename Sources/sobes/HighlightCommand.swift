import ArgumentParser
import Browser
import Foundation
import PythonSyntax
import Screen
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `sobes highlight FILE`: Python source highlighted for a terminal, or its tokens.
struct HighlightCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "highlight",
        abstract: "Print a Python file highlighted (ANSI colours) or as tokens.",
        discussion: """
            The colours are the theme's syntax.* roles: --theme, else the config file's theme, else dark. \
            tokens columns: start, end (code points), kind; json gives each token's range in UTF-8 bytes \
            and in code points (docs/json.md).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case ansi, tokens, json
    }

    @Argument(help: "The Python file, or - for standard input.")
    var file: String

    @Option(help: "ansi (the text, coloured as --color says), tokens (start<TAB>end<TAB>kind) or json.")
    var format: Format = .ansi

    @OptionGroup var colors: ColorOptions
    @OptionGroup var header: TSVHeaderOption

    func run() throws {
        let source: SourceText
        do {
            source = try SourceFile.contents(of: file)
        } catch let error as SourceFile.ReadError {
            SourceFile.complain("sobes: \(file): \(error.message)")
            throw ExitCode(2)
        }
        guard source.withBytes({ SourceFile.isValidUTF8($0) }) else {
            SourceFile.complain("sobes: \(file): not UTF-8 text")
            throw ExitCode(2)
        }
        // Without colour the text is printed as it is, made visible.
        let palette = format == .ansi ? colors.resolvedTheme() : nil
        let output = BufferedOutput()
        // Colours go around the text, so the text itself is made visible first: an ESC or
        // OSC in the file would otherwise reach the terminal (tokens print only offsets).
        let shown = format == .ansi ? source.visible() : source
        try shown.withBytes { bytes in
            let lexer = PythonLexer()
            let renderer = ANSIRenderer(sgr: { kind in
                guard let palette else { return nil }
                let sgr = palette.style(CodeStyling.role(of: kind)).sgr
                return sgr.isEmpty ? nil : sgr
            })
            var offsets = ScalarOffsets(utf8: bytes)
            var rendered: [UInt8] = []
            rendered.reserveCapacity(Self.chunkBytes * 2)
            var pending: Token?
            var tokenWriter = TokenWriter(format: format)
            if format == .tokens && header.header { try output.write(TSV.header(["start", "end", "kind"])) }
            if format == .json { try output.write("{\"command\": \"highlight\", \"schema\": \(JSONOutput.schema), \"tokens\": [") }
            // Lex and print a window of lines at a time, resuming from the line state,
            // so the tokens of a large file never pile up in memory.
            var start = 0
            var state = LineState.code
            while start < bytes.count {
                let window = lexer.tokens(inUTF8: bytes, fromLineAt: start, state: state,
                                          stoppingAtLineFrom: start + Self.windowBytes)
                switch format {
                case .ansi:
                    // One output buffer for every window: no fresh memory to fault in each time.
                    renderer.render(utf8: bytes, tokens: window.tokens, appendingTo: &rendered)
                    if rendered.count >= Self.chunkBytes {
                        try rendered.withUnsafeBufferPointer { try output.write($0) }
                        rendered.removeAll(keepingCapacity: true)
                    }
                case .tokens, .json:
                    try tokenWriter.write(window.tokens, pending: &pending, offsets: &offsets, to: output)
                }
                guard let end = window.tokens.last?.end, end > start else { break }
                start = end
                state = window.state
            }
            try rendered.withUnsafeBufferPointer { try output.write($0) }
            if format != .ansi {
                // A sentinel token flushes the one held back.
                let end = Token(kind: .whitespace, start: bytes.count, end: bytes.count)
                try tokenWriter.write([end], pending: &pending, offsets: &offsets, to: output)
            }
            if format == .json { try output.write(tokenWriter.isFirst ? "]}\n" : "\n]}\n") }
        }
        try output.flush()
    }

    /// About this many bytes of source are lexed and printed at a time.
    /// Small enough that each window's tokens and output stay below malloc's mmap threshold
    /// (128 KB), so the same memory is reused instead of being mapped and faulted in anew.
    private static let windowBytes = 1 << 14
    private static let chunkBytes = 1 << 16

}

/// Prints the tokens of `highlight --format tokens|json`: code-point offsets in tsv; in json
/// both UTF-8 byte and code-point offsets, named.
struct TokenWriter {
    var format: HighlightCommand.Format
    /// No token printed yet (json puts a comma before each but the first).
    private(set) var isFirst = true
    private var line: [UInt8] = []

    init(format: HighlightCommand.Format) { self.format = format }

    /// Prints finished tokens; the last one is held back in `pending` because the next
    /// window may continue it (a string spanning the window's last line break).
    mutating func write(
        _ tokens: [Token], pending: inout Token?, offsets: inout ScalarOffsets, to output: BufferedOutput
    ) throws {
        for token in tokens {
            if var held = pending, held.kind == token.kind, held.end == token.start {
                held.end = token.end
                pending = held
                continue
            }
            if let held = pending, held.kind != .whitespace {
                line.removeAll(keepingCapacity: true)
                let start = offsets.scalarOffset(ofByte: held.start), end = offsets.scalarOffset(ofByte: held.end)
                if format == .json {
                    append(isFirst ? "\n  {\"bytes\": [" : ",\n  {\"bytes\": [")
                    appendDecimal(held.start); append(", "); appendDecimal(held.end)
                    append("], \"codePoints\": ["); appendDecimal(start); append(", "); appendDecimal(end)
                    append("], \"kind\": \""); append(held.kind.rawValue); append("\"}")
                } else {
                    appendDecimal(start); line.append(0x09); appendDecimal(end); line.append(0x09)
                    append(held.kind.rawValue); line.append(0x0A)
                }
                isFirst = false
                try line.withUnsafeBufferPointer { try output.write($0) }
            }
            pending = token
        }
    }

    private mutating func append(_ text: String) { line.append(contentsOf: text.utf8) }

    private mutating func appendDecimal(_ value: Int) {
        let start = line.count
        var rest = value
        repeat {
            line.append(UInt8(truncatingIfNeeded: 0x30 + rest % 10))
            rest /= 10
        } while rest > 0
        line[start...].reverse()
    }
}

/// Reading the input file whole, with errors a person can read.
enum SourceFile {
    struct ReadError: Error { var message: String }

    static func read(_ path: String) throws -> [UInt8] {
        let descriptor = path == "-" ? 0 : open(path, O_RDONLY)
        guard descriptor >= 0 else { throw ReadError(message: String(cString: strerror(errno))) }
        defer { if descriptor != 0 { close(descriptor) } }
        var status = stat()
        if fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
            throw ReadError(message: "is a directory")
        }
        var data: [UInt8] = []
        var chunkSize = 1 << 20
        if status.st_size > 0 { chunkSize = Int(status.st_size) + 1 }
        while true {
            let previous = data.count
            data.append(contentsOf: repeatElement(0, count: chunkSize))
            let count = data.withUnsafeMutableBytes {
                Glibc.read(descriptor, $0.baseAddress! + previous, chunkSize)
            }
            if count < 0 {
                if errno == EINTR {
                    data.removeLast(chunkSize)
                    continue
                }
                throw ReadError(message: String(cString: strerror(errno)))
            }
            data.removeLast(chunkSize - count)
            if count == 0 { break }
            chunkSize = 1 << 16
        }
        return data
    }

    /// Strict UTF-8 validation (no overlongs, surrogates or values past U+10FFFF),
    /// with a fast path for ASCII runs.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isValidUTF8($0) }
    }

    static func isValidUTF8(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        do {
            let count = buffer.count
            var index = 0
            while index < count {
                let lead = buffer[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let length: Int
                var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; lower = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; upper = 0x9F
                case 0xF0: length = 4; lower = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; upper = 0x8F
                default: return false
                }
                guard index + length <= count else { return false }
                let second = buffer[index + 1]
                guard second >= lower && second <= upper else { return false }
                for offset in 2..<max(length, 2) where buffer[index + offset] & 0xC0 != 0x80 { return false }
                index += length
            }
            return true
        }
    }

    static func complain(_ message: String) {
        Output.complain(message)
    }
}
