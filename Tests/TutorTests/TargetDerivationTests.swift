import ConvMath
import Testing
import Tutor

@Suite("a derivation per question target")
struct TargetDerivationTests {
    static let seeds: UInt64 = 40

    static var cases: [(Skill, Difficulty)] {
        Skill.allCases.flatMap { skill in Difficulty.allCases.map { (skill, $0) } }
    }

    @Test("the walkthrough, the last hint, guided mode's last step and the line after a right answer all equal the answer",
          arguments: cases)
    func helpLeadsToTheAnswer(_ skill: Skill, _ difficulty: Difficulty) {
        for seed in 1...Self.seeds {
            let question = QuestionGenerator.generate(skill, difficulty: difficulty, seed: seed)
            let context = "\(skill.rawValue) \(difficulty) seed \(seed)"
            let derivation = question.derivation
            #expect(derivation.steps.count >= 1, "\(context)")
            #expect(derivation.steps.last?.result == question.answer, "\(context): \(derivation.steps.map(\.equation))")
            #expect(derivation.answer == question.answer, "\(context)")
            #expect(derivation.closing.result == question.answer, "\(context): \(derivation.closingLine)")
            #expect(derivation.closingLine.hasSuffix(NumberFormat.grouped(question.answer)), "\(context)")

            var session = QuizSession(settings: QuizSettings(seed: seed, skills: [skill], count: 1, difficulty: difficulty))
            var lastHint: DerivationStep?
            while let hint = session.takeHint() { lastHint = hint }
            #expect(lastHint?.result == session.question.answer, "\(context)")

            let guided = QuizSession(settings: QuizSettings(seed: seed, skills: [skill], count: 1, difficulty: difficulty, guided: true))
            #expect(guided.isGuided, "\(context)")
            #expect(guided.guidedSteps.last?.result == guided.question.answer, "\(context)")
        }
    }

