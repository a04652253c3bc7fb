import Testing
@testable import Browser

@Suite struct CopyOnWriteTests {
    struct Holder: Equatable {
        @CopyOnWrite var values: [Int] = [1, 2]
    }

    @Test func aCopyWrittenLeavesTheOriginalAsItWas() {
        let original = Holder()
        var copy = original
        copy.values.append(3)
        #expect(original.values == [1, 2])
        #expect(copy.values == [1, 2, 3])
        #expect(copy != original)
    }

    @Test func equalValuesInSeparateStorageCompareEqual() {
        var one = Holder()
        var other = Holder()
        one.values = [5]
        other.values.removeAll()
        other.values.append(5)
        #expect(one == other)
    }

    /// The state's parts behind a reference still take part in its comparison.
    @Test func aWrittenPartChangesTheScreenBaseline() {
        var state = ScreenChangeTests.browsing()
        let baseline = ScreenBaseline(state)
        state.navigation.hyperlinks.toggle()
        let changes = baseline.changesScreen(state)
        #expect(changes)
    }
}
