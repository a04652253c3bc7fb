import Testing
@testable import Screen

/// `wrap(_:width:breakingWordsWith:)`: a word wider than its line breaks where the caller says.
@Suite struct WordBreakingTests {
    func lines(_ text: String, width: Int, breaks: [WordBreak]) -> [String] {
        wrap([Span(text)], width: width, breakingWordsWith: { _ in breaks }).map { $0.map(\.text).joined() }
    }

    @Test func aWideWordBreaksAtTheLatestPlaceThatFitsWithItsMark() {
        // mul-ti-pro-cess-ing
        let breaks = [3, 5, 8, 12].map { WordBreak(offset: $0, isMarked: true) }
        #expect(lines("multiprocessing", width: 10, breaks: breaks) == ["multipro-", "cessing"])
        #expect(lines("multiprocessing", width: 6, breaks: breaks) == ["multi-", "pro-", "cess-", "ing"])
    }

    @Test func anUnmarkedPlaceTakesNoColumn() {
        let breaks = [WordBreak(offset: 8, isMarked: false)]
        #expect(lines("asyncio.gather", width: 8, breaks: breaks) == ["asyncio.", "gather"])
    }

    @Test func withNoPlaceThatFitsTheWordBreaksHardAndSaysSo() {
        #expect(lines("abcdefghij", width: 4, breaks: []) == ["abc-", "def-", "ghij"])
        // A place too far right for the line is no help: the hard break comes first.
        #expect(lines("abcdefghij", width: 4, breaks: [WordBreak(offset: 6, isMarked: true)]) == ["abc-", "def-", "ghij"])
    }

    @Test func wordsThatFitAreNotBrokenAndTheRestJoinsTheNextWords() {
        let breaks = [WordBreak(offset: 4, isMarked: true)]
        #expect(lines("ab abcdefgh cd", width: 6, breaks: breaks) == ["ab", "abcd-", "efgh", "cd"])
        #expect(lines("abcdefgh cd", width: 8, breaks: breaks) == ["abcdefgh", "cd"])
        #expect(lines("abcdefghi c", width: 8, breaks: breaks) == ["abcd-", "efghi c"])
    }

    @Test func theMarkTakesTheStyleOfTheLetterBeforeIt() {
        let bold = Style(attributes: .bold)
        let line = wrap([Span("abcd", style: bold), Span("efgh")], width: 5,
                        breakingWordsWith: { word in
                            #expect(word.text == "abcdefgh")
                            #expect(word.spanIndices == [0, 0, 0, 0, 1, 1, 1, 1])
                            return [WordBreak(offset: 4, isMarked: true)]
                        })
        #expect(line[0] == [Span("abcd-", style: bold)])
        #expect(line[1] == [Span("efgh")])
    }

    @Test func oneColumnLinesAndWideCharactersNeverLoop() {
        #expect(lines("abc", width: 1, breaks: []) == ["a", "b", "c"])
        #expect(lines("日本語", width: 2, breaks: []) == ["日", "本", "語"])
        #expect(lines("日本語", width: 3, breaks: []) == ["日-", "本-", "語"])
    }
}
