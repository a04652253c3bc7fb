import Chapter
import Screen
import Testing
@testable import Browser

/// `sobes show --width W` never prints a line wider than W: prose and tables fit, code wraps
/// with the code pane's mark.
@Suite struct ShowWidthTests {
    static let fixtureDirectories = ["tables", "shapes"].map { TestLibrary.repositoryRoot + "/Tests/ChapterTests/Fixtures/" + $0 }
    static let libraries = [TestLibrary.bundled] + fixtureDirectories.map { try! LibraryLoader.load(directory: $0) }

    /// What `sobes show` prints for a question (ShowCommand's renderer, without colour).
    static func shown(_ question: Question, in library: Library, width: Int) -> [Substring] {
        let renderer = AnswerRenderer(theme: .monochrome, code: .inline(highlight: CodeStyling.highlighter(theme: .monochrome)))
        let answer = renderer.render(question, width: width, appendix: library.appendix(after: question))
        return ansiText(answer.lines, color: false).split(separator: "\n", omittingEmptySubsequences: false)
    }

    @Test(arguments: 0..<3)
    func noLineIsWiderThanTheWidth(library index: Int) {
        let library = Self.libraries[index]
        var wrappedRows = 0
        for question in library.chapters.flatMap(\.questions) {
            for width in 40...120 {
                for line in Self.shown(question, in: library, width: width) {
                    #expect(displayWidth(of: line) <= width, "\(question.heading) at \(width): \(line)")
                    if line.hasPrefix("  " + CodeText.continuationMark + " ") { wrappedRows += 1 }
                }
            }
        }
        if index < 2 { #expect(wrappedRows > 0, "the chapters have code lines wider than 36 columns") }
    }

    @Test func wrappedCodeLinesJoinBackIntoTheCode() throws {
        let question = try #require(TestLibrary.bundled.chapters[0].question(number: 6))
        // Spaces are compared apart: a row's trailing blanks are not printed.
        func trimmed(_ line: some StringProtocol) -> String { String(line).replacing(/\s+/, with: "") }
        let code = question.codeBlocks.flatMap { CodeText.lines($0.code) }.map(trimmed).filter { !$0.isEmpty }
        for width in [40, 57, 80] {
            // Every code row (indented by four), continuation rows appended to their line.
            var joined: [String] = []
            for line in Self.shown(question, in: TestLibrary.bundled, width: width) {
                if line.hasPrefix("  " + CodeText.continuationMark + " ") {
                    joined[joined.count - 1] += line.dropFirst(4)
                } else if line.hasPrefix("    ") {
                    joined.append(String(line.dropFirst(4)))
                }
            }
            #expect(joined.map(trimmed).filter { !$0.isEmpty } == code, "at \(width)")
        }
        #expect(code.count > 50)
    }
}
