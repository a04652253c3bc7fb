import Screen

/// A link of an answer as the reader sees it: its text and where it was written to lead.
public struct AnswerLink: Sendable, Equatable {
    public var text: String
    public var destination: String

    public init(text: String, destination: String) {
        self.text = text
        self.destination = destination
    }

    /// http, https and mailto leave the program (a browser, a mail program); the rest lead
    /// into the library.
    public var isExternal: Bool { Self.isExternal(destination) }

    /// A chapter file or an anchor (`05-x.md#y`, `#y`): Sobes opens it, its address tells the reader nothing.
    static func leadsIntoLibrary(_ destination: String) -> Bool {
        let path = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
        return path.isEmpty || path.lowercased().hasSuffix(".md")
    }

    static func isExternal(_ destination: String) -> Bool {
        let lowered = destination.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("mailto:")
    }
}

/// How an answer shows links to the web.
public enum LinkDisplay: Sendable, Equatable {
    /// The text alone, marked as a terminal hyperlink (OSC 8) by its spans' `Style.link`.
    case hyperlinks
    /// "text (url)": for terminals without hyperlinks, pipes and files.
    case urlAfterText
}

/// Numbers an answer's links in reading order while its blocks are laid out (the renderer
/// passes one collector through nested quotes and tables).
final class LinkCollector {
    let display: LinkDisplay
    private(set) var links: [AnswerLink] = []

    init(display: LinkDisplay) {
        self.display = display
    }

    /// The number of the link just added (1-based), what its spans carry; 0 past the
    /// numbers a cell can hold.
    func add(text: String, destination: String) -> UInt16 {
        guard links.count < Int(UInt16.max) else { return 0 }
        links.append(AnswerLink(text: text, destination: destination))
        return UInt16(links.count)
    }
}
