import Testing
@testable import Screen

@Suite struct BackendTests {
    @Test func memoryBackendKeepsTheLastFrameAndCountsChanges() {
        var backend = MemoryBackend(size: Size(width: 12, height: 2))
        var frame = Buffer(size: backend.size)
        frame.put("Вопрос 1 из 9", at: Point(x: 0, y: 1), style: Style(attributes: .bold), clip: Rect(x: 0, y: 1, width: 8, height: 1))
        backend.draw(frame)
        backend.setCursor(Point(x: 3, y: 1))
        backend.flush()
        #expect(backend.lines() == ["", "Вопрос 1"])
        #expect(backend.style(at: Point(x: 0, y: 1))?.attributes == .bold)
        #expect(backend.cursor == Point(x: 3, y: 1))
        #expect(backend.lastChangeCount == 24)
        #expect(backend.shownFrame == frame)

        frame.put("2", at: Point(x: 7, y: 1))
        backend.draw(frame)
        #expect(backend.lastChangeCount == 1)
        #expect(backend.flushCount == 1)
    }
}

@Suite struct ColorTests {
    @Test func approximationKeepsWhatTheTerminalShows() {
        #expect(Color.indexed(200).approximated(for: .indexed256) == .indexed(200))
        #expect(Color.brightRed.approximated(for: .ansi8) == .red)
        #expect(Color.brightRed.approximated(for: .ansi16) == .brightRed)
        #expect(Color.red.approximated(for: .monochrome) == .default)
    }

    @Test func trueColoursBecomeTheNearestPaletteEntry() {
        #expect(Color.rgb(255, 0, 0).approximated(for: .indexed256) == .indexed(196))
        #expect(Color.rgb(128, 128, 128).approximated(for: .indexed256) == .indexed(244))
        #expect(Color.rgb(250, 250, 250).approximated(for: .ansi16) == .brightWhite)
        #expect(Color.rgb(0, 0, 200).approximated(for: .ansi8) == .blue)
        #expect(Color.indexed(196).approximated(for: .ansi16) == .brightRed)
    }
}
