import Chapter
import Screen
import Study

/// How the screen says where a question is in its study: a glyph (so it reads without
/// colours, under NO_COLOR) in the colour of a role.
enum ProgressMark {
    static func glyph(_ bucket: StudyProgress.Bucket) -> String {
        switch bucket {
        case .new: "·"
        case .learning: "~"
        case .due: "!"
        case .known: "✓"
        }
    }

    static func role(_ bucket: StudyProgress.Bucket) -> Role {
        switch bucket {
        case .new: .dim
        case .learning: .noteMark
        case .due: .error
        case .known: .string
        }
    }

    /// "знаю 7/10 · к повтору 3" (known, due), as `sobes progress` counts; nil until the log is read.
    static func summary(of questions: [Question], in state: AppState) -> String? {
        guard state.study.isLoaded, !questions.isEmpty else { return nil }
        let progress = state.study.progress(of: questions, at: state.wallNow)
        return "знаю \(progress.known)/\(progress.total) · к повтору \(progress.due)"
    }
}