    @Test("every shown formula evaluates to the result it shows", arguments: cases)
    func formulasEvaluate(_ skill: Skill, _ difficulty: Difficulty) {
        for seed in 1...Self.seeds {
            let question = QuestionGenerator.generate(skill, difficulty: difficulty, seed: seed)
            for step in question.derivation.steps + question.layerDerivation.steps {
                guard let result = step.result else { continue }
                #expect(ShownArithmetic.value(step.substitution) == result,
                        "\(skill.rawValue) seed \(seed): \(step.title): \(step.equation)")
                #expect(!step.equation.contains("= \(step.substitution) = \(step.substitution)"))
            }
            #expect(ShownArithmetic.value(question.derivation.closing.numbers) == question.answer,
                    "\(skill.rawValue) seed \(seed): \(question.derivation.closingLine)")
        }
    }

    // MARK: - The cases learners met

    @Test("an output height derives the height, not a parameter count")
    func outputHeight() {
        let question = QuestionGenerator.generate(.outputShape, difficulty: .mental, seed: 314_416)
        let derivation = question.derivation
        #expect(derivation.steps.allSatisfy { $0.kind != .weightsPerKernel && $0.kind != .kernelDepth })
        #expect(derivation.steps.last?.kind == .outputSize)
        #expect(ShownArithmetic.value(derivation.closing.numbers) == question.answer)
        #expect(!derivation.closingLine.contains("·(3·3"))
    }

    @Test("a network's total walks every layer and then the sum")
    func network() {
        let question = QuestionGenerator.generate(.network, difficulty: .mental, seed: 524_390)
        let steps = question.derivation.steps
        let layers = steps.filter { $0.kind == .layerTotal }
        #expect(layers.count == question.analysis.layers.filter { $0.result.parameters.total > 0 }.count)
        #expect(layers.map(\.result) == question.analysis.layers.filter { $0.result.parameters.total > 0 }
            .map { $0.result.parameters.total })
        #expect(steps.last?.kind == .modelTotal)
        #expect(steps.last?.result == question.answer)
    }

    @Test("batch normalization: the conv's count, 2·C learned, 2·C statistics, then what is asked")
    func batchNormalization() {
        var kinds: Set<DerivationStep.Kind> = []
        for seed: UInt64 in 1...30 {
            let question = QuestionGenerator.generate(.batchnorm, difficulty: .typical, seed: seed)
            let steps = question.derivation.steps
            let channels = question.analysis.layers[1].result.outputShape.dimensions.last ?? 0
            #expect(steps.first { $0.kind == .learned }?.result == 2 * channels)
            #expect(steps.first { $0.kind == .statistics }?.result == 2 * channels)
            #expect(steps.last?.result == question.answer)
            kinds.insert(steps.last?.kind ?? .total)
        }
        #expect(kinds == [.modelTotal, .trainable, .nonTrainable])
    }

    @Test("a MAC count is output positions × filters × products per value, without the bias additions")
    func multiplyAccumulates() {
        for seed: UInt64 in 1...20 {
            let question = QuestionGenerator.generate(.macs, difficulty: .typical, seed: seed)
            let kinds = question.derivation.steps.map(\.kind)
            #expect(kinds == [.outputPositions, .productsPerValue, .outputValues, .multiplyAccumulates])
            #expect(question.derivation.steps.last?.result == question.focus.result.multiplyAccumulates)
        }
    }

    @Test("a Dense layer after a Flatten starts from the shape the Flatten receives")
    func denseAfterFlatten() {
        for seed: UInt64 in 1...20 {
            let question = QuestionGenerator.generate(.denseAfterFlatten, difficulty: .interview, seed: seed)
            let steps = question.derivation.steps
            let flatten = steps.first { $0.kind == .flattenSize }
            let flattened = question.analysis.layers[question.focusLayer].inputShape.dimensions.last
            #expect(flatten?.result == flattened)
            #expect(flatten?.formula == "H′·W′·C")
            #expect(steps.filter { $0.kind == .outputSize }.count == 2, "the conv's output and the pooling")
            let dense = steps.first { $0.kind == .weightsPerKernel }
            #expect(dense?.result == flattened)
        }
    }

    @Test("a hidden convolution says that its input's channels are the previous layer's filters")
    func hiddenConvolution() {
        let question = QuestionGenerator.generate(.conv2dHidden, difficulty: .typical, seed: 3)
        let first = question.derivation.steps.first
        #expect(first?.kind == .inputChannels)
        #expect(first?.explanation.contains("filters") == true)
        #expect(first?.result == question.focus.inputShape.dimensions.last)
    }

    @Test("a layer derivation agrees with the engine for many random layers in both frameworks")
    func explanationsAgreeWithTheEngine() throws {
        var generator = SeededGenerator(seed: 99)
        var checked = 0
        for _ in 0..<600 {
            let k = Int.random(in: 1...5, using: &generator), s = Int.random(in: 1...3, using: &generator)
            let d = s == 1 ? Int.random(in: 1...2, using: &generator) : 1
            let side = Int.random(in: 8...40, using: &generator), channels = Int.random(in: 1...8, using: &generator)
            let filters = Int.random(in: 1...16, using: &generator), pad = Int.random(in: 0...2, using: &generator)
            let same = Bool.random(using: &generator) && s == 1
            let lines: [String]
            let input: TensorShape
            if Bool.random(using: &generator) {
                let padding = same ? "padding='same', " : ""
                lines = ["Conv2D(\(filters), \(k), strides=\(s), \(padding)dilation_rate=\(d))", "MaxPooling2D(2)"]
                input = TensorShape([side, side + 3, channels])
            } else {
                lines = ["nn.Conv2d(\(channels), \(filters), \(k), stride=\(s), padding=\(pad), dilation=\(d))",
                         "nn.MaxPool2d(3, stride=2, ceil_mode=True)"]
                input = TensorShape([channels, side, side + 3])
            }
            let sources = lines.enumerated().map { SourceText(name: "layer \($0.offset + 1)", text: $0.element) }
            guard let analysis = try? ModelReader.read(sources, inputShape: input).analyze() else { continue }
            for derivation in Derivation.all(analysis) {
                let total = derivation.steps.last { $0.kind == .total || $0.kind == .noWeights }
                #expect(total?.result == derivation.analysis.parameters.total, "\(lines)")
                let shape = derivation.steps.last { $0.kind == .outputShape }
                #expect(shape?.resultText == derivation.analysis.outputShape.timesDescription, "\(lines) \(input)")
            }
            checked += 1
        }
        #expect(checked > 300)
    }
}
