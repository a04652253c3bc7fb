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
            guard let listing = FolderListing(of: root.path) else { continue }
            count += listing.chapterFileCount
            if chosen == nil, let name = listing.lowestNumbered { chosen = (join(root.path, name), String(name.dropLast(3))) }
            // Only the tracks' order matters (the first one with chapters opens).
            for track in listing.otherNames.filter({ !$0.hasPrefix(".") }).sorted()
                where FileSystem.kind(of: join(root.path, track)) == .directory {
                let folder = join(root.path, track)
                guard let trackListing = FolderListing(of: folder) else { continue }
                count += trackListing.chapterFileCount
                if chosen == nil, listing.chapterFileCount == 0, let name = trackListing.lowestNumbered {
                    chosen = (join(folder, name), track + "/" + String(name.dropLast(3)))
                }
            }
        }
        guard let chosen, let parsed = try? reader(chosen.path, chosen.id) else { return nil }
        return (Library(chapters: [parsed.chapter], warnings: parsed.warnings), count)
    }

    /// One folder's names as `opening` needs them: how many are chapter files, which of those
    /// has the lowest number (as the loader orders chapters), and the other names. ASCII names
    /// are judged by their bytes where readdir has them, and a chapter's name becomes a String
    /// only when its number (or, at the lowest number, its bytes) could make it the lowest: a
    /// String a name was about 0.6M instructions before the first frame at a thousand chapters.
    struct FolderListing {
        private(set) var chapterFileCount = 0
        private(set) var lowestNumbered: String?
        private(set) var otherNames: [String] = []
        private var lowestNumber = Int.max
        /// The lowest-numbered name's bytes, when it is ASCII: another ASCII name of its number
        /// is compared byte by byte (as Strings of ASCII compare), without becoming a String.
        private var lowestASCII: [UInt8]?

        /// Nil when the folder cannot be listed.
        init?(of folder: String) {
            do {
                try FileSystem.forEachName(in: folder) { bytes in
                    if let isChapter = LibraryLoader.isChapterFile(ascii: bytes) {
                        if isChapter { addChapter(number: LibraryLoader.leadingNumber(ascii: bytes), bytes, isASCII: true) } else {
                            otherNames.append(String(decoding: bytes, as: UTF8.self))
                        }
                        return
                    }
                    let name = String(decoding: bytes, as: UTF8.self)
                    if LibraryLoader.isChapterFile(name) {
                        addChapter(number: LibraryLoader.leadingNumber(name), bytes, isASCII: false)
                    } else {
                        otherNames.append(name)
                    }
                }
            } catch {
                return nil
            }
        }

        private mutating func addChapter(number: Int?, _ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
            chapterFileCount += 1
            let number = number ?? Int.max
            guard lowestNumbered == nil || number <= lowestNumber else { return }
            if number == lowestNumber, isASCII, let lowest = lowestASCII, !Self.precedes(bytes, lowest) { return }
            let name = String(decoding: bytes, as: UTF8.self)
            if let lowest = lowestNumbered, (lowestNumber, lowest) <= (number, name) { return }
            lowestNumbered = name
            lowestNumber = number
            lowestASCII = isASCII ? Array(bytes) : nil
        }

        /// Whether `bytes` come before `other` in byte order.
        private static func precedes(_ bytes: UnsafeBufferPointer<UInt8>, _ other: [UInt8]) -> Bool {
            for index in 0..<min(bytes.count, other.count) where bytes[index] != other[index] {
                return bytes[index] < other[index]
            }
            return bytes.count < other.count
        }
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
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        if name.utf8.first.map(isDigit) == true, let next = name.utf8.first(where: { !isDigit($0) }), next >= 0x80 {
            return Int(String(name.prefix(while: { $0.isASCII && $0.isNumber })).prefix(9))
        }
        var bytesOfName = name
        return bytesOfName.withUTF8(leadingNumber(ascii:))
    }

    /// `leadingNumber` of a name's UTF-8 bytes when no character that is not ASCII follows its
    /// digits (an ASCII name's, always): the first nine digits' value.
    static func leadingNumber(ascii bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var value = 0, digits = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { break }
            if digits < 9 { value = value * 10 + Int(byte - UInt8(ascii: "0")) }
            digits += 1
        }
        return digits > 0 ? value : nil
    }
}
