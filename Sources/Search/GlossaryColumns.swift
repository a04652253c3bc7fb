/// The analysed glossary inside an index file, so `sobes search` neither reads nor stems the
/// glossary's text: its fingerprint, every word and every stem of its phrases, where each
/// phrase's words begin and where each group's phrases begin. Used only when the fingerprint
/// is this program's glossary's (else the glossary is analysed as usual).
extension IndexFileWriter {
    mutating func glossary(_ dictionary: AnalyzedDictionary, fingerprint: UInt64) {
        word(fingerprint)
        var words: [String] = [], stems: [String] = []
        var phraseStart: [Int32] = [0], groupStart: [Int32] = [0]
        for group in dictionary.groups {
            for phrase in group {
                words += phrase.words
                stems += phrase.stems
                phraseStart.append(Int32(words.count))
            }
            groupStart.append(Int32(phraseStart.count - 1))
        }
        text(TextColumn(words))
        text(TextColumn(stems))
        column(Column(phraseStart))
        column(Column(groupStart))
    }
}

extension IndexFileReader {
    /// The glossary the file keeps; nil when it was analysed from another glossary than this
    /// program's. Throws for columns that do not fit together.
    mutating func glossary() throws(IndexFileDamage) -> AnalyzedDictionary? {
        let fingerprint = try word()
        let words = try text(count: nil)
        let stems = try text(count: words.count)
        let phraseStart = try column(Int32.self)
        try IndexFileReader.checkAscending(phraseStart, end: words.count)
        let phraseCount = phraseStart.count - 1
        for phrase in 0..<phraseCount where phraseStart[phrase] == phraseStart[phrase + 1] {
            throw IndexFileDamage("a glossary phrase without words")
        }
        let groupStart = try column(Int32.self)
        try IndexFileReader.checkAscending(groupStart, end: phraseCount)
        guard fingerprint == Glossary.fingerprint else { return nil }
        var groups: [[AnalyzedDictionary.Phrase]] = []
        groups.reserveCapacity(groupStart.count - 1)
        for group in 0..<(groupStart.count - 1) {
            groups.append((Int(groupStart[group])..<Int(groupStart[group + 1])).map { phrase in
                let range = Int(phraseStart[phrase])..<Int(phraseStart[phrase + 1])
                return AnalyzedDictionary.Phrase(words: range.map { words[$0] }, stems: range.map { stems[$0] })
            })
        }
        return AnalyzedDictionary(groups: groups)
    }
}
