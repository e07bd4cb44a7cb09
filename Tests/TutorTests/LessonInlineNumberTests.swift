import Foundation
import Testing
@testable import Tutor

@Suite("lessons: worked numbers in the prose are arithmetic the checker evaluates")
struct LessonInlineNumberTests {
    /// A lesson whose body starts at line 9 with the given prose, then a named check and a practice.
    static func lesson(_ prose: String) -> String {
        """
        ---
        format: 1
        id: inline
        title: Inline numbers
        order: 1
        skills: conv2d
        ---

        \(prose)

        ```check
        name: course
        layer: Conv2D(10, kernel_size=3)
        input: 24x24x3
        params: 280
        output: 22x22x10
        ```

        ```practice
        skills: conv2d
        ```
        """
    }

    static let file = "05-inline.md"

    static func issues(_ prose: String) -> [LessonIssue] {
        LessonChecker.check([(file, lesson(prose))]).issues
    }

    @Test("an inline number is shown as its grouped value in paragraphs, list items and headings")
    func rendersValues() throws {
        let prose = """
            ## The {= 10*(3*3*3)+10} parameters

            The layer has {= 10*(3*3*3)+10} parameters,
            and the model {= 10*4840+10 + 280}.

            - one kernel: {== 3·3·3} weights;
            - all kernels: {== 10 × 27}
              and {= 10} biases, {= course.params} in all.

            With biases, {== 10*(3*3*3) + 10}.
            """
        let (lesson, issues) = LessonParser.parse(Self.lesson(prose), file: Self.file)
        #expect(issues.isEmpty, "\(issues)")
        let blocks = try #require(lesson).blocks
        #expect(blocks[0] == .heading(level: 2, text: "The 280 parameters"))
        #expect(blocks[1] == .paragraph("The layer has 280 parameters, and the model 48,690."))
        #expect(blocks[2] == .list(["one kernel: 3·3·3 = 27 weights;", "all kernels: 10 × 27 = 270 and 10 biases, 280 in all."]))
        #expect(blocks[3] == .paragraph("With biases, 10·(3·3·3) + 10 = 280."), "a * in the working is shown as ·, never as emphasis")
        let shown = String(describing: LessonRendering.elements(try #require(lesson)))
        #expect(shown.contains("48,690") && !shown.contains("{="))
        #expect(Self.issues(prose).isEmpty, "\(Self.issues(prose))")
    }

    @Test("a check's name can be quoted before or after the check, and its value is the one the engine checks")
    func references() throws {
        let text = Self.lesson("It has {= course.params} parameters, or {= course.params - 10} weights.")
        let (lesson, _) = LessonParser.parse(text, file: Self.file)
        #expect(try #require(lesson).blocks[0] == .paragraph("It has 280 parameters, or 270 weights."))
        let wrong = text.replacingOccurrences(of: "params: 280", with: "params: 281")
        let issues = LessonChecker.check([(Self.file, wrong)]).issues
        #expect(issues.contains { $0.line == 15 && $0.message.contains("the lesson says params 281, but the engine computes 280") })
        let (reread, _) = LessonParser.parse(wrong, file: Self.file)
        #expect(try #require(reread).blocks[0] == .paragraph("It has 281 parameters, or 271 weights."),
                "the prose follows the check, which the checker reports")
    }

    static let broken: [(name: String, prose: String, message: String)] = [
        ("unclosed", "A layer of {= 10*(3*3*3)+10 parameters.", "'{=' at column 12 is never closed"),
        ("unclosed, showing its working", "Weights: {== 3·3·3", "'{==' at column 10 is never closed"),
        ("empty", "It has {= } parameters.", "the inline number at column 8 is empty"),
        ("empty, showing its working", "It has {==} parameters.", "the inline number at column 8 is empty"),
        ("malformed", "It has {= 10 apples} parameters.", "'{= 10 apples}' at column 8 cannot be evaluated: 'a' is not a digit"),
        ("malformed after a character of two scalars", "Cafe\u{301} {= 10 apples}.",
         "'{= 10 apples}' at column 6 cannot be evaluated: 'a' is not a digit or one of + − × / ( ) (column 12)"),
        ("unbalanced", "It has {= 10*(3*3*3+10} parameters.", "cannot be evaluated: this parenthesis has no partner"),
        ("missing operand", "It has {= 10*} parameters.", "cannot be evaluated: a number is missing here"),
        ("overflow", "It has {= 9223372036854775807 + 1} parameters.", "cannot be evaluated: too large to count exactly"),
        ("inexact", "It has {= 280 / 3} parameters.", "cannot be evaluated: 280 / 3 is not a whole number"),
        ("division by zero", "It has {= 280 / (3 - 3)} parameters.", "cannot be evaluated: division by zero"),
        ("too deep", "It has {= " + String(repeating: "(", count: 70) + "1" + String(repeating: ")", count: 70) + "} parameters.",
         "cannot be evaluated: too many parentheses inside each other"),
        ("negative", "It has {= 270 - 280} parameters.", "is -10, but a count is never negative"),
        ("unknown check", "It has {= vgg.params} parameters.", "refers to 'vgg', but no check in this lesson has that name (the named checks are course)"),
        ("unknown key", "It has {= course.weights} parameters.", "refers to 'course.weights'; a check's numbers are course.params"),
        ("key the check does not state", "It does {= course.macs} MACs.", "the check 'course' states no whole number for macs"),
    ]

    @Test("each malformed inline number is reported with its file and line, and shown as written", arguments: broken.map(\.name))
    func reportsMalformed(_ name: String) throws {
        let row = try #require(Self.broken.first { $0.name == name })
        let prose = "A first line of the paragraph,\n" + row.prose
        let issues = Self.issues(prose)
        let issue = try #require(issues.first { $0.message.contains(row.message) }, "got \(issues)")
        #expect(issue.file == Self.file)
        #expect(issue.line == 10)
        let (lesson, _) = LessonParser.parse(Self.lesson(prose), file: Self.file)
        guard case .paragraph(let text) = try #require(lesson).blocks.first else {
            Issue.record("expected a paragraph")
            return
        }
        #expect(text.contains("{="), "the form is kept as written: \(text)")
    }

