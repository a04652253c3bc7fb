import Foundation
import Testing
@testable import Notes

@Suite struct DamagedDatabaseTests {
    let garbage = Data(String(repeating: "это не база данных SQLite\n", count: 200).utf8)

    @Test func garbageIsMovedAsideWithItsBytesAndReported() throws {
        try withTemporaryDirectory { root throws in
            let clock = TestClock()
            let notes = store(in: root, clock: clock)
            try garbage.write(to: URL(fileURLWithPath: notes.databasePath))

            let recovery = try #require(try notes.open())
            let expectedName = notes.databasePath + ".corrupt-" + DatabaseOpener.timestamp(clock.now)
            #expect(recovery.movedTo == expectedName)
            #expect(recovery.originalPath == notes.databasePath)
            #expect(recovery.message.contains(expectedName))
            #expect(notes.recovery == recovery)
            #expect(try Data(contentsOf: URL(fileURLWithPath: expectedName)) == garbage)

            // The fresh database works and is a real one.
            _ = try savedRevision(notes.save(key: asyncio3, title: "t", text: "снова", basedOn: nil))
            #expect(try store(in: root).note(for: asyncio3)?.text == "снова")
            #expect(try store(in: root).open() == nil)
        }
    }

    @Test func timestampIsYearMonthDayDashHourMinuteSecond() {
        let stamp = DatabaseOpener.timestamp(Date())
        #expect(stamp.count == 15)
        #expect(stamp.firstIndex(of: "-") == stamp.index(stamp.startIndex, offsetBy: 8))
        #expect(stamp.filter(\.isNumber).count == 14)
    }

    @Test func anEarlierMovedAsideFileIsNeverOverwritten() throws {
        try withTemporaryDirectory { root throws in
            let clock = TestClock()  // does not move: both damages get the same timestamp
            let first = store(in: root, clock: clock)
            try garbage.write(to: URL(fileURLWithPath: first.databasePath))
            let firstMove = try #require(try first.open())
            first.close()

            let otherGarbage = Data("second damaged file".utf8) + Data(repeating: 0xFF, count: 2048)
            try otherGarbage.write(to: URL(fileURLWithPath: first.databasePath))
            let secondMove = try #require(try store(in: root, clock: clock).open())

            #expect(secondMove.movedTo == firstMove.movedTo + "-2")
            #expect(try Data(contentsOf: URL(fileURLWithPath: firstMove.movedTo)) == garbage)
            #expect(try Data(contentsOf: URL(fileURLWithPath: secondMove.movedTo)) == otherGarbage)
        }
    }

    @Test func itsWalFileIsMovedAlongWithIt() throws {
        try withTemporaryDirectory { root throws in
            let notes = store(in: root)
            try garbage.write(to: URL(fileURLWithPath: notes.databasePath))
            let wal = Data("stale wal".utf8)
            try wal.write(to: URL(fileURLWithPath: notes.databasePath + "-wal"))
            let recovery = try #require(try notes.open())
            #expect(try Data(contentsOf: URL(fileURLWithPath: recovery.movedTo + "-wal")) == wal)
        }
    }

    @Test func damagedPagesBehindAValidHeaderAreFound() throws {
        try withTemporaryDirectory { root throws in
            let notes = store(in: root)
            for number in 1...40 {
                let key = NoteKey(chapterID: "04-asyncio", question: "q\(number)")
                _ = try notes.save(key: key, title: "вопрос \(number)", text: String(repeating: "заметка \(number) ", count: 200), basedOn: nil)
            }
            notes.close()  // the last connection checkpoints the WAL into the file

            // Keep page 1 (header and schema), scribble over the rest.
            let url = URL(fileURLWithPath: notes.databasePath)
            var bytes = try Data(contentsOf: url)
            #expect(bytes.count > 16 * 4096)
            for offset in stride(from: 4096, to: bytes.count, by: 7) { bytes[offset] = 0xA5 }
            try bytes.write(to: url)

            let reopened = store(in: root)
            let recovery = try #require(try reopened.open())
            #expect(try Data(contentsOf: URL(fileURLWithPath: recovery.movedTo)) == bytes)
            #expect(try reopened.notes().isEmpty)
        }
    }

    @Test func theMessageIsOneLineThatSaysWhereTheFileWentFirst() throws {
        try withTemporaryDirectory { root throws in
            let notes = store(in: root)
            for number in 1...40 {
                let key = NoteKey(chapterID: "04-asyncio", question: "вопрос \(number)")
                _ = try notes.save(key: key, title: "вопрос \(number)", text: String(repeating: "заметка \(number) ", count: 200), basedOn: nil)
            }
            notes.close()
            let url = URL(fileURLWithPath: notes.databasePath)
            var bytes = try Data(contentsOf: url)
            for offset in stride(from: 4096, to: bytes.count, by: 7) { bytes[offset] = 0xA5 }
            try bytes.write(to: url)

            let recovery = try #require(try store(in: root).open())
            #expect(recovery.reason.contains("\n"))  // quick_check's own text spans lines
            #expect(!recovery.message.contains("\n"))
            #expect(recovery.message.hasPrefix("the notes database was damaged: moved it to \(recovery.movedTo) "))
            #expect(recovery.message.count < recovery.movedTo.count + 200)
        }
    }
}
