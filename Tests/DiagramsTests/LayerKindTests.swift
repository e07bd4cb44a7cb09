import StyledText
import Testing
@testable import Diagrams

@Suite("the per-layer pictures show what makes each kind different")
struct LayerKindTests {
    @Test(
        "Conv3D: a kernel shallower than the input in space gets a shorter depth edge",
        arguments: [(16, 3), (4, 3), (2, 1), (7, 3), (64, 7), (1_000_000, 64), (1_000_000, 999_999), (3, 1)]
    )
    func conv3DDepths(inputDepth: Int, kernelDepth: Int) {
        for options in DiagramGrid.options {
            let figure = Diagrams.conv3DFigure(
                inputDepth: inputDepth, inputHeight: 32, inputWidth: 32, channels: 3,
                kernelDepth: kernelDepth, kernelHeight: 3, kernelWidth: 3, options: options
            )
            #expect(figure.kernel.depthEdge.verticalExtent < figure.input.depthEdge.verticalExtent)
            #expect(figure.kernel.depthEdge.bottomRow == figure.input.depthEdge.bottomRow)
            let text = figure.diagram.text
            #expect(text.contains("3 channels"))
        }
    }

    @Test("Conv3D: equal spatial depths are drawn equal")
    func conv3DEqualDepths() {
        let figure = Diagrams.conv3DFigure(
            inputDepth: 5, inputHeight: 32, inputWidth: 32, channels: 8,
            kernelDepth: 5, kernelHeight: 3, kernelWidth: 3, options: DiagramOptions()
        )
        #expect(figure.kernel.depthEdge.verticalExtent == figure.input.depthEdge.verticalExtent)
    }

    @Test("kernel stack: up to four kernels are all drawn, more are elided with ⋯ and the last one")
    func kernelStackElision() {
        let four = Diagrams.kernelStack(kernelHeight: 3, kernelWidth: 3, depth: 3, count: 4, biases: true, options: DiagramOptions())
        #expect(["#1", "#2", "#3", "#4"].allSatisfy { four.text.contains($0) })
        #expect(!four.text.contains("⋯"))
        #expect(four.text.components("+ b") == 4)

        let ten = Diagrams.kernelStack(kernelHeight: 3, kernelWidth: 3, depth: 3, count: 10, biases: true, options: DiagramOptions())
        #expect(ten.text.contains("⋯"))
        #expect(ten.text.contains("#10"))
        #expect(ten.textLines.last == "10 kernels × (3·3·3) = 270 weights  (each kernel's bias b comes next)")
        #expect(!ten.text.contains("280"), "the total is a later step: the weights' picture never shows it")

        let noBias = Diagrams.kernelStack(kernelHeight: 3, kernelWidth: 3, depth: 3, count: 2, biases: false, options: DiagramOptions(charset: .ascii))
        #expect(!noBias.text.contains("+ b"))
        #expect(noBias.textLines.last == "2 kernels x (3*3*3) = 54 weights  (no biases)")
    }

    @Test("kernel stack: the caption stays exact when the count overflows Int")
    func kernelStackHugeCaption() {
        let diagram = Diagrams.kernelStack(
            kernelHeight: 1_000_000, kernelWidth: 1_000_000, depth: 1_000_000, count: 1_000_000,
            biases: true, options: DiagramOptions(maxWidth: 200)
        )
        #expect(diagram.text.contains("= 1,000,000,000,000,000,000,000,000 weights"))
        #expect(!diagram.text.contains("parameters"))
    }

    @Test("separable: the bias sits on the pointwise stage only")
    func separableBias() {
        let diagram = Diagrams.separable(
            inputHeight: 24, inputWidth: 24, channels: 3, kernelHeight: 3, kernelWidth: 3,
            depthMultiplier: 1, filters: 16, options: DiagramOptions()
        )
        let text = diagram.text
        #expect(text.contains("depthwise: 3 kernels"))
        #expect(text.contains("no bias"))
        #expect(text.contains("pointwise: 16 kernels"))
        #expect(text.contains("1 × 1 × 3"))
        #expect(text.contains("+ 1 bias each"))
        let biasSpans = diagram.lines.flatMap(\.runs).filter { $0.role == .bias }.map(\.text)
        #expect(biasSpans.contains { $0.contains("+ b") })
    }

