/// A lesson read from a text file in `Lessons/`: its header and its blocks in order.
public struct Lesson: Sendable, Equatable {
    public var format: Int
    public var id: String
    public var title: String
    public var order: Int
    public var skills: [Skill]
    public var blocks: [LessonBlock]
    /// The file it came from, for messages.
    public var file: String

    /// The practice the lesson ends with (its first practice block), or one of its skills.
    public var practice: LessonPractice {
        for block in blocks {
            if case .practice(let practice) = block { return practice }
        }
        return LessonPractice(skills: skills, seed: nil, count: 3, line: 0)
    }
}

/// What a lesson's header says: enough to list a lesson and find it, without reading its body.
public struct LessonHeader: Sendable, Equatable {
    public var format: Int
    public var id: String
    public var title: String
    public var order: Int
    public var skills: [Skill]
    /// The file it came from.
    public var file: String
}

extension Lesson {
    public var header: LessonHeader {
        LessonHeader(format: format, id: id, title: title, order: order, skills: skills, file: file)
    }
}

/// One block of a lesson's body.
public enum LessonBlock: Sendable, Equatable {
    case heading(level: Int, text: String)
    case paragraph(String)
    case list([String])
    case code([String])
    case diagram(LessonDiagram)
    case check(LessonCheck)
    case practice(LessonPractice)
}

/// A picture drawn by the walkthrough's diagram code for a layer on an input.
public struct LessonDiagram: Sendable, Equatable {
    /// Which picture of the layer's derivation to draw.
    public enum Step: String, Sendable, CaseIterable { case kernelDepth = "kernel-depth", kernels, output }
    public var layers: [String]
    public var input: String
    public var step: Step
    public var line: Int
}

/// A worked example's numbers, which the checker recomputes with the engine.
public struct LessonCheck: Sendable, Equatable {
    /// A number a worked example states, as the check block names it.
    public enum Key: String, Sendable, CaseIterable {
        case params, trainable
        case nonTrainable = "non_trainable"
        case output, macs
        /// The receptive field of the last layer's output, as a shape: `7x7`.
        case receptiveField = "receptive_field"
    }
    /// The name prose uses to quote the example's numbers, as in `{= vgg16.params}`.
    public var name: String?
    public var layers: [String]
    public var input: String
    public var expectations: [(key: Key, value: String, line: Int)]
    public var line: Int

    /// The whole number the example states for `key`, if it states one.
    public func stated(_ key: Key) -> Int? {
        guard key != .output, key != .receptiveField, let expectation = expectations.first(where: { $0.key == key }) else { return nil }
        return Self.wholeNumber(expectation.value)
    }

    /// A number as a check block writes it, with or without `,`, `_` or spaces between its digits.
    static func wholeNumber(_ text: String) -> Int? {
        Int(String(text.filter { $0 != "," && $0 != "_" && $0 != " " }))
    }

    public static func == (lhs: LessonCheck, rhs: LessonCheck) -> Bool {
        lhs.name == rhs.name && lhs.layers == rhs.layers && lhs.input == rhs.input && lhs.line == rhs.line
            && lhs.expectations.map(\.key) == rhs.expectations.map(\.key)
            && lhs.expectations.map(\.value) == rhs.expectations.map(\.value)
    }
}

/// The practice a lesson offers: which skills, how many questions, and optionally a fixed seed.
public struct LessonPractice: Sendable, Equatable {
    public var skills: [Skill]
    public var seed: UInt64?
    public var count: Int
    public var line: Int
}

/// A problem in a lesson file: where it is and what is wrong.
public struct LessonIssue: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public var description: String { "\(file):\(line): \(message)" }
}

/// A line of a lesson's prose (a paragraph, list item or heading) as the file has it, before its
/// inline numbers are resolved.
struct LessonProseLine: Sendable, Equatable {
    var line: Int
    var text: String
    /// Lines with the same piece make one paragraph, list item or heading.
    var piece: Int
}
