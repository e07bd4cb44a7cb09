import ConvMath
import StyledText

/// How a lesson reads, before it meets a width: paragraphs of styled text to wrap, code to keep as
/// written, and the diagrams its blocks describe. The UI side wraps the text and draws the diagrams,
/// on screen and on paper alike.
public enum LessonRendering {
    /// One piece of a lesson's layout.
    public enum Element: Sendable, Equatable {
        /// An empty line between blocks.
        case blank
        /// Text to wrap: the first line starts `indent` columns in, the lines after it `hangingIndent`.
        case paragraph(StyledLine, indent: Int = 0, hangingIndent: Int = 0)
        /// A line kept as written, never wrapped.
        case verbatim(StyledLine)
        /// A rule under a title, `length` columns long but never wider than the page.
        case rule(length: Int)
        /// A picture to draw `indent` columns in, with the rest of the width.
        case diagram(DerivationDiagram, indent: Int)
    }

    /// The lesson's elements, in reading order.
    public static func elements(_ lesson: Lesson) -> [Element] {
        var elements: [Element] = []
        for block in lesson.blocks {
            if !elements.isEmpty { elements.append(.blank) }
            switch block {
            case .heading(let level, let text):
                if level == 1 {
                    elements.append(.paragraph(StyledLine(plain(text), role: .accent, strong: true)))
                    elements.append(.rule(length: text.count))
                } else {
                    elements.append(.paragraph(StyledLine(plain(text), role: .emphasis)))
                }
            case .paragraph(let text):
                elements.append(.paragraph(StyledLine(plain(text))))
            case .list(let items):
                elements += items.map { .paragraph(StyledLine("• " + plain($0)), hangingIndent: 2) }
            case .code(let code):
                elements += code.map { .verbatim(StyledLine("  " + $0, role: .accent)) }
            case .diagram(let block):
                if case .success(let diagram) = diagram(block) {
                    elements.append(.diagram(diagram, indent: 2))
                } else {
                    elements.append(.verbatim(StyledLine("  (this diagram cannot be drawn: run 'convtutor lessons check')", role: .muted)))
                }
            case .check(let check):
                elements += checkElements(check)
            case .practice(let practice):
                let skills = practice.skills.map(\.rawValue).joined(separator: ", ")
                let questions = plural(practice.count, "question")
                elements.append(.paragraph(StyledLine("Practice: \(questions) on \(skills). Press p to start.", role: .kernel, strong: true)))
            }
        }
        return elements
    }

    /// Inline markup (`code`, *emphasis*) shown as plain text.
    static func plain(_ text: String) -> String {
        String(text.filter { $0 != "`" && $0 != "*" })
    }

    static func analyze(layers: [String], input: String) -> Result<ModelAnalysis, ModelError> {
        do {
            let sources = layers.enumerated().map { SourceText(name: "layer \($0.offset + 1)", text: $0.element) }
            return .success(try ModelReader.read(sources, inputShape: try ShapeParser.parse(input)).analyze())
        } catch {
            return .failure(error)
        }
    }

    /// The derivation diagram a lesson's diagram block asks for, or why there is none.
    static func diagram(_ block: LessonDiagram) -> Result<DerivationDiagram, ModelError> {
        switch analyze(layers: block.layers, input: block.input) {
        case .failure(let error): return .failure(error)
        case .success(let analysis):
            guard let layer = analysis.layers.last else { return .failure(ModelError("the diagram has no layer")) }
            let steps = Derivation(layer: layer.spec, inputShape: layer.inputShape, analysis: layer.result).steps
            let wanted: (DerivationStep) -> Bool
            switch block.step {
            case .kernelDepth: wanted = { $0.diagram != nil }
            case .kernels: wanted = { $0.kind == .allWeights && $0.diagram != nil }
            case .output: wanted = { $0.kind == .outputShape && $0.diagram != nil }
            }
            guard let diagram = steps.first(where: wanted)?.diagram ?? (block.step == .kernels ? steps.first(where: { $0.diagram != nil })?.diagram : nil) else {
                return .failure(ModelError("\(layer.spec.type.name) has no '\(block.step.rawValue)' picture"))
            }
            return .success(diagram)
        }
    }

    static func diagramProblem(_ block: LessonDiagram) -> String? {
        if case .failure(let error) = diagram(block) { return error.message }
        return nil
    }

    private static func checkElements(_ check: LessonCheck) -> [Element] {
        var elements = check.layers.map { Element.verbatim(StyledLine("  " + $0, role: .accent)) }
        guard case .success(let analysis) = analyze(layers: check.layers, input: check.input) else {
            return elements + [.verbatim(StyledLine("  (this example cannot be computed: run 'convtutor lessons check')", role: .muted))]
        }
        var facts = ["input \(analysis.inputShape.timesDescription)", "\(NumberFormat.grouped(analysis.parameters.total)) parameters"]
        if analysis.parameters.nonTrainable > 0 {
            facts.append("\(NumberFormat.grouped(analysis.parameters.nonTrainable)) non-trainable")
        }
        facts.append("output \(analysis.outputShape.timesDescription)")
        if check.expectations.contains(where: { $0.key == .macs }) {
            facts.append("\(NumberFormat.grouped(analysis.multiplyAccumulates)) multiply-accumulates")
        }
        if check.expectations.contains(where: { $0.key == .receptiveField }),
           let field = try? ReceptiveField.of(analysis, throughLayer: analysis.layers.count - 1) {
            facts.append("receptive field \(TensorShape(field.size).timesDescription)")
        }
        elements.append(.paragraph(StyledLine("→ " + facts.joined(separator: ", "), role: .correct), indent: 2, hangingIndent: 2))
        return elements
    }
}
