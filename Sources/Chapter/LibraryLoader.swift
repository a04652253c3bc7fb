/// Loads libraries: folders of chapters (every `*.md` but `README.md`, ordered by number)
/// or folders of tracks (sub-folders, each with its own chapters and README), several at
/// once. A README's links give the order of topics and its `##`/`###` headings their
/// groups; a link to a missing file is one warning per README.
public enum LibraryLoader {
    /// One folder to read. A required one that cannot be read stops loading; an optional
    /// one (the reader's own library folder) is skipped when missing.
    public struct Root: Sendable, Equatable {
        public var path: String
        public var isRequired: Bool

        public init(path: String, isRequired: Bool = true) {
            self.path = path
            self.isRequired = isRequired
        }
    }

    /// Gives one chapter file's model: by default it reads and parses the file; a cache may
    /// answer instead (`LibraryCache`).
    public typealias ChapterReader = @Sendable (_ path: String, _ id: String) throws(ChapterError) -> (chapter: Chapter, warnings: [LoadWarning])

    /// Reads the file and parses it.
    public static let parseFile: ChapterReader = { path, id throws(ChapterError) in
        try ChapterParser.parse(bytes: try FileSystem.read(path), chapterID: id, path: path)
    }

    public static func load(directory: String, reader: @escaping ChapterReader = parseFile) throws(ChapterError) -> Library {
        try load(roots: [Root(path: directory)], reader: reader)
    }

    /// Every root's chapters, in the order of the roots. A chapter id already loaded from an
    /// earlier root is skipped with a warning.
    public static func load(roots: [Root], reader: @escaping ChapterReader = parseFile) throws(ChapterError) -> Library {
        var collected = Collected(reader: reader)
        var firstError: ChapterError?
        for root in roots {
            do {
                try collected.add(root: root.path)
            } catch {
                if root.isRequired { throw error }
                if error.problem != .missingDirectory {
                    collected.warnings.append(LoadWarning(path: root.path, message: "\(error.problemText); skipped"))
                }
                firstError = firstError ?? error
            }
        }
        guard !collected.chapters.isEmpty else {
            throw firstError ?? ChapterError(path: roots.first?.path ?? ".", problem: .noChapters)
        }
        return Library(chapters: collected.chapters, warnings: collected.warnings, groups: collected.groups)
    }

    /// What the roots read so far add up to.
    struct Collected {
        let reader: ChapterReader
        var chapters: [Chapter] = []
        var warnings: [LoadWarning] = []
        var groups: [TopicGroup] = []
        var ids: Set<String> = []

        mutating func add(root directory: String) throws(ChapterError) {
            switch FileSystem.kind(of: directory) {
            case .missing: throw ChapterError(path: directory, problem: .missingDirectory)
            case .directory: break
            case .file, .other: throw ChapterError(path: directory, problem: .notADirectory)
            }
            let names = try FileSystem.contents(of: directory)
            let tracks = names.filter { name in
                !name.hasPrefix(".") && FileSystem.kind(of: join(directory, name)) == .directory
                    && ((try? FileSystem.contents(of: join(directory, name)))?.contains(where: isChapterFile) ?? false)
            }
            let files = names.filter(isChapterFile)
            guard !files.isEmpty || !tracks.isEmpty else { throw ChapterError(path: directory, problem: .noChapters) }
            var loadedAny = false
            var firstError: ChapterError?
            do {
                if !files.isEmpty {
                    try addFolder(directory, files: files, idPrefix: "", track: nil)
                    loadedAny = true
                }
            } catch { firstError = error }
            for track in tracks {
                let folder = join(directory, track)
                do {
                    let trackFiles = try FileSystem.contents(of: folder).filter(isChapterFile)
                    let readme = readmeOutline(in: folder)
                    try addFolder(folder, files: trackFiles, idPrefix: track + "/", track: readme?.title ?? track)
                    loadedAny = true
                } catch {
                    firstError = firstError ?? error
                    warnings.append(LoadWarning(path: folder, message: "\(error.problemText); skipped"))
                }
            }
            if !loadedAny, let firstError { throw firstError }
        }

