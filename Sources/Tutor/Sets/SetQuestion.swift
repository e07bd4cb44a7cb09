/// One question of a set as the teacher wrote it: the code, what is asked, and notes for the
/// presenter. Each field keeps its line, so a problem found later is reported where it was written.
public struct SetQuestion: Sendable, Equatable {
    /// The question's code: layer calls one a line (`layer:` fields), or a block of model code.
    public enum Code: Sendable, Equatable {
        case layers([Written<String>])
        /// The lines between the ``` fences, and the file line of the first of them.
        case source([String], firstLine: Int)

        /// The code as written, one line each.
        public var lines: [String] {
            switch self {
            case .layers(let layers): return layers.map(\.value)
            case .source(let lines, _): return lines
            }
        }
    }

    /// Unique in the set; the question's number when the file gives none.
    public var id: String
    public var title: String?
    /// The question in words; when absent, it is written from the code.
    public var text: String?
    public var ask: Written<SetAsk>
    /// The input shape without the batch axis; nil when the code declares it.
    public var input: Written<String>?
    public var code: Code
    /// The layer asked about, counting from 1; nil for the last layer.
    public var focus: Written<Int>?
    public var notes: [String]
    /// The line of the question's `##` heading.
    public var line: Int

    public init(id: String, title: String?, text: String?, ask: Written<SetAsk>, input: Written<String>?, code: Code,
                focus: Written<Int>?, notes: [String], line: Int) {
        self.id = id
        self.title = title
        self.text = text
        self.ask = ask
        self.input = input
        self.code = code
        self.focus = focus
        self.notes = notes
        self.line = line
    }
}

/// A value read from a set file, with the line it was written on.
public struct Written<Value: Sendable & Equatable>: Sendable, Equatable {
    public var value: Value
    public var line: Int

    public init(_ value: Value, line: Int) {
        self.value = value
        self.line = line
    }
}
