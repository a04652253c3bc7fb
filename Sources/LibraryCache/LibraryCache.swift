#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Chapter
import Synchronization

/// The parsed chapters kept on disk between runs, one entry per chapter file under
/// `DIR/chapters/`, read by mapping the file. An entry is used only when it was written by
/// this Sobes in this format for this file (path and id) and the file still has the size
/// and modification time it had, or the same content; anything else (a changed file, a
/// damaged, truncated or foreign entry) is parsed again and the entry rewritten. A cache
/// that cannot be written is no error: Sobes works without it and `problem` says why.
public final class LibraryCache: Sendable {
    public let directory: String
    let programVersion: String
    private let state = Mutex(Report())

    /// What the cache did this run, for `--verbose` and tests.
    public struct Report: Sendable, Equatable {
        /// Entries used as they were.
        public var hits = 0
        /// Whether the library's search index was read from its file.
        public var indexHit = false
        /// How many chapters changed since that file was written (indexed again by the caller).
        public var indexChangedChapters = 0
        /// Files parsed because no valid entry was there.
        public var parsed = 0
        /// Entries that were present but not used: damaged, foreign or stale, and why.
        public var rejected: [String] = []
        /// Why the cache could not be written, once; nil while it can.
        public var problem: String?
        /// Whether this run has written an entry yet (the first write tidies the folder).
        var hasWritten = false
    }

    public init(directory: String, programVersion: String) {
        self.directory = directory
        self.programVersion = programVersion
    }

    public var report: Report { state.withLock { $0 } }

    /// The loader's way of reading a chapter through this cache.
    public var reader: LibraryLoader.ChapterReader {
        { [self] path, id throws(ChapterError) in try chapter(at: path, id: id) }
    }

    /// A modification time this close (seconds) to when its entry was written may hide a
    /// change within the clock's granularity: such a file's content is checked.
    static let racyWindow: Int64 = 2

    /// The chapter file's model, from its entry when that is valid, else parsed (and stored).
    public func chapter(at path: String, id: String) throws(ChapterError) -> (chapter: Chapter, warnings: [LoadWarning]) {
        let entryPath = self.entryPath(path: path, id: id)
        guard let current = FileStamp.read(path) else {
            // Missing, a FIFO, a directory: the parser's read says so in its own words.
            return try LibraryLoader.parseFile(path, id)
        }
        var bytes: [UInt8]?
        if let mapped = MappedFile(path: entryPath) {
            do {
                let entry = try CacheEntry(mapped.bytes, programVersion: programVersion)
                guard entry.path == CacheFiles.absolute(path), entry.id == id else { throw CacheDamage("another file's entry") }
                guard entry.stamp.size == current.size else { throw CacheDamage("the file changed size") }
                let sameTime = entry.stamp.modifiedSeconds == current.seconds && entry.stamp.modifiedNanoseconds == current.nanoseconds
                if sameTime && current.seconds < entry.writtenAt - LibraryCache.racyWindow {
                    let decoded = try chapter(of: entry, in: mapped, entryPath: entryPath)
                    state.withLock { $0.hits += 1 }
                    return decoded
                }
                // Touched, copied or just written: the content decides.
                let content = try readContentFile(path)
                bytes = content
                guard ContentHash.of(content) == entry.stamp.contentHash else { throw CacheDamage("the file's content changed") }
                let decoded = try chapter(of: entry, in: mapped, entryPath: entryPath)
                state.withLock { $0.hits += 1 }
                let stamp = FileStamp(size: current.size, modifiedSeconds: current.seconds,
                                      modifiedNanoseconds: current.nanoseconds, contentHash: entry.stamp.contentHash)
                // The chapter keeps reading its bodies from the old file's mapping; the new file takes its name.
                store(CacheEntry.bytes(programVersion: programVersion, path: entry.path, id: id, stamp: stamp,
                                       writtenAt: FileStamp.now(), model: entry.model, bodies: entry.bodies), at: entryPath)
                mapped.release()
                return decoded
            } catch let damage as CacheDamage {
                state.withLock { $0.rejected.append("\(path): \(damage)") }
            } catch {
                // The file could not be read for the content check: the parse below says why.
            }
        }
        let content: [UInt8]
        if let bytes { content = bytes } else { content = try readContentFile(path) }
        let parsed = try ChapterParser.parse(bytes: content, chapterID: id, path: path)
        state.withLock { $0.parsed += 1 }
        // A file that changed while it was read gets no entry: the next run reads it again.
        if let after = FileStamp.read(path), after == current, UInt64(content.count) == current.size {
            var model = BinaryWriter(capacity: content.count / 8)
            var bodies = BinaryWriter(capacity: content.count)
            ChapterCodec.encode(parsed.chapter, warnings: parsed.warnings, head: &model, bodies: &bodies)
            let stamp = FileStamp(size: current.size, modifiedSeconds: current.seconds,
                                  modifiedNanoseconds: current.nanoseconds, contentHash: ContentHash.of(content))
            let entry = model.bytes.withUnsafeBytes { model in
                bodies.bytes.withUnsafeBytes { bodies in
                    CacheEntry.bytes(programVersion: programVersion, path: CacheFiles.absolute(path), id: id, stamp: stamp,
                                     writtenAt: FileStamp.now(), model: model, bodies: bodies)
                }
            }
            // The parsed answers are dropped for the entry just written: a first run holds no
            // more of the library than a later one.
            if store(entry, at: entryPath), let mapped = MappedFile(path: entryPath),
               let written = try? CacheEntry(mapped.bytes, programVersion: programVersion),
               let stored = try? chapter(of: written, in: mapped, entryPath: entryPath),
               stored.chapter.questions.count == parsed.chapter.questions.count {
                return stored
            }
        }
        return parsed
    }

