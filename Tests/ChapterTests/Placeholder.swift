import Testing
@testable import Chapter
