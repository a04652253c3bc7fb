import Browser
import Foundation
import Chapter
import Notes
import Study

/// The runtime's side of the notes: opens the store after the first frame, matches every
/// stored note and the reading position to the library by key, and performs saves. Errors
/// become messages for the status bar; the editor keeps its text whatever happens here.
public struct NotesSession: Sendable {
    let store: NotesStore
    /// What stored keys are matched to, and saves are keyed by.
    let library: Library
    /// Where `XDG_STATE_HOME` and `HOME` are read from, for the unsaved-notes file.
    let environment: [String: String]

    public init(store: NotesStore, library: Library, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.store = store
        self.library = library
        self.environment = environment
    }

    /// The same session, matching notes and saves to another library (the whole one, once read).
    func matching(_ library: Library) -> NotesSession {
        NotesSession(store: store, library: library, environment: environment)
    }

    /// Reads what the browser needs at start: the notes of the questions the library has,
    /// the notes whose question is gone (orphans), and messages: a database moved aside,
    /// notes that followed a renamed question, orphans.
    func load() -> [Action] {
        do {
            let actions = try load(from: store)
            // A data directory that cannot be written: the notes still show, edits are refused.
            return store.readOnlyReason.map { actions + [.notesReadOnly("\($0)")] } ?? actions
        } catch {
            if case NotesError.busy = error { return [.notesUnavailable("\(error)", canRetry: true)] }
            return [.notesUnavailable("\(error)", canRetry: false)]
        }
    }

    private func load(from store: NotesStore) throws -> [Action] {
        do {
            let recovery = try store.open()
            let notes = try store.notes()
            let position = try store.readingPosition()
            let stored = notes.map(\.key.questionKey) + (position.map { [QuestionKey(chapterID: $0.chapterID, title: $0.question)] } ?? [])
            let matches = KeyMatching.match(stored, in: library)
            var texts: [QuestionID: String] = [:]
            var revisions: [QuestionID: RevisionID] = [:]
            var orphans: [OrphanedNote] = []
            var messages: [String] = []
            for note in notes {
                switch matches[note.key.questionKey] ?? .orphan {
                case .exact(let id):
                    texts[id] = note.text
                    revisions[id] = note.revisionID
                case .similar(let id, let message):
                    // The note moves to the question's new key, so saves and later runs agree.
                    guard let question = library.question(id), store.readOnlyReason == nil,
                          (try? store.reattach(note.key, to: NoteKey(question.key))) != nil else {
                        orphans.append(OrphanedNote(note))
                        continue
                    }
                    texts[id] = note.text
                    revisions[id] = note.revisionID
                    messages.append(message)
                case .orphan:
                    orphans.append(OrphanedNote(note))
                }
            }
            var restored = position
            if let position {
                switch matches[QuestionKey(chapterID: position.chapterID, title: position.question)] ?? .orphan {
                case .exact(let id), .similar(let id, _): restored?.questionNumber = id.number
                case .orphan: restored?.questionNumber = nil
                }
            }
            if !orphans.isEmpty {
                messages.append("Заметок без вопроса: \(orphans.count) — они сохранены, список в темах (t) и в sobes notes list")
            }
            var actions: [Action] = [.notesLoaded(texts: texts, revisions: revisions, position: restored)]
            // From here on a change by another window shows without waiting for a save.
            if let version = try? store.dataVersion() { actions.append(.notesVersionChecked(version)) }
            if !orphans.isEmpty { actions.append(.orphanedNotesLoaded(orphans)) }
            if let recovery { messages.insert(recovery.message, at: 0) }
            // The status bar shows one message: the first that matters most.
            if let first = messages.first { actions.append(.notesMessage(first)) }
            return actions
        }
    }

    /// What another process changed since the data version `known`: nothing (the version),
    /// or every note of the library's questions as stored now. Stored keys are matched
    /// exactly; renamed questions are the start's business.
    func changesElsewhere(since known: Int?) -> [Action] {
        guard let version = try? store.dataVersion() else { return [] }
        guard let known, known != version, let notes = try? store.notes() else { return [.notesVersionChecked(version)] }
        let matches = KeyMatching.match(notes.map(\.key.questionKey), in: library)
        var texts: [QuestionID: String] = [:]
        var revisions: [QuestionID: RevisionID] = [:]
        for note in notes {
            guard case .exact(let id)? = matches[note.key.questionKey] else { continue }
            texts[id] = note.text
            revisions[id] = note.revisionID
        }
        return [.notesChangedElsewhere(version: version, texts: texts, revisions: revisions)]
    }

    /// Writes a note under its question's stable key; the outcome (or the error) comes back as an action.
    func save(id: QuestionID, title: String, text: String, basedOn: RevisionID?, changeCount: Int) -> Action {
        do {
            let outcome = try store.save(key: noteKey(id, title: title), title: title, text: text, basedOn: basedOn)
            return .noteSaved(id: id, text: text, changeCount: changeCount, outcome: outcome)
        } catch {
            return .noteSaveFailed(id: id, message: "\(error)")
        }
    }

    /// Writes text no save could write to a file that `sobes notes import` reads back.
    func writeUnsaved(_ notes: [UnsavedNote]) -> Action {
        let entries = notes.map {
            NotesMarkdown.Entry(key: noteKey($0.id, title: $0.title), questionTitle: $0.title, text: $0.text)
        }
        do {
            return .unsavedNotesWritten(path: try UnsavedNotesFile.write(entries, dataDirectory: store.directory,
                                                                         environment: environment))
        } catch {
            return .unsavedNotesNotWritten("\(error)")
        }
    }

    /// The stable key of a question of this session (the title is the fallback for one
    /// the library no longer has).
    func noteKey(_ id: QuestionID, title: String) -> NoteKey {
        let titled = QuestionKey(chapterID: id.chapterID, title: QuestionKey.normalizedTitle(title))
        // The question by its number only while it still has the title the save names: a
        // chapter read again may have moved another question to that number.
        if let question = library.question(id), question.key.title == titled.title || question.title == title {
            return NoteKey(question.key)
        }
        return NoteKey(titled)
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

extension NoteKey {
    /// The content model's key as the notes store keeps it.
    public init(_ key: QuestionKey) { self.init(chapterID: key.chapterID, question: key.title) }

    public var questionKey: QuestionKey { QuestionKey(chapterID: chapterID, title: question) }
}

extension OrphanedNote {
    init(_ note: Note) {
        self.init(chapterID: note.key.chapterID, key: note.key.question, questionTitle: note.questionTitle, text: note.text)
    }
}
