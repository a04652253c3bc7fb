@testable import Chapter
import Synchronization
import Testing

/// A question whose answer is stored reads as one that holds it decoded, and only the most
/// recently read answers stay decoded.
@Suite struct StoredBodyTests {
    static let body = QuestionBody(sections: [Section(kind: .shortAnswer, title: "Короткий ответ", line: 3,
                                                      blocks: [Block(.paragraph([.text("Ответ.")]), lines: 4...4)])],
                                   footnotes: [Footnote(label: "a", number: 1, blocks: [Block(.paragraph([.text("Сноска")]), lines: 6...6)])])

    func question(_ body: StoredBody) -> Question {
        Question(id: QuestionID(chapterID: "01-x", number: 1), key: QuestionKey(chapterID: "01-x", title: "вопрос"),
                 title: "Вопрос", label: "Вопрос 1", line: 1, body: body)
    }

    @Test func aStoredAnswerReadsAsTheDecodedOne() {
        let stored = question(StoredBody(fingerprint: 1) { StoredBodyTests.body })
        let decoded = Question(id: stored.id, key: stored.key, title: "Вопрос", label: "Вопрос 1", line: 1,
                               sections: StoredBodyTests.body.sections, footnotes: StoredBodyTests.body.footnotes)
        #expect(stored.sections == decoded.sections)
        #expect(stored.footnotes == decoded.footnotes)
        #expect(stored == decoded)
        #expect(stored.section(forKey: 2)?.title == "Короткий ответ")
    }

    @Test func storedAnswersOfTheSameBytesAreEqualUnread() {
        let reads = Mutex(0)
        let read: @Sendable () -> QuestionBody = { reads.withLock { $0 += 1 }; return StoredBodyTests.body }
        let one = question(StoredBody(fingerprint: 7, read: read)), other = question(StoredBody(fingerprint: 7, read: read))
        #expect(one == other)
        #expect(reads.withLock { $0 } == 0)
        // Other bytes: the answers themselves decide.
        let third = question(StoredBody(fingerprint: 8, read: read))
        #expect(one == third)
        #expect(reads.withLock { $0 } == 2)
    }

    @Test func anEditedAnswerIsHeldDecoded() {
        var edited = question(StoredBody(fingerprint: 1) { StoredBodyTests.body })
        edited.sections = []
        #expect(!edited.isBodyStored)
        #expect(edited.sections.isEmpty)
        #expect(edited.footnotes == StoredBodyTests.body.footnotes)
    }

    @Test func onlyTheMostRecentlyReadAnswersStayDecoded() {
        let recent = RecentBodies(capacity: 4)
        let reads = Mutex(0)
        let bodies = (0..<10).map { index in
            StoredBody(fingerprint: UInt64(index), recent: recent) { reads.withLock { $0 += 1 }; return StoredBodyTests.body }
        }
        for body in bodies { _ = body.body }
        #expect(bodies.map(\.isDecoded) == Array(repeating: false, count: 6) + Array(repeating: true, count: 4))
        // Reading one again keeps it: it is the newest now, and is not decoded a second time.
        _ = bodies[6].body
        _ = bodies[0].body
        #expect(reads.withLock { $0 } == 11)
        #expect(bodies[6].isDecoded && bodies[0].isDecoded && !bodies[7].isDecoded)
        #expect(bodies.filter(\.isDecoded).count == 4)
    }
}
