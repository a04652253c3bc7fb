import Chapter

/// The index as the body of an index file, and the index read back from a mapped one: the
/// columns in a fixed order (`IndexFileWriter`), read in place. The reader's notes are not in
/// it (they change while the library stays); the term dictionary is applied when it opens.
extension SearchIndex {
    /// The file body, to be mapped back with `init(fileBody:owner:terms:chapters:)`.
    public func fileBody() -> [UInt8] { fileBody(glossaryFingerprint: Glossary.fingerprint) }

    /// `glossaryFingerprint`: what the body says its glossary was analysed from (tests give another).
    func fileBody(glossaryFingerprint: UInt64) -> [UInt8] {
        var writer = IndexFileWriter(capacity: postings.positions.count * 6 + (1 << 16))
        writer.text(documents.chapterIDs)
        writer.text(documents.chapterPaths)
        writer.column(documents.chapterStart)
        writer.column(documents.numbers)
        writer.text(documents.titles)
        writer.text(documents.keyTitles)

        writer.terms(vocabulary.table)
        writer.column(vocabulary.stemOf)
        writer.terms(vocabulary.stems)
        writer.rows(vocabulary.stemMembers)
        writer.column(vocabulary.sorted)
        writer.column(vocabulary.documentFrequency)
        writer.rows(vocabulary.byLength)
        writer.column(vocabulary.scalarStart)
        writer.column(vocabulary.scalars)
        writer.column(vocabulary.letterMask)
        writer.terms(vocabulary.roots)
        writer.rows(vocabulary.rootMembers)
        writer.column(vocabulary.keyStart)
        writer.column(vocabulary.keys)
        writer.column(vocabulary.keyMask)
        writer.word(UInt64(vocabulary.keyedStems.count))
        for rows in vocabulary.keyedStems { writer.rows(rows) }

        writer.column(postings.start)
        writer.column(postings.document)
        writer.column(postings.field)
        writer.column(postings.positionStart)
        writer.column(postings.positions)
        writer.column(fieldNorms)
        writer.column(unitOffsets)
        writer.column(unitStarts)
        writer.column(unitFields)
        writer.glossary(AnalyzedDictionary.glossary, fingerprint: glossaryFingerprint)
        return writer.bytes
    }

    /// The index in a file body that `owner` keeps mapped; `chapters` reads a chapter's model
    /// again when a snippet needs one. Throws for anything truncated, damaged or out of range.
    public init(fileBody bytes: UnsafeRawBufferPointer, owner: AnyObject, terms: TermDictionary,
                chapters: @escaping @Sendable (_ id: String, _ path: String) -> Chapter?) throws(IndexFileDamage) {
        var reader = try IndexFileReader(bytes, owner: owner)
        // The checks below read whole columns: their pages go back after each large one.
        let pages = owner as? PageReleasing
        let chapterIDs = try reader.text(count: nil)
        let chapterPaths = try reader.text(count: chapterIDs.count)
        let numbers: Column<Int32>
        let chapterStart = try reader.column(Int32.self, count: chapterIDs.count + 1)
        numbers = try reader.column(Int32.self)
        try IndexFileReader.checkAscending(chapterStart, end: numbers.count)
        let documentCount = numbers.count
        let documents = DocumentTable(chapterIDs: chapterIDs, chapterPaths: chapterPaths, chapterStart: chapterStart, numbers: numbers,
                                      titles: try reader.text(count: documentCount), keyTitles: try reader.text(count: documentCount))
        guard documentCount == 0 || chapterIDs.count > 0 else { throw IndexFileDamage("questions without chapters") }

        let vocabulary = try SearchIndex.readVocabulary(&reader)
        let termCount = vocabulary.table.count
        let postingStart = try reader.column(Int32.self, count: termCount + 1)
        let postingDocuments = try reader.column(Int32.self)
        try IndexFileReader.checkAscending(postingStart, end: postingDocuments.count)
        try IndexFileReader.checkIDs(postingDocuments, below: documentCount)
        pages?.releasePages()
        let postingFields = try reader.column(UInt8.self, count: postingDocuments.count)
        try IndexFileReader.checkIDs(postingFields, below: SearchField.count)
        pages?.releasePages()
        let positionStart = try reader.column(Int32.self, count: postingDocuments.count + 1)
        // Positions are only compared and searched, never used to index: any values are safe.
        let positions = try reader.column(Int32.self)
        try IndexFileReader.checkAscending(positionStart, end: positions.count)
        pages?.releasePages()
        let fieldNorms = try reader.column(Float.self, count: documentCount * SearchField.count)
        let unitOffsets = try reader.column(Int32.self, count: documentCount + 1)
        let unitStarts = try reader.column(Int32.self)
        try IndexFileReader.checkAscending(unitOffsets, end: unitStarts.count)
        let unitFields = try reader.column(UInt8.self, count: unitStarts.count)
        try IndexFileReader.checkIDs(unitFields, below: SearchField.count)
        let glossary = try reader.glossary()
        guard reader.isAtEnd else { throw IndexFileDamage("trailing bytes") }
        self.init(documents: documents, source: QuestionSource(reader: chapters), vocabulary: vocabulary,
                  postings: Postings(start: postingStart, document: postingDocuments, field: postingFields,
                                     positionStart: positionStart, positions: positions),
                  fieldNorms: fieldNorms, terms: terms, glossary: glossary, unitOffsets: unitOffsets, unitStarts: unitStarts,
                  unitFields: unitFields)
        mappedPages = pages
        pages?.releasePages()
    }

