import Testing
@testable import Search

@Suite struct CaseFoldingTests {
    @Test func lowercasesLatinAndCyrillic() {
        #expect(CaseFolding.fold("TaskGroup") == "taskgroup")
        #expect(CaseFolding.fold("СЕМАФОР Корутина") == "семафор корутина")
    }

    @Test func readsYoAsYe() {
        #expect(CaseFolding.fold("ещё Ёлка") == "еще елка")
    }

    @Test func foldsOtherScriptsThroughUnicode() {
        #expect(CaseFolding.fold("ÉCOLE Ωmega") == "école ωmega")
        #expect(CaseFolding.fold("Ѐ") == "ѐ")
    }
}

@Suite struct TokenizerTests {
    func terms(_ text: String) -> [String] { Tokenizer.tokens(in: text).map(\.term) }

    @Test func splitsRussianAndEnglishWords() {
        #expect(terms("Event loop — сердце asyncio, ёмко!") == ["event", "loop", "сердце", "asyncio", "емко"])
    }

    @Test func keepsSnakeCaseWholeAndByParts() {
        #expect(terms("loop.run_in_executor(None)") == ["loop.run_in_executor", "loop", "run", "in", "executor", "none"])
        #expect(terms("run_in_executor") == ["run_in_executor", "run", "in", "executor"])
    }

    @Test func keepsDottedNamesWhole() {
        #expect(terms("asyncio.gather(*tasks)") == ["asyncio.gather", "asyncio", "gather", "tasks"])
        // A full stop that ends a sentence does not join words.
        #expect(terms("конец. Начало") == ["конец", "начало"])
        #expect(terms("версии 3.11") == ["версии", "3", "11"])
    }

    @Test func splitsCamelCase() {
        #expect(terms("TaskGroup") == ["taskgroup", "task", "group"])
        #expect(terms("HTTPServer") == ["httpserver", "http", "server"])
        #expect(terms("ThreadPoolExecutor") == ["threadpoolexecutor", "thread", "pool", "executor"])
        #expect(terms("asyncio.TaskGroup()") == ["asyncio.taskgroup", "taskgroup", "asyncio", "task", "group"])
        #expect(terms("_private_CamelCase") == ["_private_camelcase", "camelcase", "private", "camel", "case"])
    }

    @Test func keepsVeryLongWordsWhole() {
        let word = String(repeating: "абв", count: 200)
        #expect(terms("x \(word.uppercased()) y") == ["x", word, "y"])
    }

    @Test func givesPartsConsecutivePositions() {
        let tokens = Tokenizer.tokens(in: "use run_in_executor now")
        #expect(tokens.map(\.position) == [0, 1, 1, 2, 3, 4])
        #expect(tokens.map(\.isCompound) == [false, true, false, false, false, false])
    }

    @Test func reportsUTF8Ranges() {
        let text = "ёж asyncio"
        let tokens = Tokenizer.tokens(in: text)
        #expect(tokens.map(\.range) == [0..<4, 5..<12])
    }

    @Test func keepsDigitsAndDropsPunctuationAndAccents() {
        #expect(terms("Python 3.11+ — «вопро́с»: 42%") == ["python", "3", "11", "вопрос", "42"])
        #expect(terms("__init__") == ["__init__", "init"])
        #expect(terms("___ ...").isEmpty)
        // Combining accents alone make no term.
        #expect(terms("\u{301}\u{301} a\u{301}") == ["a"])
    }
}

@Suite struct StemmerTests {
    @Test func stemsRussianInflections() {
        let stemmer = WordStemmer()
        #expect(stemmer.stem("ошибки") == stemmer.stem("ошибка"))
        #expect(stemmer.stem("корутины") == stemmer.stem("корутина"))
        #expect(stemmer.stem("задачами") == stemmer.stem("задача"))
    }

    @Test func stemsEnglishWords() {
        let stemmer = WordStemmer()
        #expect(stemmer.stem("tasks") == "task")
        #expect(stemmer.stem("running") == stemmer.stem("runs"))
    }

    @Test func leavesIdentifiersAndMixedWordsAlone() {
        let stemmer = WordStemmer()
        #expect(stemmer.stem("run_in_executor") == "run_in_executor")
        #expect(stemmer.stem("python3") == "python3")
        #expect(stemmer.stem("asyncioкод") == "asyncioкод")
    }

    @Test func stemmerReusesItsBufferSafely() {
        let stemmer = Stemmer(.russian)!
        let first = stemmer.stem("ошибками")
        let second = stemmer.stem("семафоры")
        #expect(first == "ошибк")
        #expect(second == "семафор")
    }
}

@Suite struct KeyboardLayoutTests {
    @Test func readsLatinKeysAsCyrillic() {
        #expect(KeyboardLayout.switched("ctvfajh") == "семафор")
        #expect(KeyboardLayout.switched("jib,rb") == "ошибки")
        #expect(KeyboardLayout.switched("gjnjrb b ghjwtccs") == "потоки и процессы")
    }

    @Test func readsCyrillicKeysAsLatin() {
        #expect(KeyboardLayout.switched("ефылпкщгз") == "taskgroup")
        #expect(KeyboardLayout.switched("фынтсшщюпферук") == "asyncio.gather")
        #expect(KeyboardLayout.switched("Ыуьфзрщку") == "Semaphore")
    }

    @Test func switchesOnlyLettersInMixedText() {
        #expect(KeyboardLayout.switched("asyncio ефыл, ok") == "фынтсшщ task, щл")
    }

