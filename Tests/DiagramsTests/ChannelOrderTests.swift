import Testing
@testable import Diagrams

@Suite("pictures label a volume in its framework's order")
struct ChannelOrderTests {
    static let first = DiagramOptions(maxWidth: 100, channelsFirst: true)
    static let last = DiagramOptions(maxWidth: 100)

    @Test("the output volume: 8 × 66 × 66 channels first, 66 × 66 × 8 channels last")
    func outputVolume() {
        func draw(_ options: DiagramOptions) -> String {
            Diagrams.outputVolume(inputHeight: 64, inputWidth: 64, inputDepth: 3, outputHeight: 66, outputWidth: 66,
                                  outputDepth: 8, caption: [], options: options).text
        }
        #expect(draw(Self.first).contains("input 3 × 64 × 64"))
        #expect(draw(Self.first).contains("output 8 × 66 × 66"))
        #expect(!draw(Self.first).contains("66 × 66 × 8"))
        #expect(draw(Self.last).contains("input 64 × 64 × 3"))
        #expect(draw(Self.last).contains("output 66 × 66 × 8"))
    }

    @Test("a kernel as deep as its input: 16 × 3 × 3 channels first")
    func kernelMatchesInput() {
        let text = Diagrams.kernelMatchesInput(inputHeight: 32, inputWidth: 32, depth: 16, kernelHeight: 3, kernelWidth: 3,
                                               options: Self.first).text
        #expect(text.contains("input 16 × 32 × 32"))
        #expect(text.contains("one kernel 16 × 3 × 3"))
    }

    @Test("a transposed convolution's input and output, and a 1-D input, channels first")
    func transposedAndConv1D() {
        let transposed = Diagrams.transposed(inputHeight: 8, inputWidth: 8, inputChannels: 3, outputHeight: 18, outputWidth: 18,
                                             outputChannels: 8, kernelHeight: 4, kernelWidth: 4, options: Self.first).text
        #expect(transposed.contains("3 × 8 × 8"))
        #expect(transposed.contains("8 × 18 × 18"))
        let conv1D = Diagrams.conv1D(length: 64, channels: 3, kernelSize: 5, filters: 8, options: Self.first).text
        #expect(conv1D.contains("3 × 64 (channels × length)"))
        #expect(conv1D.contains("one kernel 3 × 5"))
    }
}
