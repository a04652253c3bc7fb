import ArgumentParser
import Browser
import Chapter
import Foundation
import Screen
import Search

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one question, rendered for the terminal.",
        discussion: "QUESTION is a number in the first chapter (6) or chapter/number (04-asyncio/6).")

    @OptionGroup var library: LibraryOptions
    @Argument(help: "The question: 6 or 04-asyncio/6.") var question: QuestionReference
    @Option(help: "Columns to fit (default: the terminal's width, or 80).") var width: Int?
    @OptionGroup var colors: ColorOptions

    func validate() throws {
        if let width, width < 10 { throw ValidationError("--width must be at least 10") }
    }

    func run() throws {
        // One question needs one chapter: the others are not read.
        let library = try library.settings.loadChapter(id: question.chapterID)
        let question = try question.resolve(in: library)
        let colored = colors.resolvedTheme()
        let theme = colored ?? .monochrome
        // To a terminal that draws them, links to the web are OSC 8 hyperlinks (the text
        // alone); to a pipe, "text (url)".
        let hyperlinks = Hyperlink.isEnabled(environment: ProcessEnvironment.current, isTerminal: Console.stdoutIsTerminal)
        let renderer = AnswerRenderer(theme: theme, code: .inline(highlight: CodeStyling.highlighter(theme: theme)),
                                      links: hyperlinks ? .hyperlinks : .urlAfterText)
        let answer = renderer.render(question, width: width ?? Console.terminalWidth ?? 80,
                                     appendix: library.appendix(after: question),
                                     followUpTargets: FollowUpTargets.described(of: question, in: library, options: self.library.settings))
        let targets = hyperlinks ? answer.links.map { $0.isExternal ? $0.destination : nil } : []
        try Output.write(ansiText(answer.lines, color: colored != nil, hyperlinks: targets), as: .rendered)
    }
}

extension QuestionReference: ExpressibleByArgument {}

/// Where the follow-ups lead, for the command line: the links the browser kept for the whole
/// library when it has kept them, else searched in the question's own chapter.
enum FollowUpTargets {
    static func index(of library: Library, contentDirectory: String) -> SearchIndex {
        let terms = TermDictionary.load(contentDirectory: contentDirectory)
        for warning in terms.warnings { Console.warn(warning) }
        return SearchIndex(library: library, terms: terms)
    }

    /// "04/8 Как сочетать sync и async код?", by the follow-up's place in its list.
    static func described(of question: Question, in library: Library, options: LibrarySettings) -> [Int: String] {
        guard !(question.interview?.followUps.isEmpty ?? true) else { return [:] }
        if let kept = options.keptFollowUpDescriptions(of: question, in: library) { return kept }
        let links = FollowUpLinker.links(of: question, index: index(of: library, contentDirectory: options.contentDirectory))
        return library.followUpDescriptions(of: question.id, links: links)
    }
}
