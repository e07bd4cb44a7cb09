import Testing
import Tutor
import ConvMath

@Suite("a diagnosis before the retry keeps the answer back")
struct DiagnosisRetryTests {
    @Test("for every skill and mistake, the retry message names the mistake but not the answer", arguments: Skill.allCases)
    func keepsAnswer(_ skill: Skill) {
        var generator = SeededGenerator(seed: 2026)
        for _ in 0..<40 {
            for difficulty in Difficulty.allCases {
                let question = QuestionGenerator.generate(skill, difficulty: difficulty, using: &generator)
                for (id, value) in question.distractors {
                    guard let diagnosis = MisconceptionLibrary.diagnose(value, for: question) else { continue }
                    let message = diagnosis.messageKeepingAnswer(question.answer)
                    let total = NumberFormat.grouped(question.answer)
                    #expect(!message.hasSuffix(" \(total).") && !message.contains("= \(total)")
                            && !message.contains("is \(total)"), "\(skill) \(id): \(message)")
                    #expect(message.hasPrefix(NumberFormat.grouped(value)), "\(skill) \(id): \(message)")
                }
            }
        }
    }

    @Test("the classic: 270 names the missing biases and stops there")
    func classic() throws {
        let question = try #require(QuestionGenerator.convolution2D(filters: 10, kernelSize: 3, input: TensorShape([24, 24, 3]), useBias: true))
        let diagnosis = try #require(MisconceptionLibrary.diagnose(270, for: question))
        #expect(diagnosis.messageKeepingAnswer(280) == "270 is every weight but none of the 10 biases: each filter adds one bias.")
    }
}

