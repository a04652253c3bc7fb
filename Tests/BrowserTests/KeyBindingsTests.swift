import Foundation
import Screen
import Testing
@testable import Browser

/// The binding table is the one source of keys: the keymap, the help window, the status
/// bar and the README's key table must all agree with it.
@Suite struct KeyBindingsTests {
    @Test func theReadmeHasTheTableOfEveryKey() throws {
        let readme = try String(contentsOfFile: TestLibrary.repositoryRoot + "/README.md", encoding: .utf8)
        let table = KeyBindings.readmeTable()
        let hasTable = readme.contains(table)
        #expect(hasTable, "README.md's key table must be exactly:\n\(table)")
        let missing = KeyBindings.all.flatMap(\.keyNames).filter { !readme.contains("`\($0)`") }
        #expect(missing.isEmpty, "README.md does not name \(missing)")
    }

    @Test func theHelpWindowListsEveryBinding() {
        var state = TestLibrary.state(width: 200, height: 60)
        state.apply(.toggleHelp)
        var shown = ""
        for scroll in stride(from: 0, to: 200, by: 20) {
            state.overlay = .help(scroll: scroll)
            shown += state.screenText
        }
        for binding in KeyBindings.all {
            #expect(shown.contains(binding.label), "help lacks \(binding.label)")
            #expect(shown.contains(binding.help), "help lacks «\(binding.help)»")
        }
    }

    @Test func everyChordOfTheTableReachesItsAction() {
        for binding in KeyBindings.all {
            for chord in binding.chords {
                let mode: Mode
                switch binding.context {
                case .browsing: mode = .browsing
                case .overlay: mode = .overlay(.help(scroll: 0))
                case .unsavedPrompt: mode = .overlay(.unsavedOnQuit(reason: ""))
                case .searchLine: mode = .typingSearch
                case .editor: mode = .editingNote
                case .noteFind: mode = .findingInNote
                case .recall: mode = .recall
                }
                #expect(Keymap.action(for: chord.chord, in: mode) == chord.action, "\(chord.chord.name) in \(binding.context)")
            }
        }
    }

    @Test func noChordMeansTwoThingsInOneContext() {
        for context in KeyBinding.Context.allCases {
            var seen: [KeyChord: Action] = [:]
            for binding in KeyBindings.all where binding.context == context {
                for chord in binding.chords {
                    if let earlier = seen[chord.chord] { #expect(earlier == chord.action, "\(chord.chord.name) in \(context)") }
                    seen[chord.chord] = chord.action
                }
            }
        }
    }

    @Test func hintsAreDroppedWholeNeverCut() {
        for width in [40, 60, 80, 100, 120, 200] {
            for focus in [Pane.list, .answer, .code] {
                var state = TestLibrary.state(width: width, height: 24)
                state.focus = focus
                let bar = state.screenLines.last ?? ""
                let hints = StatusBar.hints(for: state)
                let shown = hints.filter { bar.contains("\($0.keys) \($0.words)") }
                // Every hint on the bar is whole, and none is shown in part.
                for hint in hints where !shown.contains(where: { $0.keys == hint.keys && $0.words == hint.words }) {
                    #expect(!bar.hasSuffix(" " + hint.keys), "\(width) \(focus): \(bar)")
                    #expect(!bar.contains(hint.words.prefix(2) + "…"))
                }
                if width >= 160 { #expect(shown.count == hints.count, "\(width) \(focus): \(bar)") }
            }
        }
    }

    @Test func escClosesAWindowAndQClosesItToo() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(.toggleHelp)
        #expect(Keymap.action(for: .character("q"), in: state) == .dismiss)
        state.apply(.dismiss)
        #expect(state.overlay == nil && !state.isQuitting)
    }

    @Test func ctrlUClearsTheSearchLineAndStaysInIt() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(.startSearch)
        state.type("sem")
        if let action = Keymap.action(for: .key(.character("u"), .ctrl), in: state) { state.apply(action) }
        #expect(state.search?.text == "" && state.mode == .typingSearch)
        state.type("q")
        #expect(!state.isQuitting && state.search?.text == "q")
    }

    @Test func halfPagesMoveHalfAsFarAsPages() {
        var state = TestLibrary.state(width: 120, height: 16)
        state.apply(.focusNext)
        state.apply(.halfPageDown)
        let half = state.answerScroll
        state.apply(.top, .pageDown)
        #expect(half > 0 && half == max(state.pageSize / 2, 1) && state.answerScroll == state.pageSize)
    }
}

