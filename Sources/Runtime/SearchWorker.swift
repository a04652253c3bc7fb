import Browser
import Chapter
import Dispatch
import Search
import Synchronization

/// Gives the search index of a library: built from its models, or mapped from a cache that
/// holds one for exactly these files (the sobes command wires that in).
public typealias SearchIndexMaking = @Sendable (_ library: Library, _ terms: TermDictionary) -> SearchIndex

/// Gives the links of a library's follow-ups, from the index made of it: by linking them
/// (`FollowUpLinker`), or from a cache that kept the links made from that index.
public typealias FollowUpLinking = @Sendable (_ library: Library, _ index: SearchIndex) -> [FollowUpLink]

/// Runs searches off the input loop so typing never waits: the index is made in the
/// background after the first frame, queries run on a serial queue, and finished
/// results wait in a mailbox for the loop to pick up as actions.
final class SearchWorker: Sendable {
    private let queue = DispatchQueue(label: "sobes.search", qos: .userInitiated)
    private let index = Mutex<SearchIndex?>(nil)
    /// What the last query evaluated: the next, one key longer, goes on from there.
    private let memory = Mutex(SearchMemory())
    private let finished = Mutex<[Action]>([])
    /// The newest query asked for; older ones still queued are skipped.
    private let latest = Mutex<Int>(0)
    private let pending = Mutex<Int>(0)
    private let completion: CompletionSignal
    /// The hits that come with their titles' matched words: more than the list of a tall
    /// terminal shows (the rest are found as the list is scrolled to them).
    static let titleRangeLimit = 64

    init(library: Library, terms: @escaping @Sendable () -> TermDictionary, notes: [QuestionID: String],
         makeIndex: @escaping SearchIndexMaking, linkFollowUps: @escaping FollowUpLinking, completion: CompletionSignal) {
        self.completion = completion
        queue.async { [self] in
            var built = makeIndex(library, terms())
            // The links come from the library alone: the reader's notes are no answer to a follow-up.
            let withoutNotes = built
            for (id, text) in notes { built.setNote(text, for: id) }
            index.withLock { $0 = built }
            // Two searches a follow-up: on a queue of its own, so that the reader's searches never wait for it.
            DispatchQueue.global(qos: .utility).async { [self] in
                let links = linkFollowUps(library, withoutNotes)
                finished.withLock { $0.append(.followUpsLinked(links)) }
                completion.notify()
            }
        }
    }

    /// Puts a saved note's new text into the index (in queue order, after the build).
    func setNote(_ text: String, for id: QuestionID) {
        queue.async { [self] in
            index.withLock { $0?.setNote(text, for: id) }
        }
    }

    func submit(text: String, generation: Int) {
        latest.withLock { $0 = generation }
        pending.withLock { $0 += 1 }
        queue.async { [self] in
            defer {
                pending.withLock { $0 -= 1 }
                completion.notify()
            }
            guard latest.withLock({ $0 }) == generation, let index = index.withLock({ $0 }) else { return }
            // The browser's list shows titles, never snippets: building them was wasted work.
            // Its matched words are found here only for the hits a tall list shows before scrolling.
            let results = memory.withLock { memory in
                index.search(text, limit: 200, snippetLimit: 0, titleRangeLimit: Self.titleRangeLimit, prefixLastWord: true,
                             memory: &memory)
            }
            finished.withLock { $0.append(.searchFinished(generation: generation, results: results)) }
        }
    }

    /// Results that arrived since the last call.
    func takeFinished() -> [Action] {
        finished.withLock { actions in
            defer { actions.removeAll() }
            return actions
        }
    }

    /// True while a query may still produce results: the loop then waits for it too.
    var isBusy: Bool { pending.withLock { $0 > 0 } }
}
