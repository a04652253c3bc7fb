import Testing
@testable import Browser

/// The chunked line store behaves as a plain array of lines.
@Suite struct EditorLineStoreTests {
    @Test func replacementsAcrossChunksMatchAnArray() {
        var random = SplitMix64(seed: 42)
        var reference = (0..<1_000).map { "строка \($0)" }
        var store = LineStore(reference.map(EditorLine.init))
        for step in 0..<300 {
            let lower = Int.random(in: 0..<reference.count, using: &random)
            let upper = min(reference.count - 1, lower + Int.random(in: 0...(step % 3 == 0 ? 600 : 3), using: &random))
            let inserted = (0..<Int.random(in: 1...(step % 5 == 0 ? 700 : 2), using: &random)).map { "новая \(step).\($0)" }
            reference.replaceSubrange(lower...upper, with: inserted)
            store.replaceSubrange(lower...upper, with: inserted.map(EditorLine.init))
            #expect(store.count == reference.count)
        }
        #expect(store.map(\.text) == reference)
        let index = reference.count / 2
        store[index].text = "изменена"
        reference[index] = "изменена"
        #expect(store.map(\.text) == reference)
    }

    @Test func aSharedCopyKeepsItsLines() {
        var store = LineStore((0..<600).map { EditorLine("\($0)") })
        let copy = store
        store[300].text = "x"
        store.replaceSubrange(10...20, with: [EditorLine("y")])
        #expect(copy[300].text == "300")
        #expect(copy.count == 600)
        #expect(store.count == 590)
        #expect(store[290].text == "x")
    }

    @Test func anEditorOverManyChunksEditsAndUndoes() {
        let text = (0..<2_000).map { "строка \($0)" }.joined(separator: "\n")
        var harness = EditorHarness(text, width: 20, height: 10)
        harness.perform(.pageDown, times: 30)
        harness.perform(.insert((0..<700).map { "вставка \($0)" }.joined(separator: "\n")))
        harness.perform(.documentEnd, .newline, .documentStart, .deleteForward)
        #expect(harness.editor.lineCount == 2_000 + 699 + 1)
        harness.perform(.undo, times: 3)
        #expect(harness.text == text)
        #expect(harness.cursor == EditorPosition(line: 270, grapheme: 0))
    }
}
