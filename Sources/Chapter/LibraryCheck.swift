/// `sobes check`: what a library's author would want to know of each file — what was
/// recognised, and every problem, one line each.
public enum LibraryCheck {
    public struct FileReport: Sendable, Equatable {
        public var path: String
        /// What was recognised: questions, sections per kind, appendix, code per language, tables.
        public var summary: String
        public var problems: [LoadWarning]
    }

    /// Every chapter file and README of a folder of chapters or of tracks, in order.
    public static func check(directory: String) -> [FileReport] {
        switch FileSystem.kind(of: directory) {
        case .directory: break
        case .missing: return [FileReport(path: directory, summary: "", problems: [LoadWarning(path: directory, message: "no such directory")])]
        case .file, .other: return [FileReport(path: directory, summary: "", problems: [LoadWarning(path: directory, message: "not a directory")])]
        }
        var reports: [FileReport] = []
        let names = (try? FileSystem.contents(of: directory)) ?? []
        var chapters = 0
        for folder in [directory] + names.filter({ !$0.hasPrefix(".") }).map({ LibraryLoader.join(directory, $0) })
            where FileSystem.kind(of: folder) == .directory {
            let files = ((try? FileSystem.contents(of: folder)) ?? []).filter(LibraryLoader.isChapterFile)
            for name in files {
                reports.append(check(file: LibraryLoader.join(folder, name), chapterID: String(name.dropLast(3))))
                chapters += 1
            }
            if let readme = readmeReport(folder: folder) { reports.append(readme) }
        }
        if chapters == 0 {
            reports.append(FileReport(path: directory, summary: "", problems: [LoadWarning(path: directory, message: "no chapters (*.md files other than README.md)")]))
        }
        return reports
    }

    static func check(file path: String, chapterID: String) -> FileReport {
        let chapter: Chapter
        var problems: [LoadWarning] = []
        do {
            let parsed = try ChapterParser.parse(bytes: try FileSystem.read(path), chapterID: chapterID, path: path)
            chapter = parsed.chapter
            problems += parsed.warnings
        } catch {
            return FileReport(path: path, summary: "", problems: [LoadWarning(path: path, message: error.problemText)])
        }
        var titles: [String: Int] = [:]
        let usesKinds = chapter.questions.contains { $0.sections.contains { $0.kind != .other } }
        for question in chapter.questions {
            let normalized = QuestionKey.normalizedTitle(question.title)
            if let first = titles[normalized] {
                problems.append(LoadWarning(path: path, line: question.line, message: "duplicate question title «\(question.title)» (first at line \(first))"))
            } else {
                titles[normalized] = question.line
            }
            for section in question.sections {
                if section.blocks.isEmpty, !section.title.isEmpty {
                    problems.append(LoadWarning(path: path, line: section.line, message: "empty section «\(section.title)» in «\(question.title)»"))
                }
                if usesKinds, section.kind == .other, !section.title.isEmpty {
                    problems.append(LoadWarning(path: path, line: section.line, message: "unknown section title «\(section.title)» (kept under its own name)"))
                }
            }
        }
        return FileReport(path: path, summary: summary(of: chapter), problems: problems)
    }

    static func summary(of chapter: Chapter) -> String {
        let questions = chapter.questions
        var kinds: [String] = []
        for kind in Section.Kind.allCases {
            let count = questions.reduce(0) { $0 + $1.sections.filter { $0.kind == kind && !($0.kind == .other && $0.title.isEmpty) }.count }
            if count > 0 { kinds.append("\(kind.rawValue) \(count)") }
        }
        var languages: [String: Int] = [:]
        var tables = 0
        for question in questions {
            for code in question.codeBlocks { languages[code.language ?? "plain", default: 0] += 1 }
            for section in question.sections { tables += section.blocks.reduce(0) { $0 + $1.tableCount } }
        }
        let code = languages.isEmpty ? "none" : languages.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let appendix = chapter.appendix.isEmpty ? "none" : chapter.appendix.map(\.title).joined(separator: ", ")
        return "«\(chapter.title)»: \(questions.count) questions; sections: \(kinds.isEmpty ? "none" : kinds.joined(separator: ", ")); "
            + "appendix: \(appendix); code: \(code); tables: \(tables)"
    }

    static func readmeReport(folder: String) -> FileReport? {
        let path = LibraryLoader.join(folder, "README.md")
        guard let outline = LibraryLoader.readmeOutline(in: folder) else { return nil }
        var missing: [LoadWarning] = []
        for target in outline.targets where FileSystem.kind(of: LibraryLoader.join(folder, target)) != .file {
            missing.append(LoadWarning(path: path, message: "links to a missing file: \(target)"))
        }
        let groups = outline.groups.compactMap(\.title)
        return FileReport(path: path, summary: "\(outline.targets.count) links; groups: \(groups.isEmpty ? "none" : groups.joined(separator: ", "))",
                          problems: missing)
    }
}

extension Block {
    var tableCount: Int {
        switch content {
        case .table: return 1
        case .list(let list): return list.items.reduce(0) { $0 + $1.reduce(0) { $0 + $1.tableCount } }
        case .quote(let blocks), .details(_, let blocks): return blocks.reduce(0) { $0 + $1.tableCount }
        case .paragraph, .heading, .code, .rule: return 0
        }
    }
}
