import Browser
import Chapter
@testable import Export
import Foundation
import GRDB
import Testing

@Suite struct AnkiPackageTests {
    @Test func sha1MatchesKnownDigests() {
        func hex(_ text: String) -> String { SHA1.digest(Array(text.utf8)).map { String(format: "%02x", $0) }.joined() }
        #expect(hex("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(hex("") == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        #expect(hex(String(repeating: "a", count: 1000)) == "291e9a6c66994949b57ba5e650361e98fc36b1ba")
    }

    @Test func theGUIDFollowsTheQuestionsIdentityNotItsNumber() throws {
        let question = Fixtures.chapter04.questions[3]
        var renumbered = question
        renumbered.id = QuestionID(chapterID: question.id.chapterID, number: 42)
        let guid = AnkiGUID.guid(for: question.key)
        #expect(AnkiGUID.guid(for: renumbered.key) == guid)
        #expect(AnkiGUID.guid(for: QuestionKey(chapterID: question.key.chapterID, title: question.key.title)) == guid)
        let guids = Set(Fixtures.chapter04.questions.map { AnkiGUID.guid(for: $0.key) })
        #expect(guids.count == Fixtures.chapter04.questions.count)
        #expect(AnkiGUID.guid(for: QuestionKey(chapterID: "05-other", title: question.key.title)) != guid)
    }

    @Test func theCollectionHoldsOneNoteAndCardPerQuestion() throws {
        let chapter = Fixtures.chapter04
        let noted = chapter.questions[1].id
        let sheet = StudySheet(library: Fixtures.library, ids: chapter.questions.map(\.id),
                               notes: [noted: "заметка <b>"], cards: [:], at: Fixtures.moment)
        let deck = AnkiDeck(sheet: sheet)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sobes-anki-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("collection.anki2").path
        try AnkiCollection.write(deck, codeStyle: CodeHTML.stylesheet(Theme.fallback), to: path, now: Date(timeIntervalSince1970: 1_796_000_000))

        let queue = try DatabaseQueue(path: path)
        try queue.read { db in
            #expect(try Int.fetchOne(db, sql: "SELECT ver FROM col") == 11)
            let rows = try Row.fetchAll(db, sql: "SELECT guid, flds, tags, sfld, csum FROM notes ORDER BY id")
            #expect(rows.count == chapter.questions.count)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM cards JOIN notes ON cards.nid = notes.id") == chapter.questions.count)
            for (row, question) in zip(rows, chapter.questions) {
                let fields = (row["flds"] as String).split(separator: "\u{1F}", omittingEmptySubsequences: false)
                #expect(fields.count == AnkiNoteType.fieldNames.count)
                #expect(row["guid"] as String == AnkiGUID.guid(for: question.key))
                #expect(row["sfld"] as String == question.title)
                #expect(row["csum"] as Int64 == AnkiCollection.checksum(question.title))
                #expect((row["tags"] as String).contains(" sobes::chapter::04-asyncio "))
                #expect(fields[5].isEmpty == (question.id != noted))
            }
            let models = try #require(try String.fetchOne(db, sql: "SELECT models FROM col"))
            let json = try #require(try JSONSerialization.jsonObject(with: Data(models.utf8)) as? [String: [String: Any]])
            let fieldNames = (json[String(AnkiNoteType.id)]?["flds"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
            #expect(fieldNames == AnkiNoteType.fieldNames)
        }
    }

    @Test func aPackageNeverReplacesAFolderAndReplacesAFileWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sobes-apkg-target-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("keep"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        FileManager.default.createFile(atPath: folder.appendingPathComponent("keep/file").path, contents: Data("x".utf8))
        let sheet = StudySheet(library: Fixtures.library, ids: [Fixtures.chapter04.questions[0].id], notes: [:], cards: [:], at: Fixtures.moment)
        let deck = AnkiDeck(sheet: sheet)
        #expect(throws: AnkiPackage.WriteError.self) { try AnkiPackage.write(deck, theme: .fallback, to: folder.appendingPathComponent("keep").path) }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("keep/file").path), "the folder is left as it was")
        let target = folder.appendingPathComponent("deck.apkg").path
        FileManager.default.createFile(atPath: target, contents: Data("old".utf8))
        try AnkiPackage.write(deck, theme: .fallback, to: target)
        let written = try Data(contentsOf: URL(fileURLWithPath: target))
        #expect(written.prefix(2) == Data("PK".utf8), "the old file is replaced by the zip")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".partial") }
        #expect(leftovers.isEmpty)
    }

    @Test func namesWithColonsStayOneDeckLevel() {
        let entry = StudySheet.Entry(question: Fixtures.chapter04.questions[0], chapterHeading: "05. C++: шаблоны", track: "Языки")
        #expect(AnkiDeck.deckName(entry) == "Sobes::Языки::05. C++꞉ шаблоны")
        #expect(AnkiDeck.tags(entry) == ["sobes", "sobes::chapter::04-asyncio", "sobes::track::Языки"])
    }
}
