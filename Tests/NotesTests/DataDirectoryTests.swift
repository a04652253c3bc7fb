import Testing
@testable import Notes

@Suite struct DataDirectoryTests {
    let everything = ["SOBES_DATA_DIR": "/own", "XDG_DATA_HOME": "/xdg", "HOME": "/home/reader"]

    @Test func explicitDirectoryWinsOverEverything() throws {
        #expect(try DataDirectory.resolve(explicit: "/given", environment: everything) == "/given")
    }

    @Test func sobesDataDirComesNext() throws {
        #expect(try DataDirectory.resolve(explicit: nil, environment: everything) == "/own")
    }

    @Test func xdgDataHomeThenHome() throws {
        var environment = everything
        environment["SOBES_DATA_DIR"] = nil
        #expect(try DataDirectory.resolve(explicit: nil, environment: environment) == "/xdg/sobes")
        environment["XDG_DATA_HOME"] = nil
        #expect(try DataDirectory.resolve(explicit: nil, environment: environment) == "/home/reader/.local/share/sobes")
    }

    @Test func emptyAndRelativeValuesCountAsUnset() throws {
        let environment = ["SOBES_DATA_DIR": "", "XDG_DATA_HOME": "relative/data", "HOME": "/home/reader/"]
        #expect(try DataDirectory.resolve(explicit: "", environment: environment) == "/home/reader/.local/share/sobes")
    }

    @Test func aLeadingTildeMeansHome() throws {
        #expect(try DataDirectory.resolve(explicit: "~/notes", environment: everything) == "/home/reader/notes")
        #expect(try DataDirectory.resolve(explicit: "~", environment: everything) == "/home/reader")
        #expect(try DataDirectory.resolve(explicit: nil, environment: ["SOBES_DATA_DIR": "~/s", "HOME": "/h/"]) == "/h/s")
        #expect(try DataDirectory.resolve(explicit: "~other/x", environment: everything) == "~other/x")
    }

    @Test func noHomeIsAnError() {
        #expect(throws: NotesError.noDataDirectory) {
            try DataDirectory.resolve(explicit: nil, environment: [:])
        }
    }
}
