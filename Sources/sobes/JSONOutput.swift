import Foundation

/// Every `--format json` document is an object with `schema` (this version of the shapes in
/// docs/json.md) and `command` (the command that printed it), then the command's own fields.
/// A question is named alike everywhere: `chapter` (its chapter's id), `number`, `title`,
/// `key` (its normalised title, what notes follow).
enum JSONOutput {
    static let schema = 1

    /// The document, keys sorted, two-space indents, one trailing newline.
    static func render(_ document: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        // Encoding these plain values cannot fail.
        return String(decoding: (try? encoder.encode(document)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
    }
}

/// A range of text named both ways, so any language can slice with it: UTF-8 byte offsets and
/// Unicode code-point (scalar) offsets, end exclusive.
struct TextRange: Encodable, Equatable {
    var bytes: [Int]
    var codePoints: [Int]

    /// Ranges of Character offsets into `text` (what search keeps), both ways.
    static func ranges(ofCharacters ranges: [Range<Int>], in text: String) -> [TextRange] {
        guard !ranges.isEmpty else { return [] }
        // Byte and scalar offset of each Character boundary up to the last range's end.
        let last = ranges.map(\.upperBound).max() ?? 0
        var bytes = [0], scalars = [0]
        for character in text.prefix(last) {
            bytes.append(bytes[bytes.count - 1] + character.utf8.count)
            scalars.append(scalars[scalars.count - 1] + character.unicodeScalars.count)
        }
        func clamp(_ offset: Int) -> Int { min(max(offset, 0), bytes.count - 1) }
        return ranges.map { range in
            let (start, end) = (clamp(range.lowerBound), clamp(range.upperBound))
            return TextRange(bytes: [bytes[start], bytes[end]], codePoints: [scalars[start], scalars[end]])
        }
    }
}
