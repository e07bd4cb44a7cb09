import Foundation
import Testing
import TestSupport

/// `summary --file` on pasted `print(model)` text: counts, the print order said, unknown shapes shown
/// as unknown and no multiply-accumulates made up.
@Suite("print(model) text through the real program")
struct PrintedModelCommandTests {
    static let printed = """
        Net(
          (conv): Conv2d(1, 8, kernel_size=(3, 3), stride=(1, 1))
          (fc): Linear(in_features=1352, out_features=10, bias=True)
        )
        """

    @Test("counts are exact, shapes past the print order are unknown, and the summary says why")
    func summary() throws {
        try ModelSourceCommandTests.withFile(Self.printed) { path in
            let result = try ConvTutorProcess.run(["summary", "--width", "200", "--input", "1x28x28", "--file", path])
            #expect(result.status == 0, "\(result.standardError)")
            let rows = result.standardOutput.split(separator: "\n")
            // 8·9 + 8 = 80 and 10·1352 + 10 = 13,530: conv gives (8, 26, 26), which fc takes only flattened.
            #expect(rows.contains { $0.hasPrefix("Total params: 13,610 (") })
            #expect(rows.contains { $0.hasPrefix("conv (Conv2d)") && $0.contains("(8, 26, 26)") })
            #expect(rows.contains { $0.hasPrefix("fc (Linear)") && $0.contains("unknown") })
            #expect(rows.contains("Multiply-accumulates per sample: unknown, since some shapes are"))
            #expect(result.standardOutput.contains("order they are printed"))
            let explain = try ConvTutorProcess.run(["explain", "--input", "1x28x28", "--file", path, "--layer", "fc"])
            #expect(explain.status == 1)
            #expect(explain.standardError.contains("the input of 'fc' is not known"))
        }
    }
}
