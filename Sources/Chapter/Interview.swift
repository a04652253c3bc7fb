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
        for block in section.blocks {
            guard case .paragraph(let inlines) = block.content else { continue }
            let (lead, rest) = Interview.splitLeadIn(inlines)
            if lead.lowercased().hasPrefix("как отвечать") { howToAnswer = rest }
        }
        var followUps: [[Inline]] = []
        if let index = Interview.followUpListIndex(in: section), case .list(let list) = section.blocks[index].content {
            followUps = list.items.map { item in
                item.flatMap { block -> [Inline] in
                    if case .paragraph(let inlines) = block.content { return inlines }
                    return []
                }
            }
        }
        self.init(howToAnswer: howToAnswer, followUps: followUps)
    }

    /// Which block of the section is the follow-up list: the last list after a "Follow-up
    /// вопросы:" lead-in, else the section's first list.
    public static func followUpListIndex(in section: Section) -> Int? {
        var found: Int?
        var followUpListExpected = false
        for (index, block) in section.blocks.enumerated() {
            switch block.content {
            case .paragraph(let inlines):
                let lead = Interview.splitLeadIn(inlines).lead.lowercased()
                if lead.hasPrefix("follow-up") || lead.hasPrefix("дополнительные вопросы") { followUpListExpected = true }
            case .list where followUpListExpected || found == nil:
                found = index
                followUpListExpected = false
            default:
                break
            }
        }
        return found
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
