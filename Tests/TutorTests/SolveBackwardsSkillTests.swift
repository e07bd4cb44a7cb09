import ConvMath
import Testing
@testable import Tutor

@Suite("solve backwards: a count given, a size found")
struct SolveBackwardsSkillTests {
    private func question(_ layer: BackwardsLayer, hiding unknown: UnknownQuantity) throws -> Question {
        try #require(QuizDrafts.backwards(layer, hiding: unknown).build(skill: .solveBackwards, difficulty: .interview, seed: 0)?.question)
    }

    private let classic = BackwardsLayer(spatial: [24, 24], channels: 3, kernel: 3, filters: 10, useBias: true)

    private func id(_ value: Int, _ question: Question) -> Set<MisconceptionID> {
        Set(Diagnoser.diagnose(value, question: question)?.misconceptions.map(\.id) ?? [])
    }

    @Test("280 parameters of 3×3 over 3 channels: 280 = M·(3·3·3 + 1), so 10 filters; the check counts 10·(3·3·3) + 10")
    func filters() throws {
        let question = try question(classic, hiding: .filters)
        #expect(question.answer == 10)
        #expect(question.sentence.contains("280 parameters"))
        #expect(question.kerasCode.last == "Conv2D(filters=?, kernel_size=3, use_bias=True)")
        #expect(question.pytorchCode.last == "nn.Conv2d(3, ?, kernel_size=3)")
        #expect(question.solvedKerasCode.last == "Conv2D(filters=10, kernel_size=3, use_bias=True)")
        let equations = question.derivation.steps.map(\.equation)
        #expect(equations.contains("K·K·D + 1 = 3·3·3 + 1 = 28"), "\(equations)")
        #expect(equations.contains("P/(K·K·D + 1) = 280/(3·3·3 + 1) = 10"), "\(equations)")
        #expect(question.derivation.steps.last?.kind == .backwardsCheck)
        #expect(question.derivation.steps.last?.explanation.contains("10·(3·3·3) + 10 = 280 parameters") == true)
        #expect(id(28, question) == [.backwardsForgotInputDepth])
        #expect(question.distractors[.backwardsForgotBias] == nil, "280/27 rounds to the answer itself")
    }

    @Test("forgetting the bias shows when the biases weigh enough: 100 = M·(3·3·1 + 1), and 100/9 rounds to 11")
    func forgotBias() throws {
        let question = try question(BackwardsLayer(spatial: [12, 12], channels: 1, kernel: 3, filters: 10, useBias: true),
                                    hiding: .filters)
        #expect(question.answer == 10)
        #expect(id(11, question) == [.backwardsForgotBias])
    }

    @Test("the input's depth: (280 − 10)/(10·3·3) = 3; dividing by the kernel alone gives 30")
    func depth() throws {
        let question = try question(classic, hiding: .inputDepth)
        #expect(question.answer == 3)
        #expect(question.kerasCode.first == "Input(shape=(24, 24, ?))")
        #expect(question.pytorchCode == ["# input: (?, 24, 24)", "nn.Conv2d(?, 10, kernel_size=3)"])
        #expect(question.derivation.steps.map(\.equation).contains("(P − M)/(M·K·K) = (280 − 10)/(10·3·3) = 3"))
        #expect(id(30, question) == [.backwardsForgotFilters])
    }

    @Test("the kernel: K·K = (280 − 10)/(10·3) = 9, K = √9 = 3; 9 is K·K, 5 forgets the depth")
    func kernel() throws {
        let question = try question(classic, hiding: .kernelSize)
        #expect(question.answer == 3)
        #expect(question.kerasCode.last == "Conv2D(filters=10, kernel_size=?, use_bias=True)")
        let equations = question.derivation.steps.map(\.equation)
        #expect(equations.contains("(P − M)/(M·D) = (280 − 10)/(10·3) = 9"), "\(equations)")
        #expect(equations.contains("√(K·K) = √(9) = 3"), "\(equations)")
        #expect(id(9, question).contains(.backwardsAnsweredKernelCells))
        #expect(id(5, question) == [.backwardsForgotInputDepth])
    }

    @Test("without biases and in 1-D: 5·4·K = 100 weights gives K = 5, no square root")
    func conv1dWithoutBiases() throws {
        let question = try question(BackwardsLayer(spatial: [50], channels: 4, kernel: 5, filters: 5, useBias: false),
                                    hiding: .kernelSize)
        #expect(question.answer == 5)
        #expect(!question.derivation.steps.contains { $0.kind == .kernelArea || $0.kind == .backwardsWeights })
        #expect(question.derivation.steps.map(\.equation).contains("P/(M·D) = 100/(5·4) = 5"))
    }

