/// Matches keys stored by an earlier run (notes, reading position, reviews) to the questions
/// of the library as it is now: the same key; else, within the same chapter, the one
/// question whose title is clearly the same one slightly edited; else nothing (an orphan,
/// kept by the caller and never attached elsewhere).
public enum KeyMatching {
    public enum Match: Equatable, Sendable {
        case exact(QuestionID)
        /// Found by similarity: `message` tells the reader what was assumed.
        case similar(QuestionID, message: String)
        case orphan
    }

    /// How alike two normalised titles must be, 0...1, to count as one question edited.
    static let threshold = 0.75
    /// The best candidate must beat the second by this much, or the match is ambiguous.
    static let margin = 0.1

    public static func match(_ stored: [QuestionKey], in library: Library) -> [QuestionKey: Match] {
        var result: [QuestionKey: Match] = [:]
        var unmatched: [QuestionKey] = []
        for key in Set(stored) {
            if let question = library.question(key: key) {
                result[key] = .exact(question.id)
            } else {
                unmatched.append(key)
            }
        }
        // A question already owning a stored key is never given another one.
        var taken = Set(result.values.compactMap { if case .exact(let id) = $0 { id } else { nil } })
        for key in unmatched.sorted() {
            guard let chapter = library.chapter(id: key.chapterID) else {
                result[key] = .orphan
                continue
            }
            let scored = chapter.questions.filter { !taken.contains($0.id) }
                .map { (question: $0, score: similarity(key.title, $0.key.title)) }
                .sorted { $0.score > $1.score }
            if let best = scored.first, best.score >= threshold,
               scored.count < 2 || best.score - scored[1].score >= margin {
                taken.insert(best.question.id)
                result[key] = .similar(best.question.id, message:
                    "\(chapter.id): вопрос «\(key.title)» теперь «\(best.question.title)», заметка перешла к нему")
            } else {
                result[key] = .orphan
            }
        }
        return result
    }

    /// 1 − edit distance / longer length, over characters.
    static func similarity(_ a: String, _ b: String) -> Double {
        let left = Array(a)
        let right = Array(b)
        let longest = max(left.count, right.count)
        guard longest > 0 else { return 1 }
        var previous = Array(0...right.count)
        var current = previous
        for i in 1...max(left.count, 1) where !left.isEmpty {
            current[0] = i
            for j in stride(from: 1, through: right.count, by: 1) {
                let cost = left[i - 1] == right[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        let distance = left.isEmpty ? right.count : previous[right.count]
        return 1 - Double(distance) / Double(longest)
    }
}
