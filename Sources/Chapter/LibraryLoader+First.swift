extension LibraryLoader {
    /// The one chapter the browser opens with, before the rest of the library is read: of
    /// the first root that has chapters, the file whose name has the lowest number (as the
    /// loader orders chapters), or a track's when the root holds only tracks. Nil when that
    /// file cannot be read: the caller then loads the whole library, which says why.
    public static func firstChapter(roots: [Root], reader: @escaping ChapterReader = parseFile) -> Library? {
        opening(roots: roots, reader: reader)?.first
    }

    /// The first chapter (as `firstChapter` finds it) and how many chapter files the roots
    /// hold, their tracks' included, which a background load counts up to: from one listing
    /// of each folder (at a thousand chapters a listing is about 1.7M instructions, before the
    /// first frame).
    public static func opening(roots: [Root], reader: @escaping ChapterReader = parseFile)
        -> (first: Library, chapterFileCount: Int)? {
        var count = 0
        var chosen: (path: String, id: String)?
        for root in roots where FileSystem.kind(of: root.path) == .directory {
            // Unsorted: only the tracks' order matters (the first one with chapters opens).
            guard let names = try? FileSystem.unsortedContents(of: root.path) else { continue }
            let files = names.filter(isChapterFile)
            count += files.count
            if chosen == nil, let name = lowestNumbered(files) { chosen = (join(root.path, name), String(name.dropLast(3))) }
            for track in names.filter({ !isChapterFile($0) && !$0.hasPrefix(".") }).sorted()
                where FileSystem.kind(of: join(root.path, track)) == .directory {
                let folder = join(root.path, track)
                let trackFiles = ((try? FileSystem.unsortedContents(of: folder)) ?? []).filter(isChapterFile)
                count += trackFiles.count
                if chosen == nil, files.isEmpty, let name = lowestNumbered(trackFiles) {
                    chosen = (join(folder, name), track + "/" + String(name.dropLast(3)))
                }
            }
        }
        guard let chosen, let parsed = try? reader(chosen.path, chosen.id) else { return nil }
        return (Library(chapters: [parsed.chapter], warnings: parsed.warnings), count)
    }

    /// The file name with the lowest number, as the loader orders chapters (each name's
    /// number once, not once per comparison).
    private static func lowestNumbered(_ files: [String]) -> String? {
        files.map { (number: leadingNumber($0) ?? Int.max, name: $0) }.min { ($0.number, $0.name) < ($1.number, $1.name) }?.name
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
