import ArgumentParser
import Browser
import Chapter
import Foundation
import LibraryCache
import Runtime
import Search
import Synchronization

/// `--content DIR` (repeatable), shared by every command that reads the library.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A folder of chapters or of tracks, read besides the bundled library and your own ($XDG_DATA_HOME/sobes/library, `library = [...]` in config.toml); may be repeated.",
        valueName: "DIR"))
    var content: [String] = []
    @Flag(help: "Say on stderr what the chapter cache did (entries used, files parsed, why it could not be written).")
    var verbose = false

    /// The options as plain values, which do the reading.
    var settings: LibrarySettings { LibrarySettings(content: content, verbose: verbose) }
}

/// Which library to read, and whether to say what the cache did: `LibraryOptions` as parsed,
/// or the defaults, which `sobes` alone makes without the argument parser (building a
/// command's option wrappers instantiates the parser's generic types at run time: about a
/// million instructions before the first frame).
struct LibrarySettings: Equatable {
    var content: [String] = []
    var verbose = false

    /// The bundled library (or SOBES_CONTENT): its terms.tsv is the dictionary search uses.
    var contentDirectory: String { ContentLocator.directory(option: nil) }

    /// Where the shipped Themes/ sit: beside the bundled Content/, even when `--content` points elsewhere.
    var bundledOrGivenContent: String { ContentLocator.bundledDirectory() ?? contentDirectory }

    /// Loads the library, printing warnings; a library that cannot load ends the command with status 2.
    func loadLibrary() throws -> Library {
        let (roots, cache) = rootsAndCache()
        return try loadLibrary(roots: roots, cache: cache)
    }

    private func loadLibrary(roots: [LibraryLoader.Root], cache: LibraryCache?) throws -> Library {
        do {
            let library = try LibraryLoader.load(roots: roots, reader: cache?.reader ?? LibraryLoader.parseFile)
            for warning in library.warnings { Console.warn(warning.description) }
            if verbose { Console.warn(cache?.summary ?? "no cache directory (neither SOBES_CACHE_DIR, XDG_CACHE_HOME nor HOME)") }
            return library
        } catch {
            throw Console.failure(error.description)
        }
    }

    /// The library's search index: mapped from the cache when the library's files are as it
    /// was built from (no chapter is read; snippets read the chapters of their hits, through
    /// `chapters`, which can read them ahead); when some files changed since, that index with
    /// those chapters indexed again; else built from the library (`loaded`, or read now).
    /// Either of the last two is stored for the next run (`chapters` nil: the index holds the
    /// library's models). Warnings are printed as a load's are.
    func searchIndex(terms: TermDictionary) throws -> (index: SearchIndex, chapters: SnippetChapters?) {
        let (roots, cache) = rootsAndCache()
        return try searchIndex(terms: terms, loaded: nil, roots: roots, cache: cache)
    }

    private func searchIndex(terms: TermDictionary, loaded: Library?, roots: [LibraryLoader.Root], cache: LibraryCache?) throws
        -> (index: SearchIndex, chapters: SnippetChapters?) {
        let files = LibraryLoader.files(roots: roots)
        var stored: (index: SearchIndex, warnings: [LoadWarning], changedChapters: Set<String>)?
        if let cache, let files {
            let chapters = SnippetChapters(cache: cache, files: files)
            stored = cache.searchIndex(for: files, terms: terms, chapters: { chapters.chapter(id: $0, path: $1) })
            if let stored, stored.changedChapters.isEmpty {
                if loaded == nil { for warning in stored.warnings { Console.warn(warning.description) } }
                if verbose { Console.warn(cache.summary) }
                return (stored.index, chapters)
            }
        }
        let stamps = files.flatMap { cache?.stamps(of: $0) }
        let library = try loaded ?? loadLibrary(roots: roots, cache: cache)
        var index = stored.map { $0.index.updated(for: library, changedChapters: $0.changedChapters, terms: terms) }
            ?? SearchIndex(library: library, terms: terms)
        if let cache, let stamps { index.fileIdentity = cache.storeSearchIndex(index, stamps: stamps, warnings: library.warnings) }
        return (index, nil)
    }

