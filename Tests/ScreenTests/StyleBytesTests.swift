import Screen
import Testing

/// The frame writer's fast style test: the same style has the same bytes, and a style that
/// differs in any field does not.
@Suite struct StyleBytesTests {
    @Test func equalStylesHaveTheSameBytesAndEachFieldCounts() {
        let style = Style(foreground: .rgb(10, 20, 30), background: .ansi(4), attributes: [.bold], link: 3)
        let copy = Style(foreground: .rgb(10, 20, 30), background: .ansi(4), attributes: [.bold], link: 3)
        #expect(style.hasSameBytes(as: copy))
        #expect(Style.plain.hasSameBytes(as: Style()))
        let others = [style.with(foreground: .rgb(10, 20, 31)), style.with(foreground: .default),
                      style.with(background: .indexed(4)), style.with(link: 4),
                      Style(foreground: .rgb(10, 20, 30), background: .ansi(4), attributes: [.bold, .italic], link: 3)]
        for other in others {
            #expect(!style.hasSameBytes(as: other), "\(other)")
        }
    }

    @Test func stylesComparedInPlaceAgreeWithTheCopies() {
        let style = Style(foreground: .rgb(10, 20, 30), background: .ansi(4), attributes: [.bold], link: 3)
        let styles = [style, Style(foreground: .rgb(10, 20, 30), background: .ansi(4), attributes: [.bold], link: 3),
                      style.with(foreground: .rgb(10, 20, 31)), style.with(foreground: .default), style.with(background: .indexed(4)),
                      style.with(link: 4), style.with(link: 0x0300), style.adding(.strikethrough), .plain]
        for left in styles {
            for right in styles {
                var a = left, b = right
                let inPlace = withUnsafeBytes(of: &a) { a in withUnsafeBytes(of: &b) { b in Style.haveSameBytes(a.baseAddress!, b.baseAddress!) } }
                #expect(inPlace == left.hasSameBytes(as: right), "\(left) \(right)")
            }
        }
    }
}
