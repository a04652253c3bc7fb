import Foundation
@testable import sobes
import Testing

/// The environment as `getenv` reads it, without Foundation on the way to the first frame.
@Suite struct ProcessEnvironmentTests {
    @Test func readsEntriesAsGetenvDoes() {
        let variables = ProcessEnvironment.variables(in: ["TERM=xterm", "OPTS=a=b=c", "TERM=vt100", "EMPTY=", "BROKEN", "ЯЗЫК=ru"])
        #expect(variables == ["TERM": "xterm", "OPTS": "a=b=c", "EMPTY": "", "ЯЗЫК": "ru"])
    }

    @Test func holdsWhatFoundationSees() {
        // The test process sets no name twice, so both readings must agree entry for entry.
        #expect(ProcessEnvironment.current == ProcessInfo.processInfo.environment)
    }
}
