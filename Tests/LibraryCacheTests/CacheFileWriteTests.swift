import Foundation
@testable import LibraryCache
import Testing

/// Cache files are written a piece at a time (`CacheFiles.writePiece`): what is read back is
/// every part, in order, byte for byte, whatever the parts' sizes against the piece.
@Suite struct CacheFileWriteTests {
    @Test func partsLargerAndSmallerThanAPieceAreWrittenWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sobes-write-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let piece = CacheFiles.writePiece
        let sizes = [0, 1, piece - 1, piece, piece + 1, 3 * piece + 17]
        let parts = sizes.enumerated().map { index, size in (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ index) } }
        let path = folder + "/file"
        #expect(CacheFiles.write(parts: parts, to: path) == nil)
        let read = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(read == parts.flatMap { $0 })
    }
}