    @Test("280/27 typed as the answer is not whole, and is diagnosed as the forgotten bias; 28/3 as nothing known")
    func inexactDivision() throws {
        let filters = try question(classic, hiding: .filters)
        let diagnosis = Diagnoser.diagnose(AnswerError.inexactDivision(dividend: 280, divisor: 27), question: filters)
        #expect(diagnosis?.misconception.id == .backwardsForgotBias)
        #expect(diagnosis?.explanation.hasPrefix("280/27 is not a whole number: it divides the count by 27") == true,
                "\(diagnosis?.explanation ?? "")")
        #expect(Diagnoser.diagnose(AnswerError.inexactDivision(dividend: 28, divisor: 3), question: filters) == nil)
        let depth = try question(classic, hiding: .inputDepth)
        #expect(Diagnoser.diagnose(AnswerError.inexactDivision(dividend: 280, divisor: 90), question: depth)?.misconception.id
                == .backwardsCountAsWeights)
        var session = QuizSession(settings: QuizSettings(seed: 1, skills: [.conv2d]))
        #expect(session.submit("280/27") == .invalid(.inexactDivision(dividend: 280, divisor: 27)), "other kinds: a typing error")
    }

    @Test("a classroom slide gives the count and every size but the hidden one")
    func slideGivens() throws {
        let filters = try #require(DemoGiven.of(try question(classic, hiding: .filters)))
        #expect(filters.map(\.value) == ["24×24×3", "3×3", "280"])
        let depth = try #require(DemoGiven.of(try question(classic, hiding: .inputDepth)))
        #expect(depth.map(\.value) == ["24×24", "10", "3×3", "280"])
        let kernel = try #require(DemoGiven.of(try question(classic, hiding: .kernelSize)))
        #expect(kernel.map(\.value) == ["24×24×3", "10", "280"])
        #expect(DemoGiven.of(QuestionGenerator.generate(.conv2d, difficulty: .mental, seed: 1)) == nil)
    }

    static let drawn: [Question] = Difficulty.allCases.flatMap { difficulty in
        (1...60).map { QuestionGenerator.generate(.solveBackwards, difficulty: difficulty, seed: UInt64($0)) }
    }

    @Test("every drawn question's unknown is the one positive whole number that gives the count, as the engine counts")
    func unique() throws {
        var kinds: Set<String> = []
        for question in Self.drawn {
            guard case .unknown(let unknown) = question.target,
                  case .convolution(let convolution) = question.focus.spec.operation else {
                Issue.record("not a backwards question: \(question.target)")
                continue
            }
            kinds.insert(unknown.rawValue)
            let given = question.focus.result.parameters.total
            #expect(question.sentence.contains(NumberFormat.counted(given, "parameter")), "\(question.sentence)")
            let layout = question.analysis.framework.channelLayout
            let solutions = (1...max(question.answer * 3, 40)).filter { candidate in
                var layer = convolution
                var input = question.focus.inputShape
                switch unknown {
                case .filters: layer.filters = candidate
                case .kernelSize: layer.kernelSize = layer.kernelSize.map { _ in candidate }
                case .inputDepth: input = .with(spatial: input.spatial(layout), channels: candidate, layout: layout)
                }
                return (try? layer.analyze(input))?.parameters.total == given
            }
            #expect(solutions == [question.answer], "seed \(question.seed): \(solutions)")
        }
        #expect(kinds == Set(UnknownQuantity.allCases.map(\.rawValue)))
    }

    @Test("no text before the answer shows the solved call: sentence, code in both frameworks, hints and guided prompts before the last")
    func noLeak() {
        for difficulty in Difficulty.allCases {
        for seed: UInt64 in 1...40 {
            let settings = QuizSettings(seed: seed, skills: [.solveBackwards], difficulty: difficulty)
            var hints = QuizSession(settings: settings)
            var guided = QuizSession(settings: QuizSettings(seed: seed, skills: [.solveBackwards], difficulty: difficulty, guided: true))
            let question = hints.question
            #expect(guided.question == question)
            let hidden = zip(question.solvedKerasCode, question.kerasCode).filter { $0 != $1 }.map(\.0)
                + zip(question.solvedPyTorchCode, question.pytorchCode).filter { $0 != $1 }.map(\.0)
            #expect(!hidden.isEmpty, "seed \(question.seed): nothing hidden")
            for (shown, solved) in zip(question.kerasCode + question.pytorchCode, question.solvedKerasCode + question.solvedPyTorchCode) {
                #expect(shown.replacing("?", with: String(question.answer)) == solved, "seed \(question.seed)")
            }
            var before = [question.sentence, question.ask, question.derivation.headline]
                + question.code(preferringPyTorch: false) + question.code(preferringPyTorch: true)
            var shown: [DerivationStep] = []
            while let hint = hints.takeHint() { shown.append(hint) }
            #expect(shown.count == question.derivation.steps.count)
            before += shown.dropLast().flatMap { [$0.title, $0.explanation, $0.equation] }
            let steps = guided.guidedSteps
            #expect(steps.last?.result == question.answer)
            for step in steps.dropLast() {
                before.append(guided.currentAsk)
                _ = guided.submit(String(step.result ?? 0))
            }
            for text in before {
                for call in hidden {
                    #expect(!text.contains(call), "seed \(question.seed): \(text)")
                }
            }
        }
        }
    }
}