    @Test("depthwise: one row per channel, each with its own kernel and map")
    func depthwiseRows() {
        let diagram = Diagrams.depthwise(
            inputHeight: 24, inputWidth: 24, channels: 3, kernelHeight: 3, kernelWidth: 3,
            depthMultiplier: 1, options: DiagramOptions()
        )
        for channel in 1...3 {
            #expect(diagram.textLines.contains { $0.contains("channel \(channel)") && $0.contains("map \(channel)") })
        }
        let many = Diagrams.depthwise(
            inputHeight: 24, inputWidth: 24, channels: 32, kernelHeight: 3, kernelWidth: 3,
            depthMultiplier: 2, options: DiagramOptions()
        )
        #expect(many.text.contains("⋮"))
        #expect(many.text.contains("channel 32"))
        #expect(many.text.contains("× 2"))
    }

    @Test("grouped: each kernel is as deep as its group, not the whole input")
    func groupedDepth() {
        let diagram = Diagrams.grouped(
            inputHeight: 24, inputWidth: 24, channels: 8, groups: 2, kernelHeight: 3, kernelWidth: 3,
            filters: 16, options: DiagramOptions()
        )
        let text = diagram.text
        #expect(text.contains("cut into 2 groups of 4 channels"))
        #expect(text.contains("each 3 × 3 × 4"))
        #expect(text.contains("group 1: channels 1–4"))
        #expect(text.contains("group 2: channels 5–8"))
    }

    @Test("transposed: the output is drawn larger than the input", arguments: [(1, 3), (7, 14), (14, 28), (64, 128), (3, 1_000_000)])
    func transposedGrows(input: Int, output: Int) {
        for options in DiagramGrid.options {
            let diagram = Diagrams.transposed(
                inputHeight: input, inputWidth: input, inputChannels: 8,
                outputHeight: output, outputWidth: output, outputChannels: 8,
                kernelHeight: 3, kernelWidth: 3, options: options
            )
            let rule: Character = options.charset == .unicode ? "─" : "-"
            let widest = { (role: TextRole) in
                diagram.lines.map { line in
                    line.runs.filter { $0.role == role }.reduce(0) { $0 + $1.text.filter { $0 == rule }.count }
                }.max() ?? 0
            }
            #expect(widest(.output) > widest(.input))
            #expect(diagram.text.contains("(3, 3, 8, 8)"))
        }
    }

    @Test("conv1D: the kernel is exactly as tall as the strip")
    func conv1DHeights() {
        let diagram = Diagrams.conv1D(length: 100, channels: 16, kernelSize: 5, filters: 32, options: DiagramOptions())
        let lines = diagram.textLines
        let tops = lines.indices.filter { lines[$0].contains("┌") }
        let bottoms = lines.indices.filter { lines[$0].contains("└") }
        #expect(tops.count == 1 && bottoms.count == 1)
        #expect(lines[tops[0]].components("┌") == 2)
        #expect(lines[bottoms[0]].components("└") == 2)
        #expect(diagram.text.contains("channels 16"))
        #expect(diagram.text.contains("32 kernels like this slide along the length, one bias each"))
    }

    @Test("outputVolume: the caption sits beside the output when there is room, below it otherwise")
    func outputCaptionPlacement() {
        let caption = ["22 = (24 - 3) / 1 + 1"]
        let wide = Diagrams.outputVolume(
            inputHeight: 24, inputWidth: 24, inputDepth: 3, outputHeight: 22, outputWidth: 22, outputDepth: 10,
            caption: caption, options: DiagramOptions(maxWidth: 100)
        )
        #expect(wide.textLines.contains { $0.contains("┐") && $0.hasSuffix(caption[0]) })
        let narrow = Diagrams.outputVolume(
            inputHeight: 24, inputWidth: 24, inputDepth: 3, outputHeight: 22, outputWidth: 22, outputDepth: 10,
            caption: caption, options: DiagramOptions(maxWidth: 40)
        )
        #expect(narrow.textLines.last == caption[0])
    }

    @Test("outputVolume: a Unicode caption is spelled in ASCII in ASCII mode")
    func outputCaptionASCII() {
        let diagram = Diagrams.outputVolume(
            inputHeight: 24, inputWidth: 24, inputDepth: 3, outputHeight: 22, outputWidth: 22, outputDepth: 10,
            caption: ["H′ = ⌊(24 − 3 + 2·0) / 1⌋ + 1 = 22 ✓"], options: DiagramOptions(charset: .ascii, maxWidth: 100)
        )
        #expect(diagram.text.contains("H' = floor((24 - 3 + 2*0) / 1) + 1 = 22 +"))
    }
}

extension String {
    /// How many times `part` occurs, without overlaps.
    func components(_ part: String) -> Int {
        ranges(of: part).count
    }
}
