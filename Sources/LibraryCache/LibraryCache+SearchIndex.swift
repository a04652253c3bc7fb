import Chapter
import Search

/// The library's search index kept under `DIR/index/`, one file per set of library files
/// (named by a hash of their paths and ids), read by mapping. It is used only when this Sobes
/// wrote it in this format and every file still has the size and modification time it had
/// (older than the racy window); anything else is rebuilt from the models by the caller.
extension LibraryCache {
    /// What `storeSearchIndex` needs: the files' stamps taken before the library was read, so a
    /// file that changes while it is read leaves a stamp that no longer matches.
    public struct LibraryStamps: Sendable {
        let files: [LibraryFile]
        fileprivate let stamps: [SearchIndexFile.Stamp]?
    }

    /// How many index files are kept (libraries read with other folders each have one).
    static let keptIndexFiles = 4

    public func stamps(of files: [LibraryFile]) -> LibraryStamps {
        var stamps: [SearchIndexFile.Stamp] = []
        stamps.reserveCapacity(files.count)
        for file in files {
            guard let current = FileStamp.read(file.path) else { return LibraryStamps(files: files, stamps: nil) }
            stamps.append(SearchIndexFile.Stamp(file: LibraryFile(path: CacheFiles.absolute(file.path), chapterID: file.chapterID),
                                                size: current.size, modifiedSeconds: current.seconds,
                                                modifiedNanoseconds: current.nanoseconds))
        }
        return LibraryStamps(files: files, stamps: stamps)
    }

    /// The index of the library these files make, mapped from its file, with the warnings its
    /// load gave and the chapters whose files changed since it was written (empty: it is the
    /// library's index as it stands; else `SearchIndex.updated` makes it current); nil when there
    /// is no valid one for these very files (why goes into the report). Snippets read their
    /// chapter through `chapters`, by default this cache's entry for it.
    public func searchIndex(for files: [LibraryFile], terms: TermDictionary,
                            chapters: (@Sendable (_ id: String, _ path: String) -> Chapter?)? = nil)
        -> (index: SearchIndex, warnings: [LoadWarning], changedChapters: Set<String>)? {
        let path = indexPath(for: files)
        guard let mapped = MappedFile(path: path, maximumSize: 1 << 34) else { return nil }
        do {
            let file = try SearchIndexFile(mapped.bytes, programVersion: programVersion)
            guard let current = stamps(of: files).stamps, current.map(\.file) == file.stamps.map(\.file) else {
                throw CacheDamage("the library's files changed")
            }
            // A file written too close to when the index was may have changed unseen since.
            var changed = Set<String>()
            for (now, then) in zip(current, file.stamps)
            where now != then || now.modifiedSeconds >= file.writtenAt - LibraryCache.racyWindow {
                changed.insert(now.file.chapterID)
            }
            var index: SearchIndex
            do {
                index = try SearchIndex(fileBody: file.body, owner: mapped, terms: terms,
                                        chapters: chapters ?? { [self] id, path in try? chapter(at: path, id: id).chapter })
            } catch {
                throw CacheDamage("index: \(error)")
            }
            // Only an index used as it was stored is that file: links kept for it apply.
            if changed.isEmpty { index.fileIdentity = file.identity }
            noteIndexHit(changedChapters: changed.count)
            return (index, file.warnings, changed)
        } catch {
            noteRejected("\(path): \(error)")
            return nil
        }
    }

    /// Writes the index of the library read from `stamps`' files, with the load's warnings; the
    /// index comes back with the written file's identity, nil when nothing was written.
    @discardableResult
    public func storeSearchIndex(_ index: SearchIndex, stamps: LibraryStamps, warnings: [LoadWarning]) -> UInt64? {
        guard let fileStamps = stamps.stamps else { return nil }
        let head = SearchIndexFile.head(programVersion: programVersion, writtenAt: FileStamp.now(), stamps: fileStamps, warnings: warnings)
        let folder = indexDirectory
        if let problem = CacheFiles.makeDirectory(folder) ?? CacheFiles.write(parts: [head, index.fileBody()], to: indexPath(for: stamps.files)) {
            noteProblem(problem)
            return nil
        }
        CacheFiles.removeAbandonedTemporaries(in: folder)
        CacheFiles.keepNewest(LibraryCache.keptIndexFiles, withSuffix: ".index", in: folder)
        CacheFiles.keepNewest(LibraryCache.keptIndexFiles, withSuffix: ".links", in: folder)
        return SearchIndexFile.identity(ofHead: head)
    }

    func indexPath(for files: [LibraryFile]) -> String {
        var key = ""
        for file in files { key += CacheFiles.absolute(file.path) + "\u{0}" + file.chapterID + "\u{0}" }
        return indexDirectory + "/" + String(ContentHash.of(key), radix: 16) + ".index"
    }

    var indexDirectory: String { CacheLocation.joined(directory, "index") }
}
