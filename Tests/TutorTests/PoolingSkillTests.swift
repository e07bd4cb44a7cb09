import ConvMath
import Testing
@testable import Tutor

@Suite("pooling output sizes and no parameters, checked by hand")
struct PoolingSkillTests {
    private func pytorch(_ call: String, input: [Int]) throws -> Question {
        let draft = QuizDraft(sentence: "A pooling layer.", ask: "What?", target: .outputHeight, keras: [], pytorch: [call],
                              pytorchInput: TensorShape(input), focusLayer: 0, engine: .pytorch)
        return try #require(draft.build(skill: .pooling, difficulty: .interview, seed: 0)?.question)
    }

    private func id(_ value: Int, _ question: Question) -> MisconceptionID? {
        Diagnoser.diagnose(value, question: question)?.misconception.id
    }

    /// Every mistake named for an answer: two when two mistakes give the same number.
    private func named(_ value: Int, _ question: Question) -> Set<MisconceptionID> {
        Set(Diagnoser.diagnose(value, question: question)?.misconceptions.map(\.id) ?? [])
    }

    @Test("Keras rounds down: 109 pooled by 2 gives 54, and 55 by 3 with stride 2 gives 27 (AlexNet)", arguments: [
        (109, "MaxPooling2D(pool_size=(2, 2))", 54), (108, "MaxPooling2D(2)", 54), (55, "MaxPooling2D(3, strides=2)", 27),
        (13, "MaxPooling2D(3, strides=2)", 6), (109, "MaxPooling2D(2, padding='same')", 55), (7, "AveragePooling2D(2)", 3),
    ])
    func keras(_ side: Int, _ call: String, _ expected: Int) throws {
        let question = try spatialQuestion(["Input(shape=(\(side), \(side), 64))", call], target: .outputHeight, skill: .pooling,
                                           focus: 0)
        #expect(question.answer == expected)
        #expect(question.derivation.headline.hasPrefix("A "))
    }

    @Test("PyTorch's ceil_mode keeps the last window: 109 → 55; one that would start in the padding is dropped", arguments: [
        ("nn.MaxPool2d(2, ceil_mode=True)", 109, 55), ("nn.MaxPool2d(2)", 109, 54), ("nn.MaxPool2d(3, stride=2, ceil_mode=True)", 56, 28),
        ("nn.MaxPool2d(3, stride=2, ceil_mode=True)", 112, 56), ("nn.MaxPool2d(2, stride=2, padding=1, ceil_mode=True)", 55, 28),
        ("nn.MaxPool2d(3, stride=2, padding=1)", 112, 56),
    ])
    func ceilMode(_ call: String, _ side: Int, _ expected: Int) throws {
        #expect(try pytorch(call, input: [64, side, side]).answer == expected)
    }

    @Test("the wrong sizes are named: ceil_mode ignored, the window in the padding kept, rounding up in Keras")
    func wrongSizes() throws {
        let ceil = try pytorch("nn.MaxPool2d(2, ceil_mode=True)", input: [64, 109, 109])
        #expect(named(54, ceil) == [.ignoredCeilMode])
        #expect(ceil.derivation.steps.last?.explanation.contains("ceil_mode=True") == true)
        #expect(ceil.code(preferringPyTorch: false) == ["# input: (64, 109, 109)", "nn.MaxPool2d(2, ceil_mode=True)"])
        #expect(ceil.spelling(preferringPyTorch: false) == .pytorch)
        let padded = try pytorch("nn.MaxPool2d(2, stride=2, padding=1, ceil_mode=True)", input: [64, 55, 55])
        #expect(id(29, padded) == .keptWindowInPadding)
        let keras = try spatialQuestion(["Input(shape=(109, 109, 64))", "MaxPooling2D(2)"], target: .outputHeight, skill: .pooling,
                                        focus: 0)
        #expect(named(55, keras) == [.roundedUp, .assumedSamePadding])
        #expect(id(108, keras) == .forgotStride)
    }

    @Test("a pooling layer adds no parameters: conv, pool, conv counts the convolutions only")
    func noParameters() throws {
        let question = try spatialQuestion(["Input(shape=(32, 32, 3))", "Conv2D(16, 3, padding='same')", "MaxPooling2D(2)",
                                            "Conv2D(32, 3, padding='same')"], target: .modelParameters, skill: .pooling)
        #expect(question.answer == (16 * 27 + 16) + (32 * 144 + 32))
        #expect(id(question.answer + 2 * 2 * 16, question) == .countedPoolingWeights)
    }
}