    @Test("check names are checked: their spelling, and one name per check")
    func checkNames() {
        let badName = Self.lesson("Text.").replacingOccurrences(of: "name: course", with: "name: Course-1")
        #expect(LessonChecker.check([(Self.file, badName)]).issues.contains {
            $0.line == 12 && $0.message.contains("a check's name is lowercase letters and digits")
        })
        let twice = Self.lesson("Text.\n\n```check\nname: course\nlayer: Conv2D(1, 3)\ninput: 9x9x1\nparams: 10\n```")
        #expect(LessonChecker.check([(Self.file, twice)]).issues.contains {
            $0.line == 18 && $0.message.contains("two checks are named 'course'")
        })
    }

    static let bare: [(sentence: String, number: String)] = [
        ("The layer has 281 parameters.", "281"),
        ("It holds 270 weights and", "270"),
        ("and 10 biases.", "10"),
        ("A 3×3×3 block of 27 weights.", "27"),
        ("That is 130,680 MACs in all.", "130,680"),
        ("or 130,680 multiply-accumulates.", "130,680"),
        ("Flatten gives 4,096 values.", "4,096"),
        ("Keras counts 32 non-trainable parameters.", "32"),
        ("Keras counts 464 trainable params.", "464"),
        ("Weights in one kernel: 3·3·3 = 27.", "27"),
        ("so 10·(3·3·3) + 10 = 280;", "280"),
        ("The output has 28 - 3 + 1 = 26 rows.", "26"),
        ("The count is 4·4·64·32 + 32 = 32,800.", "32,800"),
        ("The frames (16 - 2 + 1 = 15) remain.", "15"),
        ("Here 3x3x3 = 27.", "27"),
        ("It is {= 10*27} + 10 = 280.", "280"),
        ("*280 parameters* in all.", "280"),
        ("Cafe\u{301} 280 parameters.", "280"),
    ]

    @Test("a worked number written bare is flagged", arguments: bare.map(\.sentence))
    func flagsBareNumbers(_ sentence: String) throws {
        let row = try #require(Self.bare.first { $0.sentence == sentence })
        let findings = LessonWorkedNumberLint.findings(in: sentence)
        #expect(findings.map(\.number) == [row.number], "\(findings)")
        let issues = Self.issues("First line.\n" + sentence)
        #expect(issues.count == 1, "\(issues)")
        #expect(issues.first?.line == 10)
        #expect(issues.first?.message.contains("worked number written bare") == true)
    }

    static let sizes: [String] = [
        "a 3×3 kernel over a 24×24×3 image",
        "The input has 64 channels and 16 frames.",
        "10 filters of 3×3, stride 2, padding 1",
        "Conv2D(10, kernel_size=3) has `280 parameters` in code.",
        "p = 0, s = 1, d = 1 and K = 1",
        "exactly n·s = 32, and ceil(31 / 2) = 16, floor(29 / 2) + 1 = 15",
        "two blocks of 2×2 max pooling, then Dense layers of 4096, 4096 and 1000",
        "ResNet-50, MobileNetV2 and VGG16 in 2-D or 3-D",
        "counting one bias per weight (2·27 weights plus 54 more)",
        "The layer has {= 10*(3*3*3)+10} parameters: {== 10·27} weights and {= 10} biases.",
        "a size-5 kernel, kernel 4, 89% of the network, 0.5 of it",
        "A network quoted at 4 GFLOPs might do 4 billion MACs.",
        "The layer Cafe\u{301}2 values",
    ]

    @Test("sizes, settings and arithmetic written as inline numbers are not flagged", arguments: sizes)
    func passesSizes(_ sentence: String) {
        #expect(LessonWorkedNumberLint.findings(in: sentence).isEmpty, "\(LessonWorkedNumberLint.findings(in: sentence))")
        #expect(Self.issues(sentence).isEmpty, "\(Self.issues(sentence))")
    }

    @Test("a paragraph is read as one text: a number and its counting word on two lines are flagged at the number's line")
    func acrossLines() {
        let issues = Self.issues("The pair keeps 368\nparameters, and\nthe rest is 3·3 =\n9 in all.")
        #expect(issues.map(\.line) == [9, 12], "\(issues)")
        let listed = Self.issues("- first item\n- the second holds 560\n  weights in all")
        #expect(listed.map(\.line) == [10], "\(listed)")
    }

    @Test("writing the shipped lessons' worked numbers bare again would fail the check")
    func shippedLessonsWouldCatchARegression() throws {
        let files = try LessonTests.realLessons()
        let form = /\{=(=?)([^}]*)\}/
        var inlineCount = 0
        var bareFiles: [(name: String, text: String)] = []
        for file in files {
            let bare = file.text.replacing(form) { match -> String in
                let expression = String(match.output.2).trimmingCharacters(in: .whitespaces)
                guard case .success(let value) = AnswerParser.parse(expression) else { return String(match.output.0) }
                inlineCount += 1
                return match.output.1.isEmpty ? NumberFormat.grouped(value) : "\(expression) = \(NumberFormat.grouped(value))"
            }
            bareFiles.append((file.name, bare))
        }
        #expect(inlineCount >= 100, "the shipped lessons write their worked numbers as arithmetic")
        let issues = LessonChecker.check(bareFiles).issues
        #expect(issues.allSatisfy { $0.message.contains("worked number written bare") })
        #expect(issues.count >= 80, "got \(issues.count)")
        for file in files where file.text.contains("{=") {
            #expect(issues.contains { $0.file == file.name }, "\(file.name): a bare number would pass unnoticed")
        }
    }

    @Test("the example lesson in Lessons/README.md checks clean")
    func readmeExample() throws {
        let readme = try String(contentsOf: LessonTests.lessonsFolder.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "````text\n"))
        let end = try #require(readme.range(of: "\n````", range: start.upperBound..<readme.endIndex))
        let example = String(readme[start.upperBound..<end.lowerBound])
        #expect(example.contains("{= course.params}"))
        let (lessons, issues) = LessonChecker.check([("02-kernel-depth.md", example)])
        #expect(issues.isEmpty, "\(issues)")
        #expect(lessons.first?.blocks.contains(.paragraph("The layer above has 280 parameters: 10·27 = 270 weights and one bias per filter.")) == true)
    }
}