    private static func readVocabulary(_ reader: inout IndexFileReader) throws(IndexFileDamage) -> Vocabulary {
        let table = try reader.terms()
        let termCount = table.count
        let stemOf = try reader.column(Int32.self, count: termCount)
        let stems = try reader.terms()
        try IndexFileReader.checkIDs(stemOf, below: stems.count)
        let stemMembers = try reader.rows(count: stems.count, below: termCount)
        for stem in 0..<stemMembers.count where stemMembers[stem].isEmpty { throw IndexFileDamage("a stem without terms") }
        let sorted = try reader.column(Int32.self, count: termCount)
        try IndexFileReader.checkIDs(sorted, below: termCount)
        let documentFrequency = try reader.column(Int32.self, count: termCount)
        let byLength = try reader.rows(count: nil, below: termCount)
        let scalars: Column<UInt32>
        let scalarStart = try reader.column(Int32.self, count: termCount + 1)
        scalars = try reader.column(UInt32.self)
        try IndexFileReader.checkAscending(scalarStart, end: scalars.count)
        // Typo candidates read a term of row L as L scalars.
        for length in 0..<byLength.count {
            for term in byLength[length] where Int(scalarStart[Int(term) + 1] - scalarStart[Int(term)]) != length {
                throw IndexFileDamage("a term filed under the wrong length")
            }
        }
        let letterMask = try reader.column(UInt64.self, count: termCount)
        let roots = try reader.terms()
        let rootMembers = try reader.rows(count: roots.count, below: stems.count)
        let keys: Column<UInt32>
        let keyStart = try reader.column(Int32.self, count: stems.count + 1)
        keys = try reader.column(UInt32.self)
        try IndexFileReader.checkAscending(keyStart, end: keys.count)
        let keyMask = try reader.column(UInt64.self, count: stems.count)
        guard try reader.word() == 2 else { throw IndexFileDamage("a damaged transliteration table") }
        var keyedStems: [Rows] = []
        for _ in 0..<2 {
            let rows = try reader.rows(count: nil, below: stems.count)
            // Transliteration reads a keyed stem of row L as a key of L letters.
            for length in 0..<rows.count {
                for stem in rows[length] where Int(keyStart[Int(stem) + 1] - keyStart[Int(stem)]) != length || length == 0 {
                    throw IndexFileDamage("a stem filed under the wrong key length")
                }
            }
            keyedStems.append(rows)
        }
        return Vocabulary(table: table, stemOf: stemOf, stems: stems, stemMembers: stemMembers, sorted: sorted,
                          documentFrequency: documentFrequency, byLength: byLength, scalarStart: scalarStart, scalars: scalars,
                          letterMask: letterMask, roots: roots, rootMembers: rootMembers, keyStart: keyStart, keys: keys,
                          keyMask: keyMask, keyedStems: keyedStems)
    }
}

extension SearchIndex {
    /// The index in a file body held in memory (tests, the fuzz target): copied once into
    /// memory of its own, aligned as a mapping is.
    public init(copyingFileBody bytes: UnsafeRawBufferPointer, terms: TermDictionary,
                chapters: @escaping @Sendable (_ id: String, _ path: String) -> Chapter?) throws(IndexFileDamage) {
        let copy = AlignedBytes(bytes)
        try self.init(fileBody: copy.bytes, owner: copy, terms: terms, chapters: chapters)
    }
}

/// Bytes copied to memory that starts on an 8-byte boundary, freed with the last index using them.
private final class AlignedBytes {
    let bytes: UnsafeRawBufferPointer

    init(_ source: UnsafeRawBufferPointer) {
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: max(source.count, 1), alignment: 8)
        if let base = source.baseAddress { memory.baseAddress!.copyMemory(from: base, byteCount: source.count) }
        bytes = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(memory)[0..<source.count])
    }

    deinit { UnsafeMutableRawPointer(mutating: bytes.baseAddress!).deallocate() }
}