    /// The follow-ups' links of the whole library, as the browser makes them: through the
    /// library's index (`searchIndex`), and kept beside its file, since linking is two searches
    /// a follow-up (about a minute at a thousand chapters).
    func followUpLinks(of library: Library) throws -> [FollowUpLink] {
        let terms = TermDictionary.load(contentDirectory: contentDirectory)
        for warning in terms.warnings { Console.warn(warning) }
        // The library was loaded by this command, which said the configuration's warnings.
        let (roots, cache) = rootsAndCache(sayingWarnings: false)
        let (index, _) = try searchIndex(terms: terms, loaded: library, roots: roots, cache: cache)
        return Self.followUpLinks(of: library, index: index, roots: roots, cache: cache)
    }

    /// The links kept beside the index's file when it has one, else made (and kept).
    private static func followUpLinks(of library: Library, index: SearchIndex, roots: [LibraryLoader.Root],
                                      cache: LibraryCache?) -> [FollowUpLink] {
        guard let cache, let identity = index.fileIdentity, let files = LibraryLoader.files(roots: roots) else {
            return FollowUpLinker.links(library: library, index: index)
        }
        if let links = cache.followUpLinks(for: files, index: identity) { return links }
        let links = FollowUpLinker.links(library: library, index: index)
        cache.storeFollowUpLinks(links, for: files, index: identity)
        return links
    }

    /// Only the chapter the browser opens with, how to read the rest after the first frame
    /// (its warnings come with it, for the status bar), and how to make the whole library's
    /// search index (mapped from the cache when it holds one for these files, else built and
    /// stored), and where to read it again from for live reload. When that chapter cannot be
    /// read, the whole library is loaded at once, as `loadLibrary` does, so its errors end the
    /// command.
    func loadFirstChapter() throws
        -> (first: Library, rest: LibraryReading?, total: Int, makeIndex: SearchIndexMaking, source: LibrarySource,
            linkFollowUps: FollowUpLinking) {
        // Resolved once: the roots come from config.toml too, whose warnings are said once.
        let (roots, cache) = rootsAndCache()
        let source = Self.source(roots: roots, cache: cache)
        let reader = cache?.reader ?? LibraryLoader.parseFile
        // Stamped before the rest is read: a file that changes meanwhile leaves an index that no longer matches.
        let stamps = Mutex<LibraryCache.LibraryStamps?>(nil)
        let makeIndex: SearchIndexMaking = { library, terms in
            guard let cache, let files = LibraryLoader.files(roots: roots) else { return SearchIndex(library: library, terms: terms) }
            // Snippets read the models the browser already holds.
            let stored = cache.searchIndex(for: files, terms: terms, chapters: { id, _ in library.chapter(id: id) })
            if let stored, stored.changedChapters.isEmpty { return stored.index }
            // Only the chapters changed since the stored index was written are tokenized again:
            // an edit between runs, or one that live reload reads.
            var index = stored.map { $0.index.updated(for: library, changedChapters: $0.changedChapters, terms: terms) }
                ?? SearchIndex(library: library, terms: terms)
            // Stored only for the library read whole after the first frame (stamped before that
            // read); a library read again on a change has no stamps from before its read.
            if let stamps = stamps.withLock({ taken in defer { taken = nil }; return taken }) {
                index.fileIdentity = cache.storeSearchIndex(index, stamps: stamps, warnings: library.warnings)
            }
            return index
        }
        // The links made from an index file are kept beside it: linking is two searches a follow-up.
        let linkFollowUps: FollowUpLinking = { library, index in Self.followUpLinks(of: library, index: index, roots: roots, cache: cache) }
        guard let (first, total) = LibraryLoader.opening(roots: roots, reader: reader) else {
            let library = try loadLibrary(roots: roots, cache: cache)
            return (library, nil, 0, { whole, terms in SearchIndex(library: whole, terms: terms) }, source,
                    { FollowUpLinker.links(library: $0, index: $1) })
        }
        let rest: LibraryReading = { progress in
            let before = LibraryLoader.files(roots: roots).flatMap { cache?.stamps(of: $0) }
            let counter = Mutex(0)
            let step = max(total / 50, 1)
            let counting: LibraryLoader.ChapterReader = { path, id throws(ChapterError) in
                defer {
                    let loaded = counter.withLock { $0 += 1; return $0 }
                    if loaded % step == 0 { progress(min(loaded, total), total) }
                }
                return try reader(path, id)
            }
            guard let whole = try? LibraryLoader.load(roots: roots, reader: counting) else { return nil }
            stamps.withLock { $0 = before }
            return whole
        }
        return (first, rest, total, makeIndex, source, linkFollowUps)
    }

