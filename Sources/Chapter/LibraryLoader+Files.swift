/// A file the library is read from: a chapter (with the id the loader gives it) or a README.
public struct LibraryFile: Sendable, Equatable {
    public var path: String
    /// The chapter id; empty for a README.
    public var chapterID: String

    public init(path: String, chapterID: String) {
        self.path = path
        self.chapterID = chapterID
    }
}

extension LibraryLoader {
    /// Every file that loading the roots may read (each root's chapters, its tracks' chapters and
    /// their READMEs), without reading any: what a cache built from the library is valid for.
    /// Nil when a required root is not a readable folder (loading then says why).
    public static func files(roots: [Root]) -> [LibraryFile]? {
        var found: [LibraryFile] = []
        for root in roots {
            guard FileSystem.kind(of: root.path) == .directory, let names = try? FileSystem.contents(of: root.path) else {
                if root.isRequired { return nil }
                continue
            }
            add(folder: root.path, names: names, idPrefix: "", to: &found)
            // A chapter file's name is no track's: were it a folder, its stamp would not read and
            // nothing built from this list would be trusted.
            for name in names where !name.hasPrefix(".") && !isChapterFile(name) && name != "README.md"
                && FileSystem.kind(of: join(root.path, name)) == .directory {
                let folder = join(root.path, name)
                guard let trackNames = try? FileSystem.contents(of: folder), trackNames.contains(where: isChapterFile) else { continue }
                add(folder: folder, names: trackNames, idPrefix: name + "/", to: &found)
            }
        }
        return found
    }

    private static func add(folder: String, names: [String], idPrefix: String, to found: inout [LibraryFile]) {
        for name in names where isChapterFile(name) {
            found.append(LibraryFile(path: join(folder, name), chapterID: idPrefix + String(name.dropLast(3))))
        }
        if names.contains("README.md") { found.append(LibraryFile(path: join(folder, "README.md"), chapterID: "")) }
    }
}
