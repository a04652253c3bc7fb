import Foundation
@testable import Notes
import Chapter

/// Runs `body` with a fresh directory under /tmp, removed afterwards whatever happens.
func withTemporaryDirectory<T>(_ body: (String) throws -> T) throws -> T {
    let path = NSTemporaryDirectory() + "sobes-notes-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try body(path)
}

/// A clock the test moves by hand, so revision times and moved-aside names are known.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    init(_ start: Date = Date(timeIntervalSince1970: 1_795_000_000)) { current = start }
    var now: Date { lock.withLock { current } }
    func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }
}

func store(in directory: String, clock: TestClock = TestClock()) -> NotesStore {
    NotesStore(directory: directory, questionKey: QuestionKey.normalizedTitle, now: { clock.now })
}

let asyncio3 = NoteKey(chapterID: "04-asyncio", question: "q3")
let asyncio6 = NoteKey(chapterID: "04-asyncio", question: "q6")

/// The revision a save wrote; fails the caller's test through the thrown error otherwise.
func savedRevision(_ outcome: SaveOutcome) throws -> Revision {
    guard case .saved(let revision) = outcome else { throw UnexpectedOutcome(outcome: outcome) }
    return revision
}

struct UnexpectedOutcome: Error { var outcome: SaveOutcome }

func fileMode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? Int ?? -1) & 0o777
}
