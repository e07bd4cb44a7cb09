import ConvMath
import Testing
@testable import Tutor

@Suite("dilated kernels, checked by hand")
struct DilationSkillTests {
    private func id(_ value: Int, _ question: Question) -> MisconceptionID? {
        Diagnoser.diagnose(value, question: question)?.misconception.id
    }

    /// Every mistake named for an answer: two when two mistakes give the same number.
    private func named(_ value: Int, _ question: Question) -> Set<MisconceptionID> {
        Set(Diagnoser.diagnose(value, question: question)?.misconceptions.map(\.id) ?? [])
    }

    @Test("a 3×3 kernel with dilation 2 spans 5 rows: k + (k − 1)(d − 1) = d·(k − 1) + 1", arguments: [
        (3, 2, 5), (3, 1, 3), (3, 6, 13), (3, 12, 25), (5, 3, 13), (2, 4, 5),
    ])
    func span(_ k: Int, _ d: Int, _ expected: Int) throws {
        #expect(k + (k - 1) * (d - 1) == expected)
        let question = try spatialQuestion(["Input(shape=(64, 64, 8))", "Conv2D(4, \(k), dilation_rate=\(d))"],
                                           target: .spatial(.effectiveKernel), skill: .dilation, focus: 0)
        #expect(question.answer == expected)
        #expect(question.derivation.steps.last?.result == expected)
    }

    @Test("the wrong spans people give are named: k·d, k + d − 1, and k alone")
    func wrongSpans() throws {
        let question = try spatialQuestion(["Input(shape=(64, 64, 8))", "Conv2D(4, 5, dilation_rate=3)"],
                                           target: .spatial(.effectiveKernel), skill: .dilation, focus: 0)
        #expect(question.answer == 13)
        #expect(id(15, question) == .dilationTimesKernel)
        #expect(id(7, question) == .dilationGapsOnce)
        #expect(id(5, question) == .forgotDilation)
        #expect(Diagnoser.diagnose(15, question: question)?.message.hasSuffix("So the kernel spans 13 rows.") == true)
    }

    @Test("the output size a dilated kernel gives: 32 − 5 + 1 = 28, and 65 with rate 12 gives 41")
    func outputSize() throws {
        let small = try spatialQuestion(["Input(shape=(32, 32, 3))", "Conv2D(16, 3, dilation_rate=2)"],
                                        target: .outputHeight, skill: .dilation, focus: 0)
        #expect(small.answer == 28)
        #expect(named(32 - 6 + 1, small) == [.dilationTimesKernel, .forgotPlusOne])
        #expect(id(30, small) == .forgotDilation)
        let atrous = try spatialQuestion(["Input(shape=(65, 65, 2048))", "Conv2D(256, 3, dilation_rate=12)"],
                                         target: .outputHeight, skill: .dilation, focus: 0)
        #expect(atrous.answer == 41)
        #expect(id(65 - 36 + 1, atrous) == .dilationTimesKernel)
        #expect(id(65 - 14 + 1, atrous) == .dilationGapsOnce)
    }
}
