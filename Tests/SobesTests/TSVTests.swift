import Testing
@testable import sobes

@Suite struct TSVTests {
    @Test func aTabOrLineBreakInAFieldCannotSplitTheRow() {
        let row = TSV.row(["04-asyncio", "1", "a\tb\nc\\d\re"])
        #expect(row == "04-asyncio\t1\ta\\tb\\nc\\\\d\\re\n")
        #expect(row.split(separator: "\t").count == 3)
        #expect(row.filter { $0 == "\n" }.count == 1)
    }

    @Test func plainFieldsStayAsTheyAre() {
        #expect(TSV.row(["Как работает event loop?", ""]) == "Как работает event loop?\t\n")
    }
}