        /// One folder's chapters, grouped as its README says.
        mutating func addFolder(_ folder: String, files: [String], idPrefix: String, track: String?) throws(ChapterError) {
            var loaded: [Chapter] = []
            var firstError: ChapterError?
            var alreadyLoaded = false
            for name in files {
                let path = join(folder, name)
                let id = idPrefix + String(name.dropLast(3))
                if ids.contains(id) {
                    warnings.append(LoadWarning(path: path, message: "a chapter \(id) is already in the library; skipped"))
                    alreadyLoaded = true
                    continue
                }
                do {
                    let parsed = try reader(path, id)
                    loaded.append(parsed.chapter)
                    warnings += parsed.warnings
                } catch {
                    firstError = firstError ?? error
                    warnings.append(LoadWarning(path: path, message: "\(error.problemText); skipped"))
                }
            }
            if loaded.isEmpty, !alreadyLoaded, let firstError { throw firstError }
            loaded.sort { ($0.number ?? Int.max, $0.id) < ($1.number ?? Int.max, $1.id) }
            chapters += loaded
            ids.formUnion(loaded.map(\.id))
            groups += LibraryLoader.groups(of: loaded, folder: folder, idPrefix: idPrefix, track: track, warnings: &warnings)
        }
    }

    /// The README's groups, in its order, then the chapters it does not list.
    static func groups(of chapters: [Chapter], folder: String, idPrefix: String, track: String?,
                       warnings: inout [LoadWarning]) -> [TopicGroup] {
        let known = Set(chapters.map(\.id))
        var placed: Set<String> = []
        var groups: [TopicGroup] = []
        if let outline = readmeOutline(in: folder) {
            var missing: [String] = []
            for group in outline.groups {
                var ids: [String] = []
                for target in group.targets {
                    let id = idPrefix + String(target.dropLast(3))
                    if known.contains(id) {
                        if placed.insert(id).inserted { ids.append(id) }
                    } else if FileSystem.kind(of: join(folder, target)) != .file, !missing.contains(target) {
                        missing.append(target)
                    }
                }
                if !ids.isEmpty { groups.append(TopicGroup(track: track, title: group.title, chapterIDs: ids)) }
            }
            if !missing.isEmpty {
                warnings.append(LoadWarning(path: join(folder, "README.md"),
                                            message: "links to missing files: " + missing.joined(separator: ", ")))
            }
        }
        let rest = chapters.map(\.id).filter { !placed.contains($0) }
        if !rest.isEmpty { groups.append(TopicGroup(track: track, title: nil, chapterIDs: rest)) }
        return groups
    }

    static func readmeOutline(in folder: String) -> ReadmeOutline? {
        let readme = join(folder, "README.md")
        guard FileSystem.kind(of: readme) == .file, let bytes = try? FileSystem.read(readme) else { return nil }
        return ReadmeOutline(bytes: bytes)
    }

    static func isChapterFile(_ name: String) -> Bool {
        // ASCII names (nearly all) by their bytes, in place: a library of a thousand chapters
        // is listed before the first frame.
        var bytesOfName = name
        if let asASCII = bytesOfName.withUTF8(isChapterFile(ascii:)) { return asASCII }
        return name.lowercased().hasSuffix(".md") && name.lowercased() != "readme.md" && !name.hasPrefix(".")
    }

    /// `isChapterFile` of a name's UTF-8 bytes when they are ASCII; nil for any other name
    /// (its case is the String's to fold).
    static func isChapterFile(ascii bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        let count = bytes.count
        guard count >= 3, bytes[0] != UInt8(ascii: "."), bytes[count - 3] == UInt8(ascii: "."),
              bytes[count - 2] | 0x20 == UInt8(ascii: "m"), bytes[count - 1] | 0x20 == UInt8(ascii: "d") else { return false }
        // Not the README (of any case): "readme" before ".md". (Byte by byte: a zip of
        // the two would be a generic type the runtime checks the first time, ~1.5M
        // instructions before the first frame.)
        guard count == 9 else { return true }
        let readme: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0x72, 0x65, 0x61, 0x64, 0x6D, 0x65)
        return !(bytes[0] | 0x20 == readme.0 && bytes[1] | 0x20 == readme.1 && bytes[2] | 0x20 == readme.2
                 && bytes[3] | 0x20 == readme.3 && bytes[4] | 0x20 == readme.4 && bytes[5] | 0x20 == readme.5)
    }

    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}

extension ChapterError {
    /// The problem without the path, for warnings that name the path themselves.
    var problemText: String {
        let full = description
        let prefix = "\(path): "
        if full.hasPrefix(prefix) { return String(full.dropFirst(prefix.count)) }
        if full.hasPrefix(path + ":") { return "line " + full.dropFirst(path.count + 1) }
        return full
    }
}
