extension DemoSequence {
    /// A question set as classroom slides, one per question: the question, its code, the derivation of
    /// exactly what it asks, then the answer with the set's notes and the wrong answers the usual
    /// mistakes give, each named (all computed by the engine, like the answer).
    public static func items(_ set: QuestionSet, questions: [Question]) -> [DemoItem] {
        zip(set.questions, questions).enumerated().map { index, pair in
            let (written, question) = pair
            let title = written.title.map { $0 + ": " } ?? ""
            return DemoItem(sentence: title + question.sentence + " " + question.ask, code: question.kerasCode,
                            derivation: question.derivation,
                            place: "question \(index + 1) of \(questions.count)", unit: written.ask.value.unit,
                            notes: written.notes + wrongAnswers(question), modelInput: question.analysis.inputShape)
        }
    }

    /// "Wrong answers to expect: 270 (forgot the biases), ...", smallest first; nothing when none is known.
    static func wrongAnswers(_ question: Question) -> [String] {
        let wrong = question.distractors.sorted { ($0.value, $0.key.rawValue) < ($1.value, $1.key.rawValue) }
        guard !wrong.isEmpty else { return [] }
        return ["Wrong answers to expect: "
                + wrong.map { "\(NumberFormat.grouped($0.value)) (\(Misconception($0.key).name))" }.joined(separator: "; ") + "."]
    }
}
