import Chapter
import Foundation
import Screen
import Search
import Testing
@testable import Browser

/// `sobes show`'s text for question 6, compared with a checked snapshot.
/// Set SOBES_UPDATE_SNAPSHOTS=1 to rewrite the snapshot after a deliberate change.
@Suite struct ShowSnapshotTests {
    static let snapshotPath = TestLibrary.repositoryRoot + "/Tests/BrowserTests/Snapshots/show-q6-w80.txt"

    /// As `sobes show` prints it: the follow-ups with where they lead.
    func renderQuestion6(width: Int) -> String {
        let library = TestLibrary.bundled
        let question = library.chapters[0].question(number: 6)!
        let index = SearchIndex(library: library, terms: TermDictionary.load(contentDirectory: TestLibrary.repositoryRoot + "/Content"))
        let targets = library.followUpDescriptions(of: question.id, links: FollowUpLinker.links(of: question, index: index))
        let renderer = AnswerRenderer(theme: .monochrome, code: .inline(highlight: CodeStyling.highlighter(theme: .monochrome)))
        return ansiText(renderer.render(question, width: width, followUpTargets: targets).lines, color: false)
    }

    @Test func question6MatchesTheSnapshot() throws {
        let rendered = renderQuestion6(width: 80)
        if ProcessInfo.processInfo.environment["SOBES_UPDATE_SNAPSHOTS"] == "1" {
            try rendered.write(toFile: Self.snapshotPath, atomically: true, encoding: .utf8)
        }
        let snapshot = try String(contentsOfFile: Self.snapshotPath, encoding: .utf8)
        #expect(rendered == snapshot)
    }

    @Test func noMarkdownSyntaxShowsRaw() {
        // Code lines are indented by four spaces and may hold `**` (Python's power operator).
        let prose = renderQuestion6(width: 80).split(separator: "\n").filter { !$0.hasPrefix("    ") }
        #expect(prose.count > 30)
        for raw in ["**", "```", "|---", "### ", "## "] {
            #expect(!prose.contains { $0.contains(raw) }, "raw Markdown \(raw)")
        }
    }

    @Test func everyLineFitsTheWidthAndTableRowsAlign() {
        for width in [40, 60, 80, 120] {
            let lines = renderQuestion6(width: width).split(separator: "\n", omittingEmptySubsequences: false)
            let codeLines = Set(CodeText.lines(TestLibrary.bundled.chapters[0].question(number: 6)!.codeBlocks.map(\.code).joined()))
            for line in lines where !codeLines.contains(String(line.dropFirst(4))) {
                #expect(displayWidth(of: line) <= width, "width \(width): \(line)")
            }
            let tableRows = lines.filter { $0.hasPrefix("│") || $0.hasPrefix("┌") || $0.hasPrefix("├") || $0.hasPrefix("└") }
            #expect(Set(tableRows.map { displayWidth(of: $0) }).count <= 1, "table rows of one width at \(width)")
        }
    }
}
