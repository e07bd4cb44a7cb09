import ConvMath
import Testing
@testable import Tutor

@Suite("memory of parameters and activations, checked by hand")
struct MemorySkillTests {
    static let first = ["Input(shape=(224, 224, 3))", "Conv2D(64, 3, padding='same')"]

    static let vgg16: [String] = {
        var layers = ["Input(shape=(224, 224, 3))"]
        for (filters, count) in [(64, 2), (128, 2), (256, 3), (512, 3), (512, 3)] {
            layers += Array(repeating: "Conv2D(\(filters), 3, padding='same')", count: count) + ["MaxPooling2D(2)"]
        }
        return layers + ["Flatten()", "Dense(4096)", "Dense(4096)", "Dense(1000)"]
    }()

    private func question(_ keras: [String], _ target: MemoryTarget, focus: Int = 0) throws -> Question {
        try spatialQuestion(keras, target: .memory(target), skill: .memory, focus: focus)
    }

    private func named(_ value: Int, _ question: Question) -> Set<MisconceptionID> {
        Set(Diagnoser.diagnose(value, question: question)?.misconceptions.map(\.id) ?? [])
    }

    private func id(_ value: Int, _ question: Question) -> MisconceptionID? {
        Diagnoser.diagnose(value, question: question)?.misconception.id
    }

    @Test("a 224×224×64 float32 output is 224·224·64·4 = 12,845,056 bytes per image, and the wrong numbers are named")
    func firstOutput() throws {
        let q = try question(Self.first, MemoryTarget(stored: .layerOutput, dataType: .float32))
        #expect(q.answer == 12_845_056)
        #expect(q.derivation.steps.map(\.result) == [3_211_264, 4, 12_845_056])
        #expect(q.derivation.steps[1].equation == "bits/8 = 32/8 = 4 bytes")
        #expect(id(3_211_264, q) == .forgotBytesPerValue)
        #expect(id(102_760_448, q) == .countedBits)
        #expect(id(602_112, q) == .sizedInputNotOutput)
        #expect(Diagnoser.answerSentence(q.derivation) == "So it takes 12,845,056 bytes.")
    }

    @Test("a batch of 32 keeps 32 outputs: 411,041,792 bytes, exactly 392 MB of 1,024²; one image's worth is named")
    func batch() throws {
        let bytes = try question(Self.first, MemoryTarget(stored: .layerOutput, dataType: .float32, batch: 32))
        #expect(bytes.answer == 411_041_792)
        #expect(id(12_845_056, bytes) == .forgotBatch)
        let megabytes = try question(Self.first, MemoryTarget(stored: .layerOutput, dataType: .float32, batch: 32, unit: .megabytes))
        #expect(megabytes.answer == 392)
        #expect(megabytes.derivation.steps.last?.equation == "bytes/MB = 411,041,792/1,048,576 = 392 MB")
    }

    @Test("100×100×64 in float32 is 2,560,000 bytes: 2,500 KB of 1,024, and 2,560 with 1,000 to the KB")
    func kilobytes() throws {
        let q = try question(["Input(shape=(100, 100, 3))", "Conv2D(64, 3, padding='same')"],
                             MemoryTarget(stored: .layerOutput, dataType: .float32, unit: .kilobytes))
        #expect(q.answer == 2_500)
        #expect(id(2_560, q) == .decimalMemoryUnits)
        #expect(Diagnoser.answerSentence(q.derivation) == "So it takes 2,500 KB.")
    }

    @Test("a size that is not a whole number of the unit is no answer: 12,845,056 bytes are not a whole MB")
    func notWhole() throws {
        let analysis = try ModelReader.read([SourceText(name: "q", text: Self.first.joined(separator: "\n"))], inputShape: nil).analyze()
        #expect(MemoryTarget(stored: .layerOutput, dataType: .float32, unit: .megabytes).value(in: analysis, focusLayer: 0) == nil)
        #expect(MemoryTarget(stored: .layerOutput, dataType: .float32, unit: .kilobytes).value(in: analysis, focusLayer: 0) == 12_544)
    }

