import StyledText
import Testing
@testable import Diagrams

@Suite("the key figure: a kernel is as deep as its input")
struct KernelMatchesInputTests {
    private func classic(_ charset: DiagramCharset, width: Int = 80) -> Diagram {
        Diagrams.kernelMatchesInput(
            inputHeight: 24, inputWidth: 24, depth: 3, kernelHeight: 3, kernelWidth: 3,
            options: DiagramOptions(charset: charset, maxWidth: width)
        )
    }

    @Test("24×24×3 input with a 3×3 kernel at 80 columns")
    func classicUnicode() {
        #expect(classic(.unicode).textLines == [
            "input 24 × 24 × 3",
            "   ┌───────────────────┐",
            "  ╱                   ╱│             one kernel 3 × 3 × 3",
            " ╱                   ╱ │                ┌───────┐",
            "┌───────────────────┐  │               ╱       ╱│",
            "│                   │  │              ╱       ╱ │",
            "│                   │  ┘ ◀ depth 3   ┌───────┐  ┘ ◀ depth 3",
            "│      24 × 24      │ ╱              │       │ ╱",
            "│                   │╱               │ 3 × 3 │╱",
            "└───────────────────┘                └───────┘",
            "a kernel is as deep as its input: 3 channels",
        ])
    }

    @Test("the same figure in ASCII")
    func classicASCII() {
        #expect(classic(.ascii).textLines == [
            "input 24 x 24 x 3",
            "   +-------------------+",
            "  /                   /|             one kernel 3 x 3 x 3",
            " /                   / |                +-------+",
            "+-------------------+  |               /       /|",
            "|                   |  |              /       / |",
            "|                   |  + < depth 3   +-------+  + < depth 3",
            "|      24 x 24      | /              |       | /",
            "|                   |/               | 3 x 3 |/",
            "+-------------------+                +-------+",
            "a kernel is as deep as its input: 3 channels",
        ])
    }

    @Test("colour roles: the input is drawn as input, the kernel as kernel, the depth labels stand out")
    func roles() {
        let spans = classic(.unicode).lines.flatMap(\.runs)
        let text = { (role: TextRole) in spans.filter { $0.role == role }.map(\.text).joined() }
        #expect(text(.input).contains("24 × 24 × 3"))
        #expect(text(.input).contains("┌───────────────────┐"))
        #expect(text(.kernel).contains("3 × 3 × 3"))
        #expect(text(.kernel).contains("┌───────┐"))
        #expect(text(.emphasis).contains("◀ depth 3"))
        #expect(!text(.kernel).contains("24"))
    }

    @Test("a wider terminal gets a bigger picture")
    func growsWithWidth() {
        let widths = [40, 60, 80, 120].map { classic(.unicode, width: $0).width }
        #expect(widths == widths.sorted())
        #expect(widths[0] < widths[3])
        #expect(widths.allSatisfy { $0 <= 120 })
    }

    @Test(
        "the depth edges of input and kernel start on the same row and have the same length",
        arguments: DiagramGrid.sizes, DiagramGrid.sizes
    )
    func depthEdgesLevel(size: Int, depth: Int) {
        for options in DiagramGrid.options {
            for kernel in [1, 3, size] {
                let figure = Diagrams.kernelMatchesInputFigure(
                    inputHeight: size, inputWidth: size, depth: depth,
                    kernelHeight: kernel, kernelWidth: kernel, options: options
                )
                let (input, kernelEdge) = (figure.input.depthEdge, figure.kernel.depthEdge)
                #expect(input.topRow == kernelEdge.topRow)
                #expect(input.verticalExtent == kernelEdge.verticalExtent)
                #expect(input.verticalExtent >= 3)
                for edge in [input, kernelEdge] {
                    #expect(drawnEdge(in: figure.canvas, edge, charset: options.charset))
                }
            }
        }
    }

    @Test("the depth edge is found in the drawn text, not only in the geometry")
    func depthEdgesInText() {
        let lines = classic(.unicode).textLines.map(Array.init)
        // The two back corners of the depth edges, then the diagonals down to the front corners.
        let corners = lines.indices.flatMap { row in
            lines[row].indices.filter { col in
                lines[row][col] == "┘" && row + 1 < lines.count && col - 1 < lines[row + 1].count
                    && lines[row + 1][col - 1] == "╱"
            }.map { (row, $0) }
        }
        #expect(corners.count == 2)
        #expect(Set(corners.map(\.0)).count == 1)
        let extents = corners.map { corner in
            var length = 0
            while lines[corner.0 + length + 1][corner.1 - length - 1] == "╱" { length += 1 }
            return length
        }
        #expect(extents == [2, 2])
    }

    /// The edge's cells hold the back corner, the diagonals and the front corner.
    private func drawnEdge(in canvas: Canvas, _ edge: DepthEdge, charset: DiagramCharset) -> Bool {
        let glyphs = Glyphs(charset)
        let steps = edge.bottomRow - edge.topRow
        guard canvas.character(row: edge.topRow, col: edge.backCol) == glyphs.bottomRight,
              canvas.character(row: edge.bottomRow, col: edge.frontCol) == glyphs.bottomRight
        else { return false }
        return (1..<steps).allSatisfy { canvas.character(row: edge.topRow + $0, col: edge.backCol - $0) == glyphs.diagonal }
    }
}
