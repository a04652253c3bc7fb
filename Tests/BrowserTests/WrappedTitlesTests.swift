import Chapter
import Screen
import Testing
@testable import Browser

@Suite struct WrappedTitlesTests {
    static func id(_ number: Int) -> QuestionID { QuestionID(chapterID: "04-asyncio", number: number) }

    @Test func keepsTitlesByQuestionLimitAndWidth() {
        var titles = WrappedTitles()
        titles.store(["Как работает", "event loop"], of: Self.id(1), limit: 2, width: 12)
        titles.store(["Как работает event loop"], of: Self.id(1), limit: 6, width: 12)
        #expect(titles.lines(of: Self.id(1), limit: 2, width: 12) == ["Как работает", "event loop"])
        #expect(titles.lines(of: Self.id(1), limit: 6, width: 12) == ["Как работает event loop"])
        #expect(titles.lines(of: Self.id(2), limit: 2, width: 12) == nil)
        #expect(titles.lines(of: Self.id(1), limit: 2, width: 20) == nil)
        // Another width starts again.
        titles.store(["x"], of: Self.id(2), limit: 2, width: 20)
        #expect(titles.lines(of: Self.id(1), limit: 2, width: 20) == nil)
    }

    @Test func theFirstFrameFindsTheTitlesInViewWrapped() {
        let state = TestLibrary.state(width: 120, height: 40)
        let entries = state.listEntries
        #expect(!entries.isEmpty)
        let inView = state.listLayout()
        #expect(inView.count > 1)
        for entry in inView {
            let stored = state.listTitles.lines(of: entries[entry.index], limit: state.titleRowLimit(of: entry.index),
                                                width: state.listTitleWidth)
            #expect(stored == entry.lines, "\(entries[entry.index]) was not wrapped before the first frame")
        }
    }

    @Test func makesRoomBeforeTheRowsInViewAreStored() {
        var titles = WrappedTitles()
        for number in 1..<WrappedTitles.capacity { titles.store(["t"], of: Self.id(number), limit: 2, width: 10) }
        titles.view = WrappedTitles.View(chapterID: "04-asyncio", results: nil, top: 0, selected: 0, labelWidth: 4,
                                         rows: Rect(x: 0, y: 0, width: 10, height: 5))
        titles.makeRoom(for: 1)
        #expect(titles.lines(of: Self.id(1), limit: 2, width: 10) == ["t"])
        #expect(titles.view != nil)
        titles.makeRoom(for: 5)
        #expect(titles.lines(of: Self.id(1), limit: 2, width: 10) == nil)
        #expect(titles.view == nil)
    }
}
