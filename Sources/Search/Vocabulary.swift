/// The index's distinct terms and what queries need to expand a word into terms: stems, prefix
/// order, and letters for typo candidates. All of it in columns, so an index file maps it.
struct Vocabulary: Sendable {
    var table: TermSet
    var terms: TextColumn { table.texts }
    /// Per term, the id of its stem in `stems`.
    var stemOf: Column<Int32>
    /// The stems, interned in order of first use.
    var stems: TermSet
    /// Per stem, the terms that share it.
    var stemMembers: Rows
    /// Term ids in UTF-8 byte order, for prefix ranges.
    var sorted: Column<Int32>
    /// Per term, the number of questions it occurs in.
    var documentFrequency: Column<Int32>
    /// Word-like terms (letters only) by their length in scalars, for typo candidates.
    var byLength: Rows
    /// Per term, its scalars (`scalars[scalarStart[t]..<scalarStart[t + 1]]`) and a 64-bit set of its letters.
    var scalarStart: Column<Int32>
    var scalars: Column<UInt32>
    var letterMask: Column<UInt64>
    /// The derivational roots; per root, the stems that share it (сборщик, сборка).
    var roots: TermSet
    var rootMembers: Rows
    /// Per stem of one script, its transliteration key (`keys[keyStart[s]..<keyStart[s + 1]]`,
    /// empty for other stems) and a letter set; stems by script (0 Latin, 1 Cyrillic) and key length.
    var keyStart: Column<Int32>
    var keys: Column<UInt32>
    var keyMask: Column<UInt64>
    var keyedStems: [Rows]

    init(table termTable: TermTable, documentFrequency: [Int32], stemmer: WordStemmer) {
        let table = termTable.frozen()
        self.table = table
        self.documentFrequency = Column(documentFrequency)
        let count = table.count
        var stemOf: [Int32] = []
        stemOf.reserveCapacity(count)
        var stemTable = TermTable()
        var stemMembers: [[Int32]] = []
        var scalarStart: [Int32] = [0]
        var scalars: [UInt32] = []
        var letterMask: [UInt64] = []
        var byLength: [[Int32]] = []
        var stems: [String] = []
        for id in 0..<count {
            let term = table.term(id)
            var stem = stemmer.stem(term)
            let stemID = stem.withUTF8 { stemTable.intern($0) }
            if Int(stemID) == stemMembers.count {
                stemMembers.append([Int32(id)])
                stems.append(stem)
            } else {
                stemMembers[Int(stemID)].append(Int32(id))
            }
            stemOf.append(stemID)
            var mask: UInt64 = 0
            var length = 0
            var isWord = true
            for scalar in term.unicodeScalars {
                scalars.append(scalar.value)
                mask |= Vocabulary.bit(scalar.value)
                length += 1
                if !scalar.properties.isAlphabetic { isWord = false }
            }
            scalarStart.append(Int32(scalars.count))
            letterMask.append(mask)
            if isWord {
                while byLength.count <= length { byLength.append([]) }
                byLength[length].append(Int32(id))
            }
        }
        var rootTable = TermTable()
        var rootMembers: [[Int32]] = []
        var keyStart: [Int32] = [0]
        var keys: [UInt32] = []
        var keyMask: [UInt64] = []
        var keyedStems: [[[Int32]]] = [[], []]
        for (id, stem) in stems.enumerated() {
            if var root = WordRoots.root(ofStem: stem) {
                let rootID = root.withUTF8 { rootTable.intern($0) }
                if Int(rootID) == rootMembers.count { rootMembers.append([]) }
                rootMembers[Int(rootID)].append(Int32(id))
            }
            let key = Transliteration.key(stem) ?? []
            keys.append(contentsOf: key.map(UInt32.init))
            keyStart.append(Int32(keys.count))
            keyMask.append(key.reduce(0) { $0 | Vocabulary.bit(UInt32($1)) })
            guard !key.isEmpty else { continue }
            let script = (stem.unicodeScalars.first?.value ?? 0) >= 0x400 ? 1 : 0
            while keyedStems[script].count <= key.count { keyedStems[script].append([]) }
            keyedStems[script][key.count].append(Int32(id))
        }
        self.stemOf = Column(stemOf)
        self.stems = stemTable.frozen()
        self.stemMembers = Rows(stemMembers)
        self.scalarStart = Column(scalarStart)
        self.scalars = Column(scalars)
        self.letterMask = Column(letterMask)
        self.byLength = Rows(byLength)
        self.roots = rootTable.frozen()
        self.rootMembers = Rows(rootMembers)
        self.keyStart = Column(keyStart)
        self.keys = Column(keys)
        self.keyMask = Column(keyMask)
        self.keyedStems = keyedStems.map(Rows.init)
        sorted = Column((0..<Int32(count)).sorted { table.bytes(Int($0)).lexicographicallyPrecedes(table.bytes(Int($1))) })
    }

    /// A vocabulary read from its parts (an index file).
    init(table: TermSet, stemOf: Column<Int32>, stems: TermSet, stemMembers: Rows, sorted: Column<Int32>,
         documentFrequency: Column<Int32>, byLength: Rows, scalarStart: Column<Int32>, scalars: Column<UInt32>,
         letterMask: Column<UInt64>, roots: TermSet, rootMembers: Rows, keyStart: Column<Int32>, keys: Column<UInt32>,
         keyMask: Column<UInt64>, keyedStems: [Rows]) {
        self.table = table
        self.stemOf = stemOf
        self.stems = stems
        self.stemMembers = stemMembers
        self.sorted = sorted
        self.documentFrequency = documentFrequency
        self.byLength = byLength
        self.scalarStart = scalarStart
        self.scalars = scalars
        self.letterMask = letterMask
        self.roots = roots
        self.rootMembers = rootMembers
        self.keyStart = keyStart
        self.keys = keys
        self.keyMask = keyMask
        self.keyedStems = keyedStems
    }

