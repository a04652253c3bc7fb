import Chapter

/// A follow-up question of an answer, and the question of the library that answers it.
public struct FollowUpLink: Sendable, Equatable, Hashable {
    /// The question whose "На интервью" section lists the follow-up.
    public var source: QuestionID
    /// The follow-up's place in that list.
    public var index: Int
    public var target: QuestionID

    public init(source: QuestionID, index: Int, target: QuestionID) {
        self.source = source
        self.index = index
        self.target = target
    }
}

/// Links follow-up questions to the questions that answer them, by searching the library for
/// each follow-up's text. Follow-up lists are left out of the search (a list that asks the
/// question again does not answer it), and the follow-up's own question is never a target.
/// The words that only frame a question ("difference", "работает") are left out of the search.
/// A wrong link is worse than none, so a link is made only when two readings agree (the whole
/// answer, and the title with the short answer) and the answer either stands well ahead of the
/// rest or carries the follow-up's words in its title. The thresholds were measured on judged
/// pairs (Tests/SearchTests/Fixtures/followup-judgements.tsv).
public enum FollowUpLinker {
    /// How far the best answer must score above the runner-up to be linked on its score alone.
    static let standOut = 2.0
    /// The least share of its score it must then owe to its title and short answer: what the
    /// question is about, not a word its details happen to mention. (A share, not a score:
    /// scores grow with the library, shares do not.)
    static let topicShare = 0.45
    /// Words of the follow-up that its title must carry to be linked ahead of a close runner-up.
    static let titleWords = 2
    /// How much of the own question's score the target must reach: a follow-up its own answer
    /// covers better than any other is a deepening of that answer, not a pointer away from it.
    static let ownShare = 0.8

    /// The links of every follow-up of the library (the index is the library's). Linking a
    /// large library searches all of its index: the pages of a mapped one are given back after
    /// each follow-up, so they do not all stay resident. (One follow-up's searches may still
    /// touch 20-30 MB of a 1000-chapter index: ranking by proximity reads the positions of the
    /// best 50 candidates, spread over the file, and each touch maps 64 KB around it.)
    public static func links(library: Library, index: SearchIndex) -> [FollowUpLink] {
        var links: [FollowUpLink] = []
        for question in library.allQuestions {
            for (position, text) in followUps(of: question).enumerated() {
                if let target = target(of: text, from: question.id, in: index) {
                    links.append(FollowUpLink(source: question.id, index: position, target: target))
                }
                index.releaseMappedPages()
            }
        }
        return links
    }

    /// The links of one question's follow-ups.
    public static func links(of question: Question, index: SearchIndex) -> [FollowUpLink] {
        followUps(of: question).enumerated().compactMap { position, text in
            target(of: text, from: question.id, in: index).map { FollowUpLink(source: question.id, index: position, target: $0) }
        }
    }

    /// The follow-up texts of a question, in order.
    public static func followUps(of question: Question) -> [String] {
        (question.interview?.followUps ?? []).map { $0.plainText.trimmingWhitespace() }
    }

    /// The question that answers a follow-up, when the search is confident of it.
    static func target(of text: String, from source: QuestionID, in index: SearchIndex) -> QuestionID? {
        guard let evidence = evidence(for: text, of: source, in: index) else { return nil }
        return evidence.isConfident ? evidence.best.questionID : nil
    }

    /// What the search says about one follow-up: its best answers other than its own question,
    /// in the whole text and in the title and short answer, and its own question's score.
    struct Evidence: Sendable {
        var best: SearchHit
        var runnerUp: SearchHit?
        var ownScore: Double
        var topic: SearchHit?

        /// What the whole-text search alone can rule out.
        var mayBeConfident: Bool {
            best.score >= FollowUpLinker.ownShare * ownScore
                && (best.score >= FollowUpLinker.standOut * (runnerUp?.score ?? 0) || (best.titleRanges?.count ?? 0) >= FollowUpLinker.titleWords)
        }

        var isConfident: Bool {
            guard mayBeConfident, topic?.questionID == best.questionID else { return false }
            let runnerUpScore = runnerUp?.score ?? 0
            let standsOut = best.score >= FollowUpLinker.standOut * runnerUpScore
                && (topic?.score ?? 0) >= FollowUpLinker.topicShare * best.score
            return standsOut || (best.titleRanges?.count ?? 0) >= FollowUpLinker.titleWords
        }
    }

    /// Words that frame a question rather than name its topic ("What is the difference between",
    /// "How does … work", "Чем … отличается", "Когда использовать"): every library's questions
    /// share them, so a title matched by them alone says nothing of what it answers.
    static let framingWords: Set<String> = {
        let stemmer = WordStemmer()
        let words = """
            difference differences differ different work works working use using used happen happens mean means \
            explain way ways better best good bad choose prefer compare versus vs \
            разница разницу отличается отличаются отличие отличия различие работает работают работать устроен устроена \
            устроено устроены использовать используется применять нужно нужен нужна зачем почему когда бывают происходит \
            делает лучше правильно выбрать сравнить
            """
        return Set(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { stemmer.stem(String($0)) })
    }()

    /// The follow-up's text without its framing words, as the linker searches it.
    static func topicalText(_ text: String) -> String {
        let stemmer = WordStemmer()
        return SearchQuery.words(in: text).map(\.term).filter { !framingWords.contains(stemmer.stem($0)) }.joined(separator: " ")
    }

    static func evidence(for text: String, of source: QuestionID, in index: SearchIndex) -> Evidence? {
        let text = topicalText(text)
        let whole = index.search(text, limit: 8, snippetLimit: 0, prefixLastWord: false, fields: [.title, .shortAnswer, .prose, .code])
        let others = whole.hits.filter { $0.questionID != source }
        guard let best = others.first else { return nil }
        var evidence = Evidence(best: best, runnerUp: others.dropFirst().first,
                                ownScore: whole.hits.first { $0.questionID == source }?.score ?? 0, topic: nil)
        // The second search only when the first leaves the question open.
        guard evidence.mayBeConfident else { return evidence }
        let topic = index.search(text, limit: 8, snippetLimit: 0, prefixLastWord: false, fields: [.title, .shortAnswer])
        evidence.topic = topic.hits.first { $0.questionID != source }
        return evidence
    }
}
