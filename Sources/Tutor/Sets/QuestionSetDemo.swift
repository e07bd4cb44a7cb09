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
                            notes: written.notes + wrongAnswers(question), givens: DemoGiven.of(question),
                            modelInput: question.analysis.inputShape)
        }
    }

    /// The most wrong answers a slide names: more crowd out the answer on a projector.
    static let wrongAnswerLimit = 4

    /// "Wrong answers to expect: 270 (forgot the biases); ...": one mistake of each kind the question
    /// admits, the first its kind lists, up to `wrongAnswerLimit`; nothing when none is known.
    static func wrongAnswers(_ question: Question) -> [String] {
        let order = Dictionary(uniqueKeysWithValues: MisconceptionID.allCases.enumerated().map { ($1, $0) })
        let known = question.distractors.sorted {
            ($0.key.theme, order[$0.key] ?? 0) < ($1.key.theme, order[$1.key] ?? 0)
        }
        var themes: Set<MistakeTheme> = []
        let shown = known.filter { themes.insert($0.key.theme).inserted }.prefix(wrongAnswerLimit)
        guard !shown.isEmpty else { return [] }
        return ["Wrong answers to expect: "
                + shown.map { "\(NumberFormat.grouped($0.value)) (\(Misconception($0.key).name))" }.joined(separator: "; ") + "."]
    }
}
