/// One row of a diagram: spans laid end to end, every character one display column wide.
public struct DiagramLine: Sendable, Equatable, Hashable {
    /// The runs of the line, left to right.
    public var spans: [DiagramSpan]

    /// Builds a line; adjacent spans of the same role are merged and empty spans dropped.
    public init(_ spans: [DiagramSpan] = []) {
        var merged: [DiagramSpan] = []
        for span in spans where !span.text.isEmpty {
            if let last = merged.last, last.role == span.role {
                merged[merged.count - 1].text += span.text
            } else {
                merged.append(span)
            }
        }
        self.spans = merged
    }

    /// A line made of a single span.
    public init(_ text: String, role: DiagramRole = .plain) {
        self.init([DiagramSpan(text, role: role)])
    }

    /// The characters of the line, without roles.
    public var text: String {
        spans.map(\.text).joined()
    }

    /// Display columns the line occupies (one per `Character`).
    public var width: Int {
        spans.reduce(0) { $0 + $1.text.count }
    }

    /// The line cut to at most `width` characters.
    public func clipped(toWidth width: Int) -> DiagramLine {
        var remaining = max(0, width)
        var kept: [DiagramSpan] = []
        for span in spans where remaining > 0 {
            let count = span.text.count
            if count <= remaining {
                kept.append(span)
                remaining -= count
            } else {
                kept.append(DiagramSpan(String(span.text.prefix(remaining)), role: span.role))
                remaining = 0
            }
        }
        return DiagramLine(kept)
    }
}
