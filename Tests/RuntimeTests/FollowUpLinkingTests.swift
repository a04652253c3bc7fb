import Browser
import Chapter
import Foundation
import Notes
import Runtime
import Search
import Testing

/// The live performer links the follow-ups once the search index is built, and hands the
/// links to the loop as an action.
@Suite struct FollowUpLinkingTests {
    @Test func theLinksArriveAfterTheIndex() throws {
        try Fixture.withDataDirectory { directory in
            let notes = NotesSession(store: NotesStore(directory: directory, questionKey: QuestionKey.normalizedTitle), library: Fixture.library)
            var live = LiveEffects(library: Fixture.library, terms: TermDictionary.load(contentDirectory: Fixture.repositoryRoot + "/Content"),
                                   notes: notes)
            #expect(live.perform(.buildSearchIndex(notes: [:])).isEmpty)
            let descriptor = try #require(live.completionDescriptor)
            var links: [FollowUpLink]?
            // Woken by the completion pipe, as the loop is; at most ~10 s.
            for _ in 0..<100 where links == nil {
                var wait = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                _ = poll(&wait, 1, 100)
                for case .followUpsLinked(let found) in live.takeFinished() { links = found }
            }
            let question1 = QuestionID(chapterID: "04-asyncio", number: 1)
            #expect(links?.contains(FollowUpLink(source: question1, index: 1, target: QuestionID(chapterID: "04-asyncio", number: 8))) == true)
            #expect(links?.allSatisfy { $0.source != $0.target } == true)
        }
    }
}
