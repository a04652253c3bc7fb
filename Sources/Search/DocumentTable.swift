import Chapter
import Synchronization

/// What the index knows of each question without its model: chapter, number, title and stable
/// key, by document number, and each chapter's file; enough to rank, to print a hit and to find
/// the chapter whose model a snippet needs.
struct DocumentTable: Sendable {
    let chapterIDs: TextColumn
    let chapterPaths: TextColumn
    /// Per chapter, its first document; one more entry than chapters (the document count).
    let chapterStart: Column<Int32>
    let numbers: Column<Int32>
    let titles: TextColumn
    /// Per document, its question key's normalised title (notes are keyed by it).
    let keyTitles: TextColumn

    init(chapters: [Chapter]) {
        var start: [Int32] = [0]
        var numbers: [Int32] = []
        var titles: [String] = []
        var keyTitles: [String] = []
        for chapter in chapters {
            for question in chapter.questions {
                numbers.append(Int32(clamping: question.number))
                titles.append(question.title)
                keyTitles.append(question.key.title)
            }
            start.append(Int32(numbers.count))
        }
        chapterIDs = TextColumn(chapters.map(\.id))
        chapterPaths = TextColumn(chapters.map(\.sourcePath))
        chapterStart = Column(start)
        self.numbers = Column(numbers)
        self.titles = TextColumn(titles)
        self.keyTitles = TextColumn(keyTitles)
    }

    init(chapterIDs: TextColumn, chapterPaths: TextColumn, chapterStart: Column<Int32>, numbers: Column<Int32>,
         titles: TextColumn, keyTitles: TextColumn) {
        self.chapterIDs = chapterIDs
        self.chapterPaths = chapterPaths
        self.chapterStart = chapterStart
        self.numbers = numbers
        self.titles = titles
        self.keyTitles = keyTitles
    }

    var count: Int { numbers.count }
    var chapterCount: Int { chapterIDs.count }

    /// The chapter a document belongs to.
    func chapter(of document: Int32) -> Int {
        var low = 0, high = chapterCount - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if chapterStart[middle] <= document { low = middle } else { high = middle - 1 }
        }
        return low
    }

    func id(of document: Int32) -> QuestionID {
        QuestionID(chapterID: chapterIDs[chapter(of: document)], number: Int(numbers[Int(document)]))
    }

    func title(of document: Int32) -> String { titles[Int(document)] }

    /// The first question with this id, as the library orders them.
    func document(of id: QuestionID) -> Int32? {
        firstDocument(inChapter: id.chapterID) { numbers[$0] == id.number }
    }

    /// The first question with this stable key.
    func document(of key: QuestionKey) -> Int32? {
        firstDocument(inChapter: key.chapterID) { keyTitles.equals($0, key.title) }
    }

    private func firstDocument(inChapter chapterID: String, where matches: (Int) -> Bool) -> Int32? {
        for chapter in 0..<chapterCount where chapterIDs.equals(chapter, chapterID) {
            for document in Int(chapterStart[chapter])..<Int(chapterStart[chapter + 1]) where matches(document) {
                return Int32(document)
            }
        }
        return nil
    }
}

/// Where a snippet's question comes from: the library the index was built from, or chapter
/// models read again on demand (an index opened from disk), a few kept at a time.
final class QuestionSource: Sendable {
    /// Gives a chapter's model by its id and file; nil when it cannot be read.
    typealias ChapterReader = @Sendable (_ id: String, _ path: String) -> Chapter?

    private let resident: [Question]?
    private let reader: ChapterReader?
    private let recent = Mutex<[Int: Chapter]>([:])
    static let keptChapters = 8

    init(questions: [Question]) {
        resident = questions
        reader = nil
    }

    init(reader: @escaping ChapterReader) {
        resident = nil
        self.reader = reader
    }

    /// The question of a document, or nil when its chapter no longer reads as indexed.
    func question(_ document: Int32, in documents: DocumentTable) -> Question? {
        if let resident { return Int(document) < resident.count ? resident[Int(document)] : nil }
        guard let reader else { return nil }
        let chapterNumber = documents.chapter(of: document)
        let chapter: Chapter? = recent.withLock { $0[chapterNumber] } ?? {
            guard let read = reader(documents.chapterIDs[chapterNumber], documents.chapterPaths[chapterNumber]) else { return nil }
            recent.withLock { recent in
                if recent.count >= QuestionSource.keptChapters { recent.removeAll() }
                recent[chapterNumber] = read
            }
            return read
        }()
        let offset = Int(document) - Int(documents.chapterStart[chapterNumber])
        guard let chapter, offset < chapter.questions.count,
              chapter.questions[offset].number == Int(documents.numbers[Int(document)]) else { return nil }
        return chapter.questions[offset]
    }
}
