import Browser
import Foundation
import Chapter
import Notes
import Study

/// The runtime's side of the notes: opens the store after the first frame, reads
/// every note and the reading position, and performs saves. Errors become messages
/// for the status bar; the editor keeps its text whatever happens here.
public struct NotesSession: Sendable {
    let store: NotesStore
    /// Where `XDG_STATE_HOME` and `HOME` are read from, for the unsaved-notes file.
    let environment: [String: String]

    public init(store: NotesStore, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.store = store
        self.environment = environment
    }

    /// Reads what the browser needs at start: the notes, and a message when the database
    /// had to be moved aside or cannot be used.
    func load() -> [Action] {
        do {
            let recovery = try store.open()
            var texts: [QuestionID: String] = [:]
            var revisions: [QuestionID: RevisionID] = [:]
            for note in try store.notes() {
                let id = QuestionID(chapterID: note.key.chapterID, number: note.key.questionNumber)
                texts[id] = note.text
                revisions[id] = note.revisionID
            }
            let position = try store.readingPosition()
            let loaded = Action.notesLoaded(texts: texts, revisions: revisions, position: position)
            return recovery.map { [loaded, .notesMessage($0.message)] } ?? [loaded]
        } catch {
            if case NotesError.busy = error { return [.notesUnavailable("\(error)", canRetry: true)] }
            return [.notesUnavailable("\(error)", canRetry: false)]
        }
    }

    /// Writes a note; the outcome (or the error) comes back as an action.
    func save(id: QuestionID, title: String, text: String, basedOn: RevisionID?, changeCount: Int) -> Action {
        do {
            let outcome = try store.save(key: NoteKey(chapterID: id.chapterID, questionNumber: id.number),
                                         title: title, text: text, basedOn: basedOn)
            return .noteSaved(id: id, text: text, changeCount: changeCount, outcome: outcome)
        } catch {
            return .noteSaveFailed(id: id, message: "\(error)")
        }
    }

    /// Writes text no save could write to a file that `sobes notes import` reads back.
    func writeUnsaved(_ notes: [UnsavedNote]) -> Action {
        let entries = notes.map {
            NotesMarkdown.Entry(key: NoteKey(chapterID: $0.id.chapterID, questionNumber: $0.id.number),
                                questionTitle: $0.title, text: $0.text)
        }
        do {
            return .unsavedNotesWritten(path: try UnsavedNotesFile.write(entries, dataDirectory: store.directory,
                                                                         environment: environment))
        } catch {
            return .unsavedNotesNotWritten("\(error)")
        }
    }

    func savePosition(_ position: ReadingPosition) {
        try? store.saveReadingPosition(position)
    }

    /// The card of every question of the library the log has reviews of.
    func loadCards(_ study: StudyLog, library: Library) -> Action {
        do {
            let cards = study.cards(from: try store.reviews())
            var byQuestion: [QuestionID: Card] = [:]
            for question in library.allQuestions {
                if let card = cards[cardKey(for: question)], byQuestion[question.id] == nil { byQuestion[question.id] = card }
            }
            return .cardsLoaded(byQuestion)
        } catch {
            return .cardsUnavailable("\(error)")
        }
    }

    /// Appends one grade; the question's card after it (or the error) comes back.
    func recordReview(_ rating: Rating, of id: QuestionID, key: CardKey, title: String, at time: Instant,
                      _ study: StudyLog) -> Action {
        do {
            let (outcome, card) = try study.record(rating, of: key, title: title, at: time, in: store)
            if case .duplicate = outcome {
                return .reviewNotRecorded(id: id, message: "у вопроса уже есть оценка в эту миллисекунду")
            }
            return .reviewRecorded(id: id, card: card)
        } catch {
            return .reviewNotRecorded(id: id, message: "\(error)")
        }
    }
}