    /// The stems that share a derivational root, if the library has any.
    func stems(withRoot root: String) -> Slice<Column<Int32>>? {
        roots.find(root).map { rootMembers[Int($0)] }
    }

    /// Stems of the other script whose transliteration key is within `maxEdits` of `key`
    /// (same first letter), with the edits: семафор finds semaphor, mutex finds мьютекс.
    func transliterated(_ key: [UInt32], fromCyrillic: Bool, maxEdits: Int, limit: Int) -> [(stem: Int32, edits: Int)] {
        let buckets = keyedStems[fromCyrillic ? 0 : 1]
        let mask = Vocabulary.mask(of: key)
        var calculator = EditDistance()
        var found: [(stem: Int32, edits: Int)] = []
        key.withUnsafeBufferPointer { key in
            keys.withUnsafeBufferPointer { keys in
                for length in max(1, key.count - maxEdits)...(key.count + maxEdits) where length < buckets.count {
                    for stem in buckets[length] {
                        let start = Int(keyStart[Int(stem)])
                        if keys[start] != key[0] || (keyMask[Int(stem)] ^ mask).nonzeroBitCount > 2 * maxEdits { continue }
                        let candidate = UnsafeBufferPointer(rebasing: keys[start..<Int(keyStart[Int(stem) + 1])])
                        if let edits = calculator.distance(key, candidate, limit: maxEdits) { found.append((stem, edits)) }
                    }
                }
            }
        }
        found.sort { ($0.edits, $0.stem) < ($1.edits, $1.stem) }
        return Array(found.prefix(limit))
    }

    static func bit(_ value: UInt32) -> UInt64 { 1 << UInt64(value & 63) }

    static func mask(of scalars: [UInt32]) -> UInt64 { scalars.reduce(0) { $0 | bit($1) } }

    /// Terms that start with `prefix` (the prefix itself included if it is a term).
    func terms(withPrefix prefix: String) -> Slice<Column<Int32>> {
        let key = Array(prefix.utf8)
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if table.bytes(Int(sorted[middle])).lexicographicallyPrecedes(key) { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < sorted.count && table.bytes(Int(sorted[end])).starts(with: key) { end += 1 }
        return sorted[low..<end]
    }

    /// Terms within the allowed number of edits of a word, nearest first, then the most frequent.
    func typoCandidates(of word: [UInt32], maxEdits: Int, limit: Int) -> [(term: Int32, edits: Int)] {
        guard maxEdits > 0 else { return [] }
        let mask = Vocabulary.mask(of: word)
        var calculator = EditDistance()
        var found: [(term: Int32, edits: Int)] = []
        word.withUnsafeBufferPointer { word in
            scalars.withUnsafeBufferPointer { scalars in
                let lengths = max(1, word.count - maxEdits)...(word.count + maxEdits)
                for length in lengths where length < byLength.count {
                    for term in byLength[length] {
                        // Each edit changes at most two letters of the set: a cheap filter first.
                        if (letterMask[Int(term)] ^ mask).nonzeroBitCount > 2 * maxEdits { continue }
                        let candidate = UnsafeBufferPointer(rebasing: scalars[Int(scalarStart[Int(term)])..<Int(scalarStart[Int(term) + 1])])
                        if let edits = calculator.distance(word, candidate, limit: maxEdits), edits > 0 {
                            found.append((term, edits))
                        }
                    }
                }
            }
        }
        found.sort { ($0.edits, -documentFrequency[Int($0.term)], $0.term) < ($1.edits, -documentFrequency[Int($1.term)], $1.term) }
        return Array(found.prefix(limit))
    }

    /// Terms that start with `word` give or take one typo, for the last word while it is
    /// still being typed (`semafo` → semaphore): the term's first letters, one shorter, as
    /// long or one longer than the word, within `maxEdits` of it.
    func prefixTypoCandidates(of word: [UInt32], maxEdits: Int, limit: Int) -> [(term: Int32, edits: Int)] {
        guard maxEdits > 0, word.count > maxEdits, word.count - maxEdits < byLength.count else { return [] }
        var calculator = EditDistance()
        var found: [(term: Int32, edits: Int)] = []
        word.withUnsafeBufferPointer { word in
            scalars.withUnsafeBufferPointer { scalars in
                for length in (word.count - maxEdits)..<byLength.count where length > 0 {
                    for term in byLength[length] {
                        let start = Int(scalarStart[Int(term)])
                        // Typos rarely hit the first letter: a cheap filter before the distances.
                        if scalars[start] != word[0] && scalars[start] != word[1] { continue }
                        var best: Int?
                        for cut in max(word.count - maxEdits, 1)...min(word.count + maxEdits, length) {
                            let head = UnsafeBufferPointer(rebasing: scalars[start..<(start + cut)])
                            if let edits = calculator.distance(word, head, limit: maxEdits) {
                                best = min(best ?? edits, edits)
                            }
                        }
                        if let best, best > 0 { found.append((term, best)) }
                    }
                }
            }
        }
        found.sort { ($0.edits, -documentFrequency[Int($0.term)], $0.term) < ($1.edits, -documentFrequency[Int($1.term)], $1.term) }
        return Array(found.prefix(limit))
    }
}
