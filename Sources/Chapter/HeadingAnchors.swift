/// The anchors GitHub gives a Markdown file's headings (`#вопрос-1-как-работает-event-loop`),
/// so a link written for GitHub finds its place in Sobes.
///
/// GitHub's rule: the heading's text, lowercased; every character that is not a letter, a
/// digit, a mark, `_`, `-` or a space dropped; each space a `-`. A repeated anchor gets
/// `-1`, `-2`, ... in document order.
public enum HeadingAnchors {
    public static func slug(_ heading: String) -> String {
        var slug = ""
        for scalar in heading.lowercased().unicodeScalars {
            let properties = scalar.properties
            if scalar == " " {
                slug.unicodeScalars.append("-")
            } else if scalar == "-" || scalar == "_" || properties.isAlphabetic || properties.numericType != nil
                        || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark {
                slug.unicodeScalars.append(scalar)
            }
        }
        return slug
    }

    /// Every heading of a chapter as the model keeps it, in document order, with the part
    /// of the chapter it leads to; repeated anchors numbered as GitHub numbers them.
    public static func anchors(of chapter: Chapter) -> [String: LibraryPlace.Part] {
        var headings: [(String, LibraryPlace.Part)] = []
        func add(_ blocks: [Block], part: LibraryPlace.Part) {
            for block in blocks {
                switch block.content {
                case .heading(_, let inlines): headings.append((inlines.plainText, part))
                case .list(let list): list.items.forEach { add($0, part: part) }
                case .quote(let inner), .details(_, let inner): add(inner, part: part)
                default: break
                }
            }
        }
        headings.append(((chapter.number.map { String(format: $0) + ". " } ?? "") + chapter.title, .start))
        add(chapter.introduction, part: .start)
        for question in chapter.questions {
            // "Вопрос 1: Title" and "Вопрос 1. Title" make one anchor: punctuation goes.
            headings.append(((question.label.map { $0 + " " } ?? "") + question.title, .question(question.number, section: nil)))
            for (index, section) in question.sections.enumerated() {
                let part = LibraryPlace.Part.question(question.number, section: index)
                if !section.title.isEmpty { headings.append((section.title, part)) }
                add(section.blocks, part: part)
            }
        }
        for (index, section) in chapter.appendix.enumerated() {
            headings.append((section.title, .appendix(index)))
            add(section.blocks, part: .appendix(index))
        }
        var anchors: [String: LibraryPlace.Part] = [:]
        var seen: [String: Int] = [:]
        for (heading, part) in headings {
            let base = slug(heading)
            let count = seen[base, default: 0]
            seen[base] = count + 1
            let anchor = count == 0 ? base : "\(base)-\(count)"
            if anchors[anchor] == nil { anchors[anchor] = part }
        }
        return anchors
    }
}

private extension String {
    /// "04" for 4: chapter numbers are written with two digits.
    init(format number: Int) {
        self = number < 10 && number >= 0 ? "0\(number)" : String(number)
    }
}
