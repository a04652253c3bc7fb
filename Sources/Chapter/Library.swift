/// One Markdown file of the library: a numbered topic with its questions.
public struct Chapter: Sendable, Equatable, Identifiable {
    /// The file name without `.md`, e.g. `04-asyncio`.
    public var id: String
    /// The number in the `#` heading ("04. ..."), or in the file name; nil when neither has one.
    public var number: Int?
    public var title: String
    public var sourcePath: String
    public var questions: [Question] {
        didSet {
            questionIndex = Chapter.index(questions)
            codeLineWidths = CodeLineWidths(questions: questions)
        }
    }
    /// Blocks between the chapter's title and its first question, if any.
    public var introduction: [Block]
    /// "См. также", "See also", "Литература", ...: shown after the last question, never a question.
    public var appendix: [Section]
    /// How wide the questions' code is; what the code pane is sized from.
    public private(set) var codeLineWidths: CodeLineWidths
    private var questionIndex: [Int: Int]

    /// `codeLineWidths`: the questions' code measured already (a cache entry keeps it, and
    /// measuring would decode every body); measured here when not given.
    public init(id: String, number: Int?, title: String, sourcePath: String, questions: [Question],
                introduction: [Block] = [], appendix: [Section] = [], codeLineWidths: CodeLineWidths? = nil) {
        self.id = id
        self.introduction = introduction
        self.appendix = appendix
        self.number = number
        self.title = title
        self.sourcePath = sourcePath
        self.questions = questions
        self.questionIndex = Chapter.index(questions)
        self.codeLineWidths = codeLineWidths ?? CodeLineWidths(questions: questions)
    }

    /// The question with a number, in O(1).
    public func question(number: Int) -> Question? {
        questionIndex[number].map { questions[$0] }
    }

    /// Where the question of that number stands in `questions`.
    public func position(ofQuestion number: Int) -> Int? {
        questionIndex[number]
    }

    private static func index(_ questions: [Question]) -> [Int: Int] {
        var index: [Int: Int] = [:]
        for (position, question) in questions.enumerated() where index[question.number] == nil {
            index[question.number] = position
        }
        return index
    }
}

/// Every chapter the reader has, in order, with O(1) lookups.
public struct Library: Sendable, Equatable {
    public private(set) var chapters: [Chapter]
    /// What loading noticed but could go on from: bad bytes, skipped files.
    public private(set) var warnings: [LoadWarning]
    /// Chapter ids in the order the READMEs list them (the topics list).
    public private(set) var topics: [String]
    /// The topics by track and README group, in order; `topics` is their concatenation.
    public private(set) var groups: [TopicGroup]
    private var chapterIndex: [String: Int]

    public init(chapters: [Chapter], warnings: [LoadWarning] = [], topics: [String]? = nil, groups: [TopicGroup]? = nil) {
        self.chapters = chapters
        self.warnings = warnings
        let groups = groups ?? [TopicGroup(track: nil, title: nil, chapterIDs: topics ?? chapters.map(\.id))]
        self.groups = groups
        self.topics = groups.flatMap(\.chapterIDs)
        var index: [String: Int] = [:]
        for (position, chapter) in chapters.enumerated() where index[chapter.id] == nil {
            index[chapter.id] = position
        }
        self.chapterIndex = index
    }

    /// Where the chapter with this id stands in `chapters`.
    public func position(ofChapter id: String) -> Int? {
        chapterIndex[id]
    }

    public func chapter(id: String) -> Chapter? {
        chapterIndex[id].map { chapters[$0] }
    }

    /// Reads the question in place: asked several times a keystroke, it copies no `Chapter`.
    public func question(_ id: QuestionID) -> Question? {
        guard let position = chapterIndex[id.chapterID] else { return nil }
        return chapters[position].question(number: id.number)
    }

    /// Where a question stands: its chapter's place in `chapters`, and its place in the
    /// chapter's `questions`. What reads one field of a question reads it there, in place
    /// (a `Question` copied is a retain of each of its many parts).
    public func place(of id: QuestionID) -> (chapter: Int, question: Int)? {
        guard let chapter = chapterIndex[id.chapterID], let question = chapters[chapter].position(ofQuestion: id.number) else { return nil }
        return (chapter, question)
    }

    /// The question a stable key names, if the library still has it.
    public func question(key: QuestionKey) -> Question? {
        chapter(id: key.chapterID)?.questions.first { $0.key == key }
    }

    /// The chapter's appendix when `question` is its last question (shown after it), else nothing.
    public func appendix(after question: Question) -> [Section] {
        guard let chapter = chapter(id: question.id.chapterID), chapter.questions.last?.id == question.id else { return [] }
        return chapter.appendix
    }

    /// Every question of every chapter, in reading order.
    public var allQuestions: [Question] { chapters.flatMap(\.questions) }
}

/// Chapters listed together: by track (a sub-folder of the library) and by the README
/// heading they are listed under.
public struct TopicGroup: Sendable, Equatable {
    /// The track's name (its README's title, else its folder); nil at a library's top.
    public var track: String?
    /// The README heading ("Основы"); nil for chapters no heading lists.
    public var title: String?
    public var chapterIDs: [String]

    public init(track: String?, title: String?, chapterIDs: [String]) {
        self.track = track
        self.title = title
        self.chapterIDs = chapterIDs
    }
}

/// Something wrong with the content that did not stop loading.
public struct LoadWarning: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    /// The 1-based line the problem is on, when it has one.
    public var line: Int?
    public var message: String

    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(path):\(line): \(message)" }
        return "\(path): \(message)"
    }
}
