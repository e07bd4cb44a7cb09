import ConvMath
import Testing
@testable import Tutor

/// A question over exactly this Keras code, as the quiz builds one.
func spatialQuestion(_ keras: [String], target: QuestionTarget, skill: Skill, focus: Int? = nil) throws -> Question {
    let draft = QuizDraft(sentence: "A stack.", ask: "What?", target: target, keras: keras, pytorch: [], pytorchInput: nil,
                          focusLayer: focus ?? keras.count - 2)
    return try #require(draft.build(skill: skill, difficulty: .interview, seed: 0)?.question)
}

@Suite("receptive fields and stacks of 3×3, checked by hand")
struct ReceptiveFieldSkillTests {
    static let threeByThree = ["Input(shape=(32, 32, 64))", "Conv2D(64, 3, padding='same', use_bias=False)",
                               "Conv2D(64, 3, padding='same', use_bias=False)", "Conv2D(64, 3, padding='same', use_bias=False)"]
    static let alexNet = ["Input(shape=(227, 227, 3))", "Conv2D(96, 11, strides=4)", "MaxPooling2D(3, strides=2)",
                          "Conv2D(256, 5, padding='same')"]

    private func id(_ value: Int, _ question: Question) -> MisconceptionID? {
        Diagnoser.diagnose(value, question: question)?.misconception.id
    }

    @Test("three 3×3 layers see 7 rows: 1 + 2 + 2 + 2, and the usual wrong answers are named")
    func threeLayers() throws {
        let question = try spatialQuestion(Self.threeByThree, target: .spatial(.receptiveField), skill: .receptiveField)
        #expect(question.answer == 7)
        #expect(question.derivation.steps.map(\.result) == [3, 5, 7])
        #expect(question.derivation.closingLine == "1 + (3 − 1)·1 + (3 − 1)·1 + (3 − 1)·1 = 7")
        #expect(id(9, question) == .receptiveFieldAddedKernels)
        #expect(id(3, question) == .receptiveFieldLastKernel)
        #expect(Diagnoser.diagnose(9, question: question)?.message.hasSuffix("So one value sees 7 rows of the input.") == true)
    }

    @Test("AlexNet's conv1, pool1 and conv2 see 51 rows: 11, then + 2·4, then + 4·8")
    func alexNet() throws {
        let question = try spatialQuestion(Self.alexNet, target: .spatial(.receptiveField), skill: .receptiveField)
        #expect(question.answer == 51)
        #expect(question.derivation.steps.map(\.substitution) == ["1 + (11 − 1)·1", "11 + (3 − 1)·4", "19 + (5 − 1)·8"])
        #expect(id(11 + 2 + 4, question) == .receptiveFieldIgnoredStrides)
        #expect(id(1 + 10 * 4 + 2 * 8 + 4 * 8, question) == .receptiveFieldOwnStride)
        #expect(id(11 + 4 * 4, question) == .receptiveFieldSkippedPooling)
        #expect(id(11 + 3 * 4 + 5 * 8, question) == .receptiveFieldAddedKernels)
        let step = try #require(question.derivation.steps.last)
        #expect(Diagnoser.diagnoseStep(11 + 2 + 4, step: step, question: question)?.misconception.id == .receptiveFieldIgnoredStrides)
    }

    @Test("a dilated stack: 3×3 with dilation 1, 2, 4 sees 15 rows; leaving the dilation out is named")
    func dilated() throws {
        let keras = ["Input(shape=(64, 64, 3))", "Conv2D(8, 3, padding='same')", "Conv2D(8, 3, padding='same', dilation_rate=2)",
                     "Conv2D(8, 3, padding='same', dilation_rate=4)"]
        let question = try spatialQuestion(keras, target: .spatial(.receptiveField), skill: .receptiveField)
        #expect(question.answer == 15)
        #expect(id(7, question) == .forgotDilation)
    }

    @Test("three 3×3 of C to C against one 7×7: 27C² against 49C² weights, 22C² saved (C = 64)")
    func stackAgainstOneLayer() throws {
        let stack = try spatialQuestion(Self.threeByThree, target: .modelParameters, skill: .stacked3x3)
        #expect(stack.answer == 27 * 64 * 64)
        #expect(id(9 * 64 * 64, stack) == .answeredOneLayer)
        let single = try spatialQuestion(Self.threeByThree, target: .spatial(.singleLayerWeights), skill: .stacked3x3)
        #expect(single.answer == 49 * 64 * 64)
        #expect(single.derivation.steps.last?.substitution == "64·(7·7·64)")
        #expect(id(49 * 64, single) == .singleLayerForgotDepth)
        #expect(id(81 * 64 * 64, single) == .receptiveFieldAddedKernels)
        let saving = try spatialQuestion(Self.threeByThree, target: .spatial(.stackSaving), skill: .stacked3x3)
        #expect(saving.answer == 22 * 64 * 64)
        #expect(id(22, saving) == .savingPerChannelPair)
        #expect(id(49 * 64 * 64 - 9 * 64 * 64, saving) == .answeredOneLayer)
        #expect(Diagnoser.diagnose(22, question: saving)?.message.hasSuffix("So the stack holds 90,112 fewer weights.") == true)
    }

    @Test("two 3×3 against one 5×5 (Inception's factorization): 18C² against 25C²")
    func twoLayers() throws {
        let keras = ["Input(shape=(35, 35, 192))", "Conv2D(192, 3, padding='same', use_bias=False)",
                     "Conv2D(192, 3, padding='same', use_bias=False)"]
        #expect(try spatialQuestion(keras, target: .modelParameters, skill: .stacked3x3).answer == 18 * 192 * 192)
        #expect(try spatialQuestion(keras, target: .spatial(.singleLayerWeights), skill: .stacked3x3).answer == 25 * 192 * 192)
        #expect(try spatialQuestion(keras, target: .spatial(.stackSaving), skill: .stacked3x3).answer == 7 * 192 * 192)
    }

    @Test("the stack questions ask each of their three things")
    func stackTargets() {
        var targets: Set<String> = []
        for difficulty in Difficulty.allCases {
            for seed: UInt64 in 1...30 {
                targets.insert("\(QuestionGenerator.generate(.stacked3x3, difficulty: difficulty, seed: seed).target)")
            }
        }
        #expect(targets.count == 3, "\(targets)")
    }
}
