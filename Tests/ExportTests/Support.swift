import Chapter
import Foundation
import Study

/// Paths and helpers shared by the export tests.
enum Fixtures {
    static let repositoryRoot: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/ExportTests/Support.swift
        return parts.joined(separator: "/")
    }()
    static let library = try! LibraryLoader.load(directory: repositoryRoot + "/Content")
    static let chapter04 = library.chapter(id: "04-asyncio")!
    /// The chapter tests' fixtures of every shape the loader knows.
    static let shapesLibrary = try! LibraryLoader.load(directory: repositoryRoot + "/Tests/ChapterTests/Fixtures/shapes")

    static let moment = Instant(millisecondsSince1970: 1_796_000_000_000)

    /// A reviewed card: due `dueIn` days from `moment`, forgotten `lapses` times.
    static func card(lapses: Int = 0, dueIn days: Double = 3) -> Card {
        Card(state: .review, step: nil, memory: Card.Memory(stability: 4, difficulty: 5),
             due: Instant(millisecondsSince1970: moment.millisecondsSince1970 + Int64(days * 86_400_000)),
             lastReview: moment, reviewCount: 4, lapses: lapses)
    }
}

extension Block {
    /// The block without the source lines it came from: what a re-parsed export must equal.
    var withoutLines: Block {
        Block(content.withoutLines, lines: 1...1)
    }
}

extension Block.Content {
    var withoutLines: Block.Content {
        switch self {
        case .list(var list):
            list.items = list.items.map { $0.map(\.withoutLines) }
            return .list(list)
        case .quote(let blocks): return .quote(blocks.map(\.withoutLines))
        case .details(let summary, let blocks): return .details(summary: summary, blocks: blocks.map(\.withoutLines))
        default: return self
        }
    }
}
