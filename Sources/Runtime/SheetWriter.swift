import Browser
import Chapter
import Export
import Foundation
import Study

/// Writes the browser's study sheet (`x`): Markdown, into the working directory, never over
/// a file already there.
struct SheetWriter {
    let library: Library
    let directory: String

    func write(ids: [QuestionID], notes: [QuestionID: String], cards: [QuestionID: Card], fileName: String, at time: Instant) -> Action {
        let sheet = StudySheet(library: library, ids: ids, notes: notes, cards: cards, at: time)
        let bytes = Array(MarkdownSheet.render(sheet).utf8)
        let stem = fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName
        for attempt in 1...100 {
            let path = directory + "/" + (attempt == 1 ? stem : "\(stem)-\(attempt)") + ".md"
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor < 0 {
                if errno == EEXIST { continue }
                return .sheetNotExported("\(path): \(String(cString: strerror(errno)))")
            }
            defer { close(descriptor) }
            var written = 0
            while written < bytes.count {
                let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
                if count < 0 {
                    if errno == EINTR { continue }
                    let reason = String(cString: strerror(errno))
                    unlink(path)
                    return .sheetNotExported("\(path): \(reason)")
                }
                written += count
            }
            return .sheetExported(path: path, count: sheet.entries.count)
        }
        return .sheetNotExported("\(directory): too many sheets named \(stem)")
    }
}
