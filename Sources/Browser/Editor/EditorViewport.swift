/// The room the editor's text has on screen: the pane's width (where lines soft-wrap) and height
/// (how many visual rows show; what a page move covers). Both are at least 1.
public struct EditorViewport: Hashable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = max(1, width)
        self.height = max(1, height)
    }
}
