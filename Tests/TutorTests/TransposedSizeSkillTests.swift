import ConvMath
import Testing
@testable import Tutor

@Suite("a transposed convolution's output size, checked by hand")
struct TransposedSizeSkillTests {
    private func pytorch(_ call: String, input: [Int]) throws -> Question {
        let draft = QuizDraft(sentence: "A layer.", ask: "What?", target: .outputHeight, keras: [], pytorch: [call],
                              pytorchInput: TensorShape(input), focusLayer: 0, engine: .pytorch)
        return try #require(draft.build(skill: .transposedShape, difficulty: .interview, seed: 0)?.question)
    }

    private func named(_ value: Int, _ question: Question) -> Set<MisconceptionID> {
        Set(Diagnoser.diagnose(value, question: question)?.misconceptions.map(\.id) ?? [])
    }

    @Test("PyTorch: (n − 1)·s − 2p + d·(k − 1) + output_padding + 1", arguments: [
        ("nn.ConvTranspose2d(64, 32, 4, stride=2, padding=1)", 16, 32),
        ("nn.ConvTranspose2d(64, 32, 3, stride=2, padding=1, output_padding=1)", 7, 14),
        ("nn.ConvTranspose2d(100, 512, 4)", 1, 4),
        ("nn.ConvTranspose2d(128, 64, 5, stride=2, padding=2, output_padding=1)", 16, 32),
        ("nn.ConvTranspose2d(8, 8, 3, dilation=2)", 10, 14),
        ("nn.ConvTranspose2d(8, 8, 2, stride=2)", 28, 56),
    ])
    func pytorchSizes(_ call: String, _ side: Int, _ expected: Int) throws {
        let channels = try #require(call.split(separator: "(").last?.split(separator: ",").first.flatMap { Int($0) })
        let question = try pytorch(call, input: [channels, side, side])
        #expect(question.answer == expected)
        #expect(question.derivation.steps.last?.formula == "(n − 1)·s − 2·p + d·(k − 1) + op + 1")
    }

    @Test("Keras: (n − 1)·s + max(k, s) with 'valid', n·s with 'same'", arguments: [
        ("Conv2DTranspose(32, 3, strides=2)", 16, 33), ("Conv2DTranspose(32, 2, strides=3)", 5, 15),
        ("Conv2DTranspose(32, 3, strides=2, padding='same')", 16, 32), ("Conv2DTranspose(32, 4, strides=2, padding='same')", 7, 14),
        ("Conv2DTranspose(32, 3, strides=2, output_padding=1)", 16, 34),
    ])
    func kerasSizes(_ call: String, _ side: Int, _ expected: Int) throws {
        let question = try spatialQuestion(["Input(shape=(\(side), \(side), 8))", call], target: .outputHeight,
                                           skill: .transposedShape, focus: 0)
        #expect(question.answer == expected)
    }

    @Test("the wrong sizes are named: the convolution's rule, padding added, output_padding left out, n·s")
    func wrongSizes() throws {
        let decoder = try pytorch("nn.ConvTranspose2d(64, 32, 3, stride=2, padding=1, output_padding=1)", input: [64, 7, 7])
        #expect(named(4, decoder) == [.transposedAsConvolution])
        #expect(named(18, decoder) == [.transposedAddedPadding])
        #expect(named(13, decoder) == [.transposedForgotOutputPadding])
        let keras = try spatialQuestion(["Input(shape=(16, 16, 8))", "Conv2DTranspose(32, 3, strides=2)"], target: .outputHeight,
                                        skill: .transposedShape, focus: 0)
        #expect(named(32, keras) == [.transposedTimesStride])
        #expect(named(7, keras) == [.transposedAsConvolution])
    }
}
