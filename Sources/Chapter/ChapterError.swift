/// Why a file or folder could not be loaded; the message names the path.
public struct ChapterError: Error, Equatable, CustomStringConvertible {
    public enum Problem: Equatable, Sendable {
        case missingDirectory
        case notADirectory
        case unreadable(String)
        case noChapters
        case emptyFile
        case notText(line: Int)
        case noQuestions
        /// A FIFO, a device, a socket: only regular files are read.
        case notRegularFile
        case tooLarge(megabytes: Int)
    }

    public var path: String
    public var problem: Problem

    public init(path: String, problem: Problem) {
        self.path = path
        self.problem = problem
    }

    public var description: String {
        switch problem {
        case .missingDirectory: return "\(path): no such directory"
        case .notADirectory: return "\(path): not a directory"
        case .unreadable(let reason): return "\(path): cannot be read (\(reason))"
        case .noChapters: return "\(path): no chapters (*.md files other than README.md)"
        case .emptyFile: return "\(path): empty file"
        case .notText(let line): return "\(path):\(line): not a text file (NUL byte)"
        case .noQuestions: return "\(path): no questions (no ## headings)"
        case .notRegularFile: return "\(path): not a regular file"
        case .tooLarge(let megabytes): return "\(path): larger than \(megabytes) MB"
        }
    }
}
