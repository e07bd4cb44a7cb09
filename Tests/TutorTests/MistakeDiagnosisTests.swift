import ConvMath
import Testing
@testable import Tutor

@Suite("mistakes as wrong rules")
struct MistakeDiagnosisTests {
    private func layer(_ code: String, input: [Int]) throws -> Question {
        let keras = ["Input(shape=\(TensorShape(input)))", code]
        let source = SourceText(name: "question", text: keras.joined(separator: "\n"))
        let analysis = try ModelReader.read([source], inputShape: nil).analyze()
        let answer = analysis.parameters.total
        let derivation = Derivation(target: .layerParameters, analysis: analysis, focus: 0, answer: answer)
        return Question(skill: .conv2d, difficulty: .typical, seed: 0, sentence: "", ask: "", target: .layerParameters,
                        kerasCode: keras, pytorchCode: [], pytorchInputShape: nil, answer: answer, analysis: analysis,
                        focusLayer: 0, distractors: [:], derivation: derivation)
    }

    private func classic() throws -> Question {
        try #require(QuestionGenerator.convolution2D(filters: 10, kernelSize: 3, input: TensorShape([24, 24, 3])))
    }

    @Test("every wrong number a question lists is diagnosed as its own mistake; the right answer never is",
          arguments: Skill.allCases)
    func everyDistractorIsDiagnosed(_ skill: Skill) {
        for difficulty in Difficulty.allCases {
            for seed: UInt64 in 1...25 {
                let question = QuestionGenerator.generate(skill, difficulty: difficulty, seed: seed)
                #expect(Diagnoser.diagnose(question.answer, question: question) == nil)
                let total = NumberFormat.grouped(question.answer)
                for (id, value) in question.distractors {
                    let diagnosis = Diagnoser.diagnose(value, question: question)
                    #expect(diagnosis?.misconception.id == id, "\(skill.rawValue) seed \(seed): \(value) for \(id)")
                    #expect(diagnosis?.reading == .single)
                    let message = diagnosis?.message ?? ""
                    #expect(message.hasPrefix(NumberFormat.grouped(value) + " "), "\(message)")
                    #expect(message.contains(total), "\(id): \(message)")
                    #expect(message.hasSuffix("."), "\(message)")
                    #expect(!message.contains(" 1 channels") && !message.contains(" 1 filters") && !message.contains(" 1 biases"),
                            "\(message)")
                    let retry = diagnosis?.retryMessage ?? ""
                    #expect(!retry.hasSuffix(" \(total).") && !retry.contains(diagnosis?.answerSentence ?? "?"),
                            "\(skill.rawValue) \(id): \(retry)")
                }
            }
        }
    }

    @Test("a mistake's wrong number is the derivation run with its rule, on every layer kind where its quantity exists",
          arguments: Skill.allCases)
    func everyRuleOnEveryLayer(_ skill: Skill) {
        for difficulty in Difficulty.allCases {
            for seed: UInt64 in 1...12 {
                let question = QuestionGenerator.generate(skill, difficulty: difficulty, seed: seed)
                let facts = ModelFacts(question.analysis, focus: question.focusLayer)
                let singles = MistakeRun.singles(target: question.target, facts: facts)
                    .filter { $0.answer != question.answer && $0.answer >= 0 }
                for run in singles {
                    let diagnosis = Diagnoser.diagnose(run.answer, question: question)
                    let named = diagnosis?.misconceptions.map(\.id) ?? []
                    let sharing = singles.filter { $0.answer == run.answer }
                    if sharing.count == 1 {
                        #expect(named == run.ids, "\(skill.rawValue) seed \(seed): \(run.answer) \(run.ids)")
                    } else {
                        #expect(diagnosis?.reading == .either, "\(skill.rawValue) seed \(seed): \(run.answer)")
                        #expect(named.count == 2 && sharing.prefix(2).flatMap(\.ids) == named)
                    }
                }
            }
        }
    }

    @Test("10 filters of 3×3 over 24×24×3: 280, and the numbers learners give instead")
    func questionThisProductGrewFrom() throws {
        let question = try classic()
        #expect(question.answer == 280)
        func id(_ value: Int) -> MisconceptionID? { Diagnoser.diagnose(value, question: question)?.misconception.id }
        let biases = try #require(Diagnoser.diagnose(270, question: question))
        #expect(biases.misconception == Misconception(.forgotBiases))
        #expect(biases.retryMessage == "270 is every weight but none of the 10 biases: each filter adds one bias.")
        #expect(biases.message == "270 is every weight but none of the 10 biases: each filter adds one bias. "
            + "So the layer has 280 parameters.")
        #expect(id(100) == .forgotInputDepth)
        #expect(id(540) == .biasPerWeight)
        #expect(id(910) == .filtersAsDepth)
        #expect(id(271) == .oneBiasForLayer)
        #expect(id(308) == .offByOneFilter)
        #expect(id(273) == .biasPerInputChannel)
        #expect(id(270 + 22 * 22 * 10) == .biasPerOutputValue)
        #expect(id(37) == .forgotFilterCount)
        #expect(id(28) == .oneFilterOnly)
        #expect(id(0) == .answeredZero)
        #expect(id(270 * 576 + 10) == .noWeightSharing)
        #expect(id(270 * 484 + 10) == .multipliedByOutputSize)
        #expect(id(24 * 24 * 3 * 10 + 10) == .countedAsDense)
        #expect(Diagnoser.diagnose(281, question: question) == nil)
    }

    @Test("two mistakes made together are both named: no depth and no biases")
    func combined() throws {
        let question = try classic()
        let diagnosis = try #require(Diagnoser.diagnose(90, question: question))
        #expect(diagnosis.reading == .combined)
        #expect(Set(diagnosis.misconceptions.map(\.id)) == [.forgotInputDepth, .forgotBiases])
        #expect(diagnosis.explanation.hasPrefix("90 shows two mistakes"))
    }

    @Test("two mistakes that give one number are both named, never one picked silently")
    func either() throws {
        var found = 0
        for skill in Skill.allCases {
            for seed: UInt64 in 1...15 {
                let question = QuestionGenerator.generate(skill, difficulty: .mental, seed: seed)
                let facts = ModelFacts(question.analysis, focus: question.focusLayer)
                let singles = MistakeRun.singles(target: question.target, facts: facts).filter { $0.answer != question.answer }
                let values = Dictionary(grouping: singles, by: \.answer).filter { $0.value.count > 1 }
                for (value, runs) in values {
                    let diagnosis = try #require(Diagnoser.diagnose(value, question: question))
                    #expect(diagnosis.reading == .either)
                    #expect(diagnosis.explanation.contains("either it"), "\(diagnosis.explanation)")
                    #expect(diagnosis.misconceptions.map(\.id) == runs.prefix(2).flatMap(\.ids))
                    found += 1
                }
            }
        }
        #expect(found > 0)
    }

    @Test("no mistake splits filters into fractions or none: one filter in two groups is not a mistake anyone makes")
    func noFractionOfAFilter() throws {
        let grouped = try layer("Conv2D(6, 3, groups=2)", input: [6, 6, 4])
        #expect(grouped.answer == 6 * (3 * 3 * 2) + 6)
        #expect(Diagnoser.diagnose(1, question: grouped) == nil)
        let four = try layer("Conv2D(8, 3, groups=4)", input: [6, 6, 8])
        let divided = try #require(Diagnoser.diagnose(2 * (3 * 3 * 2) + 8, question: four))
        #expect(divided.misconception.id == .dividedFiltersByGroups)
        #expect(divided.message.contains("all 8 filters keep their kernels"), "\(divided.message)")
    }

    @Test("the answers named in the lessons and by learners: conv3d frames as channels, one group, the depthwise stage only")
    func lessonMistakes() throws {
        let clip = try layer("Conv3D(8, kernel_size=(2, 3, 3))", input: [10, 64, 64, 3])
        #expect(clip.answer == 440)
        #expect(Diagnoser.diagnose(8 * (3 * 3 * 10) + 8, question: clip)?.misconception.id == .framesAsChannels)
        #expect(Diagnoser.diagnose(8 * (10 * 3 * 3 * 3) + 8, question: clip)?.misconception.id == .kernelDepthFromInput)
        #expect(Diagnoser.diagnose(8 * (2 * 3 * 3 * 3) * 2, question: clip)?.misconception.id == .biasPerWeight)

        let grouped = try layer("Conv2D(64, 3, groups=4)", input: [24, 24, 32])
        #expect(grouped.answer == 64 * 3 * 3 * 8 + 64)
        #expect(Diagnoser.diagnose(16 * 3 * 3 * 8 + 16, question: grouped)?.misconception.id == .oneGroupOnly)
        #expect(Diagnoser.diagnose(64 * 3 * 3 * 4 + 64, question: grouped)?.misconception.id == .groupsAsDepth)

        let separable = try layer("SeparableConv2D(64, 3)", input: [24, 24, 32])
        #expect(separable.answer == 32 * 9 + 32 * 64 + 64)
        #expect(Diagnoser.diagnose(32 * 9 + 64, question: separable)?.misconception.id == .forgotPointwise)

        let rectangle = try layer("Conv2D(10, (1, 7))", input: [17, 17, 8])
        #expect(Diagnoser.diagnose(10 * 1 * 8 + 10, question: rectangle)?.misconception.id == .squaredSmallerSide)
        #expect(Diagnoser.diagnose(10 * 49 * 8 + 10, question: rectangle)?.misconception.id == .squaredKernel)

        let depthwise = try layer("DepthwiseConv2D(3)", input: [16, 16, 32])
        #expect(Diagnoser.diagnose(32 * 9 * 2, question: depthwise)?.misconception.id == .biasPerWeight)

        let transposed = try layer("Conv2DTranspose(32, 3, strides=2)", input: [16, 16, 64])
        #expect(Diagnoser.diagnose(64 * 9 * 32 + 64, question: transposed)?.misconception.id == .biasPerInputChannel)
    }

    @Test("an expression is read part by part: 8·(3·3·4) is right for the weights, + 4 a bias per input channel")
    func expressionParts() throws {
        let question = try layer("Conv2D(8, 3)", input: [12, 12, 4])
        guard case .success(let read) = AnswerParser.read("8*(3*3*4)+4") else { Issue.record("not read"); return }
        let diagnosis = try #require(Diagnoser.diagnose(read.value, expression: read.expression, question: question))
        #expect(diagnosis.reading == .working)
        #expect(diagnosis.parts.count == 2)
        #expect(diagnosis.parts[0].isRight && diagnosis.parts[0].note == "is right for the weights")
        #expect(diagnosis.parts[1].misconception == .biasPerInputChannel)
        #expect(diagnosis.explanation.hasPrefix("8·(3·3·4) is right for the weights; + 4 adds one bias per input channel"))
        #expect(diagnosis.explanation.contains("one bias per filter, 8 in all"))
    }

    @Test("expressions of every bias and weight mistake are diagnosed by their structure", arguments: Skill.allCases)
    func expressionsOfEachMistake(_ skill: Skill) throws {
        for seed: UInt64 in 1...8 {
            let question = QuestionGenerator.generate(skill, difficulty: .mental, seed: seed)
            let steps = question.derivation.steps
            guard let weights = steps.last(where: { $0.kind == .allWeights })?.result,
                  let biases = steps.last(where: { $0.kind == .biases })?.result, steps.last?.kind == .total else { continue }
            let facts = ModelFacts(question.analysis, focus: question.focusLayer)
            for run in MistakeRun.singles(target: question.target, facts: facts) where run.answer != question.answer {
                let wrongBiases = run.steps.last { $0.kind == .biases }?.result
                let wrongWeights = run.steps.last { $0.kind == .allWeights }?.result
                let typed: String
                if let wrongBiases, wrongBiases != biases, wrongWeights == weights {
                    typed = "\(weights)+\(wrongBiases)"
                } else if let wrongWeights, wrongWeights != weights, wrongBiases == biases, biases > 0 {
                    typed = "\(wrongWeights)+\(biases)"
                } else {
                    continue
                }
                guard case .success(let read) = AnswerParser.read(typed) else { continue }
                let diagnosis = Diagnoser.diagnose(read.value, expression: read.expression, question: question)
                #expect(diagnosis?.reading == .working, "\(skill.rawValue) seed \(seed): \(typed) for \(run.ids)")
                let named = diagnosis?.parts.compactMap(\.misconception) ?? []
                #expect(named.count == 1, "\(typed): \(diagnosis?.explanation ?? "")")
                #expect(diagnosis?.parts.contains { $0.isRight } == true, "\(typed): \(diagnosis?.explanation ?? "")")
            }
        }
    }

    @Test("a right value in other working is accepted, and the working is shown beside the derivation's")
    func rightValueOtherStructure() throws {
        let question = try classic()
        guard case .success(let other) = AnswerParser.read("10*28"), case .success(let same) = AnswerParser.read("270+10") else {
            Issue.record("not read")
            return
        }
        #expect(other.value == question.answer)
        let note = try #require(Diagnoser.workingNote(other.expression, derivation: question.derivation))
        #expect(note.contains("10·28") && note.contains("10·(3·3·3) + 10"))
        #expect(Diagnoser.workingNote(same.expression, derivation: question.derivation) == nil)
        var session = QuizSession(settings: QuizSettings(seed: 15, skills: [.conv2d], count: 1))
        let answer = session.question.answer
        let factor = (2...answer).first { answer % $0 == 0 && $0 != answer && answer / $0 > 1 } ?? 1
        _ = session.submit("\(factor)*\(answer / factor)")
        guard case .correct = session.phase else { Issue.record("a right value in other working is right"); return }
        #expect(session.workingNote != nil)
    }

    @Test("a question shown in PyTorch is diagnosed in PyTorch's words")
    func pytorchSpelling() throws {
        let question = try #require(QuestionGenerator.convolution2D(filters: 64, kernelSize: 5, input: TensorShape([128, 128, 3]),
                                                                   useBias: false))
        let keras = try #require(Diagnoser.diagnose(4_864, question: question, spelling: .keras))
        let pytorch = try #require(Diagnoser.diagnose(4_864, question: question, spelling: .pytorch))
        #expect(keras.misconception.id == .countedMissingBiases)
        #expect(keras.explanation.contains("use_bias=False"))
        #expect(pytorch.explanation.contains("bias=False") && !pytorch.explanation.contains("use_bias"))
    }

    @Test("an answer that fits nothing gets a hint about the question's own target and its first step")
    func unmatched() {
        let height = QuestionGenerator.generate(.outputShape, difficulty: .typical, seed: 3)
        let text = Diagnoser.unmatched(12_345, derivation: height.derivation)
        #expect(text.hasPrefix("12,345 matches none of the usual mistakes."))
        #expect(text.contains("output size") && !text.contains("bias"))
        #expect(text.contains((height.derivation.steps.first?.title ?? "?").lowercasedFirst))
        let network = QuestionGenerator.generate(.network, difficulty: .typical, seed: 3)
        #expect(Diagnoser.unmatched(1, derivation: network.derivation).contains("every layer"))
    }

    @Test("the catalogue names every mistake once, in words of its own")
    func catalogue() {
        #expect(Set(MistakeCatalog.all.map(\.id)) == Set(MisconceptionID.allCases))
        #expect(MistakeCatalog.all.count == MisconceptionID.allCases.count)
        #expect(Set(MisconceptionID.allCases.map(\.name)).count == MisconceptionID.allCases.count)
    }
}
