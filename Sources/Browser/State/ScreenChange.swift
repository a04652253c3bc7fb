import Chapter
import Study

/// `update`, saying also whether the screen may look different afterwards
/// (`ScreenBaseline`): a state left as it was (a key that changes nothing) shows the same
/// frame, and the runtime then need not render at all.
public func updateReportingChange(_ state: inout AppState, _ action: Action) -> (effects: [Effect], changesScreen: Bool) {
    let baseline = ScreenBaseline(state)
    let effects = update(&state, action)
    return (effects, baseline.changesScreen(state))
}

/// The state as it was before some actions, to tell afterwards whether the screen may look
/// different. `render` reads nothing but the state, so an unchanged state shows the same
/// frame. The runtime takes one per turn of its loop, which applies a tick, what background
/// work reported and a key: one copy and one comparison for all of them.
///
/// The clock and the deadlines the scheduled work keeps (the next look at the notes
/// database, the reading position's save) are not on screen: moving them alone changes
/// nothing (else the look every two seconds would render a frame for nothing). Time alone
/// changes the screen only where a view shows it (`timeChangesScreen(from:_:)`).
/// With the note editor open the answer is always yes: holding a copy of the state across
/// an edit would make the edit copy the note's lines.
public struct ScreenBaseline {
    private var before: AppState?

    public init(_ state: AppState) {
        before = state.editing == nil ? state : nil
    }

    /// Whether `state` may show differently from the state this was taken of. A baseline
    /// answers once (`consuming`): the state it holds is moved out to compare (binding it
    /// would copy every field, and release every one again, on each key).
    public consuming func changesScreen(_ state: AppState) -> Bool {
        guard var before = self.before.take(), state.editing == nil else { return true }
        let earlier = (now: before.now, wall: before.wallNow)
        before.bookkeeping = state.bookkeeping
        if state != before { return true }
        guard state.now != earlier.now || state.wallNow != earlier.wall else { return false }
        return state.timeChangesScreen(from: earlier.now, earlier.wall)
    }
}

extension AppState {
    /// What the state keeps that no view shows: the time of the latest tick and the
    /// scheduled work's deadlines.
    struct Bookkeeping: Equatable {
        var now: Moment
        var wallNow: Instant
        var notesCheckDue: Moment?
        var notesRetryDue: Moment?
        var positionDue: Moment?
    }

    var bookkeeping: Bookkeeping {
        get { Bookkeeping(now: now, wallNow: wallNow, notesCheckDue: notes.checkDue, notesRetryDue: notes.retryDue, positionDue: positionDue) }
        set {
            now = newValue.now
            wallNow = newValue.wallNow
            notes.checkDue = newValue.notesCheckDue
            notes.retryDue = newValue.notesRetryDue
            positionDue = newValue.positionDue
        }
    }
}

extension AppState {
    /// Whether moving the clock on from (`earlier`, `earlierWall`) changes what the views
    /// show. The views that read the time: a recall session (its clock), the windows over the
    /// panes (stats' forecast, the topics' progress), and the study marks of the open chapter's
    /// questions and of the rows in the list (a card falls due). A view that comes to read the
    /// time must be named here.
    func timeChangesScreen(from earlier: Moment, _ earlierWall: Instant) -> Bool {
        guard earlier != now || earlierWall != wallNow else { return false }
        if study.session != nil || overlay != nil { return true }
        guard study.isLoaded, !study.cards.isEmpty, earlierWall != wallNow else { return false }
        func falls(_ id: QuestionID) -> Bool {
            guard let card = study.cards[id] else { return false }
            return StudyProgress.Bucket(card, at: earlierWall) != StudyProgress.Bucket(card, at: wallNow)
        }
        if questions.contains(where: { falls($0.id) }) { return true }
        let entries = listEntries
        let top = min(max(listTop, 0), entries.count)
        return entries[top..<min(top + max(listRows.height, 0), entries.count)].contains(where: falls)
    }
}
