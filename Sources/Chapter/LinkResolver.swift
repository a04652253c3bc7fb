/// Reads a link's destination as written in a chapter (`05-errors.md#anchor`, `README.md`,
/// `#anchor`, `../track/01-x.md`, `https://…`) and says where in the library it leads.
/// Pure: the library and the chapter the link is in decide everything.
extension Library {
    public func resolveLink(_ destination: String, from chapterID: String) -> LinkTarget {
        let trimmed = destination.trimmingWhitespace()
        if trimmed.isEmpty { return .broken("пустая ссылка") }
        let lowered = trimmed.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("mailto:") {
            return .external(trimmed)
        }
        if let colon = lowered.firstIndex(of: ":"), lowered[..<colon].allSatisfy({ $0.isLetter || $0 == "+" || $0 == "." || $0 == "-" }),
           !lowered[..<colon].isEmpty {
            return .broken("ссылка \(LinkResolver.shown(trimmed)) ведёт не в библиотеку и не в браузер")
        }
        let (path, fragment) = LinkResolver.split(trimmed)
        let targetID: String
        if path.isEmpty {
            targetID = chapterID
        } else {
            let resolved = LinkResolver.join(directory: LinkResolver.directory(of: chapterID), path: LinkResolver.percentDecoded(path))
            let name = resolved.split(separator: "/").last.map(String.init) ?? resolved
            if name.lowercased() == "readme.md" { return .topics }
            guard resolved.lowercased().hasSuffix(".md") else {
                return .broken("ссылка \(LinkResolver.shown(trimmed)) ведёт не на главу")
            }
            targetID = String(resolved.dropLast(3))
        }
        guard let chapter = chapter(id: targetID) else {
            return .broken("в библиотеке нет главы \(LinkResolver.shown(targetID)).md")
        }
        guard let fragment, !fragment.isEmpty else { return .place(LibraryPlace(chapterID: chapter.id, part: .start)) }
        let anchor = LinkResolver.percentDecoded(fragment).lowercased()
        guard let part = HeadingAnchors.anchors(of: chapter)[anchor] else {
            return .broken("в главе \(chapter.id) нет раздела #\(LinkResolver.shown(anchor))")
        }
        return .place(LibraryPlace(chapterID: chapter.id, part: part))
    }
}

enum LinkResolver {
    /// The path and the `#fragment` (without `#`) of a destination; `?query` dropped.
    static func split(_ destination: String) -> (path: String, fragment: String?) {
        let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = parts[0].split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
        return (String(path), parts.count > 1 ? String(parts[1]) : nil)
    }

    /// The folder of a chapter id inside the library: "" at the top, "python" for "python/04-x".
    static func directory(of chapterID: String) -> String {
        guard let slash = chapterID.lastIndex(of: "/") else { return "" }
        return String(chapterID[..<slash])
    }

    /// `path` read from `directory`, with `.` and `..` taken out; a path from the library's
    /// top (`/05-x.md`) starts there. `..` above the top stays at the top.
    static func join(directory: String, path: String) -> String {
        var parts = path.hasPrefix("/") ? [] : directory.split(separator: "/").map(String.init)
        for part in path.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    /// `%D0%B2` → `в`; a malformed escape stays as written.
    static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == 0x25, index + 2 < utf8.count, let high = hexValue(utf8[index + 1]), let low = hexValue(utf8[index + 2]) {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }

    /// A destination as a message shows it: at most 80 characters, controls dropped.
    static func shown(_ text: String) -> String {
        let visible = String(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) }.map(Character.init))
        return visible.count > 80 ? String(visible.prefix(79)) + "…" : visible
    }
}
