import Chapter
import Study

/// The key a question's reviews are stored under: its stable identity's normalised title
/// (see `QuestionKey`), so renumbering the chapter moves nothing. The one place the key is
/// computed: the browser and the command line both call it.
public func studyKey(for question: Question) -> String {
    question.key.title
}

/// The card a question's reviews make: its chapter and its study key.
public func cardKey(for question: Question) -> CardKey {
    CardKey(chapterID: question.id.chapterID, questionKey: studyKey(for: question))
}