    @Test func leavesDigitsAndSpaces() {
        #expect(KeyboardLayout.switched("3 11") == "3 11")
    }
}

@Suite struct EditDistanceTests {
    @Test(arguments: [
        ("semaphore", "semafore", 2), ("taskgroup", "taskgrup", 1), ("gather", "gahter", 1),
        ("корутина", "курутина", 1), ("abc", "abc", 0), ("", "abc", 3), ("ca", "ac", 1),
    ])
    func measuresEdits(a: String, b: String, expected: Int) {
        #expect(EditDistance.distance(a, b, limit: 3) == expected)
        #expect(EditDistance.distance(b, a, limit: 3) == expected)
    }

    @Test func stopsAtTheCap() {
        #expect(EditDistance.distance("semaphore", "semafore", limit: 1) == nil)
        #expect(EditDistance.distance("asyncio", "threading", limit: 2) == nil)
        #expect(EditDistance.distance("abcdef", "abcdefgh", limit: 1) == nil)
        #expect(EditDistance.distance("abcdef", "abcdefg", limit: 1) == 1)
    }

    @Test func reusesRowsAcrossCallsOfDifferentLengths() {
        var calculator = EditDistance()
        let pairs: [([UInt32], [UInt32], Int?)] = [
            (Array("taskgrup".unicodeScalars.map(\.value)), Array("taskgroup".unicodeScalars.map(\.value)), 1),
            (Array("ab".unicodeScalars.map(\.value)), Array("ba".unicodeScalars.map(\.value)), 1),
            (Array("kitten".unicodeScalars.map(\.value)), Array("sitting".unicodeScalars.map(\.value)), nil),
        ]
        for (a, b, expected) in pairs {
            let result = a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in calculator.distance(a, b, limit: 2) } }
            #expect(result == expected)
        }
    }

    @Test func allowsEditsByWordLength() {
        #expect(EditDistance.allowedEdits(forLength: 3) == 0)
        #expect(EditDistance.allowedEdits(forLength: 4) == 1)
        #expect(EditDistance.allowedEdits(forLength: 7) == 1)
        #expect(EditDistance.allowedEdits(forLength: 8) == 2)
    }
}

@Suite struct TermDictionaryTests {
    @Test func readsGroupsCommentsAndAlternatives() {
        let text = """
            # a comment
            семафор\tsemaphore
            Цикл событий, событийный цикл\tevent loop   # trailing comment

            отмена\tcancel, cancellation
            """
        let dictionary = TermDictionary.parse(text, path: "terms.tsv")
        #expect(dictionary.warnings.isEmpty)
        #expect(dictionary.groups == [
            [["семафор"], ["semaphore"]],
            [["цикл", "событий"], ["событийный", "цикл"], ["event", "loop"]],
            [["отмена"], ["cancel"], ["cancellation"]],
        ])
    }

    @Test func warnsAboutLinesWithOneColumnAndKeepsTheRest() {
        let dictionary = TermDictionary.parse("семафор semaphore\nочередь\tqueue\n", path: "Content/terms.tsv")
        #expect(dictionary.warnings == ["Content/terms.tsv:1: expected two columns separated by a tab"])
        #expect(dictionary.groups == [[["очередь"], ["queue"]]])
    }

    @Test func missingFileGivesAnEmptyDictionary() {
        let dictionary = TermDictionary.load(contentDirectory: "/nonexistent-sobes-folder")
        #expect(dictionary.groups.isEmpty)
        #expect(dictionary.warnings.isEmpty)
    }

    @Test func shippedDictionaryHasTheFieldTerms() throws {
        let dictionary = TermDictionary.load(contentDirectory: ContentFolder.path)
        #expect(dictionary.warnings.isEmpty)
        #expect(dictionary.groups.count >= 40)
        #expect(dictionary.groups.contains { $0.contains(["семафор"]) && $0.contains(["semaphore"]) })
        #expect(dictionary.groups.contains { $0.contains(["цикл", "событий"]) && $0.contains(["event", "loop"]) })
    }
}

@Suite struct SearchQueryTests {
    @Test func readsWordsPhrasesAndThePrefix() {
        let query = SearchQuery(parsing: "ошибки \"event loop\" semaph", prefixLastWord: true)
        #expect(query.items == [
            .word(.init(term: "ошибки")),
            .phrase(["event", "loop"]),
            .word(.init(term: "semaph", isPrefix: true)),
        ])
    }

    @Test func describesHowItWasRead() {
        #expect(SearchQuery(parsing: "Ошибки «event loop» semaph", prefixLastWord: true).description == "ошибки \"event loop\" semaph…")
    }

    @Test func trailingSpaceEndsThePrefix() {
        #expect(SearchQuery(parsing: "gather ").items == [.word(.init(term: "gather"))])
    }

    @Test func keepsIdentifierParts() {
        #expect(SearchQuery(parsing: "loop.run_in_executor ").items == [
            .word(.init(term: "loop.run_in_executor", parts: ["loop", "run", "in", "executor"])),
        ])
    }

    @Test func unclosedQuoteIsAPhrase() {
        #expect(SearchQuery(parsing: "«цикл событий", prefixLastWord: true).items == [.phrase(["цикл", "событий"])])
    }
}

/// The repository's Content folder, found from this file.
enum ContentFolder {
    static var path: String {
        var components = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        components.removeLast(3)
        return components.joined(separator: "/") + "/Content"
    }
}
