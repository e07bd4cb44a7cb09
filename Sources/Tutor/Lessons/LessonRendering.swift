import ConvMath
import Diagrams

/// How a lesson reads on screen or on paper: lines of text with a style for each run, wrapped to a
/// width, with diagrams drawn by the walkthrough's code.
public enum LessonRendering {
    /// What a run of lesson text is, which the screen maps to colours and attributes.
    public enum Style: Sendable, Equatable {
        case body, title, heading, code, check, practice, muted
        case diagram(DiagramRole)
    }

    /// One rendered line: runs of text with their styles.
    public struct Line: Sendable, Equatable {
        public var runs: [Run]
        public var text: String { runs.map(\.text).joined() }
        public init(_ runs: [Run]) { self.runs = runs }
        public init(_ text: String, _ style: Style) { runs = [Run(text: text, style: style)] }
    }

    /// A run of text in one style.
    public struct Run: Sendable, Equatable {
        public var text: String
        public var style: Style
    }

    public static func lines(_ lesson: Lesson, width: Int, unicode: Bool) -> [Line] {
        var lines: [Line] = []
        let width = max(20, width)
        for block in lesson.blocks {
            if !lines.isEmpty { lines.append(Line("", .body)) }
            switch block {
            case .heading(let level, let text):
                let style: Style = level == 1 ? .title : .heading
                lines += PlainText.wrap(plain(text), width: width).map { Line($0, style) }
                if level == 1 { lines.append(Line(String(repeating: unicode ? "─" : "-", count: min(width, text.count)), .muted)) }
            case .paragraph(let text):
                lines += PlainText.wrap(plain(text), width: width).map { Line($0, .body) }
            case .list(let items):
                for item in items {
                    let wrapped = PlainText.wrap(plain(item), width: width - 2)
                    for (index, text) in wrapped.enumerated() {
                        lines.append(Line((index == 0 ? (unicode ? "• " : "- ") : "  ") + text, .body))
                    }
                }
            case .code(let code):
                lines += code.map { Line("  " + $0, .code) }
            case .diagram(let diagram):
                lines += diagramLines(diagram, width: width - 2, unicode: unicode)
            case .check(let check):
                lines += checkLines(check, width: width, unicode: unicode)
            case .practice(let practice):
                let skills = practice.skills.map(\.rawValue).joined(separator: ", ")
                lines.append(Line("Practice: \(practice.count) questions on \(skills). Press p to start.", .practice))
            }
        }
        return lines.map { line in
            unicode ? line : Line(line.runs.map { Run(text: PlainText.asciiFolded($0.text), style: $0.style) })
        }
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

    private static func diagramLines(_ block: LessonDiagram, width: Int, unicode: Bool) -> [Line] {
        guard case .success(let diagram) = diagram(block) else {
            return [Line("  (this diagram cannot be drawn: run 'convtutor lessons check')", .muted)]
        }
        return DiagramDrawing.diagram(diagram, width: width, unicode: unicode).lines.map { line in
            Line([Run(text: "  ", style: .body)] + line.spans.map { Run(text: $0.text, style: .diagram($0.role)) })
        }
    }

    private static func checkLines(_ check: LessonCheck, width: Int, unicode: Bool) -> [Line] {
        var lines = check.layers.map { Line("  " + $0, .code) }
        guard case .success(let analysis) = analyze(layers: check.layers, input: check.input) else {
            return lines + [Line("  (this example cannot be computed: run 'convtutor lessons check')", .muted)]
        }
        var facts = ["input \(analysis.inputShape.timesDescription)", "\(NumberFormat.grouped(analysis.parameters.total)) parameters"]
        if analysis.parameters.nonTrainable > 0 {
            facts.append("\(NumberFormat.grouped(analysis.parameters.nonTrainable)) non-trainable")
        }
        facts.append("output \(analysis.outputShape.timesDescription)")
        if check.expectations.contains(where: { $0.key == .macs }) {
            facts.append("\(NumberFormat.grouped(analysis.multiplyAccumulates)) multiply-accumulates")
        }
        let arrow = unicode ? "→" : "->"
        lines += PlainText.wrap("\(arrow) " + facts.joined(separator: ", "), width: width - 2).map { Line("  " + $0, .check) }
        return lines
    }
}
