import ArgumentParser
import Browser

/// `sobes interview`: the browser in a mock interview.
struct InterviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview",
        abstract: "A mock interview: random questions, a clock per answer, then the follow-ups.",
        discussion: """
            Each question shows as its title alone: answer aloud, then Space shows the whole \
            answer and the follow-up questions an interviewer would ask next, and stops the \
            clock. 1 again, 2 hard, 3 good, 4 easy grade it (written to the review log, as in \
            `sobes study`); Esc ends with a summary: grades, time per answer, how many in time.
            """)

    @Option(help: "How many questions (1-100).") var count = 5
    @Option(help: "Minutes per answer (1-60).") var minutes = 3
    @Option(name: .customLong("chapter"), help: ArgumentHelp("Pick from this chapter only; may be repeated.", valueName: "ID"))
    var chapters: [String] = []
    @OptionGroup var browser: BrowseCommand

    func validate() throws {
        guard (1...100).contains(count) else { throw ValidationError("--count \(count): expected 1 to 100") }
        guard (1...60).contains(minutes) else { throw ValidationError("--minutes \(minutes): expected 1 to 60") }
    }

    func run() throws {
        try browser.settings.open(recalling: .interview,
                         interview: InterviewPlan(questionCount: count, secondsPerQuestion: minutes * 60, chapterIDs: chapters))
    }
}
