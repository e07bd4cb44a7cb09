import StyledText
import Tutor

extension ExplanationReport {
    /// The `explain` text at `width` columns: each derivation in turn, between heavy rules; with
    /// `unicode: false` every character is folded to ASCII before it is laid out.
    public func text(width: Int, unicode: Bool) -> String {
        var lines: [StyledLine] = []
        for (index, derivation) in derivations.enumerated() {
            if index > 0 {
                lines += [.blank, StyledLine(String(repeating: "━", count: min(width, 72))).folded(ascii: !unicode), .blank]
            }
            if let heading = headings?[index] {
                lines += WordWrap.lines(StyledLine(heading, role: .accent, strong: true).folded(ascii: !unicode), width: width) + [.blank]
            }
            lines += DerivationText.lines(derivation, width: width, ascii: !unicode)
        }
        return lines.map { $0.trimmingTrailingSpaces().text }.joined(separator: "\n")
    }
}
