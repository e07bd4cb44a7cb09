import Testing
import ConvMath

@Suite("memory sizes of parameters and activations")
struct MemoryFootprintTests {
    @Test("bytes per value: float32 4, float16 and bfloat16 2, int8 1, float64 8")
    func bytesPerValue() {
        #expect(DataType.allCases.map(\.bytes) == [4, 2, 2, 1, 8])
        #expect(DataType.float32.bits == 32)
        #expect(DataType.names == "float32|float16|bfloat16|int8|float64")
    }

    @Test("VGG16's 138,357,544 parameters are 553,430,176 bytes in float32 and half that in float16")
    func vgg16Parameters() throws {
        let model = try analyze(Published.vgg16Keras, input: "224x224x3")
        let float32 = try MemoryFootprint(model)
        #expect(float32.parameterBytes == 553_430_176)
        #expect(float32.trainableBytes == 553_430_176)
        #expect(float32.nonTrainableBytes == 0)
        #expect(try MemoryFootprint(model, dataType: .float16).parameterBytes == 276_715_088)
        #expect(try MemoryFootprint(model, dataType: .int8).parameterBytes == 138_357_544)
        #expect(try MemoryFootprint(model, dataType: .float64).parameterBytes == 1_106_860_352)
    }

    @Test("VGG16's layer outputs add up to 15,112,168 values for one image, counted block by block")
    func vgg16Activations() throws {
        let model = try analyze(Published.vgg16Keras, input: "224x224x3")
        let blocks = 2 * 224 * 224 * 64 + 112 * 112 * 64 + 2 * 112 * 112 * 128 + 56 * 56 * 128
            + 3 * 56 * 56 * 256 + 28 * 28 * 256 + 3 * 28 * 28 * 512 + 14 * 14 * 512 + 3 * 14 * 14 * 512 + 7 * 7 * 512
        let memory = try MemoryFootprint(model, batch: 32)
        #expect(memory.activationValues == blocks + 25_088 + 4_096 + 4_096 + 1_000)
        #expect(memory.activationValues == 15_112_168)
        #expect(memory.activationBytes == 15_112_168 * 32 * 4)
    }

    @Test("a 224×224×64 float32 output is 12,845,056 bytes per image")
    func oneOutput() throws {
        let model = try analyze(["Conv2D(64, 3, padding='same')"], input: "224x224x3")
        let memory = try MemoryFootprint(model)
        #expect(memory.activationValues == 224 * 224 * 64)
        #expect(memory.activationBytes == 12_845_056)
        #expect(try MemoryFootprint.bytes(values: 224 * 224 * 64, .float32, batch: 8) == 102_760_448)
    }

    @Test("a size past 64 bits is reported, never wrapped")
    func overflow() {
        #expect(throws: ArithmeticOverflow.self) { try MemoryFootprint.bytes(values: Int.max / 2, .float32) }
        #expect(throws: ArithmeticOverflow.self) { try MemoryFootprint.bytes(values: 1 << 40, .float64, batch: 1 << 21) }
        #expect(throws: ArithmeticOverflow.self) {
            try MemoryFootprint.outputValues([TensorShape([Int.max]), TensorShape([1])])
        }
    }
}
