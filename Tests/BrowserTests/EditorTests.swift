import Screen
import Testing
@testable import Browser

/// The notes editor's text operations: typing, deleting, cursor moves, round trips.
@Suite struct EditorTests {
    private let at = EditorHarness.at

    @Test func typingCyrillicAndWideCharacters() {
        var harness = EditorHarness()
        #expect(harness.editor.isEmpty)
        harness.type("привет 世界😀")
        #expect(harness.text == "привет 世界😀")
        #expect(harness.cursor == at(0, 10))
        #expect(harness.cell == Point(x: 13, y: 0))  // 7 narrow cells, then three wide characters
        #expect(!harness.editor.isEmpty)
    }

    @Test func aTypedCombiningMarkJoinsTheCharacterBefore() {
        var harness = EditorHarness()
        harness.type("e")
        harness.perform(.insert("\u{301}"), .insert("x"))
        #expect(harness.text == "e\u{301}x")
        #expect(harness.cursor == at(0, 2))
        harness.perform(.left, .left)
        #expect(harness.cursor == at(0, 0))
        harness.perform(.deleteForward)
        #expect(harness.text == "x")
        harness.perform(.undo)
        #expect(harness.text == "e\u{301}x")
    }

    @Test func leftAndRightMoveByGraphemeOverEmojiAndCombiningMarks() {
        // a, a family (one grapheme of five scalars), й as и + breve, a flag, b.
        let text = "a👨‍👩‍👧и\u{306}🇷🇺b"
        var harness = EditorHarness(text)
        harness.perform(.right, times: 4)
        #expect(harness.cursor == at(0, 4))
        #expect(harness.cell == Point(x: 6, y: 0))
        harness.perform(.right, .right)
        #expect(harness.cursor == at(0, 5))  // the end: no further
        harness.perform(.deleteBackward, .deleteBackward)
        #expect(harness.text == "a👨‍👩‍👧и\u{306}")
        harness.perform(.deleteBackward)
        #expect(harness.text == "a👨‍👩‍👧")
        harness.perform(.left, .deleteForward)
        #expect(harness.text == "a")
    }

    @Test func leftAndRightCrossLineEnds() {
        var harness = EditorHarness("ab\ncd")
        harness.perform(.left)
        #expect(harness.cursor == at(0, 0))
        harness.perform(.lineEnd, .right)
        #expect(harness.cursor == at(1, 0))
        harness.perform(.left)
        #expect(harness.cursor == at(0, 2))
        harness.perform(.documentEnd, .right)
        #expect(harness.cursor == at(1, 2))
    }

    @Test func wordMovesTreatCyrillicAsWordsAndSkipPunctuation() {
        var harness = EditorHarness("Привет, мир! foo_bar 42\nдва")
        var stops: [Int] = []
        for _ in 0..<4 {
            harness.perform(.wordRight)
            stops.append(harness.cursor.grapheme)
        }
        #expect(stops == [6, 11, 20, 23])
        harness.perform(.wordRight)
        #expect(harness.cursor == at(1, 0))
        harness.perform(.wordRight)
        #expect(harness.cursor == at(1, 3))
        harness.perform(.wordLeft, .wordLeft)
        #expect(harness.cursor == at(0, 23))
        stops = []
        for _ in 0..<4 {
            harness.perform(.wordLeft)
            stops.append(harness.cursor.grapheme)
        }
        #expect(stops == [21, 13, 8, 0])
    }

    @Test func wordMovesStopInsideAWordWithCombiningMarks() {
        var harness = EditorHarness("ёлки-и\u{306}ка")
        harness.perform(.wordRight)
        #expect(harness.cursor == at(0, 4))
        harness.perform(.wordRight)
        #expect(harness.cursor == at(0, 8))  // й written as и + breve is one letter
    }

    @Test func newlineSplitsAndBackspaceJoins() {
        var harness = EditorHarness("приветмир")
        harness.perform(.right, times: 6)
        harness.perform(.newline)
        #expect(harness.editor.lines == ["привет", "мир"])
        #expect(harness.cursor == at(1, 0))
        harness.perform(.deleteBackward)
        #expect(harness.text == "приветмир")
        #expect(harness.cursor == at(0, 6))
        harness.perform(.newline, .left, .deleteForward)
        #expect(harness.text == "приветмир")
        #expect(harness.cursor == at(0, 6))
        harness.perform(.documentStart, .deleteBackward)
        #expect(harness.text == "приветмир")
        harness.perform(.documentEnd, .deleteForward)
        #expect(harness.text == "приветмир")
    }

    @Test func insertedTextIsNormalized() {
        var harness = EditorHarness()
        harness.perform(.insert("a\tb\u{1B}[31mc\r\nd\re\u{2028}f"))
        #expect(harness.editor.lines == ["a    b[31mc", "d", "e", "f"])
        harness.perform(.insert("\u{1B}"), .insert("\u{85}"), .insert("\u{7F}"))
        #expect(harness.editor.lines == ["a    b[31mc", "d", "e", "f"])
        harness.perform(.insert("g\u{2029}h"))
        #expect(harness.editor.lines == ["a    b[31mc", "d", "e", "fg", "h"])
        harness.perform(.undo)
        #expect(harness.editor.lines == ["a    b[31mc", "d", "e", "f"])
        harness.perform(.undo)  // the controls alone inserted nothing: no undo step of their own
        #expect(harness.text == "")
        #expect(!harness.editor.canUndo)
    }

