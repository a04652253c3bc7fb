import Chapter

extension SearchIndex {
    /// The index of `library`, made from this index of an earlier state of it: only the
    /// chapters named in `changed` (edited files) and chapters this index does not hold are
    /// tokenized; every other chapter's postings, units and lengths are carried over, so one
    /// edited file costs its own tokenizing plus a merge, not the whole library's. The result
    /// equals `SearchIndex(library:terms:)`, term ids included. A chapter
    /// this index holds out of the library's new order is tokenized again too. The reader's
    /// notes are not carried over (set them again, as after a build).
    public func updated(for library: Library, changedChapters changed: Set<String>,
                        terms: TermDictionary = TermDictionary()) -> SearchIndex {
        let newDocuments = DocumentTable(chapters: library.chapters)
        let plan = ReusePlan(old: documents, new: newDocuments, chapters: library.chapters, changed: changed)

        var shard = ShardBuilder()
        for (position, chapter) in library.chapters.enumerated() where plan.reusedChapter[position] == nil {
            let first = newDocuments.chapterStart[position]
            for (offset, question) in chapter.questions.enumerated() { shard.add(question, document: first + Int32(offset)) }
        }

        // The terms that still occur and the new chapters' own, in byte order as a build numbers them.
        var merged = TermTable(capacity: vocabulary.table.count + shard.table.count)
        var keptOld: [(old: Int32, merged: Int32)] = []
        for term in 0..<vocabulary.table.count where postings.range(of: Int32(term)).contains(where: { plan.documentMap[Int(postings.document[$0])] >= 0 }) {
            keptOld.append((Int32(term), vocabulary.table.withBytes(term) { merged.intern($0) }))
        }
        let shardIntoMerged = shard.renumbering(into: &merged)
        let (table, newID) = merged.inByteOrder()
        var oldTermOf = [Int32](repeating: -1, count: table.count)
        for (old, inMerged) in keptOld { oldTermOf[Int(newID[Int(inMerged)])] = old }
        let fresh = Postings(termCount: table.count, shards: [shard], renumbered: [shardIntoMerged.map { newID[Int($0)] }])
        let merge = PostingsMerge(old: postings, oldTermOf: oldTermOf, documentMap: plan.documentMap, fresh: fresh,
                                  termCount: table.count, documentCount: newDocuments.count)

        let units = plan.units(old: (unitOffsets, unitStarts, unitFields), shard: shard, chapters: library.chapters)
        return SearchIndex(documents: newDocuments, source: QuestionSource(questions: library.allQuestions),
                           vocabulary: Vocabulary(table: table, documentFrequency: merge.documentFrequency, stemmer: WordStemmer()),
                           postings: merge.postings,
                           fieldNorms: Column(SearchIndex.norms(fieldLengths: merge.fieldLengths, documents: newDocuments.count)),
                           terms: terms, glossary: nil, unitOffsets: Column(units.offsets), unitStarts: Column(units.starts), unitFields: Column(units.fields))
    }
}

/// Which chapters of the new library keep the old index's documents, and where those go.
private struct ReusePlan {
    /// Per chapter of the new library, the old index's chapter it is carried over from; nil:
    /// tokenized again.
    var reusedChapter: [Int?] = []
    /// Old document → new document, -1 for a document not carried over.
    var documentMap: [Int32]
    let old: DocumentTable

    init(old: DocumentTable, new: DocumentTable, chapters: [Chapter], changed: Set<String>) {
        self.old = old
        documentMap = [Int32](repeating: -1, count: old.count)
        var oldChapter: [String: Int] = [:]
        for chapter in 0..<old.chapterCount where oldChapter[old.chapterIDs[chapter]] == nil {
            oldChapter[old.chapterIDs[chapter]] = chapter
        }
        // Carried-over chapters keep their order, so each term's postings stay sorted by
        // document once renumbered; a chapter that moved back is tokenized instead.
        var lastReused = -1
        for (position, chapter) in chapters.enumerated() {
            let start = Int(new.chapterStart[position])
            guard !changed.contains(chapter.id), let from = oldChapter[chapter.id], from > lastReused,
                  old.chapterPaths.equals(from, chapter.sourcePath),
                  Int(old.chapterStart[from + 1] - old.chapterStart[from]) == chapter.questions.count,
                  chapter.questions.indices.allSatisfy({ old.numbers[Int(old.chapterStart[from]) + $0] == Int32(clamping: chapter.questions[$0].number) })
            else {
                reusedChapter.append(nil)
                continue
            }
            for offset in 0..<chapter.questions.count { documentMap[Int(old.chapterStart[from]) + offset] = Int32(start + offset) }
            reusedChapter.append(from)
            lastReused = from
        }
    }

