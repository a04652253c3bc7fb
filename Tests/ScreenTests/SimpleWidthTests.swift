@testable import Screen
import Testing

/// The scalar-counting shortcut of `displayWidth(of:)` gives what the grapheme walk gives,
/// and steps aside for anything a neighbour could join or that is not one column.
@Suite struct SimpleWidthTests {
    static func walked(_ text: String) -> Int {
        var total = 0
        forEachGlyph(in: text) { total += $0.width }
        return total
    }

    @Test func everyScalarTheShortcutTakesIsOneColumnOnItsOwnAndBesideOthers() {
        let taken = (0x20...0x52F).compactMap(Unicode.Scalar.init).filter { simpleWidth(of: String($0).unicodeScalars) != nil }
        #expect(taken.count > 900)
        for scalar in taken {
            #expect(Self.walked(String(scalar)) == 1, "U+\(String(scalar.value, radix: 16))")
            #expect(Self.walked("а" + String(scalar) + "z") == 3, "U+\(String(scalar.value, radix: 16)) between letters")
        }
    }

    @Test(arguments: ["await asyncio.sleep(1)  # ждём", "Ёлка ёжик", "naïve café", "ˈstres", "x\u{301}",
                      "е\u{308}", "\u{AD}", "表", "a\tb", "👍🏽", "🇷🇺", "\u{1}", "Ѐ\u{483}"])
    func mixedTextMeasuresAsTheWalkDoes(text: String) {
        #expect(displayWidth(of: text) == Self.walked(text))
    }
}
