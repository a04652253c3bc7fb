// libFuzzer target for the notes import parser (`sobes notes import`); built and run by
// run-library-fuzz.sh notes-import.
//
// Checked on every input: parsing gives entries or a NotesError, never a crash; what it
// accepts, written back by the exporter, parses to the same entries (keys, titles, texts
// byte for byte).
import Foundation
import Notes

@_cdecl("LLVMFuzzerTestOneInput")
public func notesImportFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let document = String(decoding: UnsafeBufferPointer(start: size > 0 ? data : nil, count: size), as: UTF8.self)
    timed(size: size) {
        guard let entries = try? NotesMarkdown.parse(document, fileName: "fuzz.md") else { return }
        let notes = entries.enumerated().map { offset, entry in
            Note(key: entry.key, questionTitle: entry.questionTitle, text: entry.text,
                 revisionID: RevisionID(Int64(offset + 1)), revisionNumber: 1, updatedAt: Date(timeIntervalSince1970: 0))
        }
        let written = NotesMarkdown.render(notes)
        guard let again = try? NotesMarkdown.parse(written, fileName: "again.md") else {
            fatalError("the export of accepted entries does not parse")
        }
        let sorted = entries.sorted { $0.key < $1.key }
        check(again.count == sorted.count, "\(sorted.count) entries became \(again.count)")
        for (before, after) in zip(sorted, again) {
            check(before.key == after.key, "key \(before.key) became \(after.key)")
            check(Array(before.text.utf8) == Array(after.text.utf8), "the text of \(before.key) changed")
        }
    }
    return 0
}
