/// Loads a folder of chapters: every `*.md` but `README.md`, ordered by number,
/// with `README.md`'s links giving the order of topics.
public enum LibraryLoader {
    public static func load(directory: String) throws(ChapterError) -> Library {
        switch FileSystem.kind(of: directory) {
        case .missing: throw ChapterError(path: directory, problem: .missingDirectory)
        case .directory: break
        case .file, .other: throw ChapterError(path: directory, problem: .notADirectory)
        }
        let names = try FileSystem.contents(of: directory).filter(isChapterFile)
        guard !names.isEmpty else { throw ChapterError(path: directory, problem: .noChapters) }

        var chapters: [Chapter] = []
        var warnings: [LoadWarning] = []
        var firstError: ChapterError?
        for name in names {
            let path = join(directory, name)
            do {
                let bytes = try FileSystem.read(path)
                let parsed = try ChapterParser.parse(bytes: bytes, chapterID: String(name.dropLast(3)), path: path)
                chapters.append(parsed.chapter)
                warnings += parsed.warnings
            } catch {
                firstError = firstError ?? error
                warnings.append(LoadWarning(path: path, message: "\(error.problemText); skipped"))
            }
        }
        if chapters.isEmpty, let firstError { throw firstError }
        chapters.sort { ($0.number ?? Int.max, $0.id) < ($1.number ?? Int.max, $1.id) }

        let topics = topicOrder(directory: directory, chapters: chapters)
        return Library(chapters: chapters, warnings: warnings, topics: topics)
    }

    static func isChapterFile(_ name: String) -> Bool {
        name.lowercased().hasSuffix(".md") && name.lowercased() != "readme.md" && !name.hasPrefix(".")
    }

    /// Chapter ids in the order README.md links them, then the rest in library order.
    static func topicOrder(directory: String, chapters: [Chapter]) -> [String] {
        let known = Set(chapters.map(\.id))
        var order: [String] = []
        let readme = join(directory, "README.md")
        if FileSystem.kind(of: readme) == .file, let bytes = try? FileSystem.read(readme) {
            for target in ReadmeLinks.targets(in: bytes) {
                let id = String(target.dropLast(3))
                if known.contains(id) && !order.contains(id) { order.append(id) }
            }
        }
        for chapter in chapters where !order.contains(chapter.id) { order.append(chapter.id) }
        return order
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