    /// The chapter an entry holds: its head decoded, each question's body left in the mapped
    /// file until the question is read (`StoredBody`).
    func chapter(of entry: CacheEntry, in mapped: MappedFile, entryPath: String) throws(CacheDamage)
        -> (chapter: Chapter, warnings: [LoadWarning]) {
        var reader = BinaryReader(entry.model)
        let head = try ChapterCodec.decodeHead(&reader, bodiesCount: entry.bodies.count)
        guard reader.isAtEnd else { throw CacheDamage("trailing bytes in the model") }
        mapped.release()
        let bodiesStart = entry.bodies.isEmpty ? 0 : entry.bodies.baseAddress! - mapped.bytes.baseAddress!
        let sourcePath = head.sourcePath
        let chapter = try head.chapter { question throws(CacheDamage) in
            let range = (bodiesStart + question.body.lowerBound)..<(bodiesStart + question.body.upperBound)
            let body = StoredBody(fingerprint: question.checksum) { [self] in
                do throws(CacheDamage) {
                    defer { mapped.release() }
                    return try ChapterCodec.decodeBody(UnsafeRawBufferPointer(rebasing: mapped.bytes[range]), checksum: question.checksum)
                } catch {
                    return unreadableBody(question, sourcePath: sourcePath, entryPath: entryPath, damage: error)
                }
            }
            return Question(id: question.id, key: question.key, title: question.title, label: question.label,
                            line: question.line, body: body)
        }
        return (chapter, head.warnings)
    }

    /// A body whose stored bytes do not read (the entry was damaged after it was opened): the
    /// entry goes, so the next run parses the file, and the answer is read from the chapter
    /// file now; when that file no longer has the question, one line says what happened.
    func unreadableBody(_ question: ChapterCodec.QuestionHead, sourcePath: String, entryPath: String,
                        damage: CacheDamage) -> QuestionBody {
        state.withLock { $0.rejected.append("\(entryPath): \(damage)") }
        unlink(entryPath)
        if let parsed = try? LibraryLoader.parseFile(sourcePath, question.id.chapterID),
           let again = parsed.chapter.questions.first(where: { $0.key == question.key }) {
            return again.body
        }
        let text = "Ответ не прочитан: запись кэша повреждена (\(damage)), а в файле \(sourcePath) этого вопроса нет."
        return QuestionBody(sections: [Section(kind: .other, title: "", line: question.line,
                                               blocks: [Block(.paragraph([.text(text)]), lines: question.line...question.line)])])
    }

    func noteIndexHit(changedChapters: Int) {
        state.withLock {
            $0.indexHit = true
            $0.indexChangedChapters = changedChapters
        }
    }
    func noteRejected(_ reason: String) { state.withLock { $0.rejected.append(reason) } }
    func noteProblem(_ problem: String) { state.withLock { $0.problem = $0.problem ?? problem } }

    /// The chapter an entry holds, every body decoded now (the entry's bytes need not outlive it).
    static func decode(_ entry: CacheEntry) throws(CacheDamage) -> (chapter: Chapter, warnings: [LoadWarning]) {
        var reader = BinaryReader(entry.model)
        let head = try ChapterCodec.decodeHead(&reader, bodiesCount: entry.bodies.count)
        guard reader.isAtEnd else { throw CacheDamage("trailing bytes in the model") }
        let chapter = try head.chapter { question throws(CacheDamage) in
            let body = try ChapterCodec.decodeBody(UnsafeRawBufferPointer(rebasing: entry.bodies[question.body]), checksum: question.checksum)
            return Question(id: question.id, key: question.key, title: question.title, label: question.label,
                            line: question.line, sections: body.sections, footnotes: body.footnotes)
        }
        return (chapter, head.warnings)
    }

    /// Where a chapter file's entry lives: named by a hash of its absolute path and id.
    func entryPath(path: String, id: String) -> String {
        let name = String(ContentHash.of(CacheFiles.absolute(path) + "\u{0}" + id), radix: 16)
        return chaptersDirectory + "/" + name + ".chapter"
    }

    private var chaptersDirectory: String { CacheLocation.joined(directory, "chapters") }

    /// Writes an entry; true when it was written.
    @discardableResult
    private func store(_ bytes: [UInt8], at path: String) -> Bool {
        guard report.problem == nil else { return false }
        let problem = CacheFiles.makeDirectory(chaptersDirectory) ?? CacheFiles.write(bytes, to: path)
        if let problem { state.withLock { $0.problem = $0.problem ?? problem } }
        let first = state.withLock { report in
            defer { report.hasWritten = true }
            return !report.hasWritten
        }
        if first { CacheFiles.removeAbandonedTemporaries(in: chaptersDirectory) }
        return problem == nil
    }
}
