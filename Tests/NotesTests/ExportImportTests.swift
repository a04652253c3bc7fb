import Foundation
import Testing
@testable import Notes
import Chapter

@Suite struct ExportImportTests {
    /// Texts that break naive formats: headings, markers, trailing newlines, CR, Cyrillic.
    static let trickyNotes: [(NoteKey, String, String)] = [
        (asyncio3, "Как работает event loop?", "Один поток.\n# Это не заголовок экспорта\n## и это\n\n```python\nawait x\n```\n\n\n"),
        (asyncio6, "gather vs wait: разница", "<!-- /sobes-note -->\n\\<!-- sobes-note chapter=x question=1 -->\n<!-- sobes-notes version=1 -->"),
        (NoteKey(chapterID: "04-asyncio", question: "q12"), "", "строка с CRLF\r\nи ещё\r\n"),
        (NoteKey(chapterID: "05 базы данных", question: "q1"), "Индексы", "\n"),
        (NoteKey(chapterID: "07-git", question: "q2"), "rebase", "no trailing newline"),
    ]

    private func fill(_ notes: NotesStore) throws {
        for (key, title, text) in Self.trickyNotes {
            _ = try savedRevision(notes.save(key: key, title: title, text: text, basedOn: nil))
        }
    }

    @Test func markdownRoundTripsExactly() throws {
        try withTemporaryDirectory { root throws in
            let source = store(in: root + "/a")
            try fill(source)
            let exported = try source.export(format: .markdown)

            let target = store(in: root + "/b")
            let report = try target.importMarkdown(exported, fileName: "notes.md")
            #expect(report == ImportReport(imported: Self.trickyNotes.count, unchanged: 0))
            let imported = try target.notes()
            #expect(imported.count == Self.trickyNotes.count)
            for (key, title, text) in Self.trickyNotes {
                let note = try #require(imported.first { $0.key == key })
                #expect(Array(note.text.unicodeScalars) == Array(text.unicodeScalars), "\(key)")
                #expect(note.questionTitle == title)
                #expect(try target.revisions(of: key).first?.kind == .import)
            }
            // Exporting again gives the same document, and importing it again changes nothing.
            #expect(try target.export(format: .markdown) == exported)
            #expect(try target.importMarkdown(exported, fileName: "notes.md") == ImportReport(imported: 0, unchanged: Self.trickyNotes.count))
        }
    }

    @Test func importAddsARevisionOnTopOfExistingNotes() throws {
        try withTemporaryDirectory { root throws in
            let notes = store(in: root)
            // A version 1 export keys the note by its heading's title ("t").
            let keyedByTitle = NoteKey(chapterID: "04-asyncio", question: "t")
            let first = try savedRevision(notes.save(key: keyedByTitle, title: "t", text: "старое", basedOn: nil))
            let document = """
                <!-- sobes-notes version=1 -->
                <!-- sobes-note chapter=04-asyncio question=3 -->
                ### Вопрос 3: t

                новое
                <!-- /sobes-note -->

                """
            #expect(try notes.importMarkdown(document, fileName: "n.md").imported == 1)
            #expect(try notes.revisions(of: keyedByTitle).map(\.text) == ["новое", "старое"])
            #expect(try notes.revision(first.id)?.text == "старое")
        }
    }

