import Foundation

/// The process's environment, read once: `ProcessInfo.environment` builds a new dictionary
/// from `environ` on every call (about half a million instructions), and start-up asked for it
/// a dozen times before the first frame. Sobes never changes its own environment.
enum ProcessEnvironment {
    static let current = ProcessInfo.processInfo.environment
}
