import ArgumentParser
import Chapter
import Foundation
import Notes

/// `sobes bookmarks`: the questions marked with `m` in the browser, oldest first; a mark whose
/// question is gone from the library is listed as an orphan.
struct BookmarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bookmarks",
        abstract: "List the bookmarked questions (m in the browser), oldest first; marks whose question is gone as orphans.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var data: NotesDataOptions
    @OptionGroup var library: LibraryOptions
    @Option(help: "text or json.") var format: Format = .text

    func run() throws {
        let library = try library.settings.loadLibrary()
        try reportingNotesErrors {
            let store = try data.store()
            let bookmarks = try store.bookmarks()
            reportRecovery(of: store)
            if bookmarks.isEmpty, format == .text {
                Output.complain("sobes bookmarks: none yet in \(store.databasePath) (m in the browser marks a question)")
            }
            try Output.write(Self.render(bookmarks, in: library, format: format), as: format == .text ? .forPeople : .machine)
        }
    }

    static func render(_ bookmarks: [Bookmark], in library: Library, format: Format) -> String {
        let questions = bookmarks.map { library.question(key: QuestionKey(chapterID: $0.key.chapterID, title: $0.key.question)) }
        switch format {
        case .text:
            return zip(bookmarks, questions).map { bookmark, question in
                guard let question else { return "orphan \(bookmark.key)  \(bookmark.title)  (its question is not in the library)\n" }
                return "\(question.id)  \(question.title)\n"
            }.joined()
        case .json:
            // `number` is the question's number in the library now; null for an orphan.
            struct Row: Encodable {
                var chapter: String; var key: String; var title: String; var number: Int?; var markedAt: String
            }
            struct Document: Encodable {
                let schema = JSONOutput.schema
                let command = "bookmarks"
                var bookmarks: [Row]
            }
            let rows = zip(bookmarks, questions).map { bookmark, question in
                Row(chapter: bookmark.key.chapterID, key: bookmark.key.question, title: question?.title ?? bookmark.title,
                    number: question?.number,
                    markedAt: UTCTimestamp.secondsString(milliseconds: Int64((bookmark.createdAt.timeIntervalSince1970 * 1000).rounded(.down))))
            }
            return JSONOutput.render(Document(bookmarks: rows))
        }
    }
}
