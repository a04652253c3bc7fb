import Foundation
@testable import sobes
import Testing

@Suite struct LocalTimeTests {
    /// The C library and Foundation read the same zone (both follow TZ).
    @Test func theOffsetIsFoundations() {
        #expect(LocalTime.utcOffsetSeconds() == TimeZone.current.secondsFromGMT())
    }
}
