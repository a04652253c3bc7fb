import Testing
@testable import Browser

@Suite struct RecentValuesTests {
    @Test func keepsTheNewestValuesUpToItsCapacity() {
        var recent = RecentValues<String, Int>(capacity: 2)
        recent["a"] = 1
        recent["b"] = 2
        recent["a"] = 10  // replaced in place: still the oldest
        recent["c"] = 3
        #expect(recent["a"] == nil)
        #expect(recent["b"] == 2)
        #expect(recent["c"] == 3)
        recent["b"] = nil  // a nil store keeps what is there
        #expect(recent["b"] == 2)
    }

    @Test func equalWhenTheyHoldTheSameEntriesInTheSameOrder() {
        var first = RecentValues<String, Int>(capacity: 4), second = first
        first["a"] = 1; first["b"] = 2
        second["a"] = 1; second["b"] = 2
        #expect(first == second)
        second["b"] = 3
        #expect(first != second)
    }
}
