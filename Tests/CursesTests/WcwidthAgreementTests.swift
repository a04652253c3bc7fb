import CNcursesw
import Testing
import Screen
@testable import Curses

/// The Buffer's display widths against the C library's wcwidth, which ncurses moves its cursor
/// by: where they differ, the screen and ncurses disagree about where every later cell of a row
/// is. Run against this machine's glibc, so a table that drifts from it fails here.
@Suite struct WcwidthAgreementTests {
    init() {
        _ = sobes_setup_locale()  // wcwidth is -1 for everything but ASCII under the C locale
    }

    @Test func everyCodePointGlibcKnowsHasItsWidth() {
        var disagreements: [String] = []
        var known = 0
        for value in UInt32(0)...0x10FFFF where !(0xD800...0xDFFF).contains(value) {
            let libc = Int(sobes_wcwidth(wchar_t(bitPattern: value)))
            guard libc >= 0 else { continue }  // unassigned, or a control character
            known += 1
            let scalar = Unicode.Scalar(value)!
            let mine = displayWidth(of: scalar)
            if mine != libc {
                disagreements.append("U+\(String(value, radix: 16, uppercase: true)) Buffer \(mine), wcwidth \(libc)")
            }
        }
        #expect(known > 100_000, "wcwidth knows \(known) code points: is the locale UTF-8?")
        #expect(disagreements.isEmpty, "\(disagreements.count) disagreements:\n\(disagreements.joined(separator: "\n"))")
    }

    @Test func aFlagIsDrawnAsItsTwoIndicatorsOneCellEach() {
        let flag = Cell("🇷🇺")
        #expect(displayWidth(of: Character("🇷🇺")) == 2)
        let drawn = FrameWriter.characters(of: flag, width: 2)
        #expect(drawn.characters.0 == 0x1F1F7)
        #expect(drawn.padding == 0x1F1FA)
        #expect(sobes_wcwidth(drawn.characters.0) + sobes_wcwidth(drawn.padding ?? 0) == 2)
    }

    @Test func aCharacterGlibcDoesNotKnowIsAReplacementOfTheSameWidth() throws {
        // Emoji of Unicode versions after glibc's data: wide in the Buffer, -1 to wcwidth.
        let unknown = try #require((0x1FA70...0x1FAFF).lazy.compactMap(Unicode.Scalar.init)
            .first { sobes_wcwidth(wchar_t(bitPattern: $0.value)) < 0 && displayWidth(of: $0) == 2 })
        let drawn = FrameWriter.characters(of: Cell(String(unknown)), width: 2)
        #expect(drawn.characters.0 == 0xFFFD)
        #expect(drawn.padding == 0x20)
        #expect(sobes_wcwidth(drawn.characters.0) + sobes_wcwidth(drawn.padding ?? 0) == 2)
    }

    @Test func aCharacterGlibcCountsAsTheBufferDoesIsDrawnAsItIs() {
        let drawn = FrameWriter.characters(of: Cell("ж"), width: 1)
        #expect(drawn.characters.0 == wchar_t(bitPattern: 0x436))
        #expect(drawn.padding == nil)
    }
}
