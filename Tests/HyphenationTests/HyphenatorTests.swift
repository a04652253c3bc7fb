import Testing
@testable import Hyphenation

@Suite struct HyphenatorTests {
    let hyphenator = Hyphenator.system

    func hyphenated(_ word: String, with hyphenator: Hyphenator = .system) -> String {
        var result = ""
        let points = Set(hyphenator.breakPoints(in: word))
        for (offset, character) in word.enumerated() {
            if points.contains(offset) { result += "-" }
            result.append(character)
        }
        return result
    }

    @Test func englishWordsBreakAtThePatternsPoints() {
        #expect(hyphenated("multiprocessing") == "mul-ti-pro-cess-ing")
        #expect(hyphenated("conditions") == "con-di-tions")
    }

    @Test func russianWordsBreakAtThePatternsPoints() {
        // hyph_ru_RU.dic is in KOI8-R: the word is re-encoded for it.
        #expect(hyphenated("масштабируемость") == "масшта-би-ру-емость")
        #expect(hyphenated("Масштабируемость") == "Масшта-би-ру-емость")
    }

    @Test func punctuationAndDigitsAreLeftAloneAndRunsKeepTheirOffsets() {
        let word = "(соединений)"
        let points = hyphenator.breakPoints(in: word)
        #expect(!points.isEmpty)
        #expect(points.allSatisfy { $0 > 1 && $0 < word.count - 2 })
        #expect(hyphenator.breakPoints(in: "10K+").isEmpty)
        // A change of script is a new run: each half hyphenated by its own patterns.
        let mixed = "multiprocessing" + "масштабируемость"
        #expect(Set(hyphenator.breakPoints(in: mixed)) == Set(hyphenator.breakPoints(in: "multiprocessing")
            + hyphenator.breakPoints(in: "масштабируемость").map { $0 + 15 }))
    }

    @Test func shortWordsAndOtherScriptsHaveNoPoints() {
        #expect(hyphenator.breakPoints(in: "GIL").isEmpty)
        #expect(hyphenator.breakPoints(in: "да").isEmpty)
        #expect(hyphenator.breakPoints(in: "αβγδεζηθικλ").isEmpty)
        #expect(hyphenator.breakPoints(in: "").isEmpty)
    }

    @Test func aMissingDictionaryGivesNoPointsAndDoesNotCrash() {
        let missing = Hyphenator(directory: "/nonexistent/hyphen")
        #expect(!missing.hasDictionary(for: .russian))
        #expect(missing.breakPoints(in: "масштабируемость").isEmpty)
        #expect(missing.breakPoints(in: "multiprocessing").isEmpty)
        #expect(Hyphenator.system.hasDictionary(for: .english))
    }

    @Test func manyThreadsShareOneHyphenator() async {
        let fresh = Hyphenator(directory: "/usr/share/hyphen")
        let results = await withTaskGroup(of: [Int].self) { group in
            for _ in 0..<16 { group.addTask { fresh.breakPoints(in: "multiprocessing") } }
            return await group.reduce(into: [[Int]]()) { $0.append($1) }
        }
        #expect(Set(results.map { $0.description }).count == 1)
        #expect(results[0] == [3, 5, 8, 12])
    }
}
