extension LibraryLoader {
    /// The one chapter the browser opens with, before the rest of the library is read: of
    /// the first root that has chapters, the file whose name has the lowest number (as the
    /// loader orders chapters), or a track's when the root holds only tracks. Nil when that
    /// file cannot be read: the caller then loads the whole library, which says why.
    public static func firstChapter(roots: [Root], reader: @escaping ChapterReader = parseFile) -> Library? {
        for root in roots where FileSystem.kind(of: root.path) == .directory {
            guard let names = try? FileSystem.contents(of: root.path) else { continue }
            var folder = root.path
            var idPrefix = ""
            var files = names.filter(isChapterFile)
            if files.isEmpty {
                let tracks = names.filter { !$0.hasPrefix(".") && FileSystem.kind(of: join(root.path, $0)) == .directory }
                guard let track = tracks.first(where: { track in
                    ((try? FileSystem.contents(of: join(root.path, track)))?.contains(where: isChapterFile)) ?? false
                }) else { continue }
                folder = join(root.path, track)
                idPrefix = track + "/"
                files = ((try? FileSystem.contents(of: folder)) ?? []).filter(isChapterFile)
            }
            // Each name's number once, not once per comparison.
            guard let name = files.map({ (number: leadingNumber($0) ?? Int.max, name: $0) }).min(by: { ($0.number, $0.name) < ($1.number, $1.name) })?.name
            else { continue }
            guard let parsed = try? reader(join(folder, name), idPrefix + String(name.dropLast(3))) else { return nil }
            return Library(chapters: [parsed.chapter], warnings: parsed.warnings)
        }
        return nil
    }

    /// The chapter with an id alone, found by its file name (`ID.md` in a root; a track's
    /// `TRACK/NAME` is `TRACK/NAME.md`), without reading the others: what `sobes show`
    /// needs. Nil when no root has that file or it cannot be read.
    public static func chapter(id: String, roots: [Root], reader: @escaping ChapterReader = parseFile) -> Library? {
        guard !id.isEmpty, !id.hasPrefix("."), !id.split(separator: "/").contains("..") else { return nil }
        for root in roots where FileSystem.kind(of: join(root.path, id + ".md")) == .file {
            guard let parsed = try? reader(join(root.path, id + ".md"), id) else { return nil }
            return Library(chapters: [parsed.chapter], warnings: parsed.warnings)
        }
        return nil
    }

    /// How many chapter files the roots hold (their tracks' included), without reading any:
    /// what a background load counts up to.
    public static func chapterFileCount(roots: [Root]) -> Int {
        var count = 0
        for root in roots {
            guard let names = try? FileSystem.contents(of: root.path) else { continue }
            for name in names {
                if isChapterFile(name) {
                    count += 1
                } else if !name.hasPrefix("."), FileSystem.kind(of: join(root.path, name)) == .directory {
                    count += ((try? FileSystem.contents(of: join(root.path, name))) ?? []).filter(isChapterFile).count
                }
            }
        }
        return count
    }

    /// The number a file name starts with: `04-asyncio.md` → 4.
    static func leadingNumber(_ name: String) -> Int? {
        // The digits' bytes, unless a character that is not ASCII follows them (it may join the last digit).
        var value = 0, digits = 0
        for byte in name.utf8 {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else {
                if byte >= 0x80 { return Int(String(name.prefix(while: { $0.isASCII && $0.isNumber })).prefix(9)) }
                break
            }
            if digits < 9 { value = value * 10 + Int(byte - UInt8(ascii: "0")) }
            digits += 1
        }
        return digits > 0 ? value : nil
    }
}
