import Testing
import TestSupport

/// The command-line examples in README.md show what the program prints today.
@Suite("README's command-line captures")
struct ReadmeCaptureTests {
    @Test("summary, explain and an error, as README shows them")
    func captures() throws {
        let seed = try ConvTutorProcess.run(["summary", "--input", "24x24x3", "Conv2D(10, kernel_size=3)", "Flatten()", "Dense(10)"])
        assertReadmeCapture(seed.standardOutput, named: "summary-seed")

        let pytorch = try ConvTutorProcess.run(["summary", "--input", "3x32x32", "nn.Conv2d(3, 16, 3, padding=1, bias=False)",
                                                "nn.BatchNorm2d(16)", "nn.ReLU()", "nn.MaxPool2d(2)", "nn.Flatten()",
                                                "nn.Linear(16 * 16 * 16, 10)"])
        assertReadmeCapture(pytorch.standardOutput, named: "summary-pytorch")

        let json = try ConvTutorProcess.run(["summary", "--json", "--input", "24x24x3", "Conv2D(10, kernel_size=3)"])
        assertReadmeCapture(json.standardOutput, named: "summary-json")

        let explain = try ConvTutorProcess.run(["explain", "--input", "24x24x3", "Conv2D(10, kernel_size=3)"])
        assertReadmeCapture(explain.standardOutput, named: "explain-seed")

        let error = try ConvTutorProcess.run(["summary", "--input", "24x24x3", "Conv2D(filter=10, kernel_size=3)"])
        #expect(error.status == 1)
        assertReadmeCapture(error.standardError, named: "error-argument")
    }
}
