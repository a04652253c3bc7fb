import Chapter

/// The key a question's reviews are stored under: its stable key's normalised title
/// (`QuestionKey`), the same notes are stored under, so renumbering the chapter moves nothing.
func studyKey(for question: Question) -> String {
    question.key.title
}
