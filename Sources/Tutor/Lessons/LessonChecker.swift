import ConvMath

/// Validates a folder of lessons: parse errors (inline numbers that cannot be evaluated among them),
/// duplicate ids, diagrams the engine cannot draw, every number of every worked example recomputed
/// by the engine, and worked numbers written bare in the prose.
public enum LessonChecker {
    /// The lessons that parsed, in their order, and every issue found.
    public static func check(_ files: [(name: String, text: String)]) -> (lessons: [Lesson], issues: [LessonIssue]) {
        var lessons: [Lesson] = []
        var issues: [LessonIssue] = []
        var seen: [String: String] = [:]
        if files.isEmpty { issues.append(LessonIssue(file: "Lessons", line: 0, message: "there are no lesson files (*.md)")) }
        for file in files {
            let (lesson, parseIssues, prose) = LessonParser.read(file.text, file: file.name)
            issues += parseIssues
            issues += bareWorkedNumbers(prose, file: file.name)
            guard let lesson else { continue }
            if let other = seen[lesson.id] {
                issues.append(LessonIssue(file: file.name, line: idLine(file.text),
                                          message: "duplicate id '\(lesson.id)': \(other) has it too"))
                continue
            }
            seen[lesson.id] = file.name
            for block in lesson.blocks {
                switch block {
                case .diagram(let diagram):
                    if let problem = LessonRendering.diagramProblem(diagram) {
                        issues.append(LessonIssue(file: file.name, line: diagram.line, message: "bad diagram: \(problem)"))
                    }
                case .check(let check):
                    issues += verify(check, file: file.name)
                default:
                    break
                }
            }
            lessons.append(lesson)
        }
        return (lessons.sorted { ($0.order, $0.id) < ($1.order, $1.id) }, issues)
    }

    private static func idLine(_ text: String) -> Int {
        (text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("id:") } ?? 0) + 1
    }

    /// The numbers in the prose that read as worked results but are not written as inline numbers.
    /// Each paragraph, list item or heading is read as one text, so a number and its counting word
    /// may sit on two lines.
    static func bareWorkedNumbers(_ prose: [LessonProseLine], file: String) -> [LessonIssue] {
        var issues: [LessonIssue] = []
        var index = 0
        while index < prose.count {
            var text = ""
            var length = 0  // of `text`, in Unicode scalars
            var starts: [(offset: Int, line: Int)] = []
            let piece = prose[index].piece
            while index < prose.count, prose[index].piece == piece {
                if !text.isEmpty {
                    text += " "
                    length += 1
                }
                starts.append((length, prose[index].line))
                let line = prose[index].text.trimmed
                text += line
                length += line.unicodeScalars.count
                index += 1
            }
            for finding in LessonWorkedNumberLint.findings(in: text) {
                let line = starts.last { $0.offset < finding.column }?.line ?? prose[index - 1].line
                issues.append(LessonIssue(file: file, line: line, message: LessonWorkedNumberLint.message(finding)))
            }
        }
        return issues
    }

    /// Recomputes a worked example and reports each number that differs from what the lesson says.
    static func verify(_ check: LessonCheck, file: String) -> [LessonIssue] {
        let analysis: ModelAnalysis
        switch LessonRendering.analyze(layers: check.layers, input: check.input) {
        case .success(let result): analysis = result
        case .failure(let error):
            return [LessonIssue(file: file, line: check.line, message: "bad check layer: \(error.message)")]
        }
        var issues: [LessonIssue] = []
        for expectation in check.expectations {
            let actual: String
            let claimed: String
            switch expectation.key {
            case .params: actual = String(analysis.parameters.total)
            case .trainable: actual = String(analysis.parameters.trainable)
            case .nonTrainable: actual = String(analysis.parameters.nonTrainable)
            case .macs: actual = String(analysis.multiplyAccumulates)
            case .output: actual = analysis.outputShape.timesDescription
            case .receptiveField:
                do {
                    let field = try ReceptiveField.of(analysis, throughLayer: analysis.layers.count - 1)
                    actual = TensorShape(field.size).timesDescription
                } catch {
                    actual = "no receptive field (\(error.message))"
                }
            }
            if expectation.key == .output || expectation.key == .receptiveField {
                claimed = (try? ShapeParser.parse(expectation.value).timesDescription) ?? expectation.value
            } else {
                claimed = LessonCheck.wholeNumber(expectation.value).map(String.init) ?? expectation.value
            }
            if claimed != actual {
                issues.append(LessonIssue(file: file, line: expectation.line,
                                          message: "the lesson says \(expectation.key.rawValue) \(expectation.value), "
                                            + "but the engine computes \(actual)"))
            }
        }
        return issues
    }
}
