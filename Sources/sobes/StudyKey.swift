import Chapter

/// The key a question's reviews are stored under: its stable identity's normalised title
/// (see `QuestionKey`), so renumbering the chapter moves nothing.
func studyKey(for question: Question) -> String {
    question.key.title
}