    /// The library's folders and a reread of all of it through the cache, for the browser's
    /// live reload. Warnings of a reread are the status bar's, not stderr's (curses owns it).
    private static func source(roots: [LibraryLoader.Root], cache: LibraryCache?) -> LibrarySource {
        let reader = cache?.reader ?? LibraryLoader.parseFile
        return LibrarySource(roots: roots.map(\.path)) {
            do throws(ChapterError) {
                return .success(try LibraryLoader.load(roots: roots, reader: reader))
            } catch {
                return .failure(error)
            }
        }
    }

    /// Only the chapter a command names (nil: the first), when its file is found by its id;
    /// else the whole library, as `loadLibrary` loads it (so a wrong id gets its message).
    func loadChapter(id: String?) throws -> Library {
        let (roots, cache) = rootsAndCache()
        let reader = cache?.reader ?? LibraryLoader.parseFile
        let found = id.map { LibraryLoader.chapter(id: $0, roots: roots, reader: reader) } ?? LibraryLoader.firstChapter(roots: roots, reader: reader)
        guard let found else { return try loadLibrary(roots: roots, cache: cache) }
        for warning in found.warnings { Console.warn(warning.description) }
        if verbose, let cache { Console.warn(cache.summary) }
        return found
    }

    func rootsAndCache(sayingWarnings: Bool = true) -> ([LibraryLoader.Root], LibraryCache?) {
        var configWarnings: [String] = []
        let environment = ProcessEnvironment.current
        let roots = LibraryRoots.resolve(content: content, environment: environment, warnings: &configWarnings)
        if sayingWarnings { for warning in configWarnings { Console.warn(warning) } }
        return (roots, LibraryCache.standard(environment: environment))
    }
}

extension LibraryCache {
    /// The cache where the environment puts it, for this version of Sobes.
    static func standard(environment: [String: String]) -> LibraryCache? {
        CacheLocation.directory(environment: environment).map { LibraryCache(directory: $0, programVersion: SobesVersion.current) }
    }

    /// One line: what the cache did this run.
    var summary: String {
        let report = report
        var line = "cache \(directory): \(report.hits) chapters from the cache, \(report.parsed) parsed"
        if report.indexHit {
            line += ", search index mapped"
            if report.indexChangedChapters > 0 { line += " (\(report.indexChangedChapters) changed chapters indexed again)" }
        }
        if !report.rejected.isEmpty { line += "; not used: " + report.rejected.joined(separator: ", ") }
        if let problem = report.problem { line += "; cannot write (\(problem))" }
        return line
    }
}

