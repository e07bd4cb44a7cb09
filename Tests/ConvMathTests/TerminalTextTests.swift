import ConvMath
import Testing
import TestSupport

@Suite("control characters are shown, never obeyed")
struct TerminalTextTests {
    @Test("each control character has a visible caret form, and nothing else changes")
    func everyScalar() {
        for value in UInt32(0)...0x2FF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let shown = TerminalText.visible(String(scalar))
            let isControl = (value < 0x20 && value != 0x09 && value != 0x0A) || (0x7F...0x9F).contains(value)
            if isControl {
                #expect(shown.hasPrefix("^") || shown.hasPrefix("M-^"), "U+\(String(value, radix: 16)) is \(shown)")
                #expect(ControlCharacters.obeyed(in: shown).isEmpty)
                #expect(TerminalText.needsChange(String(scalar)))
            } else {
                #expect(shown == String(scalar), "U+\(String(value, radix: 16)) is left as it is")
                #expect(!TerminalText.needsChange(String(scalar)))
            }
        }
        for text in ["Conv2D · 3×3 → 280", "日本語 🙂", "tab\tand\nnewline", ""] {
            #expect(TerminalText.visible(text) == text)
        }
    }

    @Test("the forms are the ones cat -v and less use")
    func forms() {
        #expect(TerminalText.visible("\u{1B}]0;title\u{07}") == "^[]0;title^G")
        #expect(TerminalText.visible("\u{0}\u{7F}\u{9B}\u{80}\u{9F}") == "^@^?M-^[M-^@M-^_")
        #expect(TerminalText.visible("a\r\nb") == "a^M\nb")
    }

    @Test("an error quotes its line with the control characters visible and the caret under the culprit")
    func errorLine() throws {
        let source = SourceText(name: "model.py", text: "Conv2D(10, \u{1B}[2J 3)")
        var thrown: ModelError?
        do { _ = try ModelSourceParser.parse(source) } catch { thrown = error }
        let error = try #require(thrown)
        let text = error.rendered()
        #expect(ControlCharacters.obeyed(in: text).isEmpty, "\(text)")
        #expect(text.contains("1 | Conv2D(10, ^[[2J 3)"))
        #expect(text.contains("  |            ^~\n"), "the caret covers the two columns ^[ takes: \(text)")
    }

    static let hostileLines = [
        "an unreadable character": "Conv2D(10, " + ControlCharacters.all + ")",
        "an unknown argument": "Conv2D(10, 3, name=\"" + ControlCharacters.sequences + "\", bogus=1)",
        "a string where a number goes": "Conv2D(\"" + ControlCharacters.all + "\")",
    ]

    @Test("an error's message, source name and line hold no control character",
          arguments: ["an unreadable character", "an unknown argument", "a string where a number goes"])
    func errorText(_ case_: String) throws {
        let line = try #require(Self.hostileLines[case_])
        let source = SourceText(name: "layer \u{1B}]0;x\u{07}", text: line)
        var thrown: ModelError?
        do { _ = try ModelReader.read([source], inputShape: nil).analyze() } catch { thrown = error }
        let error = try #require(thrown)
        let text = error.rendered()
        #expect(ControlCharacters.obeyed(in: text).isEmpty, "\(text)")
        #expect(text.contains("^["))
    }
}
