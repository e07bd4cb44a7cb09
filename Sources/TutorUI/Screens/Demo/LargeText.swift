import StyledText
import Tutor

/// A number or formula in large glyphs (`BigGlyphs`) as styled lines, with a word beside its last row
/// (`parameters`, `input`) when the width allows, else on a line of its own below.
enum LargeText {
    /// The lines of the first of `texts` (the fullest first) that fits `width` at the largest scale up to
    /// `scale` that any of them fits; nil when none fits or has glyphs for every character.
    static func lines(_ texts: [String], label: String, role: TextRole, scale: Int, width: Int, ascii: Bool) -> [StyledLine]? {
        for size in stride(from: scale, through: 1, by: -1) {
            for text in texts where BigGlyphs.canDraw(text) && BigGlyphs.width(text, scale: size) <= width {
                return lines(text, label: label, role: role, scale: size, width: width, ascii: ascii)
            }
        }
        return nil
    }

    /// `text` at `scale`, its label beside or below.
    private static func lines(_ text: String, label: String, role: TextRole, scale size: Int, width: Int, ascii: Bool) -> [StyledLine]? {
        guard let rows = BigGlyphs.rows(text, scale: size, unicode: !ascii) else { return nil }
        var lines = rows.map { StyledLine($0, role: role, strong: true) }
        guard !label.isEmpty else { return lines }
        if BigGlyphs.width(text, scale: size) + 2 + label.count <= width {
            lines[lines.count - 1].append("  " + label, role: .emphasis)
        } else {
            lines += StyledLine.wrapped(label, width: width, role: .emphasis, ascii: ascii)
        }
        return lines
    }

    /// The scale every text of a group can be drawn at within `width`: the largest up to `scale`, so
    /// that a slide's numbers all have one size; 0 when one of them fits at none.
    static func commonScale(_ texts: [(text: String, label: String)], scale: Int, width: Int) -> Int {
        stride(from: scale, through: 1, by: -1).first { size in
            texts.allSatisfy { BigGlyphs.canDraw($0.text) && BigGlyphs.width($0.text, scale: size) <= width }
        } ?? 0
    }
}
