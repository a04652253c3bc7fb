import Chapter
@testable import LibraryCache
import Search
import Testing

/// The follow-ups' links kept beside the index file they were made from: read back as they
/// were, and only for that index file.
@Suite struct FollowUpLinksCacheTests {
    let scratch = Scratch()
    let files = [LibraryFile(path: "/library/01-first.md", chapterID: "01-first"), LibraryFile(path: "/library/README.md", chapterID: "")]
    let links = [FollowUpLink(source: QuestionID(chapterID: "01-first", number: 1), index: 0, target: QuestionID(chapterID: "02-second", number: 3)),
                 FollowUpLink(source: QuestionID(chapterID: "01-first", number: 1), index: 2, target: QuestionID(chapterID: "01-first", number: 4)),
                 FollowUpLink(source: QuestionID(chapterID: "02-second", number: 12), index: 1, target: QuestionID(chapterID: "01-first", number: 1))]

    func cache(_ version: String = "test") -> LibraryCache { LibraryCache(directory: scratch.path, programVersion: version) }

    @Test func storedLinksReadBackForTheirIndex() {
        cache().storeFollowUpLinks(links, for: files, index: 42)
        #expect(cache().followUpLinks(for: files, index: 42) == links)
        #expect(cache().followUpLinks(for: files, index: 42 + 1) == nil)
        #expect(cache().followUpLinks(for: Array(files.prefix(1)), index: 42) == nil)
        #expect(cache("other").followUpLinks(for: files, index: 42) == nil)
    }

    @Test func noLinksAtAllReadBackAsNone() {
        cache().storeFollowUpLinks([], for: files, index: 7)
        #expect(cache().followUpLinks(for: files, index: 7) == [])
    }

    @Test func aDamagedLinksFileIsRefused() {
        let first = cache()
        first.storeFollowUpLinks(links, for: files, index: 42)
        let name = String(first.linksPath(for: files).dropFirst(scratch.path.count + 1))
        let bytes = scratch.read(name)
        for position in stride(from: 0, to: bytes.count, by: 3) {
            var damaged = bytes
            damaged[position] ^= 0x21
            scratch.write(name, bytes: damaged)
            let reader = cache()
            #expect(reader.followUpLinks(for: files, index: 42) == nil, "flipped at \(position)")
            #expect(reader.report.rejected.count == 1)
        }
        for length in 0..<bytes.count {
            scratch.write(name, bytes: Array(bytes.prefix(length)))
            #expect(cache().followUpLinks(for: files, index: 42) == nil, "cut at \(length)")
        }
    }
}