/// The folders a library is read from, in order: the bundled one (or `SOBES_CONTENT`), the
/// reader's own (`$XDG_DATA_HOME/sobes/library`), those in config.toml, then `--content`.
enum LibraryRoots {
    static func resolve(content: [String], environment: [String: String], warnings: inout [String]) -> [LibraryLoader.Root] {
        // The bundled library may be absent (a bare binary): others then carry the load.
        var roots = [LibraryLoader.Root(path: ContentLocator.directory(option: nil, environment: environment),
                                        isRequired: content.isEmpty)]
        if let data = userLibrary(environment: environment) {
            roots.append(LibraryLoader.Root(path: data, isRequired: false))
        }
        if let configFile = ThemeSelection.configFile(environment: environment),
           let text = readUTF8File(configFile) {
            do {
                let folder = URL(fileURLWithPath: configFile).deletingLastPathComponent().path
                for entry in try ConfigFile.libraryFolders(text, path: configFile) {
                    roots.append(LibraryLoader.Root(path: expand(entry, relativeTo: folder, environment: environment), isRequired: false))
                }
            } catch {
                warnings.append("\(error)")
            }
        }
        roots += content.map { LibraryLoader.Root(path: $0, isRequired: true) }
        // A folder named twice is read once.
        var seen: Set<String> = []
        let here = currentDirectoryPath()
        return roots.filter { seen.insert(standardizedPath($0.path, currentDirectory: here)).inserted }
    }

    /// `$XDG_DATA_HOME/sobes/library`, else `~/.local/share/sobes/library` (a relative
    /// XDG_DATA_HOME is ignored, as the spec says).
    static func userLibrary(environment: [String: String]) -> String? {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/sobes/library" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.local/share/sobes/library" }
        return nil
    }

    /// `~/x` is under HOME; a relative folder is beside the config file.
    static func expand(_ path: String, relativeTo folder: String, environment: [String: String]) -> String {
        if path == "~" || path.hasPrefix("~/"), let home = environment["HOME"] { return home + path.dropFirst() }
        if path.hasPrefix("/") { return path }
        return folder + "/" + path
    }
}

/// Messages for people: one line each on stderr, prefixed with the program's name.
enum Console {
    /// One line on stderr.
    static func warn(_ message: String) {
        Output.complain("sobes: warning: \(message)")
    }

    /// Prints the message and returns the error that exits with status 2.
    static func failure(_ message: String) -> ExitCode {
        Output.complain("sobes: \(message)")
        return ExitCode(2)
    }

    /// Text on one line: tabs and line breaks inside become spaces (a title in a text row).
    static func oneLine(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }

    /// The terminal's width in columns, when stdout is one.
    static var terminalWidth: Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}

/// A question named on the command line: `6` (the first chapter), `04-asyncio/6`, or
/// `04-asyncio/как работает event loop` (by title, for notes whose question is gone).
/// Chapter ids of tracks hold a slash themselves (`python/01-types/2`): the last one splits.
struct QuestionReference {
    var chapterID: String?
    var number: Int?
    /// The normalised title, when the reference names one rather than a number.
    var title: String?

    init?(argument: String) {
        let slash = argument.lastIndex(of: "/")
        let chapter = slash.map { String(argument[..<$0]) }
        let last = slash.map { String(argument[argument.index(after: $0)...]) } ?? argument
        if chapter?.isEmpty == true || last.isEmpty { return nil }
        self.chapterID = chapter
        if last.allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard let number = Int(last), number > 0 else { return nil }
            self.number = number
        } else {
            guard chapter != nil else { return nil }
            let title = QuestionKey.normalizedTitle(last)
            guard !title.isEmpty else { return nil }
            self.title = title
        }
    }

    func resolve(in library: Library) throws -> Question {
        let chapter = chapterID.map { library.chapter(id: $0) } ?? library.chapters.first
        guard let chapter else { throw Console.failure("no chapter '\(chapterID ?? "")'; `sobes list` shows them") }
        if let number {
            guard let question = chapter.question(number: number) else {
                throw Console.failure("no question \(number) in \(chapter.id); `sobes list` shows them")
            }
            return question
        }
        let key = QuestionKey(chapterID: chapter.id, title: title ?? "")
        guard let question = library.question(key: key) else {
            throw Console.failure("no question «\(key.title)» in \(chapter.id); `sobes list` shows them")
        }
        return question
    }

    /// The stable key: of the question the library has, or (for a title) the one named,
    /// which may be an orphan's.
    func key(in library: Library) throws -> QuestionKey {
        if let title, let chapterID { return QuestionKey(chapterID: chapterID, title: title) }
        return try resolve(in: library).key
    }
}

