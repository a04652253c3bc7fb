/// The "На интервью" section: how to answer, and the follow-up questions.
public struct Interview: Sendable, Equatable {
    /// The text after the bold "Как отвечать:" lead-in, if the section has one.
    public var howToAnswer: [Inline]?
    /// The items of the list that follows "Follow-up вопросы:" (or the section's last list).
    public var followUps: [[Inline]]

    public init(howToAnswer: [Inline]?, followUps: [[Inline]]) {
        self.howToAnswer = howToAnswer
        self.followUps = followUps
    }

    init(section: Section) {
        var howToAnswer: [Inline]?
        var followUps: [[Inline]] = []
        var followUpListExpected = false
        for block in section.blocks {
            switch block.content {
            case .paragraph(let inlines):
                let (lead, rest) = Interview.splitLeadIn(inlines)
                let leadText = lead.lowercased()
                if leadText.hasPrefix("как отвечать") {
                    howToAnswer = rest
                } else if leadText.hasPrefix("follow-up") || leadText.hasPrefix("дополнительные вопросы") {
                    followUpListExpected = true
                }
            case .list(let list) where followUpListExpected || followUps.isEmpty:
                followUps = list.items.map { item in
                    item.flatMap { block -> [Inline] in
                        if case .paragraph(let inlines) = block.content { return inlines }
                        return []
                    }
                }
                followUpListExpected = false
            default:
                break
            }
        }
        self.init(howToAnswer: howToAnswer, followUps: followUps)
    }

    /// Splits a paragraph that opens with a bold lead-in ("**Как отвечать:** ...")
    /// into the lead-in's text and the inlines after it.
    static func splitLeadIn(_ inlines: [Inline]) -> (lead: String, rest: [Inline]) {
        guard case .strong(let lead)? = inlines.first else { return ("", inlines) }
        var rest = Array(inlines.dropFirst())
        if case .text(let text)? = rest.first {
            let trimmed = String(text.drop(while: { $0 == " " }))
            if trimmed.isEmpty { rest.removeFirst() } else { rest[0] = .text(trimmed) }
        }
        return (lead.plainText.trimmingWhitespace(), rest)
    }
}