    @Test("VGG16's 138,357,544 parameters are 553,430,176 bytes in float32; its first Dense, 102,764,544 of them, 205,529,088 in float16")
    func vgg16() throws {
        let model = try question(Self.vgg16, MemoryTarget(stored: .modelParameters, dataType: .float32), focus: 21)
        #expect(model.answer == 553_430_176)
        #expect(id(138_357_544, model) == .forgotBytesPerValue)
        #expect(id(138_357_544 * 32, model) == .countedBits)
        let dense = try question(Self.vgg16, MemoryTarget(stored: .layerParameters, dataType: .float16), focus: 19)
        #expect(dense.answer == 205_529_088)
        #expect(dense.derivation.steps.first { $0.kind == .total }?.result == 102_764_544)
        // Where VGG16's numbers sit: most parameters in that first Dense, most activations in the first convolutions.
        let parameters = model.analysis.layers.map(\.result.parameters.total)
        #expect(parameters.firstIndex(of: parameters.max() ?? 0) == 19)
        let outputs = model.analysis.layers.map { $0.result.outputShape.elementCount ?? 0 }
        #expect(outputs.firstIndex(of: outputs.max() ?? 0) == 0)
    }

    @Test("in a small VGG-like network the first Dense holds the most parameters (layer 6) and the first convolution the most activations (layer 1)")
    func largestLayer() throws {
        let network = ["Input(shape=(32, 32, 3))", "Conv2D(16, 3, padding='same')", "MaxPooling2D(2)",
                       "Conv2D(32, 3, padding='same')", "MaxPooling2D(2)", "Flatten()", "Dense(128)", "Dense(10)"]
        // Parameters: 448, 0, 4,640, 0, 0, 8·8·32·128 + 128 = 262,272, 1,290.
        let parameters = try spatialQuestion(network, target: .largestLayer(.parameters), skill: .memory, focus: 6)
        #expect(parameters.answer == 6)
        #expect(parameters.derivation.steps.first { $0.layer == 5 }?.result == 262_272)
        #expect(id(1, parameters) == .swappedParametersAndActivations)
        // Layer 3 is also what counting the second convolution without weight sharing gives: both are named.
        #expect(named(3, parameters).contains(.pickedWidestLayer))
        // Activations: 32·32·16 = 16,384 against 16·16·32 = 8,192 for the second convolution.
        let activations = try spatialQuestion(network, target: .largestLayer(.activations), skill: .memory, focus: 6)
        #expect(activations.answer == 1)
        #expect(activations.derivation.steps.first?.result == 16_384)
        #expect(id(6, activations) == .swappedParametersAndActivations)
        #expect(id(3, activations) == .pickedWidestLayer)
        #expect(Diagnoser.answerSentence(activations.derivation) == "So it is layer 1.")
    }

    @Test("two layers that tie have no one answer, so no question asks about them")
    func tie() throws {
        let analysis = try ModelReader.read([SourceText(name: "q", text: "Input(shape=(8, 8, 3))\nConv2D(4, 3, padding='same')\nConv2D(4, 3, padding='same')")],
                                            inputShape: nil).analyze()
        #expect(LayerMeasure.activations.largestLayer(in: analysis) == nil)
        #expect(LayerMeasure.parameters.largestLayer(in: analysis) == 2)
    }

    @Test("int8 takes one byte a value, so forgetting the byte size gives no wrong number; counting bits still does")
    func int8() throws {
        let q = try question(Self.first, MemoryTarget(stored: .layerOutput, dataType: .int8))
        #expect(q.answer == 3_211_264)
        #expect(q.distractors[.forgotBytesPerValue] == nil)
        #expect(q.distractors[.countedBits] == 3_211_264 * 8)
    }
}
