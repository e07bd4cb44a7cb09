import ConvMath
import Foundation
import Testing
import Tutor

@Suite("question sets: the format, the checker, the shipped sets, and a session over a set")
struct QuestionSetTests {
    static let good = """
        ---
        format: 1
        id: week-3
        title: Week 3
        ---

        ## The course example
        id: course
        ask: parameters
        input: 24x24x3
        layer: Conv2D(10, kernel_size=3)
        notes: First note.
        notes: Second note.

        ## A hidden layer
        ask: parameters
        focus: 2
        input: 24x24x3
        layer: Conv2D(10, kernel_size=3)
        layer: Conv2D(16, kernel_size=3)

        ##
        ask: total
        input: 3x24x24
        ```python
        model = nn.Sequential(
            nn.Conv2d(3, 10, kernel_size=3),
            nn.ReLU(),
        )
        ```
        """

    /// Every problem of a reading as "line: message".
    static func problems(_ text: String) -> [String] {
        QuestionSetChecker.read(text, file: "set.md").issues.map { "\($0.line): \($0.message)" }
    }

    @Test("a set is read with its fields, default ids and both kinds of code, and the engine answers every question")
    func readsGoodSet() throws {
        let reading = QuestionSetChecker.read(Self.good, file: "week.md")
        #expect(reading.issues.isEmpty, "\(reading.issues)")
        let set = try #require(reading.set)
        #expect(set.id == "week-3" && set.title == "Week 3")
        #expect(set.questions.map(\.id) == ["course", "2", "3"])
        #expect(set.questions.map(\.title) == ["The course example", "A hidden layer", nil])
        #expect(set.questions[0].notes == ["First note.", "Second note."])
        #expect(set.questions[1].focus == Written(2, line: 17))
        #expect(set.questions[2].ask == Written(.total, line: 23))
        guard case .source(let lines, let firstLine) = set.questions[2].code else {
            Issue.record("the code block was not read as a block")
            return
        }
        #expect(firstLine == 26 && lines.count == 4)

        #expect(reading.questions.map(\.answer) == [280, 16 * (3 * 3 * 10) + 16, 280])
        #expect(reading.questions.map(\.skill) == [.conv2d, .conv2dHidden, .conv2d])
        #expect(reading.questions.map(\.origin?.questionID) == ["course", "2", "3"])
        #expect(reading.questions.allSatisfy { $0.origin?.setID == "week-3" })
        #expect(reading.questions[0].kerasCode == ["Input(shape=(24, 24, 3))", "Conv2D(10, kernel_size=3)"])
        #expect(reading.questions[2].kerasCode.first == "# input: (3, 24, 24)")
        #expect(reading.questions[1].ask == "How many parameters does layer 2 (Conv2D) have?")
    }

    @Test("a set's question is built like a generated one: its derivation arrives at the answer, and mistakes are named")
    func builtLikeGenerated() throws {
        let question = try #require(QuestionSetChecker.read(Self.good, file: "week.md").questions.first)
        let generated = try #require(QuestionGenerator.convolution2D(filters: 10, kernelSize: 3, input: TensorShapeFixture.classic))
        #expect(question.answer == generated.answer)
        #expect(question.derivation.steps.map(\.result) == generated.derivation.steps.map(\.result))
        #expect(question.distractors == generated.distractors)
        #expect(question.distractors[.forgotBiases] == 270)
    }