    @Test(arguments: ["", "\n", "a\n", "\n\nb\n\n", "строка\r\nдругая", "конец\n", "世\t界\u{1B}"])
    func textRoundTripsExactly(_ text: String) {
        var harness = EditorHarness(text)
        #expect(Array(harness.text.utf8) == Array(text.utf8))
        #expect(harness.editor.lines.count == text.utf8.filter { $0 == 0x0A }.count + 1)
        harness.perform(.documentEnd)
        harness.type("ещё")
        harness.perform(.newline, .documentStart, .insert("x\ny"))
        harness.perform(.undo, .undo, .undo)
        #expect(Array(harness.text.utf8) == Array(text.utf8))
    }

    @Test func pasteOfManyLinesIsOneUndoStep() {
        var harness = EditorHarness("начало конец")
        harness.perform(.right, times: 7)
        harness.perform(.insert("один\r\nдва\rтри\n"))
        #expect(harness.text == "начало один\nдва\nтри\nконец")
        #expect(harness.cursor == at(3, 0))
        harness.perform(.undo)
        #expect(harness.text == "начало конец")
        #expect(harness.cursor == at(0, 7))
        harness.perform(.redo)
        #expect(harness.text == "начало один\nдва\nтри\nконец")
        #expect(harness.cursor == at(3, 0))
    }

    @Test func typedCharactersUndoTogetherUntilAnotherCommand() {
        var harness = EditorHarness()
        harness.type("мир")
        harness.perform(.undo)
        #expect(harness.text == "")
        harness.perform(.redo)
        #expect(harness.text == "мир")
        #expect(harness.cursor == at(0, 3))

        harness = EditorHarness()
        harness.type("ab")
        harness.perform(.left)
        harness.type("c")
        #expect(harness.text == "acb")
        harness.perform(.undo)
        #expect(harness.text == "ab")
        #expect(harness.cursor == at(0, 1))
        harness.perform(.undo)
        #expect(harness.text == "")
        #expect(harness.cursor == at(0, 0))
        harness.perform(.undo)
        #expect(harness.text == "")
        harness.perform(.redo, .redo)
        #expect(harness.text == "acb")
        #expect(harness.cursor == at(0, 2))
    }

    @Test func newlineSeparatesUndoSteps() {
        var harness = EditorHarness()
        harness.type("a")
        harness.perform(.newline)
        harness.type("b")
        harness.perform(.undo)
        #expect(harness.text == "a\n")
        harness.perform(.undo)
        #expect(harness.text == "a")
        harness.perform(.undo)
        #expect(harness.text == "")
    }

    @Test func backspacesUndoTogetherAndRestoreTheCursor() {
        var harness = EditorHarness("привет\nмир")
        harness.perform(.down, .lineEnd)
        harness.perform(.deleteBackward, times: 4)  // "мир" and the line break
        #expect(harness.text == "привет")
        #expect(harness.cursor == at(0, 6))
        harness.perform(.undo)
        #expect(harness.text == "привет\nмир")
        #expect(harness.cursor == at(1, 3))
        harness.perform(.documentStart)
        harness.perform(.deleteForward, times: 2)
        harness.perform(.deleteBackward)
        #expect(harness.text == "ивет\nмир")
        #expect(harness.text == "ивет\nмир")  // backspace at the start changes nothing
        harness.perform(.undo)
        #expect(harness.text == "привет\nмир")
        #expect(harness.cursor == at(0, 0))
        harness.perform(.undo)
        #expect(harness.text == "привет\nмир")
        #expect(!harness.editor.canUndo)
    }

    @Test func aNewEditForgetsWhatCouldBeRedone() {
        var harness = EditorHarness()
        harness.type("ab")
        harness.perform(.left)
        harness.type("c")
        harness.perform(.undo)
        #expect(harness.editor.canRedo)
        harness.type("x")
        #expect(harness.text == "axb")
        #expect(!harness.editor.canRedo)
        harness.perform(.redo)
        #expect(harness.text == "axb")
        harness.perform(.undo, .undo)
        #expect(harness.text == "")
        #expect(!harness.editor.canUndo)
    }

    @Test func theChangeCountMovesWithEveryChangeOfTheText() {
        var harness = EditorHarness("текст")
        let opened = harness.editor.changeCount
        harness.perform(.documentEnd, .left, .wordLeft, .pageDown, .up, .deleteBackward, .undo)
        #expect(harness.editor.changeCount == opened)  // nothing changed: no edit, nothing to undo
        harness.type("ab")
        #expect(harness.editor.changeCount == opened + 2)
        harness.perform(.undo)
        #expect(harness.editor.changeCount == opened + 3)
        harness.perform(.redo, .insert(""))
        #expect(harness.editor.changeCount == opened + 4)
    }

    @Test func undoGroupsCanBeClosedByTheCaller() {
        var harness = EditorHarness()
        harness.type("ab")
        harness.editor.closeUndoGroup()
        harness.type("cd")
        harness.perform(.undo)
        #expect(harness.text == "ab")
    }
}