    @Test func theExportIsReadableMarkdown() throws {
        try withTemporaryDirectory { root throws in
            let notes = store(in: root)
            _ = try notes.save(key: asyncio3, title: "Как работает event loop?", text: "Мой ответ", basedOn: nil)
            let exported = try notes.export(format: .markdown)
            #expect(exported == """
                <!-- sobes-notes version=2 -->
                # Заметки

                ## 04-asyncio

                <!-- sobes-note chapter=04-asyncio question=q3 -->
                ### Как работает event loop?

                Мой ответ
                <!-- /sobes-note -->

                """)
        }
    }

    @Test func jsonExportHasEveryField() throws {
        try withTemporaryDirectory { root throws in
            let notes = store(in: root)
            try fill(notes)
            let json = try notes.export(format: .json)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            #expect(document["schema"] as? Int == 1 && document["command"] as? String == "notes export")
            let entries = try #require(document["notes"] as? [[String: Any]])
            #expect(entries.count == Self.trickyNotes.count)
            let first = try #require(entries.first { $0["chapter"] as? String == "04-asyncio" && $0["key"] as? String == "q3" })
            #expect(first["title"] as? String == "Как работает event loop?")
            #expect(first["text"] as? String == Self.trickyNotes[0].2)
            #expect(first["revision"] as? Int == 1)
            #expect(first["updatedAt"] is String)
        }
    }

    // MARK: Bad input

    private func importError(_ document: String) -> NotesError? {
        do {
            _ = try NotesMarkdown.parse(document, fileName: "notes.md", questionKey: QuestionKey.normalizedTitle)
            return nil
        } catch {
            return error as? NotesError
        }
    }

    private func line(of error: NotesError?) -> Int? {
        if case .malformedImport(let file, let line, _) = error, file == "notes.md" { return line }
        return nil
    }

    @Test func aMalformedMarkerIsReportedWithItsLine() {
        let error = importError("""
            <!-- sobes-notes version=1 -->
            # Заметки

            ## 04-asyncio
            <!-- sobes-note chapter=04-asyncio question=x -->
            ### Вопрос 3: t

            text
            <!-- /sobes-note -->
            """)
        #expect(line(of: error) == 5)
        #expect(error?.description.hasPrefix("notes.md:5: malformed question number") == true)

        #expect(line(of: importError("<!-- sobes-notes version=1 -->\n<!-- sobes-note question=3 -->\n")) == 2)
        #expect(line(of: importError("<!-- sobes-notes version=1 -->\n<!-- sobes-note chapter=a question=3\n")) == 2)
        #expect(line(of: importError("<!-- sobes-notes version=1 -->\n<!-- /sobes-note -->\n")) == 2)
    }

    @Test func aMissingEndMarkerNamesTheNotesStart() {
        let error = importError("""
            <!-- sobes-notes version=1 -->

            <!-- sobes-note chapter=04-asyncio question=3 -->
            ### Вопрос 3: t

            text
            <!-- sobes-note chapter=04-asyncio question=4 -->
            """)
        #expect(line(of: error) == 7)
        let unterminated = importError("<!-- sobes-notes version=1 -->\n\n<!-- sobes-note chapter=a question=1 -->\n### Вопрос 1\n\nx\n")
        #expect(line(of: unterminated) == 3)
    }

    @Test func otherProblemsAreReportedWithTheirLines() {
        #expect(line(of: importError("# My notes\n")) == 1)
        #expect(line(of: importError("")) == 1)
        #expect(line(of: importError("<!-- sobes-notes version=3 -->\n")) == 1)
        #expect(line(of: importError("<!-- sobes-notes version=1 -->\nstray paragraph\n")) == 2)
        // The heading must name the marker's question.
        #expect(line(of: importError("<!-- sobes-notes version=1 -->\n<!-- sobes-note chapter=a question=1 -->\n### Вопрос 2: t\n\nx\n<!-- /sobes-note -->\n")) == 3)
        #expect(line(of: importError("<!-- sobes-notes version=1 -->\n<!-- sobes-note chapter=a question=1 -->\n### Вопрос 1\nx\n<!-- /sobes-note -->\n")) == 4)
        let duplicate = "<!-- sobes-note chapter=a question=1 -->\n### Вопрос 1\n\nx\n<!-- /sobes-note -->\n"
        #expect(line(of: importError("<!-- sobes-notes version=1 -->\n" + duplicate + duplicate)) == 7)
    }

    @Test func aMalformedFileImportsNothing() throws {
        try withTemporaryDirectory { root throws in
            let notes = store(in: root)
            let document = """
                <!-- sobes-notes version=1 -->
                <!-- sobes-note chapter=04-asyncio question=3 -->
                ### Вопрос 3: t

                good
                <!-- /sobes-note -->
                <!-- sobes-note chapter=04-asyncio question= -->
                """
            #expect(throws: NotesError.self) { try notes.importMarkdown(document, fileName: "n.md") }
            #expect(try notes.notes().isEmpty)
        }
    }

    @Test func aCRLFConvertedExportStillImports() throws {
        let exported = NotesMarkdown.render([
            Note(key: asyncio3, questionTitle: "t", text: "строка 1\nстрока 2", revisionID: RevisionID(1),
                 revisionNumber: 1, updatedAt: Date()),
        ])
        let converted = exported.replacingOccurrences(of: "\n", with: "\r\n")
        let entries = try NotesMarkdown.parse(converted, fileName: "notes.md", questionKey: QuestionKey.normalizedTitle)
        #expect(entries.map(\.text) == ["строка 1\nстрока 2"])
    }
}
