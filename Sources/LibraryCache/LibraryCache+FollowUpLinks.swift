import Chapter
import Search

/// The follow-ups' links of a library, kept beside its index file (`DIR/index/NAME.links`).
/// Linking searches the index twice a follow-up: tens of thousands of searches over a large
/// library, a minute of work that reads most of the index into memory, at every start. The
/// links follow from the index alone, so a links file is used only with the index file it was
/// made from (that file's identity) and only when this Sobes wrote it:
///
///     "SOBESLNK"  format (u32)  0 (u32)  checksum (u64) of the rest
///     program version, the index file's identity (u64), count, then per link:
///     source chapter id, number, the follow-up's place, target chapter id, number
extension LibraryCache {
    static let linksMagic: [UInt8] = Array("SOBESLNK".utf8)
    static let linksFormat: UInt32 = 1

    /// The links made from the index file with this identity, for these library files; nil
    /// when there are none (or they are damaged, foreign or from another index).
    public func followUpLinks(for files: [LibraryFile], index identity: UInt64) -> [FollowUpLink]? {
        let path = linksPath(for: files)
        guard let mapped = MappedFile(path: path) else { return nil }
        defer { mapped.release() }
        do {
            return try LibraryCache.links(mapped.bytes, programVersion: programVersion, index: identity)
        } catch {
            noteRejected("\(path): \(error)")
            return nil
        }
    }

    /// Keeps the links made from the index file with this identity.
    public func storeFollowUpLinks(_ links: [FollowUpLink], for files: [LibraryFile], index identity: UInt64) {
        let bytes = LibraryCache.linksBytes(links, programVersion: programVersion, index: identity)
        if let problem = CacheFiles.makeDirectory(indexDirectory) ?? CacheFiles.write(bytes, to: linksPath(for: files)) {
            noteProblem(problem)
        }
    }

    func linksPath(for files: [LibraryFile]) -> String {
        String(indexPath(for: files).dropLast(".index".count)) + ".links"
    }

    static func linksBytes(_ links: [FollowUpLink], programVersion: String, index identity: UInt64) -> [UInt8] {
        var body = BinaryWriter(capacity: links.count * 24 + 64)
        body.string(programVersion)
        body.word(identity)
        body.count(links.count)
        for link in links {
            body.string(link.source.chapterID)
            body.int(link.source.number)
            body.int(link.index)
            body.string(link.target.chapterID)
            body.int(link.target.number)
        }
        var writer = BinaryWriter(capacity: body.bytes.count + 24)
        writer.raw(linksMagic)
        writer.word32(linksFormat)
        writer.word32(0)
        writer.word(ContentHash.of(body.bytes))
        writer.raw(body.bytes)
        return writer.bytes
    }

    static func links(_ bytes: UnsafeRawBufferPointer, programVersion expected: String, index identity: UInt64) throws(CacheDamage) -> [FollowUpLink] {
        var reader = BinaryReader(bytes)
        guard bytes.count >= 24, Array(try reader.bytes(linksMagic.count)) == linksMagic else { throw CacheDamage("not a links file") }
        guard try reader.word32() == linksFormat, try reader.word32() == 0 else { throw CacheDamage("another format") }
        let checksum = try reader.word()
        guard ContentHash.of(UnsafeRawBufferPointer(rebasing: bytes[24...])) == checksum else { throw CacheDamage("checksum mismatch") }
        let version = try reader.string()
        guard version == expected else { throw CacheDamage("written by sobes \(version)") }
        guard try reader.word() == identity else { throw CacheDamage("made from another index") }
        // Chapter ids repeat link after link: one string each.
        var ids: [String: String] = [:]
        func id(_ text: String) -> String {
            if let known = ids[text] { return known }
            ids[text] = text
            return text
        }
        var links: [FollowUpLink] = []
        let count = try reader.count(bytesEach: 5)
        links.reserveCapacity(count)
        for _ in 0..<count {
            let source = QuestionID(chapterID: id(try reader.string()), number: try reader.int())
            let place = try reader.int()
            let target = QuestionID(chapterID: id(try reader.string()), number: try reader.int())
            links.append(FollowUpLink(source: source, index: place, target: target))
        }
        guard reader.isAtEnd else { throw CacheDamage("trailing bytes") }
        return links
    }
}
