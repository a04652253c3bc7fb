/// Something that draws itself into part of a buffer. A widget is a value built from the state
/// it shows; `render` is a pure function of it and never draws outside `area`.
public protocol Widget {
    func render(into buffer: inout Buffer, area: Rect)
}

extension Buffer {
    /// Renders `widget` into `area` (clipped to the buffer).
    public mutating func render(_ widget: some Widget, in area: Rect) {
        widget.render(into: &self, area: area.intersection(self.area))
    }
}
