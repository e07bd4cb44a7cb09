@testable import ConvMath
import Testing
import Tutor

/// Every recursive reader refuses input nested past its limit with a located error, rather than
/// running out of stack; at the limit it still reads.
@Suite("nesting limits")
struct NestingLimitTests {
    /// A way of nesting `Dense(…)`'s units `levels` deep, and the units it comes to when it reads.
    struct Nesting: CustomStringConvertible, Sendable {
        var description: String
        var units: Int?
        var make: @Sendable (Int) -> String
    }

    static let limit = Expression.maximumDepth
    /// `Dense(` is one level itself.
    static let deepestArgument = limit - 1

    static let nestings = [
        Nesting(description: "parentheses", units: 3) { String(repeating: "(", count: $0) + "3" + String(repeating: ")", count: $0) },
        Nesting(description: "plus signs", units: 3) { String(repeating: "+", count: $0) + "3" },
        Nesting(description: "minus signs", units: nil) { String(repeating: "-", count: $0) + "3" },
        Nesting(description: "a chain of additions", units: limit) { Array(repeating: "1", count: $0 + 1).joined(separator: "+") },
        Nesting(description: "a chain of products", units: 1) { Array(repeating: "1", count: $0 + 1).joined(separator: "*") },
        Nesting(description: "lists", units: nil) { String(repeating: "[", count: $0) + "3" + String(repeating: "]", count: $0) },
        Nesting(description: "calls", units: nil) { String(repeating: "f(", count: $0) + String(repeating: ")", count: $0) },
        Nesting(description: "calls of calls", units: nil) { "f" + String(repeating: "()", count: $0) },
        Nesting(description: "unclosed parentheses", units: nil) { String(repeating: "(", count: $0) },
    ]

    static func isDepthError(_ error: ModelError?) -> Bool {
        error?.message.contains("nests more than \(limit) levels deep") == true
    }

    @Test("at the limit the layer reads (or fails for another reason); one past, it is refused at the culprit",
          arguments: nestings)
    func atTheLimit(_ nesting: Nesting) throws {
        let atLimit = "Dense(" + nesting.make(Self.deepestArgument) + ")"
        let error = modelError([atLimit], input: "10")
        #expect(!Self.isDepthError(error), "\(error?.message ?? "")")
        if let units = nesting.units {
            #expect(error == nil)
            #expect(try analyze([atLimit], input: "10").parameters.total == 10 * units + units)
        }
        let past = "Dense(" + nesting.make(Self.deepestArgument + 1) + ")"
        let refused = try #require(modelError([past], input: "10"))
        #expect(Self.isDepthError(refused), "\(refused.message)")
        let span = try #require(refused.span)
        #expect(span.line == 1 && span.column > Self.deepestArgument && span.column <= past.count)
    }

    @Test("far past the limit, 5,000 and 100,000 levels, the same error and a short message",
          arguments: nestings, [5_000, 100_000])
    func farPast(_ nesting: Nesting, levels: Int) throws {
        let text = "Conv2D(10, kernel_size=" + nesting.make(levels) + ")"
        let error = try #require(modelError([text], input: "24x24x3"))
        #expect(Self.isDepthError(error), "\(error.message)")
        #expect(error.rendered().count < 1_000, "the message quotes a window of the line")
    }

    @Test("the integer evaluator refuses a tree deeper than the limit, however it was built")
    func evaluator() throws {
        func negations(_ count: Int) -> Expression {
            var expression = Expression(.integer(3), span: SourceSpan(line: 1, column: 1, length: 1))
            for _ in 0..<count { expression = Expression(.negate(expression), span: expression.span) }
            return expression
        }
        #expect(try IntegerEvaluator.evaluate(negations(Self.limit - 2), argument: "units", layer: "Dense") == 3)
        for depth in [Self.limit, Self.limit + 1, 2_000] {
            #expect(throws: ModelError.self) {
                try IntegerEvaluator.evaluate(negations(depth), argument: "units", layer: "Dense")
            }
        }
        do {
            _ = try IntegerEvaluator.evaluate(negations(2_000), argument: "units", layer: "Dense")
        } catch {
            #expect(error.message == "Dense: 'units' nests more than \(Self.limit) levels deep")
        }
    }

    @Test("the answer parser: 64 parentheses read, 65 are refused, and 20,000 are too long to read")
    func answers() {
        func parenthesized(_ count: Int) -> String {
            String(repeating: "(", count: count) + "7" + String(repeating: ")", count: count)
        }
        #expect(AnswerParser.parse(parenthesized(AnswerParser.maximumNesting)) == .success(7))
        #expect(AnswerParser.parse(parenthesized(AnswerParser.maximumNesting + 1)) == .failure(.tooDeep(offset: AnswerParser.maximumNesting)))
        #expect(AnswerParser.parse(parenthesized(20_000)) == .failure(.tooLong))
        #expect(AnswerParser.parse(String(repeating: "-", count: 398) + "7") == .success(7), "signs are read in a loop")
        #expect(AnswerParser.parse(String(repeating: "(", count: 300)) == .failure(.tooDeep(offset: AnswerParser.maximumNesting)))
    }

    @Test("a lesson whose check nests 20,000 deep is reported, not a crash")
    func lessonCheck() {
        let layer = "Conv2D(10, kernel_size=" + String(repeating: "(", count: 20_000) + "3" + String(repeating: ")", count: 20_000) + ")"
        let lesson = "---\nformat: 1\nid: deep\ntitle: Deep\norder: 1\nskills: conv2d\n---\n\n```check\nlayer: \(layer)\ninput: 24x24x3\nparams: 280\n```\n\n```practice\nskills: conv2d\n```\n"
        let result = LessonChecker.check([(name: "01-deep.md", text: lesson)])
        #expect(result.issues.contains { "\($0)".contains("nests more than \(Self.limit) levels deep") }, "\(result.issues)")
        let elements = result.lessons.first.map(LessonRendering.elements) ?? []
        #expect(String(describing: elements).contains("cannot be computed"))
    }
}
