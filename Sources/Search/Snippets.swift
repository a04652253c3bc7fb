/// Picks the text of a result that best shows why it matched and cuts a short excerpt around
/// the matches.
extension SearchIndex {
    /// About this many characters of context around the first match.
    static let snippetLength = 120
    static let snippetLead = 30

    /// The excerpt of the question's best-matching text: the unit (paragraph, cell, code block,
    /// note) with the most different matched words, weighed by field. The postings say which units
    /// hold matches, so only the chosen one is read again.
    func snippet(for document: Int32, terms: [Int32], highlighter: Highlighter) -> Snippet? {
        guard let question = source.question(document, in: documents) else { return nil }
        let firstUnit = Int(unitOffsets[Int(document)])
        let unitEnd = Int(unitOffsets[Int(document) + 1])
        // Per unit, how many different terms match there. A posting's positions ascend and a
        // unit holds one field, so a term's matches in one unit come one after another.
        var matched: [Int: Int] = [:]
        for term in terms {
            for posting in postings(of: term, in: document) {
                var previous = -1
                for index in Int(postings.positionStart[posting])..<Int(postings.positionStart[posting + 1]) {
                    let unit = unitContaining(postings.positions[index], from: firstUnit, to: unitEnd)
                    if unit > firstUnit && unit != previous { matched[unit, default: 0] += 1 }
                    previous = unit
                }
            }
        }
        // The postings count phrase words one by one; the few best units are read again and
        // scored by what the highlighter really marks there.
        let candidates = matched.map { unit, found in
            (unit: unit, score: Float(found) * SearchIndex.fieldWeights[Int(unitFields[unit])])
        }.sorted { ($0.score, -$0.unit) > ($1.score, -$1.unit) }.prefix(highlighter.phrases.isEmpty ? 1 : 3)
        var best: (text: String, field: SearchField, ranges: [Range<Int>], score: Float)?
        let texts = QuestionText.units(candidates.map { $0.unit - firstUnit }, of: question)
        for candidate in candidates {
            guard let text = texts[candidate.unit - firstUnit] else { continue }
            let field = SearchField(rawValue: Int(unitFields[candidate.unit])) ?? .prose
            var quoted = text
            var found: (ranges: [Range<Int>], distinct: Int)
            if field == .code {
                (quoted, found) = bestMatchingLine(of: text, highlighter)
            } else {
                found = highlighter.matches(in: text)
            }
            let (ranges, distinct) = found
            let score = Float(distinct) * SearchIndex.fieldWeights[field.rawValue]
            if distinct > 0 && score > (best?.score ?? 0) { best = (quoted, field, ranges, score) }
        }
        if let note = notes.notes[document] {
            let (ranges, distinct) = highlighter.matches(in: note.text)
            let score = Float(distinct) * SearchIndex.fieldWeights[SearchField.note.rawValue]
            if distinct > 0 && score > (best?.score ?? 0) { best = (note.text, .note, ranges, score) }
        }
        guard let best else {
            let text = QuestionText.units(of: question).first { $0.field == .shortAnswer }?.text ?? ""
            return text.isEmpty ? nil : excerpt(text, matches: [], field: .shortAnswer)
        }
        return excerpt(best.text, matches: best.ranges, field: best.field)
    }

