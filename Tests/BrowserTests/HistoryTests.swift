import Testing
@testable import Browser

/// The jump list as a value: back, forward, a new jump forgetting the way forward, the bound.
@Suite struct HistoryTests {
    @Test func backAndForwardRetraceTheJumps() {
        var history = History<Int>()
        history.record(1)
        history.record(2)
        #expect(history.goBack(from: 3) == 2)
        #expect(history.goBack(from: 2) == 1)
        #expect(history.goBack(from: 1) == nil)
        #expect(history.goForward(from: 1) == 2)
        #expect(history.goForward(from: 2) == 3)
        #expect(history.goForward(from: 3) == nil)
    }

    @Test func aNewJumpForgetsTheWayForward() {
        var history = History<Int>()
        history.record(1)
        #expect(history.goBack(from: 2) == 1)
        history.record(1)
        #expect(history.forward.isEmpty)
        #expect(history.goForward(from: 5) == nil)
        #expect(history.goBack(from: 5) == 1)
    }

    @Test func leavingThePlaceJustLeftIsRecordedOnce() {
        var history = History<Int>()
        history.record(7)
        history.record(7)
        #expect(history.back == [7])
    }

    @Test func theOldestPlacesGoFirstPastTheLimit() {
        var history = History<Int>(limit: 3)
        for place in 1...5 { history.record(place) }
        #expect(history.back == [3, 4, 5])
        #expect(History<Int>(limit: 0).limit == 1)
    }
}