    /// The units of every new document, in order: copied, or the shard's (tokenized in order).
    func units(old: (offsets: Column<Int32>, starts: Column<Int32>, fields: Column<UInt8>), shard: ShardBuilder,
               chapters: [Chapter]) -> (offsets: [Int32], starts: [Int32], fields: [UInt8]) {
        var offsets: [Int32] = [0], starts: [Int32] = [], fields: [UInt8] = []
        var shardQuestion = 0, shardUnit = 0
        for (chapter, from) in zip(chapters, reusedChapter) {
            if let from {
                for document in Int(self.old.chapterStart[from])..<Int(self.old.chapterStart[from + 1]) {
                    let range = Int(old.offsets[document])..<Int(old.offsets[document + 1])
                    starts.append(contentsOf: old.starts[range])
                    fields.append(contentsOf: old.fields[range])
                    offsets.append(Int32(starts.count))
                }
            } else {
                for _ in chapter.questions {
                    let count = Int(shard.unitCounts[shardQuestion])
                    starts.append(contentsOf: shard.unitStarts[shardUnit..<shardUnit + count])
                    fields.append(contentsOf: shard.unitFields[shardUnit..<shardUnit + count])
                    offsets.append(Int32(starts.count))
                    shardQuestion += 1
                    shardUnit += count
                }
            }
        }
        return (offsets, starts, fields)
    }
}

/// Each term's postings from the old index (renumbered, dropped where their document is not
/// carried over) and from the freshly tokenized chapters, merged in document then field order,
/// with what the merge gives for free: document frequencies and field lengths.
private struct PostingsMerge {
    var postings: Postings
    var documentFrequency: [Int32]
    /// Per document and field, its number of words (a field's length is its occurrences).
    var fieldLengths: [Int32]

    init(old: Postings, oldTermOf: [Int32], documentMap: [Int32], fresh: Postings, termCount: Int, documentCount: Int) {
        var start: [Int32] = [], document: [Int32] = [], field: [UInt8] = []
        var positionStart: [Int32] = [], positions: [Int32] = []
        let estimate = old.document.count + fresh.document.count
        start.reserveCapacity(termCount + 1)
        document.reserveCapacity(estimate)
        field.reserveCapacity(estimate)
        positionStart.reserveCapacity(estimate + 1)
        positions.reserveCapacity(old.positions.count + fresh.positions.count)
        var documentFrequency = [Int32](repeating: 0, count: termCount)
        var fieldLengths = [Int32](repeating: 0, count: documentCount * SearchField.count)

        func append(_ from: Postings, _ posting: Int, as newDocument: Int32) {
            document.append(newDocument)
            field.append(from.field[posting])
            positionStart.append(Int32(positions.count))
            let range = Int(from.positionStart[posting])..<Int(from.positionStart[posting + 1])
            positions.append(contentsOf: from.positions[range])
            fieldLengths[Int(newDocument) * SearchField.count + Int(from.field[posting])] += Int32(range.count)
        }

        for term in 0..<termCount {
            start.append(Int32(document.count))
            var oldRange = oldTermOf[term] >= 0 ? old.range(of: oldTermOf[term]) : 0..<0
            var freshRange = fresh.range(of: Int32(term))
            var previous: Int32 = -1
            while true {
                while let next = oldRange.first, documentMap[Int(old.document[next])] < 0 { oldRange.removeFirst() }
                // The next posting in (document, field) order: the old one, renumbered, or the fresh one.
                let oldKey = oldRange.first.map { Int64(documentMap[Int(old.document[$0])]) << 3 | Int64(old.field[$0]) }
                let freshKey = freshRange.first.map { Int64(fresh.document[$0]) << 3 | Int64(fresh.field[$0]) }
                let newDocument: Int32
                if let oldKey, freshKey.map({ oldKey < $0 }) ?? true, let next = oldRange.first {
                    newDocument = Int32(oldKey >> 3)
                    append(old, next, as: newDocument)
                    oldRange.removeFirst()
                } else if let next = freshRange.first {
                    newDocument = fresh.document[next]
                    append(fresh, next, as: newDocument)
                    freshRange.removeFirst()
                } else {
                    break
                }
                if newDocument != previous { documentFrequency[term] += 1 }
                previous = newDocument
            }
        }
        start.append(Int32(document.count))
        positionStart.append(Int32(positions.count))
        postings = Postings(start: Column(start), document: Column(document), field: Column(field),
                            positionStart: Column(positionStart), positions: Column(positions))
        self.documentFrequency = documentFrequency
        self.fieldLengths = fieldLengths
    }
}
