import ConvMath

/// Runs a set's question through the engine and makes it a quiz question by the same path as a
/// generated one (`QuizDraft`), so its answer, walkthrough, hints, guided steps and diagnosis all come
/// from the engine's derivation of exactly what it asks.
public enum SetQuestionBuilder {
    /// The question, or the first problem that stops the engine from answering it, at its line.
    public static func build(_ question: SetQuestion, setID: String, file: String) -> Result<Question, SetIssue> {
        let fail = { (line: Int, message: String) in Result<Question, SetIssue>.failure(SetIssue(file: file, line: line, message: message)) }
        var shape: TensorShape?
        if let input = question.input {
            do {
                shape = try ShapeParser.parse(input.value)
            } catch {
                return fail(input.line, "bad input '\(input.value)': \(error.message)")
            }
        }
        let sources = sources(question.code)
        let analysis: ModelAnalysis
        do {
            analysis = try ModelReader.read(sources.map(\.text), inputShape: shape).analyze()
        } catch {
            let place = sources.first { $0.text.name == error.sourceName }
            let line = (place?.line ?? sources.first?.line ?? question.line) + max(0, (error.span?.line ?? 1) - 1)
            let text = "the engine cannot read this code: \(error.message)" + (error.hint.map { " (\($0))" } ?? "")
            return fail(line, inSetWords(text))
        }
        let count = analysis.layers.count
        guard count > 0 else { return fail(question.line, "the code has no layer to ask about") }
        let focus = (question.focus?.value ?? count) - 1
        if let given = question.focus, given.value > count {
            return fail(given.line, "focus: \(given.value), but the model has \(plural(count, "layer")) (counted from 1, without the input)")
        }
        let ask = question.ask.value
        let answer = ask.target.value(in: analysis, focusLayer: focus)
        guard let answer, answer > 0 else {
            return fail(question.ask.line, nothingToAsk(ask, analysis: analysis, focus: focus))
        }
        let draft = QuizDraft(sentence: question.text ?? sentence(analysis), ask: askSentence(ask, analysis: analysis, focus: focus),
                              target: ask.target, keras: shownCode(question, analysis: analysis), pytorch: [],
                              pytorchInput: nil, focusLayer: focus)
        guard var built = draft.build(analysis: analysis, skill: SetQuestionSkill.skill(ask, analysis: analysis, focus: focus),
                                      difficulty: .typical, seed: 0)?.question else {
            return fail(question.ask.line, "the engine computes \(answer) but cannot derive it step by step, so it cannot teach it")
        }
        built.origin = SetQuestionReference(setID: setID, questionID: question.id)
        return .success(built)
    }

    /// The engine's messages name the command line's `--input`; a set gives the shape as `input:`.
    static func inSetWords(_ message: String) -> String {
        message.replacing("given with --input", with: "given with 'input:'").replacing("--input ", with: "input: ")
    }

    /// One source per `layer:` line, or one for the code block, each with the file line it starts on.
    private static func sources(_ code: SetQuestion.Code) -> [(text: SourceText, line: Int)] {
        switch code {
        case .layers(let layers):
            return layers.enumerated().map { (SourceText(name: "layer \($0.offset + 1)", text: $0.element.value), $0.element.line) }
        case .source(let lines, let firstLine):
            return [(SourceText(name: "code", text: lines.joined(separator: "\n")), firstLine)]
        }
    }

    /// The code as the student sees it: as written, after the input when the file gives it apart.
    static func shownCode(_ question: SetQuestion, analysis: ModelAnalysis) -> [String] {
        var lines = question.code.lines
        while lines.last?.trimmed.isEmpty == true { lines.removeLast() }
        guard question.input != nil else { return lines }
        if case .layers = question.code, analysis.framework == .keras {
            return ["Input(shape=\(analysis.inputShape))"] + lines
        }
        return ["# input: \(analysis.inputShape)"] + lines
    }

    /// The question in words, written from the code when the file gives none.
    static func sentence(_ analysis: ModelAnalysis) -> String {
        guard analysis.layers.count > 1 else {
            let layer = analysis.layers[0]
            return Derivation(layer: layer.spec, inputShape: layer.inputShape, analysis: layer.result).headline.capitalizedFirst + "."
        }
        return "A model of \(analysis.layers.count) layers over \(QuizDrafts.anInput(analysis.inputShape.dimensions))."
    }

    static func layerName(_ analysis: ModelAnalysis, _ focus: Int) -> String {
        "layer \(focus + 1) (\(analysis.layers[focus].spec.type.name))"
    }

    /// What to answer, in the words generated questions use.
    static func askSentence(_ ask: SetAsk, analysis: ModelAnalysis, focus: Int) -> String {
        let one = analysis.layers.count == 1
        let layer = layerName(analysis, focus)
        let framework = analysis.framework.displayName
        switch ask {
        case .parameters: return one ? QuizDraft.layerAsk : "How many parameters does \(layer) have?"
        case .total: return "How many parameters does the model have in total?"
        case .trainable: return "How many trainable parameters does \(framework) report for this model?"
        case .nonTrainable: return "How many non-trainable parameters does \(framework) report for this model?"
        case .outputHeight: return one ? "What is the output's height?" : "What is the height of the output of \(layer)?"
        case .macs:
            return "How many multiply-accumulates (MACs) does \(one ? "this layer" : layer) do for one input? "
                + "Leave out the bias additions."
        }
    }

    /// Why a question has no number to ask for.
    static func nothingToAsk(_ ask: SetAsk, analysis: ModelAnalysis, focus: Int) -> String {
        let layer = layerName(analysis, focus)
        switch ask {
        case .parameters: return "\(layer) has no parameters: ask about a layer with weights (give its number with 'focus:')"
        case .total, .trainable, .nonTrainable: return "the model has no \(ask == .total ? "" : ask.rawValue + " ")parameters to count"
        case .outputHeight:
            return "the output of \(layer) has no height (its shape is \(analysis.layers[focus].result.outputShape.timesDescription))"
        case .macs: return "\(layer) does no multiply-accumulates: ask about a convolution or a dense layer"
        }
    }
}
