import Browser

/// Does the work effects name (storage, search) and reports what it found as actions.
/// The loop hands it every effect but its own (waking, redrawing, suspending); a copy goes
/// to both: the terminal's OSC 52 in the loop, the desktop's clipboard tool here.
public protocol EffectPerformer {
    /// Performs an effect; what it learned right away comes back as actions, in order.
    mutating func perform(_ effect: Effect) -> [Action]
    /// What finished in the background since the last call (search results).
    mutating func takeFinished() -> [Action]
    /// True while background work may still report: the loop then waits for it too.
    var isBusy: Bool { get }
    /// Readable when background work has finished (a `CompletionSignal`'s): the loop's input
    /// wait watches it. Nil: the loop looks again every few ms while busy.
    var completionDescriptor: Int32? { get }
}

extension EffectPerformer {
    public var completionDescriptor: Int32? { nil }
}
