import Browser
import Foundation
import GRDB
import ZIPFoundation

/// Writes an `.apkg`: a zip of `collection.anki2` (the legacy collection, schema 11, which
/// every Anki since 2.1 imports) and an empty `media` map. The collection is SQLite,
/// written through GRDB; the zip through ZIPFoundation.
public enum AnkiPackage {
    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Writes the package to `path` (through a temporary file beside it, so a failed
    /// export never leaves half a package), the code in the theme's colours. `now` stamps
    /// the notes: Anki updates a note it has only from a newer one.
    public static func write(_ deck: AnkiDeck, theme: Theme, to path: String, now: Date = Date()) throws(WriteError) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sobes-apkg-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let collection = folder.appendingPathComponent("collection.anki2")
            try AnkiCollection.write(deck, codeStyle: CodeHTML.stylesheet(theme), to: collection.path, now: now)
            let target = URL(fileURLWithPath: path)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder), isFolder.boolValue {
                throw WriteError(description: "\(path): is a directory")
            }
            // A name nothing else has; renamed over the target, which must be a file (or nothing).
            let partial = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).partial")
            defer { unlink(partial.path) }
            let archive = try Archive(url: partial, accessMode: .create)
            try archive.addEntry(with: "collection.anki2", fileURL: collection, compressionMethod: .deflate)
            let media = Data("{}".utf8)
            try archive.addEntry(with: "media", type: .file, uncompressedSize: Int64(media.count), compressionMethod: .deflate) { position, size in
                media.subdata(in: Int(position)..<Int(position) + size)
            }
            guard rename(partial.path, target.path) == 0 else {
                throw WriteError(description: "\(path): \(String(cString: strerror(errno)))")
            }
        } catch let error as WriteError {
            throw error
        } catch {
            throw WriteError(description: "\(path): \(error.localizedDescription)")
        }
    }
}

/// The collection inside the package: Anki's schema 11 tables, one note type, the decks,
/// and a new card for every note.
enum AnkiCollection {
    static func write(_ deck: AnkiDeck, codeStyle: String, to path: String, now: Date) throws {
        let queue = try DatabaseQueue(path: path)
        let seconds = Int64(now.timeIntervalSince1970)
        let milliseconds = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
        let deckIDs = Dictionary(deck.notes.map { ($0.deckName, deckID($0.deckName)) }, uniquingKeysWith: { first, _ in first })
        try queue.write { db in
            try db.execute(sql: schema)
            try db.execute(
                sql: "INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')",
                arguments: [seconds - seconds % 86_400, milliseconds, milliseconds,
                            json(configuration(firstDeck: deckIDs[deck.deckName] ?? 1)),
                            json([String(AnkiNoteType.id): noteType(codeStyle: codeStyle, deck: deckIDs[deck.deckName] ?? 1, seconds: seconds)]),
                            json(decks(deckIDs, seconds: seconds)), json(["1": deckOptions(seconds: seconds)])])
            for (index, note) in deck.notes.enumerated() {
                let id = milliseconds + Int64(index)
                let sortField = plainText(note.fields.first ?? "")
                try db.execute(
                    sql: "INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')",
                    arguments: [id, note.guid, AnkiNoteType.id, seconds, " " + note.tags.joined(separator: " ") + " ",
                                note.fields.joined(separator: "\u{1F}"), sortField, checksum(sortField)])
                try db.execute(
                    sql: "INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')",
                    arguments: [id, id, deckIDs[note.deckName] ?? 1, seconds, index + 1])
            }
        }
        try queue.close()
    }

    /// Anki's duplicate check: the first 32 bits of the SHA-1 of the sort field's text.
    static func checksum(_ text: String) -> Int64 {
        let digest = SHA1.digest(Array(text.utf8))
        return Int64(digest[0]) << 24 | Int64(digest[1]) << 16 | Int64(digest[2]) << 8 | Int64(digest[3])
    }

    /// A field's text without its markup, as Anki sorts by it.
    static func plainText(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        return text.replacingEntities()
    }

    /// Deck ids from their names: the same deck on every export.
    static func deckID(_ name: String) -> Int64 {
        Int64(AnkiGUID.fnv1a(Array(name.utf8), basis: 0xcbf2_9ce4_8422_2325) % 1_000_000_000_000) + 1_000_000_000_000
    }

