import Chapter
import Study

/// What an export holds: the chosen questions with what the reader made of them. Built
/// once from the library, the notes and the review log; every format reads the same value.
public struct StudySheet: Sendable, Equatable {
    /// The sheet's heading: the chapter's title when every question is from one chapter.
    public var title: String
    /// When it was made (the review states are as of then).
    public var madeAt: Instant
    public var entries: [Entry]

    public struct Entry: Sendable, Equatable {
        public var question: Question
        /// "04. Asyncio и конкурентность".
        public var chapterHeading: String
        /// The track the chapter belongs to (a sub-folder of the library); nil at the top.
        public var track: String?
        /// The reader's note; nil or empty when there is none.
        public var note: String?
        /// The question's card from the review log; nil when never reviewed.
        public var card: Card?
        /// The chance of recalling it now (FSRS retrievability); nil when never reviewed.
        public var recall: Double?

        public init(question: Question, chapterHeading: String, track: String? = nil, note: String? = nil,
                    card: Card? = nil, recall: Double? = nil) {
            self.question = question
            self.chapterHeading = chapterHeading
            self.track = track
            self.note = note
            self.card = card
            self.recall = recall
        }

        /// The note, when it has more than white space.
        public var writtenNote: String? {
            guard let note, !note.trimmingWhitespace().isEmpty else { return nil }
            return note
        }
    }

    public init(title: String, madeAt: Instant, entries: [Entry]) {
        self.title = title
        self.madeAt = madeAt
        self.entries = entries
    }

    /// The sheet of `ids` (in that order; unknown ones are left out), with each question's
    /// note and card, titled by its chapter when all come from one.
    public init(library: Library, ids: [QuestionID], notes: [QuestionID: String], cards: [QuestionID: Card],
                at time: Instant, scheduler: Scheduler = .standard) {
        var tracks: [String: String] = [:]
        for group in library.groups {
            guard let track = group.track else { continue }
            for id in group.chapterIDs where tracks[id] == nil { tracks[id] = track }
        }
        var seen: Set<QuestionID> = []
        let entries = ids.compactMap { id -> Entry? in
            guard seen.insert(id).inserted, let question = library.question(id),
                  let chapter = library.chapter(id: id.chapterID) else { return nil }
            let card = cards[id].flatMap { $0.state == .new ? nil : $0 }
            return Entry(question: question, chapterHeading: chapter.heading, track: tracks[chapter.id],
                         note: notes[id], card: card, recall: card.map { scheduler.retrievability(of: $0, at: time) })
        }
        let chapters = Set(entries.map(\.question.id.chapterID))
        let title = chapters.count == 1 ? (library.chapter(id: chapters.first!)?.title ?? "Шпаргалка") : "Шпаргалка"
        self.init(title: title, madeAt: time, entries: entries)
    }
}

extension Chapter {
    /// "04. Asyncio и конкурентность", or the title alone.
    public var heading: String {
        number.map { String(format2: $0) + ". " + title } ?? title
    }
}

extension String {
    /// A number with at least two digits: 4 → "04".
    init(format2 number: Int) {
        self = number >= 0 && number < 10 ? "0\(number)" : "\(number)"
    }
}