    /// The line of a code block with the most different matches (the first of equals), and its
    /// matches: a snippet of code is one line.
    private func bestMatchingLine(of code: String, _ highlighter: Highlighter) -> (String, (ranges: [Range<Int>], distinct: Int)) {
        var best: (String, (ranges: [Range<Int>], distinct: Int)) = (code, ([], 0))
        for line in code.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = String(line)
            let found = highlighter.matches(in: line)
            if found.distinct > best.1.distinct { best = (line, found) }
        }
        return best
    }

    /// The postings of a term in one question (one per field it occurs in).
    func postings(of term: Int32, in document: Int32) -> Range<Int> {
        let range = postings.range(of: term)
        var low = range.lowerBound, high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if postings.document[middle] < document { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < range.upperBound && postings.document[end] == document { end += 1 }
        return low..<end
    }

    /// The unit whose positions hold `position`.
    private func unitContaining(_ position: Int32, from first: Int, to end: Int) -> Int {
        var low = first, high = end - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if unitStarts[middle] <= position { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The part of a text around its first match (for code, the line holding it), with the
    /// matches as Character offsets in the excerpt; "…" marks cut ends, white space is collapsed.
    func excerpt(_ text: String, matches: [Range<Int>], field: SearchField) -> Snippet {
        var bytes = Array(text.utf8)
        var low = 0, high = bytes.count
        var cutBefore = false, cutAfter = false
        if field == .code, let first = matches.first {
            low = (bytes[..<first.lowerBound].lastIndex(of: 0x0A) ?? -1) + 1
            high = bytes[first.lowerBound...].firstIndex(of: 0x0A) ?? bytes.count
            while low < high, bytes[low] == 0x20 || bytes[low] == 0x09 { low += 1 }
        } else {
            // A long text: only the bytes around the first match matter (cut on character starts).
            let anchor = matches.first?.lowerBound ?? 0
            if anchor > 200 {
                low = anchor - 160
                while low < anchor && bytes[low] & 0xC0 == 0x80 { low += 1 }
                cutBefore = true
            }
            if high - anchor > 800 {
                high = anchor + 700
                while high > anchor && bytes[high] & 0xC0 == 0x80 { high -= 1 }
                cutAfter = true
            }
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
            let start = SearchIndex.firstIndex(in: origin, atLeast: range.lowerBound)
            guard start < origin.count, origin[start] < range.upperBound else { return nil }
            let end = SearchIndex.firstIndex(in: origin, atLeast: range.upperBound)
            return start..<max(end, start + 1)
        }
        // Window, counted in scalars (close enough to characters here): from a little before the
        // first match to the snippet length, at word boundaries. Only the excerpt itself is cut
        // into Characters, once, for the ranges.
        var start = mapped.first?.lowerBound ?? 0
        for _ in 0..<SearchIndex.snippetLead where start > 0 { start = SearchIndex.previousScalar(bytes, start) }
        while start > 0 && bytes[start - 1] != 0x20 { start = SearchIndex.previousScalar(bytes, start) }
        var end = start
        for _ in 0..<SearchIndex.snippetLength where end < bytes.count { end = SearchIndex.nextScalar(bytes, end) }
        if let first = mapped.first { end = min(bytes.count, max(end, first.upperBound)) }
        for _ in 0..<20 where end < bytes.count && bytes[end] != 0x20 { end = SearchIndex.nextScalar(bytes, end) }
        let prefix = start > 0 || cutBefore ? "…" : ""
        let suffix = end < bytes.count || cutAfter ? "…" : ""
        let body = String(decoding: bytes[start..<end], as: UTF8.self)
        let inWindow = mapped.compactMap { range -> Range<Int>? in
            let lower = max(range.lowerBound, start), upper = min(range.upperBound, end)
            return lower < upper ? (lower - start)..<(upper - start) : nil
        }
        let shift = prefix.isEmpty ? 0 : 1
        let ranges = Highlighter.characterRanges(of: inWindow, in: body).map { ($0.lowerBound + shift)..<($0.upperBound + shift) }
        return Snippet(text: prefix + body + suffix, ranges: ranges, field: field)
    }

    static func nextScalar(_ bytes: [UInt8], _ index: Int) -> Int {
        var next = index + 1
        while next < bytes.count && bytes[next] & 0xC0 == 0x80 { next += 1 }
        return next
    }

    static func previousScalar(_ bytes: [UInt8], _ index: Int) -> Int {
        var previous = index - 1
        while previous > 0 && bytes[previous] & 0xC0 == 0x80 { previous -= 1 }
        return previous
    }

    /// The first index of an ascending array whose value is at least `value`.
    static func firstIndex(in sorted: [Int], atLeast value: Int) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
