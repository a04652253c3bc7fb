/// Picks the text of a result that best shows why it matched and cuts a short excerpt around
/// the matches.
extension SearchIndex {
    /// About this many characters of context around the first match.
    static let snippetLength = 120
    static let snippetLead = 30

    func snippet(for document: Int32, highlighter: Highlighter) -> Snippet? {
        let question = questions[Int(document)]
        var units = QuestionText.units(of: question)
        if let note = notes.notes[document] { units.append((.note, note.text)) }
        var best: (field: SearchField, text: String, matches: [Range<Int>], score: Float)?
        for unit in units where unit.field != .title {
            let (matches, distinct) = highlighter.matches(in: Tokenizer.tokens(in: unit.text))
            guard distinct > 0 else { continue }
            // More different matched words wins, weighed by the field; the first unit at a tie.
            let score = Float(distinct) * SearchIndex.fieldWeights[unit.field.rawValue]
            if let current = best, score <= current.score { continue }
            best = (unit.field, unit.text, matches, score)
        }
        guard let best else {
            let text = units.first { $0.field == .shortAnswer }?.text ?? ""
            return text.isEmpty ? nil : excerpt(text, matches: [], field: .shortAnswer)
        }
        return excerpt(best.text, matches: best.matches, field: best.field)
    }

    /// The part of a text around its first match (for code, the line holding it), with the
    /// matches as Character offsets in the excerpt; "…" marks cut ends, white space is collapsed.
    func excerpt(_ text: String, matches: [Range<Int>], field: SearchField) -> Snippet {
        var bytes = Array(text.utf8)
        var low = 0, high = bytes.count
        if field == .code, let first = matches.first {
            low = (bytes[..<first.lowerBound].lastIndex(of: 0x0A) ?? -1) + 1
            high = bytes[first.lowerBound...].firstIndex(of: 0x0A) ?? bytes.count
            while low < high, bytes[low] == 0x20 || bytes[low] == 0x09 { low += 1 }
        }
        // Collapse white space into single spaces, remembering where each kept byte came from.
        var kept: [UInt8] = []
        var origin: [Int] = []
        var lastWasSpace = true
        for index in low..<high {
            let byte = bytes[index]
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if isSpace {
                if lastWasSpace { continue }
                kept.append(0x20)
            } else {
                kept.append(byte)
            }
            origin.append(index)
            lastWasSpace = isSpace
        }
        while kept.last == 0x20 { kept.removeLast(); origin.removeLast() }
        bytes = kept
        let mapped: [Range<Int>] = matches.compactMap { range in
            guard let start = origin.firstIndex(where: { $0 >= range.lowerBound }),
                  origin[start] < range.upperBound else { return nil }
            let end = (origin.lastIndex(where: { $0 < range.upperBound }) ?? start) + 1
            return start..<end
        }
        let collapsed = String(decoding: bytes, as: UTF8.self)
        var characters = Array(collapsed)
        let starts = Highlighter.characterStarts(collapsed)
        var ranges = mapped.map { Highlighter.characterOffset(of: $0.lowerBound, starts)..<Highlighter.characterOffset(of: $0.upperBound, starts, roundUp: true) }
        // Window: from a little before the first match, to the snippet length, at word boundaries.
        var windowStart = max(0, (ranges.first?.lowerBound ?? 0) - SearchIndex.snippetLead)
        while windowStart > 0 && characters[windowStart - 1] != " " { windowStart -= 1 }
        var windowEnd = min(characters.count, windowStart + SearchIndex.snippetLength)
        if let first = ranges.first { windowEnd = max(windowEnd, min(characters.count, first.upperBound)) }
        while windowEnd < characters.count && characters[windowEnd] != " " && windowEnd - windowStart < SearchIndex.snippetLength + 20 {
            windowEnd += 1
        }
        let prefix = windowStart > 0 ? "…" : ""
        let suffix = windowEnd < characters.count ? "…" : ""
        characters = Array(characters[windowStart..<windowEnd])
        let shift = prefix.isEmpty ? 0 : 1
        ranges = ranges.compactMap { range in
            let lower = max(range.lowerBound, windowStart), upper = min(range.upperBound, windowEnd)
            guard lower < upper else { return nil }
            return (lower - windowStart + shift)..<(upper - windowStart + shift)
        }
        return Snippet(text: prefix + String(characters) + suffix, ranges: ranges, field: field)
    }
}