    @Test("every kind of problem of form is reported with its line, all at once, in the order of the file")
    func formProblems() {
        let text = """
            ---
            format: 2
            id: Bad Id
            colour: blue
            no colon here
            ---
            stray text
            ## One
            ask: parameters
            ask: total
            shape: 24x24x3
            not a field
            layer:
            layer: Conv2D(10, 3)
            focus: zero

            ## Two
            id: Two
            ask: everything
            layer: Conv2D(1, 1)

            ## Three
            ask: total
            layer: Conv2D(1, 1)
            ```
            Conv2D(2, 2)
            ```

            ## Four
            ask: total

            ## Five
            ask: parameters
            ```
            Conv2D(1, 1)
            ```
            ```
            Conv2D(2, 2)
            ```

            ## Six
            ask: total
            ```
            Conv2D(1, 1)
            """
        #expect(Self.problems(text) == [
            "2: format 2 is not supported; this version of convtutor reads format 1",
            "3: id 'Bad Id' must be lowercase letters, digits and '-'",
            "4: unknown header field 'colour' (the fields are format, id, title)",
            "5: header lines are 'name: value', not 'no colon here'",
            "6: missing title in the header",
            "7: a question starts with a '## title' line; this line is outside any question",
            "10: 'ask:' is given twice (first at line 9); a question has one",
            "11: unknown field 'shape' (the fields are id, text, ask, input, layer, focus, notes)",
            "12: question lines are 'name: value' or a code block between ``` lines, not 'not a field'",
            "13: 'layer:' has no value",
            "15: focus must be the number of the layer asked about, counting from 1, not 'zero'",
            "18: question id 'Two' must be lowercase letters, digits and '-'",
            "19: unknown ask 'everything': ask one of parameters, total, trainable, non-trainable, output-height, macs",
            "25: the question has both 'layer:' lines and a code block: give one or the other",
            "29: the question has no code: give 'layer:' lines, or the model's code between ``` lines",
            "37: the question has more than one code block: put the model's code in one",
            "43: this code block is not closed: end it with a line of ```",
        ])
    }

    @Test("an answer written in the notes or the text is reported, since a set holds none")
    func answerInNotes() {
        let text = "---\nformat: 1\nid: x\ntitle: X\n---\n## A\ntext: Ten filters; 280 parameters?\nask: parameters\n"
            + "input: 24x24x3\nlayer: Conv2D(10, 3)\nnotes: The kernel is 3×3×3.\nnotes: Most say 270 weights.\n"
        let problems = Self.problems(text)
        #expect(problems.count == 2, "\(problems)")
        #expect(problems.first?.hasPrefix("7: '") == true && problems.first?.contains("leave 280 out") == true)
        #expect(problems.last?.hasPrefix("12: '") == true && problems.last?.contains("leave 270 out") == true)
    }

    @Test("a file without a header, or without questions, says so")
    func missingHeaderOrQuestions() {
        #expect(Self.problems("## One\nask: total\nlayer: Conv2D(1, 1)\n") == [
            "1: missing header: a question set starts with a '---' line, the fields format, id and title, and another '---' line",
        ])
        #expect(Self.problems("---\nformat: 1\nid: empty\ntitle: Empty\n---\n\n") == [
            "5: the set has no questions: each question starts with a '## title' line",
        ])
        #expect(Self.problems("---\nformat: 1\nid: x\ntitle: X\n---\n## A\nid: a\nask: total\nlayer: Conv2D(1, 1)\ninput: 4x4x1\n"
                              + "## B\nid: a\nask: total\nlayer: Conv2D(1, 1)\ninput: 4x4x1\n") == [
            "11: duplicate question id 'a': the question at line 6 has it too",
        ])
    }

    @Test("what the engine cannot read or answer is reported at the line where it is written")
    func engineProblems() {
        let text = """
            ---
            format: 1
            id: engine
            title: Engine
            ---
            ## A layer the engine does not know
            ask: parameters
            input: 24x24x3
            layer: Conv2D(10, 3)
            layer: Conv9D(10, 3)

            ## A bad shape
            ask: parameters
            input: 24xx3
            layer: Conv2D(10, 3)

            ## Past the last layer
            ask: parameters
            focus: 3
            input: 24x24x3
            layer: Conv2D(10, 3)

            ## Nothing to count
            ask: parameters
            input: 24x24x3
            layer: Conv2D(10, 3)
            layer: Flatten()

            ## No height
            ask: output-height
            input: 24x24x3
            layer: Flatten()
            layer: Dense(10)

            ## A mistake inside the code
            ask: total
            ```
            model = keras.Sequential([
                keras.Input(shape=(24, 24, 3)),
                layers.Conv2D(10, 3, padding="sideways"),
            ])
            ```

            ## No input
            ask: total
            layer: Conv2D(10, 3)
            """
        let problems = QuestionSetChecker.read(text, file: "set.md").issues
        #expect(problems.map(\.line) == [10, 14, 19, 24, 30, 40, 46])
        #expect(problems.allSatisfy { $0.file == "set.md" })
        #expect(problems[0].message.hasPrefix("the engine cannot read this code: "))
        #expect(problems[0].message.contains("Conv9D"))
        #expect(problems[1].message.hasPrefix("bad input '24xx3': "))
        #expect(problems[2].message == "focus: 3, but the model has 1 layer (counted from 1, without the input)")
        #expect(problems[3].message.hasPrefix("layer 2 (Flatten) has no parameters"))
        #expect(problems[4].message.hasPrefix("the output of layer 2 (Dense) has no height"))
        #expect(problems[5].message.contains("sideways"))
        #expect(problems[6].message.hasPrefix("the engine cannot read this code: "))
        #expect(problems[6].message.contains("give it: input: 24x24x3"), "a set's words, not the command line's")
        #expect(!problems[6].message.contains("--input"))
        #expect(QuestionSetChecker.read(text, file: "set.md").questions.isEmpty, "a set in doubt asks nothing")
    }

    @Test("two files with one set id are reported")
    func duplicateSetID() {
        let set = "---\nformat: 1\nid: same\ntitle: S\n---\n## A\nask: total\ninput: 4x4x1\nlayer: Conv2D(1, 1)\n"
        let readings = QuestionSetChecker.check([("a.md", set), ("b.md", set)])
        #expect(readings[0].issues.isEmpty)
        #expect(readings[1].issues.map(\.description) == ["b.md:3: duplicate set id 'same': a.md has it too"])
    }

    static var shippedFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sets")
    }

    @Test("the shipped sets check clean, and their answers are the well-known ones")
    func shippedSets() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.shippedFolder.path)
            .filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
        #expect(names == ["classic.md", "vgg-resnet.md"])
        let files = try names.map { ($0, try String(contentsOf: Self.shippedFolder.appendingPathComponent($0), encoding: .utf8)) }
        let readings = QuestionSetChecker.check(files)
        #expect(readings.flatMap(\.issues).isEmpty, "\(readings.flatMap(\.issues))")
        #expect(readings.map { ($0.set?.id ?? "") + ".md" } == names, "a built-in set is found by its id, as its file's name")
        var answers: [String: Int] = [:]
        for reading in readings {
            #expect(reading.questions.count == reading.set?.questions.count)
            for question in reading.questions { answers[question.origin?.questionID ?? ""] = question.answer }
        }
        #expect(answers["course"] == 280)
        #expect(answers["no-bias"] == 270)
        #expect(answers["alexnet-output"] == 55)
        #expect(answers["vgg-conv1"] == 1_792)
        #expect(answers["vgg-fc1"] == 102_764_544)
        #expect(answers["vgg16"] == 138_357_544)
        #expect(answers["resnet-stem"] == 9_408)
    }

    @Test("a session over a set asks its questions in order, once each, and records which set question each answer was to")
    func sessionOverSet() throws {
        let reading = QuestionSetChecker.read(Self.good, file: "week.md")
        let set = try #require(reading.set)
        let run = QuestionSetRun(id: set.id, title: set.title, questions: reading.questions, argument: "my sets/week.md")
        var session = QuizSession(settings: QuizSettings(seed: 5, questionSet: run))
        #expect(session.settings.count == 3)
        var asked: [String?] = []
        while session.phase != .finished {
            asked.append(session.question.origin?.questionID)
            if asked.count == 1 {
                guard case .wrong(let diagnosis, canRetry: true) = session.submit("270") else {
                    Issue.record("270 was not taken as a wrong answer with a retry")
                    return
                }
                #expect(diagnosis?.misconception.id == .forgotBiases)
            }
            _ = session.submit(String(session.question.answer))
            session.next()
        }
        #expect(asked == ["course", "2", "3"])
        #expect(session.log.map(\.origin?.questionID) == ["course", "course", "2", "3"])
        #expect(session.log.allSatisfy { $0.origin?.setID == "week-3" })
        #expect(session.replay.command == "convtutor quiz --set 'my sets/week.md'")
    }

    @Test("the demo of a set has a slide per question, with the unit asked, the notes and the wrong answers to expect")
    func demoOfSet() throws {
        let reading = QuestionSetChecker.read(Self.good, file: "week.md")
        let items = DemoSequence.items(try #require(reading.set), questions: reading.questions)
        #expect(items.map(\.place) == ["question 1 of 3", "question 2 of 3", "question 3 of 3"])
        #expect(items[0].sentence.hasPrefix("The course example: "))
        #expect(items[0].answer == 280 && items[0].unit == "parameters")
        #expect(items[0].notes.prefix(2) == ["First note.", "Second note."])
        #expect(items[0].notes.last?.contains("270 (forgot the biases)") == true)
    }
}

enum TensorShapeFixture {
    static let classic = TensorShape([24, 24, 3])
}
