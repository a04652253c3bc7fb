/// Damerau-Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two
/// neighbours) with a cap: only the band of cells within `limit` of the diagonal is computed,
/// and the computation stops as soon as a whole row exceeds the cap.
/// Keeps its rows between calls, so scanning many candidates does not allocate.
public struct EditDistance {
    private var rows: [Int32] = []

    public init() {}

    /// The distance between two words if it is at most `limit`, else nil.
    public static func distance(_ a: String, _ b: String, limit: Int) -> Int? {
        var calculator = EditDistance()
        let a = a.unicodeScalars.map(\.value)
        let b = b.unicodeScalars.map(\.value)
        return a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in calculator.distance(a, b, limit: limit) }
        }
    }

    /// The distance between two scalar sequences if it is at most `limit`, else nil.
    public mutating func distance(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>, limit: Int) -> Int? {
        let n = a.count
        let m = b.count
        if abs(n - m) > limit { return nil }
        if n == 0 || m == 0 { return max(n, m) }
        let width = m + 1
        if rows.count < 3 * width { rows = Array(repeating: 0, count: 3 * width) }
        let big = Int32(limit + 1)
        let cap = Int32(limit)
        return rows.withUnsafeMutableBufferPointer { rows -> Int? in
            var before = 0            // row i - 2
            var previous = width      // row i - 1
            var current = 2 * width   // row i
            for j in 0...m { rows[previous + j] = Int32(j) }
            for i in 1...n {
                let low = max(1, i - limit)
                let high = min(m, i + limit)
                rows[current] = Int32(i)
                if low > 1 { rows[current + low - 1] = big }
                var rowMinimum = big
                let ai = a[i - 1]
                for j in low...high {
                    let bj = b[j - 1]
                    var value = min(rows[previous + j] + 1, rows[current + j - 1] + 1,
                                    rows[previous + j - 1] + (ai == bj ? 0 : 1))
                    if i > 1 && j > 1 && ai == b[j - 2] && a[i - 2] == bj {
                        value = min(value, rows[before + j - 2] + 1)
                    }
                    rows[current + j] = value
                    if value < rowMinimum { rowMinimum = value }
                }
                if high < m { rows[current + high + 1] = big }
                if low == 1 { rowMinimum = min(rowMinimum, Int32(i)) }
                // Every cell of the band is over the cap: the distance can only grow.
                if rowMinimum > cap { return nil }
                (before, previous, current) = (previous, current, before)
            }
            let result = Int(rows[previous + m])
            return result <= limit ? result : nil
        }
    }

    /// The number of edits a query word of this many letters may have: none below 4,
    /// one for 4–7 letters, two for longer words.
    public static func allowedEdits(forLength length: Int) -> Int {
        switch length {
        case ..<4: return 0
        case 4...7: return 1
        default: return 2
        }
    }
}
