import Chapter
import Foundation
import Study

/// The key a question's reviews are stored under: its normalised title, so renumbering
/// the chapter moves nothing. The one place the key is computed (the browser and the
/// command line both call it); when the Chapter model gains `Question.key`, this body
/// becomes that key's title.
public func studyKey(for question: Question) -> String {
    normalisedQuestionTitle(question.title)
}

/// The card a question's reviews make: its chapter and its study key.
public func cardKey(for question: Question) -> CardKey {
    CardKey(chapterID: question.id.chapterID, questionKey: studyKey(for: question))
}

/// Lowercased (NFC), ё read as е, a leading "Вопрос N:" dropped, punctuation turned into
/// spaces, runs of spaces collapsed, no space at either end.
public func normalisedQuestionTitle(_ title: String) -> String {
    var text = title.precomposedStringWithCanonicalMapping.lowercased().replacingOccurrences(of: "ё", with: "е")
    if let prefix = text.range(of: #"^\s*(вопрос|question)\s+\d+\s*[:.]"#, options: .regularExpression) {
        text.removeSubrange(prefix)
    }
    var key = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
        if scalar.properties.isWhitespace || isPunctuation(scalar) {
            pendingSpace = !key.isEmpty
            continue
        }
        if pendingSpace { key.append(" ") }
        pendingSpace = false
        key.append(scalar)
    }
    return String(key)
}

private func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
         .initialPunctuation, .finalPunctuation, .otherPunctuation:
        true
    default:
        false
    }
}
