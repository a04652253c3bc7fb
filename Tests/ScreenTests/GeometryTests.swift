import Testing
@testable import Screen

@Suite struct GeometryTests {
    @Test func sizesNeverGoNegative() {
        #expect(Size(width: -3, height: 2) == Size(width: 0, height: 2))
        #expect(Rect(x: 1, y: 1, width: 2, height: 2).inset(by: 5).isEmpty)
    }

    @Test func intersection() {
        let a = Rect(x: 0, y: 0, width: 10, height: 5)
        #expect(a.intersection(Rect(x: 8, y: 3, width: 10, height: 10)) == Rect(x: 8, y: 3, width: 2, height: 2))
        #expect(a.intersection(Rect(x: 20, y: 0, width: 5, height: 5)).isEmpty)
    }

    @Test func dividedSplitsAndClamps() {
        let screen = Rect(x: 0, y: 0, width: 100, height: 40)
        let (status, body) = screen.divided(atDistance: 1, from: .bottom)
        #expect(status == Rect(x: 0, y: 39, width: 100, height: 1))
        #expect(body == Rect(x: 0, y: 0, width: 100, height: 39))
        let (list, rest) = body.divided(atDistance: 30, from: .left)
        #expect(list.maxX == rest.minX)
        #expect(list.width + rest.width == 100)
        let (all, none) = body.divided(atDistance: 500, from: .right)
        #expect(all == body)
        #expect(none.isEmpty)
        let (top, _) = body.divided(atDistance: -2, from: .top)
        #expect(top.height == 0)
    }

    @Test func containsAndRows() {
        let r = Rect(x: 2, y: 3, width: 4, height: 2)
        #expect(r.contains(Point(x: 2, y: 3)))
        #expect(!r.contains(Point(x: 6, y: 3)))
        #expect(r.row(1) == Rect(x: 2, y: 4, width: 4, height: 1))
        #expect(r.row(2).isEmpty)
        #expect(r.inset(top: 1, left: 1) == Rect(x: 3, y: 4, width: 3, height: 1))
    }
}
