import ConvMath
import Testing
@testable import Tutor

@Suite("does the layer fit? Checked by hand")
struct WindowFitSkillTests {
    private func id(_ value: Int, _ question: Question) -> MisconceptionID? {
        Diagnoser.diagnose(value, question: question)?.misconception.id
    }

    @Test("(W − K + 2P)/S + 1: 10, 3, 0, 2 gives 4.5, AlexNet's 224 gives 54.25, its 227 gives 55", arguments: [
        (10, 3, 0, 2, 4, 1, 11), (224, 11, 0, 4, 54, 1, 227), (227, 11, 0, 4, 55, 0, 227), (32, 5, 0, 2, 14, 1, 33),
        (28, 5, 0, 3, 8, 2, 29), (7, 3, 1, 2, 4, 0, 7), (8, 3, 1, 2, 4, 1, 9),
    ])
    func fit(_ n: Int, _ k: Int, _ p: Int, _ s: Int, _ floor: Int, _ leftover: Int, _ fitting: Int) throws {
        let fit = try #require(WindowFit(input: n, padding: p, span: k, stride: s))
        #expect(fit.positions == floor)
        #expect(fit.leftover == leftover)
        #expect(fit.fits == (leftover == 0))
        #expect(fit.smallestFittingInput == fitting)
        #expect(WindowFit(input: 2, padding: 0, span: 3, stride: 1) == nil)
    }

    @Test("the frameworks floor, and the questions derive the leftover row and the input that fits")
    func questions() throws {
        let keras = ["Input(shape=(224, 224, 3))", "Conv2D(96, 11, strides=4)"]
        let height = try spatialQuestion(keras, target: .outputHeight, skill: .validSizes, focus: 0)
        #expect(height.answer == 54)
        #expect(id(55, height) == .roundedUp)
        let leftover = try spatialQuestion(keras, target: .spatial(.leftoverRows), skill: .validSizes, focus: 0)
        #expect(leftover.answer == 1)
        #expect(leftover.derivation.steps.last?.substitution == "(224 − 11) − 4·⌊(224 − 11)/4⌋")
        #expect(leftover.derivation.steps.last?.explanation.contains("not a whole number") == true)
        #expect(id(3, leftover) == .leftoverAsMissing)
        let fitting = try spatialQuestion(keras, target: .spatial(.fittingInput), skill: .validSizes, focus: 0)
        #expect(fitting.answer == 227)
        #expect(fitting.derivation.closingLine == "224 + 3 = 227")
        #expect(id(225, fitting) == .fitAddedLeftover)
        #expect(id(223, fitting) == .fitShrankInput)
        #expect(Diagnoser.diagnose(225, question: fitting)?.message.hasSuffix("So the layer fits an input of 227.") == true)
        let classic = try spatialQuestion(["Input(shape=(10, 10, 1))", "Conv2D(8, 3, strides=2)"], target: .outputHeight,
                                          skill: .validSizes, focus: 0)
        #expect(classic.answer == 4)
    }
}
