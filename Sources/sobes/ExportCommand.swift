import ArgumentParser
import Browser
import Chapter
import Export
import Foundation
import Notes
import Study

/// `sobes export`: a study sheet (Markdown or HTML) or an Anki deck of chosen questions,
/// with the reader's notes and study state.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write questions with your notes and study state as Markdown, HTML or an Anki deck.",
        discussion: """
            Which questions: QUESTION… (6 or 04-asyncio/6), --chapter ID, --due or --weak. \
            markdown is one file Sobes loads as a chapter; html a self-contained printable page \
            (code in the --theme's colours, default light); apkg an Anki package (needs -o): one \
            note per question, with a GUID from the question's chapter and title, so importing a \
            later export updates the cards instead of adding new ones.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, html, apkg }

    @Argument(help: "Questions: 6 or 04-asyncio/6.") var questions: [QuestionReference] = []
    @Option(help: ArgumentHelp("Every question of a chapter.", valueName: "ID")) var chapter: String?
    @Flag(help: "The questions due for review now (or at --at).") var due = false
    @Flag(help: "The weakest reviewed questions (most forgotten, least likely recalled).") var weak = false
    @Option(help: "markdown, html or apkg.") var format: Format = .markdown
    @Flag(help: "The whole answer, not only the short answer and the code.") var full = false
    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (default: standard output).", valueName: "FILE"))
    var output: String?
    @Option(help: ArgumentHelp("The theme whose syntax colours the code takes (html, apkg).", valueName: "NAME|PATH"))
    var theme: String?
    @OptionGroup var time: StudyTimeOption
    @OptionGroup var library: LibraryOptions
    @OptionGroup var data: NotesDataOptions

    func validate() throws {
        let scopes = [!questions.isEmpty, chapter != nil, due, weak].filter { $0 }.count
        if scopes != 1 { throw ValidationError("name the questions: QUESTION…, --chapter ID, --due or --weak (one of them)") }
        if format == .apkg, output == nil { throw ValidationError("--format apkg writes a file: give -o FILE.apkg") }
    }

    func run() throws {
        let library = try library.settings.loadLibrary()
        let scope = try exportScope(in: library)
        let at = try time.instant()
        var notes: [QuestionID: String] = [:]
        var cards: [QuestionID: Card] = [:]
        try reportingStudyErrors {
            let store = try data.store()
            notes = try Self.noteTexts(store, library: library)
            let context = StudyContext.fromConfig()
            let byKey = questionsByKey(library)
            for reviewed in context.reviewedCards(from: try store.reviews()) {
                if let question = byKey[reviewed.key] { cards[question.id] = reviewed.card }
            }
            reportRecovery(of: store)
        }
        let ids = scope.questionIDs(in: library, cards: cards, at: at)
        guard !ids.isEmpty else { throw Console.failure("nothing to export: \(scopeName) has no questions") }
        let sheet = StudySheet(library: library, ids: ids, notes: notes, cards: cards, at: at)
        switch format {
        case .markdown:
            try write(MarkdownSheet.render(sheet, full: full))
        case .html:
            try write(HTMLSheet.render(sheet, theme: try codeTheme(), full: full))
        case .apkg:
            let theme = try codeTheme()
            do {
                try AnkiPackage.write(AnkiDeck(sheet: sheet), theme: theme, to: output!)
            } catch {
                throw Console.failure(error.description)
            }
        }
        if let output { Output.complain("sobes: wrote \(sheet.entries.count) questions to \(output)") }
    }

    private var scopeName: String {
        if let chapter { return "chapter \(chapter)" }
        return due ? "--due" : weak ? "--weak" : "the list"
    }

    private func exportScope(in library: Library) throws -> ExportScope {
        if let chapter {
            guard library.chapter(id: chapter) != nil else { throw Console.failure("no chapter '\(chapter)'; `sobes list` shows them") }
            return .chapter(chapter)
        }
        if due { return .due }
        if weak { return .weakest }
        return .questions(try questions.map { try $0.resolve(in: library).id })
    }

    /// Every note attached to a question of the library (a slightly renamed question's too).
    static func noteTexts(_ store: NotesStore, library: Library) throws -> [QuestionID: String] {
        let notes = try store.notes()
        let matches = KeyMatching.match(notes.map(\.key.questionKey), in: library)
        var texts: [QuestionID: String] = [:]
        for note in notes {
            switch matches[note.key.questionKey] ?? .orphan {
            case .exact(let id), .similar(let id, _): texts[id] = note.text
            case .orphan: break
            }
        }
        return texts
    }

    private func codeTheme() throws -> Theme {
        let (theme, warnings) = ThemeSelection.standard(contentDirectory: library.settings.bundledOrGivenContent)
            .theme(named: self.theme ?? "light", noColor: false, colorSupport: .indexed256)
        for warning in warnings { Console.warn(warning) }
        return theme
    }

    /// To the file (whole or not at all: a temporary file renamed over it), or to standard output.
    private func write(_ text: String) throws {
        guard let output else { return try Output.write(text, as: .verbatim) }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isFolder), isFolder.boolValue {
            throw Console.failure("\(output): is a directory")
        }
        let target = URL(fileURLWithPath: output)
        let partial = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).partial")
        guard FileManager.default.createFile(atPath: partial.path, contents: Data(text.utf8)) else {
            throw Console.failure("\(output): cannot write in \(target.deletingLastPathComponent().path)")
        }
        guard rename(partial.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(partial.path)
            throw Console.failure("\(output): \(reason)")
        }
    }
}