    static func json(_ value: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
    }

    static func noteType(codeStyle: String, deck: Int64, seconds: Int64) -> [String: Any] {
        let fields: [[String: Any]] = AnkiNoteType.fieldNames.enumerated().map { index, name in
            ["name": name, "ord": index, "sticky": false, "rtl": false, "font": "Arial", "size": 20, "media": [String]()]
        }
        let template: [String: Any] = ["name": "Вопрос → ответ", "ord": 0, "qfmt": AnkiNoteType.front, "afmt": AnkiNoteType.back,
                                       "bqfmt": "", "bafmt": "", "did": NSNull()]
        return ["id": AnkiNoteType.id, "name": AnkiNoteType.name, "type": 0, "mod": seconds, "usn": -1, "sortf": 0,
                "did": deck, "tmpls": [template], "flds": fields, "css": AnkiNoteType.css(codeStyle: codeStyle),
                "latexPre": "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
                "latexPost": "\\end{document}", "latexsvg": false, "req": [[0, "any", [0]]], "tags": [String](), "vers": [Int]()]
    }

    static func decks(_ ids: [String: Int64], seconds: Int64) -> [String: Any] {
        var decks: [String: Any] = ["1": deck(id: 1, name: "Default", seconds: seconds)]
        for (name, id) in ids { decks[String(id)] = deck(id: id, name: name, seconds: seconds) }
        return decks
    }

    static func deck(id: Int64, name: String, seconds: Int64) -> [String: Any] {
        ["id": id, "name": name, "mod": seconds, "usn": -1, "desc": "", "dyn": 0, "conf": 1, "collapsed": false,
         "browserCollapsed": false, "extendNew": 0, "extendRev": 0,
         "newToday": [0, 0], "revToday": [0, 0], "lrnToday": [0, 0], "timeToday": [0, 0]]
    }

    static func deckOptions(seconds: Int64) -> [String: Any] {
        ["id": 1, "name": "Default", "mod": seconds, "usn": -1, "maxTaken": 60, "autoplay": true, "timer": 0, "replayq": true, "dyn": false,
         "new": ["delays": [1, 10], "ints": [1, 4, 0], "initialFactor": 2500, "order": 1, "perDay": 20, "bury": false],
         "rev": ["perDay": 200, "ease4": 1.3, "maxIvl": 36500, "hardFactor": 1.2, "bury": false],
         "lapse": ["delays": [10], "mult": 0, "minInt": 1, "leechFails": 8, "leechAction": 1]]
    }

    static func configuration(firstDeck: Int64) -> [String: Any] {
        ["activeDecks": [firstDeck], "curDeck": firstDeck, "newSpread": 0, "collapseTime": 1200, "timeLim": 0,
         "estTimes": true, "dueCounts": true, "curModel": AnkiNoteType.id, "nextPos": 1, "sortType": "noteFld",
         "sortBackwards": false, "addToCur": true]
    }

    static let schema = """
        CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL,
            ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL, conf text NOT NULL,
            models text NOT NULL, decks text NOT NULL, dconf text NOT NULL, tags text NOT NULL);
        CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL,
            usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL, csum integer NOT NULL,
            flags integer NOT NULL, data text NOT NULL);
        CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL,
            mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL, due integer NOT NULL,
            ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL, lapses integer NOT NULL, left integer NOT NULL,
            odue integer NOT NULL, odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
        CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL,
            ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL, type integer NOT NULL);
        CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
        CREATE INDEX ix_notes_usn ON notes (usn);
        CREATE INDEX ix_cards_usn ON cards (usn);
        CREATE INDEX ix_revlog_usn ON revlog (usn);
        CREATE INDEX ix_cards_nid ON cards (nid);
        CREATE INDEX ix_cards_sched ON cards (did, queue, due);
        CREATE INDEX ix_revlog_cid ON revlog (cid);
        CREATE INDEX ix_notes_csum ON notes (csum);
        """
}

extension String {
    /// The text the five entities `HTMLEscaping` writes stand for.
    func replacingEntities() -> String {
        var text = self
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }
}
